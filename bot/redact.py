"""Secrets (bot tokens, bearer tokens, webhook URLs) never reach a log line or the database.

Once a secret is registered with `redact_secret`, every log record any logger creates has it
replaced by "[REDACTED]": its message, its arguments and its traceback. `redact` cleans text
(e.g. an error message) before it is stored or raised.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from typing import Any

MARK = "[REDACTED]"
MIN_LENGTH = 4  # shorter values would redact ordinary words
# Longest first: a secret inside a longer one, replaced first, would leave the rest of the longer one in the text.
# Replaced, never changed in place: another thread may be iterating it.
_SECRETS: tuple[str, ...] = ()
_LOCK = threading.Lock()  # registering: two threads adding at once must not lose one's secret
_installed = False


def redact(text: str) -> str:
    """The text with every registered secret replaced by the mark."""
    for s in _SECRETS:
        text = text.replace(s, MARK)
    return text


def error_line(exc: BaseException, limit: int = 300) -> str:
    """'ExceptionName: message' on one line, at most `limit` characters, with registered secrets redacted.

    Library messages may name a secret: python-telegram-bot's InvalidToken quotes the bot token.
    """
    return redact(f"{exc.__class__.__name__}: {exc}").splitlines()[0][:limit]


def redact_secret(value: str) -> None:
    """Register a secret: from now on it is replaced in every log record and by `redact`."""
    global _SECRETS
    if not value or len(value) < MIN_LENGTH:
        return
    with _LOCK:
        _SECRETS = tuple(sorted({*_SECRETS, value}, key=len, reverse=True))
    _install()


def _install() -> None:
    """Wrap the log record factory once.

    At record creation rather than as logger filters: a filter sits on one logger only, so it
    missed child loggers created after registration, loggers outside the list (this project's
    `bot.*`, asyncio) and every traceback, which handlers format after filters have run.
    """
    global _installed
    with _LOCK:
        if _installed:
            return
        make = logging.getLogRecordFactory()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            return _scrub(make(*args, **kwargs))

        logging.setLogRecordFactory(factory)
        _installed = True


def _scrub(record: logging.LogRecord) -> logging.LogRecord:
    """The record with every registered secret replaced in its message, arguments and traceback."""
    if not _SECRETS:
        return record
    record.msg = redact(record.msg) if isinstance(record.msg, str) else _arg(record.msg)
    if isinstance(record.args, Mapping):  # "%(name)s" style: the args must stay a mapping to format
        # keys too: a lone mapping argument ("%s", {url: ...}) becomes the args, printed whole
        record.args = {_arg(k): _arg(v) for k, v in record.args.items()}
    elif record.args:
        record.args = tuple(_arg(a) for a in record.args)
    if record.exc_info and record.exc_info[0] is not None:
        # formatted now, redacted, and exc_info dropped, so no handler can format the raw exception again
        record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        record.exc_info = None
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    return record


def _arg(value: Any) -> Any:
    """A log argument as it was, or as redacted text when its str or repr shows a secret."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, (int, float)):  # keeps %d and %.1f working; a number holds no secret
        return value
    try:
        text, shown = str(value), repr(value)
    except Exception:  # noqa: BLE001 - a log call must never raise into the code that logs
        return f"<unprintable {type(value).__name__}>"  # not checked for secrets, so not shown
    if any(s in text or s in shown for s in _SECRETS):
        return redact(text)
    return value
