import json

from bot.cli import main
from bot.post import Alert
from bot.status import status_text

from .test_store import alert


def test_status_reports_freshness_outbox_dead_letters_and_review(store):
    store.set_checkpoint("x:fresh:44196397", json.dumps({"at": 1000.0, "handle": "elonmusk"}))
    store.set_checkpoint("x:44196397", "1283000000000000000")
    store.set_checkpoint("bluesky:cursor", "1700000000000000")
    store.add_alert(alert("a1"), ["telegram", "slack"])
    store.update_delivery("a1@slack", status="dead", attempts=8, last_error="HTTP 500 from stub")
    text = status_text(store, now=1000.0 + 300)
    assert "@elonmusk" in text and "last poll 5m ago" in text and "since_id 1283000000000000000" in text
    assert "bluesky:cursor" in text
    assert "dead letter a1@slack after 8 tries: HTTP 500 from stub" in text
    assert "slack: 1 dead" in text and "telegram: 1 pending" in text
    assert "review queue: 1 pending" in text


def test_status_cli_missing_db_exits_2(tmp_path, capsys):
    assert main(["status", "--db", str(tmp_path / "none.db")]) == 2
    assert "no such database" in capsys.readouterr().err


def test_status_strips_control_characters_from_stored_text(store):
    # a dead letter's error is a remote API's text: an ESC sequence there would retitle or clear the terminal
    store.set_checkpoint("mastodon:\x1b[2Jx", "v\x1b]0;PWNED\x07")
    store.add_alert(alert("a\x1b[31m1"), ["telegram"])
    store.update_delivery("a\x1b[31m1@telegram", status="dead", attempts=1,
                          last_error="Bad Request: \x1b]0;PWNED\x07\x1b[2Jowned\r\nnext line\u202e")
    text = status_text(store, now=1000.0)
    assert not any(ch in text for ch in "\x1b\x07\r\u202e")
    assert "dead letter a[31m1@telegram after 1 tries: Bad Request: ]0;PWNED[2Jowned next line" in text
    assert "mastodon:[2Jx" in text


def test_status_counts_only_campaigns_that_alerted(store):
    # the table also keeps campaigns still growing towards an alert, so a restart can finish them
    for cid, size in (("cmp-a", 0), ("cmp-b", 2), ("cmp-c", 3)):
        store.upsert_campaign({"campaign_id": cid, "alerted_size": size, "last_seen": "2020-07-15T20:00:00Z"})
    assert status_text(store).splitlines()[0].endswith(", 2 campaigns")


def test_status_counts_one_of_a_kind_in_the_singular(store):
    store.add_alert(alert("a1"), ["telegram"])
    store.upsert_campaign({"campaign_id": "cmp-a", "alerted_size": 2, "last_seen": "2020-07-15T20:00:00Z"})
    assert status_text(store).splitlines()[0].endswith(": 0 posts, 1 alert, 1 campaign")  # was "1 alerts, 1 campaigns"
