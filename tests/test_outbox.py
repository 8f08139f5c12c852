"""The durable outbox against the real python-telegram-bot and slack_sdk clients and local API stubs."""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.config import OutboxConfig, SlackNotifier as SlackConfig, TelegramNotifier as TelegramConfig, load_config
from bot.notify.outbox import Outbox, build_outbox, outbox_summary
from bot.notify.render import ZWSP
from bot.notify.slack import SlackNotifier
from bot.notify.telegram import TelegramNotifier
from bot.post import Alert, Wallet
from bot.store import Store

from .stubs.slack_api import SlackStub
from .stubs.telegram_api import TelegramStub

WALLET = "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"
HOSTILE = ('<b>x</b><a href="javascript:alert(1)">y</a> <!channel> <@U123> <http://evil.com|google.com> '
           '*bold* &amp;')
ROOT = Path(__file__).resolve().parents[1]
FAST = OutboxConfig(base_delay_s=0.01, max_delay_s=0.05, max_attempts=5, sending_lease_s=0.3, poll_interval_s=0.05)


def make_alert(n: int, *, accounts=("elonmusk",), campaign: str | None = None, text: str = "send BTC",
               severity: str = "high") -> Alert:
    """A post alert (or, with `campaign`, a campaign alert sized by its accounts)."""
    alert_id = f"{campaign}:{len(accounts)}" if campaign else f"post:x:{n}"
    return Alert(alert_id=alert_id, kind="campaign" if campaign else "post", severity=severity, score=0.93,
                 accounts=tuple(accounts), post_ids=(str(n),), wallets=(Wallet("btc", WALLET),), urls=(),
                 event_time=datetime(2020, 7, 15, 20, n % 60, tzinfo=timezone.utc),
                 reasons=("wallet address bc1q… with a doubling promise",), campaign_id=campaign, text=text,
                 platform="x", post_url=f"https://x.com/{accounts[0]}/status/{n}")


def add(store: Store, alert: Alert, channels=("telegram", "slack")) -> Alert:
    """Record an alert with its delivery rows, spaced in time so alert order is unambiguous."""
    assert store.add_alert(alert, channels)
    time.sleep(0.002)
    return alert


def tg_notifier(stub: TelegramStub, store: Store, **kw) -> TelegramNotifier:
    cfg = TelegramConfig(type="telegram", chat_id=str(stub.chat_id), api_base_url=stub.base_url,
                         **{"allowed_user_ids": [42], "poll_timeout_s": 1, "timeout_s": 3, **kw})
    return TelegramNotifier(cfg, store, token=stub.token)


def slack_notifier(stub: SlackStub, **kw) -> SlackNotifier:
    cfg = SlackConfig(type="slack", channel="#alerts", base_url=stub.base_url, timeout_s=3, **kw)
    return SlackNotifier(cfg, token=stub.token)


def refs(texts: list[str], channel: str) -> list[str]:
    """The delivery ids printed in each message's footer, in arrival order."""
    out = []
    for t in texts:
        m = re.search(r"ref (\S+@" + channel + ")", t.replace(ZWSP, ""))
        out.append(m.group(1) if m else "")
    return out


def slack_texts(stub: SlackStub) -> list[str]:
    """The context line (with the ref) of every chat.postMessage."""
    return [next(b["elements"][0]["text"] for b in p["blocks"] if b["type"] == "context")
            for p in stub.of("chat.postMessage")]


def rows(store: Store) -> dict[str, dict]:
    return {d["delivery_id"]: d for d in store.deliveries()}


@pytest.fixture
def tg():
    with TelegramStub() as stub:
        yield stub


@pytest.fixture
def slack():
    with SlackStub() as stub:
        yield stub


def outbox(store, tg=None, slack=None, cfg=FAST, **kw) -> Outbox:
    notifiers = {}
    if tg is not None:
        notifiers["telegram"] = tg_notifier(tg, store, **kw)
    if slack is not None:
        notifiers["slack"] = slack_notifier(slack, **kw)
    return Outbox(store, notifiers, cfg)


