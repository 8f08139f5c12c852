"""Escaping and formatting helpers shared by the Telegram and Slack notifiers.

Everything an attacker can write (post text, handles, domains inside reasons) passes
through one of the escapers here before it reaches a chat message:

* Telegram HTML: `tg_escape` (``&``, ``<``, ``>``, quotes), so a post can never open a tag.
* Slack mrkdwn: `slack_escape` (``&``, ``<``, ``>`` — the only three control characters
  Slack decodes), so a post can never produce ``<!channel>``, ``<@U…>`` or a disguised
  ``<http://evil|good>`` link; `slack_text` also breaks ``*_~``` formatting markers.
"""

from __future__ import annotations

import hashlib
import html
import re
from base64 import urlsafe_b64encode
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import quote, urlsplit

from ..errors import NotifyError
from ..post import Alert
from ..redact import error_line, redact, redact_secret  # noqa: F401 - the notifiers' entry points

ZWSP = "\u200b"
SEVERITY_ICON = {"low": "ℹ️", "medium": "⚠️", "high": "🚨", "critical": "🚨🚨"}
DECISION_ICON = {"confirmed": "✅", "dismissed": "❎", "snoozed": "💤"}
ACTIONS = {"confirm": "confirmed", "dismiss": "dismissed", "snooze": "snoozed"}
OPEN_STATUSES = ("pending", "snoozed")  # what a chat button may still decide: a chat message lives on

MAX_TEXT = 590  # raw post characters shown; x5 worst-case escaping stays under Slack's 3000
MAX_REASONS = 8
MAX_REASON_CHARS = 200
MAX_WALLETS = 10
MAX_ACCOUNTS = 20  # accounts named in a chat message; a large campaign says how many more

_SLACK_SPECIAL = re.compile(r"[&<>]")
_SLACK_FORMAT = re.compile(r"[*_~`]")
_SLACK_ENTITY = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# C0 controls but tab and newline, DEL, C1 controls (0x9b is a one-byte CSI), and the bidi embeddings,
# overrides and isolates that can make text read differently from what it is ("Trojan Source")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_NEWLINE = re.compile(r"\r\n?")
_BLANKS = re.compile(r"[\t\n]")
_URL_SAFE = ":/?#[]@!$&'()*+,;=%-._~"  # RFC 3986 reserved + unreserved, minus | < > and spaces


class DeliveryError(NotifyError):
    """One failed send: `retry_after` when the API asked us to wait, `permanent` when retrying is futile."""

    def __init__(self, message: str, *, retry_after: float | None = None, permanent: bool = False) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.permanent = permanent


@dataclass(frozen=True, slots=True)
class Outgoing:
    """What the outbox hands a notifier: the alert, its delivery id, and where it threads."""

    delivery_id: str
    alert: Alert
    reply_to: str | None = None  # external id of the thread root (campaign growth / dedupe)
    resend: bool = False  # a previous attempt's outcome is unknown (process died mid-send)


@dataclass(frozen=True, slots=True)
class Decision:
    """An analyst's decision, shown on the edited message."""

    status: str
    by: str
    at: float

    def line(self) -> str:
        when = datetime.fromtimestamp(self.at, timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        return f"{DECISION_ICON.get(self.status, '•')} {self.status.capitalize()} by {self.by} at {when}"


# -- escaping ------------------------------------------------------------------------------
def clean(text: str) -> str:
    """Untrusted text without control characters: C0 (but tab and newline), DEL, C1 and bidi overrides.

    A carriage return becomes a newline: on a terminal it would move back and overwrite the line.
    Used for chat messages and for terminal output (where ESC would start an escape sequence).
    """
    return _CONTROL.sub("", _NEWLINE.sub("\n", text))


def reveal(text: str, form: str = "[U+{:04X}]") -> str:
    """Untrusted text with each character `clean` removes shown instead, as `form` of its code point.

    For where what was written must stay visible (the review page, JSON lines) yet must not act:
    a bidi override shown as "[U+202E]" cannot reorder the text around it. CR and CRLF become newlines.
    """
    return _CONTROL.sub(lambda m: form.format(ord(m.group())), _NEWLINE.sub("\n", text))


def one_line(text: str) -> str:
    """`clean` text on one line: tabs and newlines become spaces (for tab-separated and labelled lines)."""
    return _BLANKS.sub(" ", clean(text))


def clip(text: str, limit: int) -> str:
    """At most `limit` characters, with an ellipsis when cut (cut before escaping, never inside an entity)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def tg_escape(text: str) -> str:
    """Telegram HTML-safe text: &, <, > and quotes become entities Telegram understands."""
    return html.escape(clean(text), quote=True)


def slack_escape(text: str) -> str:
    """Slack mrkdwn-safe text: &, <, > become &amp; &lt; &gt; (Slack decodes exactly these)."""
    return _SLACK_SPECIAL.sub(lambda m: _SLACK_ENTITY[m.group()], clean(text))


def slack_unformat(text: str) -> str:
    """Break *bold* _italic_ ~strike~ `code` markers with zero-width spaces around them.

    Slack only formats a marker that sits on a word boundary; a zero-width space on each
    side of it removes that boundary, and it is invisible when read.
    """
    return _SLACK_FORMAT.sub(lambda m: ZWSP + m.group() + ZWSP, text)


def slack_text(text: str) -> str:
    """Escape and unformat untrusted text for a mrkdwn field."""
    return slack_unformat(slack_escape(text))


def slack_code(text: str) -> str:
    """Untrusted text inside a `code` span (backticks removed so it cannot close the span)."""
    return "`" + slack_escape(text.replace("`", "'")) + "`"


def safe_url(url: str) -> str | None:
    """The URL percent-encoded to RFC 3986 characters if it is http(s) with a host; else None."""
    url = (url or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe=_URL_SAFE)


# -- shared pieces of a message -------------------------------------------------------------
def short_ref(alert_id: str) -> str:
    """A 17-character stand-in for a long alert id (Telegram callback_data holds only 64 bytes)."""
    digest = hashlib.sha256(alert_id.encode("utf-8")).digest()[:12]
    return "#" + urlsafe_b64encode(digest).decode("ascii")


def title(alert: Alert) -> str:
    """The plain headline: severity, kind and size, e.g. 'CRITICAL campaign alert: 4 accounts'."""
    n = len(alert.accounts)
    size = f"{n} accounts" if n != 1 else "1 account"
    return f"{SEVERITY_ICON.get(alert.severity, '')} {alert.severity.upper()} {alert.kind} alert: {size}".strip()


def reasons(alert: Alert) -> list[str]:
    """The first reasons, each clipped."""
    return [clip(r, MAX_REASON_CHARS) for r in alert.reasons[:MAX_REASONS]]


def and_more(total: int, shown: int) -> str:
    """' and N more' when only `shown` of `total` items are listed, else ''."""
    return f" and {total - shown} more" if total > shown else ""


def already(review: dict | None) -> str:
    """'Already dismissed by web.': the answer to a button pressed after the alert was decided."""
    review = review or {}
    by = f" by {review['decided_by']}" if review.get("decided_by") else ""
    return f"Already {review.get('status') or 'decided'}{by}."


def footer(delivery_id: str, resend: bool) -> str:
    """'ref <delivery id>', the idempotency key a person can search for, plus a resend note."""
    note = " · re-sent after a restart (may repeat an earlier message with this ref)" if resend else ""
    return f"ref {delivery_id}{note}"


