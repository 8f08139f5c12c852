"""Telegram notifier: HTML rendering of hostile text, review buttons, callback polling, secrets."""

from __future__ import annotations

import asyncio
import copy
import html
import json
import logging
import sqlite3
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.errors import StoreError
from bot.notify import render as r
from bot.notify.render import Decision, Outgoing, tg_escape
from bot.notify.outbox import Outbox
from bot.notify.telegram import (CALLBACK_LIMIT, HANDLE_MAX, MAX_PRESS_TRIES, TelegramNotifier, callback_data,
                                 parse_callback, render_html)
from bot.post import Alert, Wallet
from bot.review import queue

from .stubs.telegram_api import TG_MAX_TEXT, TelegramStub, parse_tg_html
from .test_console import expected_clean
from .test_outbox import FAST, HOSTILE, WALLET, add, make_alert, outbox, rows, tg_notifier

FIXTURE = json.loads((Path(__file__).parent / "fixtures" / "telegram" / "callback_query.json").read_text())
ALLOWED_TAGS = {"b", "i", "code", "blockquote", "a"}


class Tags(HTMLParser):
    """Collects the tags, hrefs and the text inside <blockquote> of a Telegram HTML message."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.hrefs: list[str] = []
        self.quote: list[str] = []
        self._in_quote = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.hrefs += [v for k, v in attrs if k == "href"]
        self._in_quote = self._in_quote or tag == "blockquote"

    def handle_endtag(self, tag):
        self._in_quote = self._in_quote and tag != "blockquote"

    def handle_data(self, data):
        if self._in_quote:
            self.quote.append(data)


def parse(text: str) -> Tags:
    t = Tags()
    t.feed(text)
    t.close()
    return t


def test_hostile_post_text_renders_as_inert_text():
    alert = make_alert(1, text=HOSTILE)
    out = render_html(alert, "post:x:1@telegram")
    tags = parse(out)
    assert set(tags.tags) <= ALLOWED_TAGS
    assert tags.hrefs == ["https://x.com/elonmusk/status/1"]  # only our own link, never javascript:
    assert "".join(tags.quote) == HOSTILE  # shown verbatim, as text
    assert f"<code>{WALLET}</code>" in out and "ref post:x:1@telegram" in out


def test_the_quoted_post_is_code_so_clients_link_none_of_its_urls_mentions_or_tags():
    # Telegram clients turn a plain-text URL, @mention, #hashtag or $cashtag into a link; inside <code> they do not
    text = "Claim at https://evil.example/claim or bіnance.com, ask @support_desk #airdrop $ETH"
    tags = parse(render_html(make_alert(1, text=text), "d"))
    quote_tags = tags.tags[tags.tags.index("blockquote"):]
    assert quote_tags[:2] == ["blockquote", "code"] and "".join(tags.quote) == text


def test_host_names_in_reasons_are_code_so_the_scam_domain_is_no_link():
    alert = _with(make_alert(1), reasons=("link to claim-bіnance.com also posted by @coinbase in the last 5 min",
                                          "the text model scores it 0.44 (flags from 0.40), e.g. for a.b"))
    out = render_html(alert, "d")
    assert "link to <code>claim-bіnance.com</code> also posted by @coinbase" in out
    assert "scores it 0.44 (flags from 0.40), e.g. for <code>a.b</code>" not in out  # one-letter TLD: no host
    assert parse_tg_html(out)[1] == ""


def test_hostile_text_is_escaped_on_the_wire(store):
    with TelegramStub() as tg:
        add(store, make_alert(1, text=HOSTILE), ["telegram"])
        asyncio.run(outbox(store, tg).drain())
        sent = tg.of("sendMessage")[0]
    assert sent["parse_mode"] == "HTML" and sent["link_preview_options"] == {"is_disabled": True}
    tags = parse(sent["text"])
    assert set(tags.tags) <= ALLOWED_TAGS and "".join(tags.quote) == HOSTILE
    assert all(h.startswith("https://x.com/") for h in tags.hrefs)


def test_unsafe_post_url_is_not_linked():
    for url in ("javascript:alert(1)", "data:text/html,x", "", "https://", "ftp://x.com/a"):
        assert "<a " not in render_html(_with(make_alert(1), post_url=url), "d")
    tricky = render_html(_with(make_alert(1), post_url='https://x.com/a"><b>x</b>'), "d")
    assert parse(tricky).hrefs == ["https://x.com/a%22%3E%3Cb%3Ex%3C/b%3E"]


def _with(alert: Alert, **kw) -> Alert:
    return replace(alert, **kw)


@given(st.text(max_size=300))
def test_escaped_text_never_opens_a_tag_and_round_trips(text):
    out = tg_escape(text)
    assert "<" not in out and ">" not in out
    cleaned = expected_clean(text)
    assert html.unescape(out) == cleaned


@given(st.text(max_size=2000))
def test_any_post_text_keeps_the_message_structure(text):
    out = render_html(_with(make_alert(1), text=text), "post:x:1@telegram")
    tags = parse(out)
    assert set(tags.tags) <= ALLOWED_TAGS
    assert len(tags.hrefs) == 1
    assert parse_tg_html(out)[1] == ""  # the Bot API's HTML parser would accept it


def _huge_alert() -> Alert:
    """A campaign alert with far more of everything than one Telegram message holds."""
    accounts = tuple(f"account_{i:03d}" for i in range(300))
    wallets = tuple(Wallet("eth", "0x" + f"{i:040x}") for i in range(30))
    return _with(make_alert(1, accounts=accounts, campaign="camp-big", text="<b>&amp;</b> " * 800),
                 reasons=tuple("<i>" + "why " * 80 + "</i>" for _ in range(20)), wallets=wallets)


def test_an_oversized_alert_is_cut_to_fit_and_delivered(store):
    with TelegramStub() as tg:
        add(store, _huge_alert(), ["telegram"])
        summary = asyncio.run(outbox(store, tg).drain())
        sent = tg.of("sendMessage")
    assert summary["counts"] == {"sent": 1}, summary["dead"]  # the stub refuses > 4096 characters, as Telegram does
    shown, error = parse_tg_html(sent[0]["text"])
    assert error == "" and len(shown) <= TG_MAX_TEXT
    assert "@account_019" in shown and "@account_020" not in shown and "and 280 more" in shown
    assert "ref camp-big:300@telegram" in shown  # the footer (the idempotency key) survives the cut
    decided = render_html(_huge_alert(), "camp-big:300@telegram", decision=Decision("confirmed", "telegram:@a (1)", 0))
    assert parse_tg_html(decided)[1] == ""


def test_callback_data_fits_64_bytes_and_maps_back(store):
    short = callback_data("confirm", "post:x:1283460093858422784", store)
    assert short == "hw:confirm:post:x:1283460093858422784"
    long_id = "post:bluesky:at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/3kabcdefghijk"
    data = callback_data("dismiss", long_id, store)
    assert len(data.encode()) <= CALLBACK_LIMIT and long_id not in data
    assert parse_callback(data, store) == ("dismiss", long_id)
    assert parse_callback(short, store) == ("confirm", "post:x:1283460093858422784")
    assert parse_callback("hw:delete:x", store) is None
    assert parse_callback("hw:confirm:#unknownref", store) is None
    assert parse_callback("other:confirm:x", store) is None


def _press(update_id: int, user_id: int, data: str, chat_id: int, message_id: int) -> dict:
    upd = copy.deepcopy(FIXTURE)
    cq = upd["callback_query"]
    upd["update_id"] = update_id
    cq.update(id=f"cb{update_id}", data=data)
    cq["from"].update(id=user_id, username="alice" if user_id == 42 else "mallory")
    cq["message"].update(message_id=message_id)
    cq["message"]["chat"]["id"] = chat_id
    return upd


def _run_until(store, tg: TelegramStub, answers: int, edits: int = 0, timeout: float = 5) -> None:
    """Run the outbox (polling button presses) until the stub saw these answers and edits."""
    async def scenario():
        stop = asyncio.Event()
        ob = outbox(store, tg)
        task = asyncio.create_task(ob.run_forever(stop))
        await asyncio.to_thread(tg.wait_for, "answerCallbackQuery", answers, timeout)
        await asyncio.to_thread(tg.wait_for, "editMessageText", edits, timeout)
        stop.set()
        await asyncio.wait_for(task, 5)
        await ob.aclose()

    asyncio.run(scenario())


def test_buttons_allowed_user_decides_others_are_refused(store):
    with TelegramStub() as tg:
        alert = add(store, make_alert(1), ["telegram"])
        asyncio.run(outbox(store, tg).drain())
        markup = tg.of("sendMessage")[0]["reply_markup"]["inline_keyboard"][0]
        assert [b["text"] for b in markup] == ["Confirm", "Dismiss", "Snooze"]
        confirm, dismiss = markup[0]["callback_data"], markup[1]["callback_data"]
        mid = int(rows(store)["post:x:1@telegram"]["external_id"].split("/")[1])
        tg.push_update(_press(1, 666, confirm, tg.chat_id, mid))  # not an allowed user
        tg.push_update(_press(2, 42, confirm, -100999, mid))  # allowed user, another chat
        tg.push_update(_press(3, 42, dismiss, tg.chat_id, mid))
        _run_until(store, tg, 3, 1)
        answers, edits = tg.of("answerCallbackQuery"), tg.of("editMessageText")
    review = store.review_row(alert.alert_id)
    assert review["status"] == "dismissed" and review["decided_by"] == "telegram:@alice (42)"
    assert [a["show_alert"] for a in answers] == ["true", "true", "false"]  # form-encoded booleans
    assert "not allowed" in answers[0]["text"] and answers[2]["text"] == "Dismissed"
    assert len(edits) == 1 and edits[0]["message_id"] == str(mid)
    assert "Dismissed by telegram:@alice (42)" in edits[0]["text"]
    assert "reply_markup" not in edits[0]  # decided: the buttons are gone


def _delivered(store, tg: TelegramStub, button: int) -> tuple[Alert, str, int]:
    """Deliver one alert; its button's callback data and the message id."""
    alert = add(store, make_alert(1), ["telegram"])
    asyncio.run(outbox(store, tg).drain())
    data = tg.of("sendMessage")[0]["reply_markup"]["inline_keyboard"][0][button]["callback_data"]
    return alert, data, int(rows(store)["post:x:1@telegram"]["external_id"].split("/")[1])