# -- delivery ------------------------------------------------------------------------------
def test_each_alert_is_delivered_exactly_once_in_order(store, tg, slack):
    alerts = [add(store, make_alert(i, accounts=(f"acct{i}",))) for i in range(5)]
    summary = asyncio.run(outbox(store, tg, slack).drain())
    assert summary["counts"] == {"sent": 10}
    assert asyncio.run(outbox(store, tg, slack).drain())["counts"] == {"sent": 10}  # a second drain sends nothing
    want = [f"{a.alert_id}@telegram" for a in alerts]
    assert refs(tg.texts(), "telegram") == want
    assert refs(slack_texts(slack), "slack") == [w.replace("@telegram", "@slack") for w in want]
    by_id = rows(store)
    assert by_id["post:x:0@telegram"]["external_id"] == f"{tg.chat_id}/101"
    assert by_id["post:x:0@slack"]["external_id"] == "C0ALERTS/1700000000.000001"
    assert all(r["attempts"] == 1 and r["sent_at"] for r in by_id.values())


def test_retries_after_500_and_429_keep_order_and_honour_retry_after(store, tg, slack):
    tg.fail("sendMessage", (500,), (429, 1))
    slack.fail("chat.postMessage", (500,), (429, 1))
    for i in range(3):
        add(store, make_alert(i, accounts=(f"acct{i}",)))
    t0 = time.monotonic()
    summary = asyncio.run(outbox(store, tg, slack).drain())
    assert summary["counts"] == {"sent": 6}
    assert time.monotonic() - t0 < 4
    # the failed head blocked the rows behind it: successful messages arrive in alert order
    assert refs(tg.texts()[2:], "telegram") == [f"post:x:{i}@telegram" for i in range(3)]
    assert refs(slack_texts(slack)[2:], "slack") == [f"post:x:{i}@slack" for i in range(3)]
    for stub, method in ((tg, "sendMessage"), (slack, "chat.postMessage")):
        times = stub.times(method)
        assert times[2] - times[1] >= 0.95  # waited out "retry after 1"
        assert times[1] - times[0] < 0.9  # the 500 only cost a short backoff
    assert rows(store)["post:x:0@telegram"]["attempts"] == 3
    assert rows(store)["post:x:1@telegram"]["attempts"] == 1


def test_dead_letter_after_max_attempts_then_the_next_row_goes_through(store, tg):
    tg.fail("sendMessage", *[(500,)] * 5)
    add(store, make_alert(1), ["telegram"])
    add(store, make_alert(2, accounts=("billgates",)), ["telegram"])
    cfg = FAST.model_copy(update={"max_attempts": 3})
    summary = asyncio.run(outbox(store, tg, cfg=cfg).drain())
    dead = rows(store)["post:x:1@telegram"]
    assert dead["status"] == "dead" and dead["attempts"] == 3 and "Internal Server Error" in dead["last_error"]
    assert rows(store)["post:x:2@telegram"]["status"] == "sent"
    assert summary["counts"] == {"dead": 1, "sent": 1}
    assert [d["delivery_id"] for d in summary["dead"]] == ["post:x:1@telegram"]
    assert len(tg.of("sendMessage")) == 6  # 3 for the dead one, 2 failures + 1 success for the next


def test_permanent_error_is_dead_at_once(store, slack):
    slack.fail("chat.postMessage", (200, "invalid_blocks"))
    add(store, make_alert(1), ["slack"])
    summary = asyncio.run(outbox(store, slack=slack).drain())
    assert summary["dead"][0]["attempts"] == 1 and "invalid_blocks" in summary["dead"][0]["last_error"]


def test_backoff_grows_exponentially_within_jitter_and_cap(store):
    ob = Outbox(store, {}, OutboxConfig(base_delay_s=1, max_delay_s=10), rand=lambda: 1.0)
    assert [ob.backoff(n) for n in range(1, 7)] == [1, 2, 4, 8, 10, 10]
    low = Outbox(store, {}, OutboxConfig(base_delay_s=1, max_delay_s=10), rand=lambda: 0.0)
    assert low.backoff(3) == 2.0  # full jitter floor: half of the exponential delay


