"""Registered secrets never reach a log line: messages, arguments, tracebacks, whichever logger wrote them."""

from __future__ import annotations

import asyncio
import logging

import pytest
from telegram import Bot
from telegram.error import InvalidToken
from telegram.request import HTTPXRequest

from bot import redact as redact_module
from bot.redact import MARK, MIN_LENGTH, redact, redact_secret

from .stubs.telegram_api import TelegramStub

SECRET = "hw-test-secret-5d1c0a"


@pytest.fixture(autouse=True)
def _registered():
    redact_secret(SECRET)


def _raise_with_secret() -> None:
    raise RuntimeError(f"request to https://api.example/bot{SECRET}/getMe failed")


def test_a_traceback_that_names_the_secret_is_redacted(caplog):
    caplog.set_level(logging.DEBUG)
    try:
        _raise_with_secret()
    except RuntimeError:
        logging.getLogger("hijackwatch.run").exception("source failed")
    assert "source failed" in caplog.text and "RuntimeError" in caplog.text  # the traceback is still there
    assert SECRET not in caplog.text and MARK in caplog.text


@pytest.mark.parametrize("name", ["bot.review.web", "asyncio", "a.logger.made.after.registration"])
def test_every_logger_is_covered(caplog, name):
    # the review page's logger is named after its module, asyncio reports failed tasks, and a library may
    # create a logger long after the secret was registered: a per-logger filter would miss all three
    caplog.set_level(logging.DEBUG)
    logging.getLogger(name).warning("calling %s", f"https://hooks.example/{SECRET}")
    assert "calling https://hooks.example/" + MARK in caplog.text and SECRET not in caplog.text


def test_mapping_arguments_still_format(caplog):
    caplog.set_level(logging.DEBUG)
    logging.getLogger("httpx").info("%(method)s %(url)s", {"method": "POST", "url": f"/bot{SECRET}/sendMessage"})
    assert f"POST /bot{MARK}/sendMessage" in caplog.text  # formatted, not a "--- Logging error ---"
    logging.getLogger("httpx").info("%(n)d requests", {"n": 3})
    assert "3 requests" in caplog.text


def test_non_string_arguments_keep_their_format_unless_they_carry_the_secret(caplog):
    caplog.set_level(logging.DEBUG)
    logging.getLogger("hijackwatch.outbox").info("%d rows, %.1fs, %s", 3, 0.25, ValueError(SECRET))
    assert "3 rows, 0.2s, " + MARK in caplog.text and SECRET not in caplog.text


def test_a_token_rejected_by_the_bot_api_is_redacted_from_its_logged_traceback(caplog):
    """python-telegram-bot puts the token itself in InvalidToken's message ("The token `…` was rejected")."""
    caplog.set_level(logging.DEBUG)
    token = "424242:wrong-token-abcdef"
    redact_secret(token)
    with TelegramStub() as tg:
        bot = Bot(token, base_url=tg.base_url, request=HTTPXRequest(connect_timeout=3, read_timeout=3))
        with pytest.raises(InvalidToken) as err:
            asyncio.run(bot.initialize())
        assert token in str(err.value)  # the library's own message...
        logging.getLogger("hijackwatch.telegram").error("start failed", exc_info=err.value)
    assert "InvalidToken" in caplog.text and token not in caplog.text  # ...never reaches the log


def test_redact_replaces_every_registered_secret():
    assert redact(f"a {SECRET} b {SECRET}") == f"a {MARK} b {MARK}"
    redact_secret("abc")  # too short to be a secret: registering it would redact ordinary words
    assert redact("abc") == "abc"


def test_a_secret_inside_a_longer_one_leaves_no_part_of_the_longer_one(monkeypatch):
    monkeypatch.setattr(redact_module, "_SECRETS", redact_module._SECRETS)  # restored after: no prefix outlives it
    hook = "https://hooks.example/services/T0HW/B0HW/hwLongerSecret7e2b"
    token = "xoxb-hw-0a1b2c3d4e5f-inside-a-longer-one"
    parts = [hook[:n] for n in range(MIN_LENGTH, len(hook))] + [token[n:] for n in range(1, len(token) - MIN_LENGTH)]
    for secret in [*parts, hook, token]:  # whatever the order they are registered or kept in
        redact_secret(secret)
    assert redact(f"POST {hook} ({token})") == f"POST {MARK} ({MARK})"


def test_a_secret_in_a_logged_mappings_keys_is_redacted(caplog):
    caplog.set_level(logging.DEBUG)
    # a lone mapping argument becomes the record's args, printed whole: its keys are shown as well as its values
    logging.getLogger("hijackwatch.outbox").info("clients: %s", {f"https://hooks.example/{SECRET}": "ready"})
    assert "clients: {'https://hooks.example/" + MARK + "': 'ready'}" in caplog.text and SECRET not in caplog.text


class Unprintable:
    """An object whose str and repr fail, e.g. one half built when its __init__ raised."""

    def __repr__(self) -> str:
        raise RuntimeError("half built")

    __str__ = __repr__


def test_an_argument_that_cannot_be_printed_does_not_make_the_log_call_raise(caplog):
    caplog.set_level(logging.DEBUG)
    logging.getLogger("hijackwatch.run").warning("source state: %s", Unprintable())  # raised into the caller
    logging.getLogger("hijackwatch.run").warning(Unprintable())
    assert "source state: <unprintable Unprintable>" in caplog.text


def test_a_stack_shown_with_the_record_is_redacted(caplog):
    caplog.set_level(logging.DEBUG)
    logging.getLogger("hijackwatch.run").info("here", stack_info=True)  # a line shown: hw-test-secret-5d1c0a
    assert "Stack (most recent call last)" in caplog.text and SECRET not in caplog.text and MARK in caplog.text