def test_snooze_keeps_the_buttons(store):
    with TelegramStub() as tg:
        alert, snooze, mid = _delivered(store, tg, 2)
        tg.push_update(_press(1, 42, snooze, tg.chat_id, mid))
        _run_until(store, tg, 1, 1)
        edit = tg.of("editMessageText")[0]
    assert store.review_row(alert.alert_id)["status"] == "snoozed"
    assert len(edit["reply_markup"]["inline_keyboard"][0]) == 3


def test_decision_edit_waits_out_flood_control(store):
    with TelegramStub() as tg:
        alert, confirm, mid = _delivered(store, tg, 0)
        tg.fail("editMessageText", (429, 1))
        tg.push_update(_press(1, 42, confirm, tg.chat_id, mid))
        _run_until(store, tg, 1, 2, timeout=8)
        edits, times = tg.of("editMessageText"), tg.times("editMessageText")
        answers = tg.of("answerCallbackQuery")
    assert store.review_row(alert.alert_id)["status"] == "confirmed"
    assert answers[0]["text"] == "Confirmed"  # answered at once, before the edit waited
    assert len(edits) == 2 and times[1] - times[0] >= 0.95  # "retry after 1" honoured
    assert "Confirmed by telegram:@alice (42)" in edits[1]["text"]