@given(st.integers(1, 60), st.floats(0, 1))
def test_backoff_property(attempts, u):
    store = Store(":memory:")
    ob = Outbox(store, {}, OutboxConfig(base_delay_s=0.5, max_delay_s=30), rand=lambda: u)
    d = ob.backoff(attempts)
    assert 0.25 <= d <= 30 and d <= 0.5 * 2 ** (attempts - 1) + 1e-9
    store.close()


def test_drain_timeout_gives_up_on_far_retries(store, tg):
    tg.fail("sendMessage", (429, 30))
    add(store, make_alert(1), ["telegram"])
    t0 = time.monotonic()
    summary = asyncio.run(outbox(store, tg).drain(timeout=1))
    assert time.monotonic() - t0 < 2
    assert summary["counts"] == {"pending": 1} and summary["oldest_pending_age_s"] >= 0


# -- threading -----------------------------------------------------------------------------
def test_campaign_growth_replies_to_the_first_campaign_message(store, tg, slack):
    add(store, make_alert(1, accounts=("elonmusk", "billgates"), campaign="camp-1"))
    asyncio.run(outbox(store, tg, slack).drain())
    add(store, make_alert(2, accounts=("elonmusk", "billgates", "barackobama"), campaign="camp-1"))
    add(store, make_alert(3, accounts=("elonmusk", "billgates", "barackobama", "apple"), campaign="camp-1"))
    add(store, make_alert(4, accounts=("cnn", "apple"), campaign="camp-2"))
    asyncio.run(outbox(store, tg, slack).drain())
    sent = tg.of("sendMessage")
    first_mid = int(rows(store)["camp-1:2@telegram"]["external_id"].split("/")[1])
    assert "reply_parameters" not in sent[0]
    assert [s["reply_parameters"]["message_id"] for s in sent[1:3]] == [first_mid, first_mid]
    assert "reply_parameters" not in sent[3]  # another campaign: a new conversation
    posts = slack.of("chat.postMessage")
    first_ts = rows(store)["camp-1:2@slack"]["external_id"].split("/")[1]
    assert [p.get("thread_ts") for p in posts] == [None, first_ts, first_ts, None]


def test_post_alert_for_recently_alerted_account_threads(store, tg, slack):
    add(store, make_alert(1, accounts=("elonmusk",)))
    asyncio.run(outbox(store, tg, slack).drain())
    add(store, make_alert(2, accounts=("ElonMusk",)))  # same account, case differs
    add(store, make_alert(3, accounts=("billgates",)))
    asyncio.run(outbox(store, tg, slack).drain())
    add(store, make_alert(4, accounts=("elonmusk",)))
    asyncio.run(outbox(store, tg, slack).drain())
    root_mid = int(rows(store)["post:x:1@telegram"]["external_id"].split("/")[1])
    replies = [s.get("reply_parameters", {}).get("message_id") for s in tg.of("sendMessage")]
    assert replies == [None, root_mid, None, root_mid]  # the third elonmusk alert joins the root, not a reply
    root_ts = rows(store)["post:x:1@slack"]["external_id"].split("/")[1]
    assert [p.get("thread_ts") for p in slack.of("chat.postMessage")] == [None, root_ts, None, root_ts]


def test_dedupe_window_zero_or_expired_starts_a_new_conversation(store, tg):
    add(store, make_alert(1), ["telegram"])
    asyncio.run(outbox(store, tg).drain())
    store.db.execute("UPDATE deliveries SET sent_at = sent_at - 7200")  # delivered two hours ago
    add(store, make_alert(2), ["telegram"])
    asyncio.run(outbox(store, tg).drain())
    assert "reply_parameters" not in tg.of("sendMessage")[1]
    add(store, make_alert(3), ["telegram"])
    asyncio.run(outbox(store, tg, dedupe_window_s=0).drain())
    assert "reply_parameters" not in tg.of("sendMessage")[2]


