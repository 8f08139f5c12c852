"""Secrets (bot tokens, bearer tokens, webhook URLs) never reach a log line or the database.

A secret registered with `redact_secret` is replaced by "[REDACTED]" in every record of the
HTTP, platform and chat libraries' loggers and of hijackwatch's own, and `redact` cleans text
(e.g. an error message) before it is stored.
"""

from __future__ import annotations

import logging

MARK = "[REDACTED]"
_SECRETS: set[str] = set()
_LOGGERS = ("httpx", "httpcore", "requests", "urllib3", "tweepy", "telegram", "slack_sdk", "hijackwatch")


class _Redactor(logging.Filter):
    """Replaces every registered secret in a log record's message and arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        if _SECRETS:
            record.msg = redact(str(record.msg))
            if record.args:
                args = record.args if isinstance(record.args, tuple) else (record.args,)
                record.args = tuple(redact(a) if isinstance(a, str) else redact(repr(a)) if _has_secret(a) else a
                                    for a in args)
        return True


_REDACTOR = _Redactor()


def _has_secret(value: object) -> bool:
    text = repr(value)
    return any(s in text for s in _SECRETS)


def redact(text: str) -> str:
    """The text with every registered secret replaced by the mark."""
    for s in _SECRETS:
        text = text.replace(s, MARK)
    return text


def redact_secret(value: str) -> None:
    """Register a secret and filter it out of the libraries' loggers and ours.

    Filters on a logger do not apply to its children, so the filter goes on every existing
    logger under those names (the libraries create theirs at import).
    """
    if not value or len(value) < 4:
        return
    _SECRETS.add(value)
    names = [n for n in logging.root.manager.loggerDict if n.split(".")[0] in _LOGGERS]
    for name in set(names) | set(_LOGGERS):
        logger = logging.getLogger(name)
        if _REDACTOR not in logger.filters:
            logger.addFilter(_REDACTOR)