def test_decision_line_is_escaped():
    d = Decision("confirmed", "telegram:<b>eve</b> (1)", 0.0)
    out = render_html(make_alert(1), "d", decision=d)
    assert "&lt;b&gt;eve&lt;/b&gt;" in out and "1970-01-01 00:00 UTC" in out


def test_token_never_reaches_logs_or_the_database(store, caplog):
    caplog.set_level(logging.DEBUG)
    with TelegramStub() as tg:
        tg.fail("sendMessage", (500,))
        add(store, make_alert(1), ["telegram"])
        asyncio.run(outbox(store, tg).drain())
    assert "sendMessage" in caplog.text  # the libraries did log their requests
    assert tg.token not in caplog.text
    assert all(tg.token not in str(r) for r in store.deliveries())


def test_wrong_token_is_retried_then_dead_lettered_without_leaking_it(store):
    with TelegramStub() as tg:
        add(store, make_alert(1), ["telegram"])
        cfg = tg_notifier(tg, store).cfg
        bad = TelegramNotifier(cfg, store, token="123:wrong-token-xyz")
        summary = asyncio.run(Outbox(store, {"telegram": bad}, FAST.model_copy(update={"max_attempts": 2})).drain())
        assert len(tg.of("sendMessage")) == 0  # the stub refused both attempts at the door (401)
    assert summary["counts"] == {"dead": 1} and summary["dead"][0]["attempts"] == 2
    assert "wrong-token" not in summary["dead"][0]["last_error"]


def test_a_rejected_token_is_not_in_the_delivery_error(store):
    """python-telegram-bot's InvalidToken names the token ("The token `…` was rejected"); our error must not."""
    with TelegramStub() as tg:
        bad = TelegramNotifier(tg_notifier(tg, store).cfg, store, token="123:wrong-token-xyz")
        with pytest.raises(r.DeliveryError) as err:
            asyncio.run(bad.send(Outgoing("post:x:1@telegram", make_alert(1))))
    assert "InvalidToken" in str(err.value) and "wrong-token" not in str(err.value)