# -- restarts ------------------------------------------------------------------------------
def test_stale_sending_row_is_resent_with_a_label_and_live_lease_is_respected(store, tg):
    add(store, make_alert(1), ["telegram"])
    store.db.execute("UPDATE deliveries SET status='sending', attempts=1, external_id='attempt:x', "
                     "next_attempt_at=?", [time.time() + 0.4])
    t0 = time.monotonic()
    summary = asyncio.run(outbox(store, tg).drain())
    assert time.monotonic() - t0 >= 0.35  # waited for the other process's lease
    assert summary["counts"] == {"sent": 1}
    assert "re-sent after a restart" in tg.texts()[0]
    assert rows(store)["post:x:1@telegram"]["attempts"] == 2


def test_resend_label_survives_a_failed_retry(store, tg):
    add(store, make_alert(1), ["telegram"])
    store.db.execute("UPDATE deliveries SET status='sending', attempts=1, external_id='attempt:x', "
                     "next_attempt_at=0")
    tg.fail("sendMessage", (500,))
    asyncio.run(outbox(store, tg).drain())
    assert len(tg.texts()) == 2 and all("re-sent after a restart" in t for t in tg.texts())
    assert rows(store)["post:x:1@telegram"]["status"] == "sent"


@pytest.mark.parametrize("late", ["failure", "success"])
def test_a_worker_whose_lease_ran_out_cannot_undo_the_delivery_of_the_worker_that_took_over(store, tg, late):
    """A's call outlives its lease; B re-sends and records 'sent'; A's late answer must change nothing."""
    add(store, make_alert(1), ["telegram"])
    tg.hold(1)  # A's sendMessage gets no answer: a timeout for A, or (released) a late success
    cfg = FAST.model_copy(update={"sending_lease_s": 0.2})
    a_store, b_store = Store(store.path), Store(store.path)  # two processes' connections
    a = Outbox(a_store, {"telegram": tg_notifier(tg, a_store, timeout_s=0.8 if late == "failure" else 5)}, cfg)
    b = Outbox(b_store, {"telegram": tg_notifier(tg, b_store)}, cfg)

    async def scenario():
        task = asyncio.create_task(a.deliver_due())
        await asyncio.sleep(0.35)  # A's lease has run out while it still waits for the API
        await b.drain()
        if late == "success":
            tg.release_all()
        await task
        await a.drain()  # A carries on with its next pass

    asyncio.run(scenario())
    a_store.close(), b_store.close()
    row = rows(store)["post:x:1@telegram"]
    assert len(tg.of("sendMessage")) == 2  # A's attempt and B's labelled re-send; no third one
    assert (row["status"], row["external_id"], row["last_error"]) == ("sent", f"{tg.chat_id}/101", None)


def test_outbox_summary_counts_by_channel(store):
    add(store, make_alert(1))
    store.update_delivery("post:x:1@slack", status="dead", attempts=8, last_error="Slack 500: internal_error")
    s = outbox_summary(store, now=time.time() + 10)
    assert s["counts"] == {"dead": 1, "pending": 1}
    assert s["channels"] == {"slack": {"dead": 1}, "telegram": {"pending": 1}}
    assert s["dead"][0]["last_error"] == "Slack 500: internal_error"
    assert 9 <= s["oldest_pending_age_s"] <= 12


def test_run_forever_delivers_new_rows_and_stops(store, tg, slack):
    async def scenario():
        stop = asyncio.Event()
        ob = outbox(store, tg, slack)
        task = asyncio.create_task(ob.run_forever(stop))
        await asyncio.sleep(0.1)
        add(store, make_alert(1))
        for _ in range(100):
            if len(store.deliveries(status="sent")) == 2:
                break
            await asyncio.sleep(0.05)
        stop.set()
        await asyncio.wait_for(task, 3)
        await ob.aclose()

    asyncio.run(scenario())
    assert len(tg.of("sendMessage")) == 1 and len(slack.of("chat.postMessage")) == 1


CONFIG = """
database: {db}
outbox: {{base_delay_s: 0.01, max_delay_s: 0.05, sending_lease_s: 0.3, max_attempts: 5}}
notifiers:
  - {{type: telegram, chat_id: "{chat}", api_base_url: "{tg}", bot_token: {{env: HW_TEST_TG}}, timeout_s: 3}}
  - {{type: slack, channel: "#alerts", base_url: "{slack}", bot_token: {{env: HW_TEST_SLACK}}, timeout_s: 3}}
"""

