"""Slack notifier: mrkdwn escaping of hostile text, Block Kit shape, rate limits, signatures, interactions."""

from __future__ import annotations

import asyncio
import copy
import hashlib
import hmac
import json
import logging
import re
import time
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlencode

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.config import SlackNotifier as SlackConfig
from bot.errors import ConfigError, InputError
from bot.notify.outbox import Outbox
from bot.notify.render import ZWSP, safe_url, slack_escape, slack_text
from bot.notify.slack import (SlackNotifier, fallback_text, handle_interaction, interaction_response_url,
                              render_blocks, verify_signature)

from .stubs.slack_api import SlackStub, block_errors, slack_controls
from .test_console import expected_clean
from .test_outbox import FAST, HOSTILE, WALLET, add, make_alert, outbox, rows

FIXTURE = json.loads((Path(__file__).parent / "fixtures" / "slack" / "block_actions.json").read_text())
SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
ANGLE = re.compile(r"<([^>]*)>")


def mrkdwn_objects(blocks: list[dict]) -> list[dict]:
    """Every mrkdwn text object in a block list (sections, fields, context)."""
    out = []
    for b in blocks:
        if b.get("text", {}).get("type") == "mrkdwn":
            out.append(b["text"])
        out += [f for f in b.get("fields", []) if f["type"] == "mrkdwn"]
        out += [e for e in b.get("elements", []) if e.get("type") == "mrkdwn"]
    return out


def mrkdwn_texts(blocks: list[dict]) -> list[str]:
    """Every mrkdwn string in a block list."""
    return [o["text"] for o in mrkdwn_objects(blocks)]