def test_send_builds_reply_parameters_from_the_root(store):
    with TelegramStub() as tg:
        n = tg_notifier(tg, store)
        ext = asyncio.run(_send_twice(n))
    assert ext[0] == f"{tg.chat_id}/101"
    assert tg.of("sendMessage")[1]["reply_parameters"] == {"message_id": 101, "allow_sending_without_reply": True}


async def _send_twice(n) -> list[str]:
    a = make_alert(1)
    first = await n.send(Outgoing("post:x:1@telegram", a))
    second = await n.send(Outgoing("post:x:2@telegram", make_alert(2), reply_to=first))
    await n.aclose()
    return [first, second]


def test_button_polling_survives_an_error_without_a_message(store, caplog):
    # "polling must survive any API failure": also one whose str() is empty (e.g. TimeoutError())
    with TelegramStub() as tg:
        n = tg_notifier(tg, store, poll_callbacks=True)
    calls = []

    async def poll_once():
        calls.append(1)
        if len(calls) == 1:
            raise TimeoutError()
        stop.set()
        return 0

    n.poll_once = poll_once
    stop = asyncio.Event()
    with caplog.at_level(logging.WARNING, logger="hijackwatch.telegram"):
        asyncio.run(asyncio.wait_for(n.background(stop), 5))
    assert len(calls) == 2 and "polling failed (TimeoutError)" in caplog.text


# -- over-length alerts --------------------------------------------------------------------------
def _long_alert() -> Alert:
    """25 accounts with Bluesky domain handles of 253 characters, 8 long reasons, 10 wallets, a long post."""
    handles = tuple(f"{'a' * 60}.{'b' * 60}.{'c' * 60}.{'d' * 50}.x{i:02d}.bsky.social"[-253:] for i in range(25))
    reasons = tuple("🚨 &<domain> " + "é" * 150 + "👀" * 40 for _ in range(8))  # entities and astral characters
    wallets = tuple(Wallet("eth", f"0x{i:040x}") for i in range(10))
    return _with(make_alert(1, accounts=handles, campaign="camp:" + "k" * 180, text="🚨<&>" * 600),
                 reasons=reasons, wallets=wallets)


def _title_and_ref(shown: str, alert: Alert, delivery_id: str) -> bool:
    return shown.startswith(r.title(alert)) and f"ref {delivery_id}" in shown