CHILD = """
import asyncio, sys
from bot.config import load_config
from bot.notify.outbox import build_outbox
from bot.store import Store
cfg = load_config(sys.argv[1])
store = Store(cfg.database)
asyncio.run(build_outbox(cfg, store).drain())
store.close()
"""


def _child(cfg: Path, tg: TelegramStub, slack: SlackStub) -> subprocess.Popen:
    env = dict(os.environ, HW_TEST_TG=tg.token, HW_TEST_SLACK=slack.token, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-c", CHILD, str(cfg)], env=env, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _kill_when_sent(proc: subprocess.Popen, db: Path, tg: TelegramStub, slack: SlackStub, n: int, *,
                    timeout: float, settle: float) -> dict[str, str]:
    """SIGKILL `proc` once both stubs got `n` messages, then answer held ones; the statuses at the kill."""
    try:
        assert tg.wait_for("sendMessage", n, timeout) and slack.wait_for("chat.postMessage", n, timeout)
        time.sleep(settle)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(5)
    at_kill = _statuses(db)
    for stub in (tg, slack):
        stub.release_all()
        stub.delay_s = 0.0
    return at_kill


def _statuses(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT delivery_id, status FROM deliveries"))


@pytest.mark.parametrize("mode", ["held", "free"])
def test_sigkill_mid_drain_then_restart_loses_nothing_and_never_repeats_confirmed(tmp_path, tg, slack, mode):
    """SIGKILL a draining process, restart it: confirmed rows are never re-sent, the rest arrive.

    "held": the stubs accept the 5th message and never answer before the kill, the window in
    which the outcome is unknown; that row is re-sent once, labelled. "free": a kill at an
    arbitrary moment; at most the rows that were 'sending' may repeat.
    """
    db = tmp_path / "hw.db"
    cfg = tmp_path / "hw.yaml"
    cfg.write_text(CONFIG.format(db=db, chat=tg.chat_id, tg=tg.base_url, slack=slack.base_url))
    store = Store(db)
    alerts = [add(store, make_alert(i, accounts=(f"acct{i}",))) for i in range(12)]
    store.close()
    for stub in (tg, slack):
        stub.delay_s = 0.02
        if mode == "held":
            stub.hold(5)
    at_kill = _kill_when_sent(_child(cfg, tg, slack), db, tg, slack, 5, timeout=8,
                              settle=0.05 if mode == "held" else 0.03)
    confirmed = {k for k, v in at_kill.items() if v == "sent"}
    in_flight = {k for k, v in at_kill.items() if v == "sending"}
    assert confirmed and len(confirmed) < 24 and len(in_flight) <= 2
    if mode == "held":
        assert in_flight == {"post:x:4@telegram", "post:x:4@slack"}

    restarted = _child(cfg, tg, slack)
    out, err = restarted.communicate(timeout=10)
    assert restarted.returncode == 0, err.decode()[-2000:]
    assert set(_statuses(db).values()) == {"sent"}
    for channel, texts in (("telegram", tg.texts()), ("slack", slack_texts(slack))):
        seen = refs(texts, channel)
        want = [f"{a.alert_id}@{channel}" for a in alerts]
        assert sorted(set(seen)) == sorted(want)  # nothing lost
        repeats = {r for r in seen if seen.count(r) > 1}
        assert not repeats & confirmed  # nothing confirmed sent was sent again
        assert repeats <= in_flight and all(seen.count(r) == 2 for r in repeats)
        assert list(dict.fromkeys(seen)) == want  # first arrivals keep alert order
        for r in repeats:
            assert "re-sent after a restart" in [t for t in texts if r in t.replace(ZWSP, "")][-1]
    if mode == "held":
        assert len(tg.texts()) == 13 and len(slack_texts(slack)) == 13


def test_build_outbox_reads_secrets_from_env_and_names_channels(tmp_path, monkeypatch, tg, slack):
    cfg_path = tmp_path / "hw.yaml"
    cfg_path.write_text(CONFIG.format(db=tmp_path / "x.db", chat=tg.chat_id, tg=tg.base_url, slack=slack.base_url))
    monkeypatch.setenv("HW_TEST_TG", tg.token)
    monkeypatch.setenv("HW_TEST_SLACK", slack.token)
    store = Store(tmp_path / "x.db")
    ob = build_outbox(load_config(cfg_path), store)
    assert sorted(ob.notifiers) == ["slack", "telegram"]
    add(store, make_alert(1))
    assert asyncio.run(ob.drain())["counts"] == {"sent": 2}
    store.close()


def test_missing_token_is_a_config_error_naming_the_variable(tmp_path, monkeypatch, tg, slack):
    from bot.errors import ConfigError

    cfg_path = tmp_path / "hw.yaml"
    cfg_path.write_text(CONFIG.format(db=tmp_path / "x.db", chat=tg.chat_id, tg=tg.base_url, slack=slack.base_url))
    monkeypatch.delenv("HW_TEST_TG", raising=False)
    store = Store(tmp_path / "x.db")
    with pytest.raises(ConfigError, match="HW_TEST_TG"):
        build_outbox(load_config(cfg_path), store)
    store.close()



def test_replay_delivers_the_2020_wave_through_the_real_pipeline(tmp_path, monkeypatch, capsys, tg, slack,
                                                                takeover_wave):
    """cli replay -> pipeline -> delivery rows -> outbox drain: campaign growth threads under its first message."""
    from bot.cli import main

    from .conftest import write_jsonl

    cfg_path = tmp_path / "hw.yaml"
    cfg_path.write_text(CONFIG.format(db=tmp_path / "x.db", chat=tg.chat_id, tg=tg.base_url, slack=slack.base_url))
    monkeypatch.setenv("HW_TEST_TG", tg.token)
    monkeypatch.setenv("HW_TEST_SLACK", slack.token)
    posts = write_jsonl(tmp_path / "posts.jsonl", takeover_wave)
    assert main(["replay", str(posts), "--config", str(cfg_path), "--db", str(tmp_path / "x.db")]) == 0
    fired = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    store = Store(tmp_path / "x.db")
    sent = {d["alert_id"] for d in store.deliveries(status="sent") if d["channel"] == "telegram"}
    store.close()
    assert fired and sent == {a["alert_id"] for a in fired}
    assert refs(tg.texts(), "telegram") == [f"{a['alert_id']}@telegram" for a in fired]
    campaigns = [i for i, a in enumerate(fired) if a["kind"] == "campaign"]
    assert len(campaigns) >= 2  # the wave grows from two to three accounts
    first = tg.of("sendMessage")[campaigns[0]]
    first_mid = int(rows_of(tmp_path / "x.db")[f"{fired[campaigns[0]]['alert_id']}@telegram"].split("/")[1])
    assert "reply_parameters" not in first  # a campaign opens its own conversation
    assert all(tg.of("sendMessage")[i]["reply_parameters"]["message_id"] == first_mid for i in campaigns[1:])


def rows_of(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute("SELECT delivery_id, external_id FROM deliveries"))


ROUTES = """
groups: {ceos: ["@ElonMusk", "billgates"], brands: [apple]}
notifiers:
  - {type: console}
  - {type: telegram, chat_id: "-1", min_severity: high, groups: [ceos]}
  - {type: slack, channel: "#all", min_severity: medium}
  - {type: telegram, chat_id: "-2", groups: [brands, ceos]}
"""


def test_routing_by_min_severity_and_account_groups(tmp_path):
    from bot.pipeline import channels_from_config

    path = tmp_path / "routes.yaml"
    path.write_text(ROUTES)
    chans = channels_from_config(load_config(path))
    assert [c.name for c in chans] == ["telegram", "slack", "telegram-2"]

    def routed(alert: Alert) -> list[str]:
        return [c.name for c in chans if c.wants(alert)]

    assert routed(make_alert(1, accounts=("elonmusk",), severity="high")) == ["telegram", "slack", "telegram-2"]
    assert routed(make_alert(2, accounts=("elonmusk",), severity="medium")) == ["slack", "telegram-2"]
    assert routed(make_alert(3, accounts=("cnn",), severity="critical")) == ["slack"]  # in no group
    assert routed(make_alert(4, accounts=("Apple",), severity="low")) == ["telegram-2"]
    assert routed(make_alert(5, accounts=("cnn", "BillGates"), campaign="c", severity="high")) == [
        "telegram", "slack", "telegram-2"]  # a campaign reaches a group's channel through any member


def _hostile_posts() -> list:
    """Six accounts posting the 2020 bait (each its own wallet) wrapped in HTML, mrkdwn and <!channel> tricks."""
    from .conftest import WALLET_2020, make_post
    from .test_slack import DISGUISED

    bait = ("I am giving back to my community. All Bitcoin sent to my address below will be sent back doubled! "
            f"If you send $1,000, I will send back $2,000. Only doing this for 30 minutes. {WALLET_2020}")
    return [make_post(f"x{k}", f"brand{k}", f"{HOSTILE}\n{DISGUISED}\n" + bait.replace(WALLET_2020, f"0x{k + 1:040x}"),
                      minutes=100 + 300 * k) for k in range(6)]


def _replay_child(posts: Path, cfg: Path, db: Path, tg: TelegramStub, slack: SlackStub) -> subprocess.Popen:
    env = dict(os.environ, HW_TEST_TG=tg.token, HW_TEST_SLACK=slack.token, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "bot.cli", "replay", str(posts), "--config", str(cfg), "--db", str(db)],
                            env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_replay_killed_mid_delivery_and_rerun_delivers_every_alert_once_with_hostile_text_inert(
        tmp_path, tg, slack, takeover_wave):
    """The issue's "done when": replay against both stubs, SIGKILL while a message is in flight, replay again."""
    from .conftest import write_jsonl
    from .stubs.slack_api import slack_controls
    from .stubs.telegram_api import parse_tg_html
    from .test_slack import DISGUISED, mrkdwn_objects

    db, cfg = tmp_path / "hw.db", tmp_path / "hw.yaml"
    cfg.write_text(CONFIG.format(db=db, chat=tg.chat_id, tg=tg.base_url, slack=slack.base_url))
    posts = write_jsonl(tmp_path / "posts.jsonl", takeover_wave + _hostile_posts())
    for stub in (tg, slack):
        stub.hold(4)  # the 4th message is accepted but never answered before the kill
    at_kill = _kill_when_sent(_replay_child(posts, cfg, db, tg, slack), db, tg, slack, 4, timeout=60, settle=0.1)
    rerun = _replay_child(posts, cfg, db, tg, slack)
    out, err = rerun.communicate(timeout=60)
    assert rerun.returncode == 0, err.decode()[-2000:]
    assert out.decode() == ""  # the rerun fires nothing again: every alert was recorded before the kill

    statuses = _statuses(db)
    assert len(statuses) >= 16 and set(statuses.values()) == {"sent"}
    confirmed = {k for k, v in at_kill.items() if v == "sent"}
    in_flight = {k for k, v in at_kill.items() if v == "sending"}
    assert len(confirmed) == 6  # three answered messages per channel before the held fourth
    assert sorted(k.split("@")[1] for k in in_flight) == ["slack", "telegram"]  # one unknown outcome per channel
    for channel, texts in (("telegram", tg.texts()), ("slack", slack_texts(slack))):
        seen = refs(texts, channel)
        assert sorted(set(seen)) == sorted(k for k in statuses if k.endswith("@" + channel))  # nothing lost
        assert {r for r in seen if seen.count(r) > 1} == {k for k in in_flight if k.endswith("@" + channel)}
        assert all(seen.count(r) <= 2 for r in seen)  # at most the one in-flight message repeats, labelled

    for text in tg.texts():  # Telegram's parser accepts every message; the hostile text shows as text
        shown, error = parse_tg_html(text)
        assert error == ""
    hostile = [t for t in tg.texts() if "brand" in t]
    assert hostile and all(HOSTILE in parse_tg_html(t)[0] and DISGUISED in parse_tg_html(t)[0] for t in hostile)
    for post in slack.of("chat.postMessage"):  # Slack acts on nothing but our own "Open post" links
        acted = [c for o in mrkdwn_objects(post["blocks"]) for c in slack_controls(o)]
        assert all(c.startswith("https://x.com/") and c.endswith("|Open post") for c in acted)