def unescape(text: str) -> str:
    return text.replace(ZWSP, "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def test_hostile_text_cannot_mention_link_or_format():
    blocks = render_blocks(make_alert(1, text=HOSTILE), "post:x:1@slack")
    texts = mrkdwn_texts(blocks) + [fallback_text(make_alert(1, text=HOSTILE))]
    controls = [m for t in texts for m in ANGLE.findall(t)]
    assert controls == ["https://x.com/elonmusk/status/1|Open post"]  # our link is the only <...> Slack sees
    quote = texts[0]
    assert quote.startswith("&gt; ") and unescape(quote) == "> " + HOSTILE  # verbatim once unescaped
    assert "*bold*" not in quote and "&amp;amp;" in quote  # formatting broken; a literal &amp; stays literal
    assert "<!channel>" not in json.dumps(blocks) and "<@U123>" not in json.dumps(blocks)


def test_block_kit_shape():
    alert = make_alert(1, accounts=("elonmusk", "billgates"), campaign="camp-1")
    blocks = render_blocks(alert, "camp-1:2@slack")
    assert blocks[0]["type"] == "header" and blocks[0]["text"]["type"] == "plain_text"
    assert "HIGH campaign alert: 2 accounts" in blocks[0]["text"]["text"]
    fields = {f["text"].split("\n")[0]: f["text"].split("\n")[1] for f in blocks[2]["fields"]}
    assert fields == {"*Accounts*": "`@elonmusk`, `@billgates`", "*Score*": "0.93", "*Severity*": "high",
                      "*Campaign*": "`camp-1`"}
    assert any(f"`{WALLET}` (btc)" in t for t in mrkdwn_texts(blocks))
    actions = blocks[-1]
    assert actions["type"] == "actions"
    assert [(e["action_id"], e["value"]) for e in actions["elements"]] == [
        ("hw_confirm", "camp-1:2"), ("hw_dismiss", "camp-1:2"), ("hw_snooze", "camp-1:2")]
    assert len(json.dumps(blocks)) < 6000


@given(st.text(max_size=400))
def test_escape_property_no_control_sequences_and_lossless(text):
    out = slack_text(text)
    assert "<" not in out and ">" not in out
    assert not re.search(r"&(?!amp;|lt;|gt;)", out)  # every & starts one of the three entities
    cleaned = expected_clean(text)
    assert unescape(out) == cleaned
    assert unescape(slack_escape(text)) == cleaned


@given(st.text(max_size=2000))
def test_any_post_text_fits_slack_limits(text):
    blocks = render_blocks(make_alert(1, text=text), "post:x:1@slack")
    assert all(len(t) <= 3000 for t in mrkdwn_texts(blocks))
    assert [m for t in mrkdwn_texts(blocks) for m in ANGLE.findall(t)] == ["https://x.com/elonmusk/status/1|Open post"]


@given(st.text(max_size=200))
def test_safe_url_never_contains_mrkdwn_or_html_breakers(tail):
    url = safe_url("https://x.com/" + tail)
    assert url is not None and url.startswith("https://")
    assert not set(url) & set("<>|\" \n\t")


def test_post_text_is_sent_with_parse_none_and_no_unfurl(store):
    with SlackStub() as slack:
        add(store, make_alert(1, text=HOSTILE), ["slack"])
        asyncio.run(outbox(store, slack=slack).drain())
        post = slack.of("chat.postMessage")[0]
    assert post["parse"] == "none" and post["unfurl_links"] is False and post["unfurl_media"] is False
    assert post["channel"] == "#alerts"
    assert "<" not in post["text"]


# <!channel> spelled every way a post could try: raw, entity-encoded, look-alike brackets, other
# special sequences, and the plain words Slack's automatic parsing would act on
DISGUISED = ("&lt;!channel&gt; &amp;lt;!here&amp;gt; ＜!channel＞ ﹤!here﹥ 〈!everyone〉 ‹!channel› "
             "<!here> <!everyone> <!subteam^S0123|@admins> <!date^1392734382^{date}|x> <#C0123> <@U0123|ceo> "
             "@channel @here #general https://evil.example/claim <https://evil.example|https://x.com/ok>")


def test_disguised_mentions_and_links_reach_slack_as_text(store):
    with SlackStub() as slack:
        add(store, make_alert(1, text=HOSTILE + "\n" + DISGUISED), ["slack"])
        summary = asyncio.run(outbox(store, slack=slack).drain())
        post = slack.of("chat.postMessage")[0]
    assert summary["counts"] == {"sent": 1}
    objects = mrkdwn_objects(post["blocks"])
    assert objects and all(o["verbatim"] is True for o in objects)  # no automatic parsing of the post's words
    acted_on = [c for o in objects for c in slack_controls(o)]
    assert acted_on == ["https://x.com/elonmusk/status/1|Open post"]  # our link is all Slack acts on
    assert unescape(objects[0]["text"]) == "> " + (HOSTILE + "\n" + DISGUISED).replace("\n", "\n> ")
    assert post["parse"] == "none" and "<" not in post["text"]


def test_a_post_with_every_field_at_its_limit_is_accepted(store):
    """Block Kit's length limits hold for the largest alert (the stub refuses what Slack would)."""
    alert = make_alert(1, accounts=tuple(f"acct_{i:03d}" for i in range(300)), campaign="camp-big",
                       text="&<>*_~`\n" * 1000)
    alert = replace(alert, reasons=tuple("&<*>" * 300 for _ in range(20)))
    blocks = render_blocks(alert, "camp-big:300@slack")
    assert block_errors(blocks) == []
    assert blocks[2]["fields"][0]["text"].endswith("`@acct_019` and 280 more")
    with SlackStub() as slack:
        add(store, alert, ["slack"])
        assert asyncio.run(outbox(store, slack=slack).drain())["counts"] == {"sent": 1}


def test_rate_limit_retry_after_is_honoured(store):
    with SlackStub() as slack:
        slack.fail("chat.postMessage", (429, 1))
        add(store, make_alert(1), ["slack"])
        add(store, make_alert(2, accounts=("billgates",)), ["slack"])
        asyncio.run(outbox(store, slack=slack).drain())
        t = slack.times("chat.postMessage")
        errs = [r for r in store.deliveries() if r["attempts"] > 1]
    assert len(t) == 3 and t[1] - t[0] >= 0.95
    assert [e["delivery_id"] for e in errs] == ["post:x:1@slack"]


def test_webhook_mode_posts_without_threads(store, caplog):
    caplog.set_level(logging.DEBUG)
    with SlackStub() as slack:
        hook = f"http://127.0.0.1:{slack.port}/services/T0/B0/secretpart"
        n = SlackNotifier(SlackConfig(type="slack", bot_token=None, channel=None, timeout_s=3), webhook_url=hook)
        add(store, make_alert(1), ["slack"])
        add(store, make_alert(2), ["slack"])
        summary = asyncio.run(Outbox(store, {"slack": n}, FAST).drain())
        hooks = slack.of("webhook")
    assert summary["counts"] == {"sent": 2} and len(hooks) == 2
    assert "thread_ts" not in hooks[1] and hooks[0]["blocks"][-1]["type"] == "actions"
    assert "url: [REDACTED]" in caplog.text and "secretpart" not in caplog.text  # the webhook URL is a secret
    assert {r["external_id"] for r in store.deliveries()} == {"webhook"}


def test_no_token_and_no_webhook_is_a_config_error():
    with pytest.raises(ConfigError, match="bot_token"):
        SlackNotifier(SlackConfig(type="slack", bot_token=None), token=None)
    with pytest.raises(ConfigError, match="channel"):
        SlackNotifier(SlackConfig(type="slack"), token="xoxb-1")


def test_token_never_logged(store, caplog):
    caplog.set_level(logging.DEBUG)
    with SlackStub() as slack:
        add(store, make_alert(1), ["slack"])
        asyncio.run(outbox(store, slack=slack).drain())
    assert "chat.postMessage" in caplog.text and slack.token not in caplog.text


# -- signatures ----------------------------------------------------------------------------
def sign(body: bytes, ts: int, secret: str = SECRET) -> dict[str, str]:
    base = b"v0:" + str(ts).encode() + b":" + body
    return {"X-Slack-Request-Timestamp": str(ts),
            "X-Slack-Signature": "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()}


def test_signature_valid_forged_and_stale():
    body, now = b"payload=%7B%7D", 1_700_000_000.0
    good = sign(body, int(now))
    assert verify_signature(SECRET, good, body, now)
    assert verify_signature(SECRET, {k.lower(): v for k, v in good.items()}, body, now + 299)
    assert not verify_signature(SECRET, good, body + b"x", now)  # tampered body
    assert not verify_signature("another-secret", good, body, now)  # forged with the wrong key
    assert not verify_signature(SECRET, dict(good, **{"X-Slack-Signature": "v0=" + "0" * 64}), body, now)
    assert not verify_signature(SECRET, good, body, now + 301)  # stale (replayed later)
    assert not verify_signature(SECRET, sign(body, int(now) + 400), body, now)  # from the future
    assert not verify_signature(SECRET, {}, body, now)
    assert not verify_signature(SECRET, {"X-Slack-Request-Timestamp": "abc", "X-Slack-Signature": "v0=1"}, body, now)
    assert not verify_signature("", sign(body, int(now), ""), body, now)


def test_signature_matches_slacks_documented_example():
    # the example from Slack's "Verifying requests from Slack" guide
    body = (b"token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
            b"&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
            b"&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
            b"&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c")
    headers = {"X-Slack-Request-Timestamp": "1531420618",
               "X-Slack-Signature": "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"}
    assert verify_signature(SECRET, headers, body, 1531420618 + 10)


# -- interactions --------------------------------------------------------------------------
def press(alert_id: str, *, action: str = "hw_confirm", user: str = "U0BOB", ts: str = "TS") -> bytes:
    payload = copy.deepcopy(FIXTURE)
    payload["actions"][0].update(action_id=action, value=alert_id)
    payload["user"]["id"] = user
    payload["container"]["message_ts"] = ts
    return urlencode({"payload": json.dumps(payload)}).encode()


def test_interaction_confirms_and_returns_replacement(store):
    with SlackStub() as slack:
        alert = add(store, make_alert(1, text=HOSTILE), ["slack"])
        asyncio.run(outbox(store, slack=slack).drain())
    ts = rows(store)["post:x:1@slack"]["external_id"].split("/")[1]
    msg = handle_interaction(store, press(alert.alert_id, ts=ts), allowed_user_ids=["U0BOB"], now=0.0)
    review = store.review_row(alert.alert_id)
    assert review["status"] == "confirmed" and review["decided_by"] == "slack:@bob (U0BOB)"
    assert msg["replace_original"] is True and "blocks" in msg and msg["text"]
    assert all(b["type"] != "actions" for b in msg["blocks"])  # decided: buttons removed
    texts = mrkdwn_texts(msg["blocks"])
    assert any("Confirmed by slack:@bob (U0BOB) at 1970-01-01 00:00 UTC" in unescape(t) for t in texts)
    assert any("ref post:x:1@slack" in unescape(t) for t in texts)
    assert interaction_response_url(press(alert.alert_id)) == FIXTURE["response_url"]


def test_interaction_from_disallowed_user_changes_nothing(store):
    alert = add(store, make_alert(1), ["slack"])
    msg = handle_interaction(store, press(alert.alert_id, user="U0EVE"), allowed_user_ids=["U0BOB"])
    assert msg["replace_original"] is False and "not allowed" in msg["text"]
    assert store.review_row(alert.alert_id)["status"] == "pending"


def test_interaction_dismiss_snooze_unknown_and_foreign(store):
    alert = add(store, make_alert(1), ["slack"])
    snoozed = handle_interaction(store, press(alert.alert_id, action="hw_snooze"))
    assert snoozed["blocks"][-1]["type"] == "actions"  # snoozed: still decidable
    handle_interaction(store, press(alert.alert_id, action="hw_dismiss"))
    assert store.review_row(alert.alert_id)["status"] == "dismissed"
    assert handle_interaction(store, press("post:x:nope"))["replace_original"] is False
    assert handle_interaction(store, press(alert.alert_id, action="open_link")) == {}


@pytest.mark.parametrize("body", [b"", b"payload=not-json", b"foo=bar", b"payload=%5B1%5D", b"\xff\xfe"])
def test_malformed_interaction_is_an_input_error(store, body):
    with pytest.raises(InputError):
        handle_interaction(store, body)


def test_interaction_round_trip_is_fast(store):
    alert = add(store, make_alert(1), ["slack"])
    body = press(alert.alert_id)
    t0 = time.perf_counter()
    for _ in range(200):
        handle_interaction(store, body)
    assert (time.perf_counter() - t0) / 200 < 0.01  # well inside Slack's 3 s acknowledgement budget


def test_readme_alert_examples_are_messages_the_apis_accept():
    """The README's Telegram and Slack examples parse as the APIs would, and its reader's view matches."""
    from .stubs.telegram_api import parse_tg_html

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Alerts\n"):readme.index("## Review queue\n")]
    fenced = re.findall(r"```(\w+)\n(.*?)\n```", section, re.S)
    html_text, shown = [body for lang, body in fenced if lang in ("html", "text")][:2]
    assert parse_tg_html(html_text) == (shown.removesuffix("\n[ Confirm ] [ Dismiss ] [ Snooze ]"), "")
    blocks = json.loads(next(body for lang, body in fenced if lang == "json"))
    assert block_errors(blocks) == [] and all(o["verbatim"] for o in mrkdwn_objects(blocks))
    assert [m for t in mrkdwn_texts(blocks) for m in ANGLE.findall(t)] == [
        "https://x.com/binance/status/1283485504950571008|Open post"]