def test_long_handles_reasons_and_wallets_are_cut_to_fit_and_the_decision_edit_too(store):
    alert = _long_alert()
    with TelegramStub() as tg:
        add(store, alert, ["telegram"])
        summary = asyncio.run(outbox(store, tg).drain())  # the stub refuses > 4096 characters, as Telegram does
        assert summary["counts"] == {"sent": 1}, summary["dead"]
        confirm = tg.of("sendMessage")[0]["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        tg.push_update(_press(1, 42, confirm, tg.chat_id, 101))
        _run_until(store, tg, 1, 1)
        sent, edit = tg.of("sendMessage")[0]["text"], tg.of("editMessageText")[0]["text"]
    for text in (sent, edit):
        shown, error = parse_tg_html(text)
        assert error == "" and len(shown.encode("utf-16-le")) // 2 <= TG_MAX_TEXT
        assert _title_and_ref(shown, alert, f"{alert.alert_id}@telegram")
        assert f"@{alert.accounts[0][:HANDLE_MAX - 1]}… " in shown.replace(",", " ")  # a handle is clipped
    assert "Confirmed by telegram:@alice (42)" in parse_tg_html(edit)[0]


def test_the_last_resort_cut_keeps_title_decision_and_ref():
    alert, decision = _long_alert(), Decision("dismissed", "telegram:@a (1)", 0)
    out = render_html(alert, "d@telegram", decision=decision, limit=700)
    shown, error = parse_tg_html(out)
    assert error == "" and len(shown.encode("utf-16-le")) // 2 <= 700
    assert _title_and_ref(shown, alert, "d@telegram") and "Dismissed by telegram:@a (1)" in shown
    assert "cut to fit" in shown


_handles = st.text(st.characters(blacklist_categories=("Cs",)), min_size=100, max_size=253)


@given(accounts=st.lists(_handles, min_size=12, max_size=30), reasons=st.lists(st.text(max_size=400), max_size=12),
       wallets=st.lists(st.text(min_size=1, max_size=200), max_size=14), text=st.text(max_size=3000),
       campaign=st.none() | st.text(min_size=1, max_size=300), decided=st.booleans())
@settings(max_examples=60, deadline=None)
def test_any_long_alert_fits_telegram_and_keeps_its_title_and_ref(accounts, reasons, wallets, text, campaign,
                                                                    decided):
    alert = _with(make_alert(1, accounts=tuple(accounts), text=text), campaign_id=campaign, reasons=tuple(reasons),
                  wallets=tuple(Wallet("eth", w) for w in wallets))
    decision = Decision("confirmed", "telegram:@" + "z" * 300 + " (1)", 0) if decided else None
    out = render_html(alert, "post:x:1@telegram", decision=decision)
    shown, error = parse_tg_html(out)
    assert error == "" and len(shown.encode("utf-16-le")) // 2 <= TG_MAX_TEXT
    assert set(parse(out).tags) <= ALLOWED_TAGS
    assert shown.startswith(r.clean(r.title(alert))) and shown.endswith("ref post:x:1@telegram")


# -- stale buttons and button presses ------------------------------------------------------------
def test_a_stale_button_cannot_overturn_a_decision_made_on_the_review_page(store):
    with TelegramStub() as tg:
        alert, confirm, mid = _delivered(store, tg, 0)
        queue.dismiss(store, alert.alert_id, by="web", note="our own promo", wallets=[WALLET])
        tg.push_update(_press(1, 42, confirm, tg.chat_id, mid))
        _run_until(store, tg, 1)
        answers, edits = tg.of("answerCallbackQuery"), tg.of("editMessageText")
    review = store.review_row(alert.alert_id)
    assert (review["status"], review["decided_by"], review["note"]) == ("dismissed", "web", "our own promo")
    assert store.list_values("allow_wallet") == {WALLET}
    assert answers[0]["text"] == "Already dismissed by web." and answers[0]["show_alert"] == "true"
    assert edits == []


async def _poll(n: TelegramNotifier) -> int | Exception:
    """One poll_once; the exception it raised instead of a count."""
    try:
        return await n.poll_once()
    except Exception as exc:  # noqa: BLE001 - the test looks at it
        return exc
    finally:
        await n.aclose()


def test_a_press_whose_database_write_fails_is_handled_on_the_next_poll(store):
    store.db.execute("PRAGMA busy_timeout=50")  # fail fast on the lock below
    with TelegramStub() as tg:
        alert, confirm, mid = _delivered(store, tg, 0)
        tg.push_update(_press(1, 42, confirm, tg.chat_id, mid))
        other = sqlite3.connect(store.path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # e.g. the review page writing at that moment
        n = tg_notifier(tg, store)
        assert isinstance(asyncio.run(_poll(n)), StoreError)
        other.execute("COMMIT")
        assert asyncio.run(_poll(n)) == 1  # the same press came again
        answers = tg.of("answerCallbackQuery")
    assert store.review_row(alert.alert_id)["status"] == "confirmed" and len(answers) == 1


def test_a_press_that_keeps_failing_is_given_up_and_does_not_block_the_next(store):
    store.db.execute("PRAGMA busy_timeout=10")
    with TelegramStub() as tg:
        alert, confirm, mid = _delivered(store, tg, 0)
        tg.push_update(_press(1, 42, confirm, tg.chat_id, mid))
        other = sqlite3.connect(store.path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        n = tg_notifier(tg, store)
        results = [asyncio.run(_poll(n)) for _ in range(MAX_PRESS_TRIES)]
        other.execute("COMMIT")
        tg.push_update(_press(2, 42, confirm.replace("confirm", "snooze"), tg.chat_id, mid))
        assert asyncio.run(_poll(n)) == 1  # only the new press: the stuck one was confirmed to Telegram
    assert all(isinstance(x, StoreError) for x in results[:-1]) and results[-1] == 1
    assert store.review_row(alert.alert_id)["status"] == "snoozed"


def test_a_press_delivered_again_after_a_restart_is_not_applied_again(store):
    with TelegramStub() as tg:
        alert, confirm, mid = _delivered(store, tg, 0)
        tg.push_update(_press(1, 42, confirm, tg.chat_id, mid))
        assert asyncio.run(_poll(tg_notifier(tg, store))) == 1  # confirmed; the process stops before the next poll
        queue.decide(store, alert.alert_id, "snooze", by="web", note="look again tomorrow")
        assert asyncio.run(_poll(tg_notifier(tg, store))) == 1  # after the restart Telegram delivers the press again
        answers = tg.of("answerCallbackQuery")
    review = store.review_row(alert.alert_id)
    assert (review["status"], review["decided_by"]) == ("snoozed", "web") and len(answers) == 1
