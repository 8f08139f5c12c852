"""Telegram delivery (python-telegram-bot v22): HTML alert messages with review buttons.

Messages are sent with ``parse_mode=HTML``; every untrusted string goes through
`render.tg_escape`, links are http(s) only, and link previews are off (a scam page must
not unfurl in the chat). Buttons carry ``hw:<action>:<alert id>`` as callback data, or a
short ``#ref`` stored in the ``notify_refs`` table when the id would pass Telegram's
64-byte limit. Button presses are read by long-polling getUpdates in `background`; only
`allowed_user_ids` in the configured chat may decide, only an alert still pending or snoozed,
and the message is edited to say who. Handled presses are recorded in the store (``chat_presses``).

External ids of sent messages are ``"<chat id>/<message id>"``.
"""

from __future__ import annotations

import asyncio
import html
import logging
import re
import time
from dataclasses import dataclass
from typing import Any

from telegram import (Bot, CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions,
                      Message, ReplyParameters, Update)
from telegram.constants import ParseMode
from telegram.error import BadRequest, RetryAfter, TelegramError
from telegram.request import HTTPXRequest

from ..config import TelegramNotifier as TelegramConfig
from ..config import secret
from ..detect.links import HOST_PATTERN
from ..post import Alert
from ..retry import backoff
from ..store import Store
from . import render as r

log = logging.getLogger("hijackwatch.telegram")

PREFIX = "hw"
CALLBACK_LIMIT = 64  # bytes, Telegram's limit on callback_data
MAX_MESSAGE = 4096  # Bot API: message text is 1-4096 characters after entities parsing
HANDLE_MAX = 64  # characters of one account handle shown (a Bluesky domain handle may have 253)
CAMPAIGN_MAX, WALLET_MAX, TITLE_MAX, DECISION_MAX, FOOTER_MAX = 200, 128, 200, 300, 600
CUT_NOTE = "<i>… cut to fit Telegram's message limit</i>"
_TAG = re.compile(r"<[^>]*>")
EDIT_TRIES = 3  # a decision's edit waits out flood control (RetryAfter) up to three times
MAX_PRESS_TRIES = 5  # a press whose handling keeps failing is dropped: it must not block all later ones
MAX_EDIT_WAIT_S = 60.0  # longer waits would stall button polling; the decision is recorded either way
_BUTTONS = (("Confirm", "confirm"), ("Dismiss", "dismiss"), ("Snooze", "snooze"))
_REFS_SQL = "CREATE TABLE IF NOT EXISTS notify_refs (ref TEXT PRIMARY KEY, alert_id TEXT NOT NULL)"


@dataclass(frozen=True)
class Fit:
    """How much of each part of an alert one rendering shows."""

    quote: int  # raw post characters quoted (0: none)
    accounts: int = r.MAX_ACCOUNTS
    reasons: int = r.MAX_REASONS
    wallets: int = r.MAX_WALLETS


# tried in turn until the message fits: first the quote shrinks, then accounts, reasons and wallets
FITS = (Fit(1000), Fit(400), Fit(100), Fit(0), Fit(0, 10), Fit(0, 3), Fit(0, 3, 4), Fit(0, 3, 1),
        Fit(0, 3, 1, 3), Fit(0, 1, 1, 1))


# -- rendering -----------------------------------------------------------------------------
def render_html(alert: Alert, delivery_id: str, *, resend: bool = False, decision: r.Decision | None = None,
                limit: int = MAX_MESSAGE) -> str:
    """The alert as Telegram HTML; untrusted text escaped, only <b> <i> <code> <blockquote> <a> used.

    At most `limit` characters as Telegram counts them (a message over the limit is refused for
    good, and the alert would be lost): the quote shrinks, then the accounts, reasons and wallets;
    as a last resort whole lines of the body go. The title and the ``ref`` footer always stay.
    """
    for fit in FITS:
        head, body, tail = _parts(alert, delivery_id, resend, decision, fit)
        text = "\n".join(head + body + tail)
        if shown_length(text) <= limit:
            return text
    return _cut(head, body, tail, limit)


def _cut(head: list[str], body: list[str], tail: list[str], limit: int) -> str:
    """Drop body lines from the end until the message fits; each line is whole HTML, so no tag is split."""
    while body:
        text = "\n".join(head + body + [CUT_NOTE] + tail)
        if shown_length(text) <= limit:
            return text
        body = body[:-1]
    return "\n".join(head + [CUT_NOTE] + tail)


def _parts(alert: Alert, delivery_id: str, resend: bool, decision: r.Decision | None,
           fit: Fit) -> tuple[list[str], list[str], list[str]]:
    """(title, body, decision and footer) as lists of lines, each a complete HTML fragment."""
    e = r.tg_escape
    body = ["<b>Accounts:</b> " + _accounts(alert.accounts, fit.accounts),
            f"<b>Score:</b> {alert.score:.2f} · <b>Severity:</b> {e(alert.severity)}"]
    if alert.campaign_id:
        body.append(f"<b>Campaign:</b> <code>{e(r.clip(alert.campaign_id, CAMPAIGN_MAX))}</code>")
    if alert.text and fit.quote:
        # in <code>: Telegram clients turn a URL, @mention or #tag of plain text into a link, and this is the
        # attacker's text (a scam link one tap away, a mention that pings someone)
        body.append(f"<blockquote><code>{e(r.clip(alert.text, fit.quote))}</code></blockquote>")
    body += _list("Why", [f"• {_unlinked(x)}" for x in r.reasons(alert)[: fit.reasons]], len(alert.reasons))
    body += _list("Wallets", [f"<code>{e(r.clip(w.address, WALLET_MAX))}</code> ({e(w.chain)})"
                              for w in alert.wallets[: fit.wallets]], len(alert.wallets))
    url = r.safe_url(alert.post_url)
    if url:
        body.append(f'<a href="{e(url)}">Open post</a>')
    tail = [f"<b>{e(r.clip(decision.line(), DECISION_MAX))}</b>"] if decision is not None else []
    tail.append(f"<i>{e(r.clip(r.footer(delivery_id, resend), FOOTER_MAX))}</i>")
    return [f"<b>{e(r.clip(r.title(alert), TITLE_MAX))}</b>"], body, tail


# a host name as Telegram clients would link it ("link to evil.com also posted by ..."): "e.g." and "0.44" are not
_HOST = re.compile(rf"(?<![\w.@/-]){HOST_PATTERN}(?![\w@-])")


def _unlinked(reason: str) -> str:
    """A reason as HTML with each host name in <code>: it is often the scam's own domain, and Telegram would
    otherwise make it a link one tap away."""
    return _HOST.sub(lambda m: f"<code>{m.group()}</code>", r.tg_escape(reason))


def _list(heading: str, items: list[str], total: int) -> list[str]:
    """A bold heading, the items, and '• and N more' when some were left out."""
    if not items:
        return []
    more = [f"• and {total - len(items)} more"] if total > len(items) else []
    return [f"<b>{heading}</b>", *items, *more]


def _accounts(accounts: tuple[str, ...], limit: int) -> str:
    shown = accounts[:limit]
    return (", ".join(f"<code>@{r.tg_escape(r.clip(a, HANDLE_MAX))}</code>" for a in shown)
            + r.and_more(len(accounts), len(shown)))


def shown_length(html_text: str) -> int:
    """Length of the message as Telegram counts it: UTF-16 code units of the text without tags."""
    shown = html.unescape(_TAG.sub("", html_text))
    return len(shown.encode("utf-16-le")) // 2


def callback_data(action: str, alert_id: str, store: Store | None = None) -> str:
    """``hw:<action>:<alert id>``, or ``hw:<action>:#<ref>`` (recorded in the store) when too long."""
    data = f"{PREFIX}:{action}:{alert_id}"
    if len(data.encode("utf-8")) <= CALLBACK_LIMIT and not alert_id.startswith("#"):
        return data
    ref = r.short_ref(alert_id)
    if store is not None:
        store.db.execute(_REFS_SQL)
        store.db.execute("INSERT OR IGNORE INTO notify_refs (ref, alert_id) VALUES (?, ?)", [ref, alert_id])
    return f"{PREFIX}:{action}:{ref}"


def parse_callback(data: str, store: Store) -> tuple[str, str] | None:
    """(action, alert id) from callback data, or None when it is not ours or unknown."""
    prefix, _, rest = (data or "").partition(":")
    action, _, key = rest.partition(":")
    if prefix != PREFIX or action not in r.ACTIONS or not key:
        return None
    if not key.startswith("#"):
        return action, key
    store.db.execute(_REFS_SQL)
    rows = list(store.db.query("SELECT alert_id FROM notify_refs WHERE ref = ?", [key]))
    return (action, rows[0]["alert_id"]) if rows else None


def keyboard(alert_id: str, store: Store | None = None) -> InlineKeyboardMarkup:
    """Confirm / Dismiss / Snooze buttons for one alert."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=callback_data(act, alert_id, store))
                                  for label, act in _BUTTONS]])


def split_external(external_id: str | None) -> tuple[str, int] | None:
    """(chat id, message id) from an external id ``"<chat>/<message>"``; None if it is not one."""
    chat, _, mid = (external_id or "").rpartition("/")
    return (chat, int(mid)) if chat and mid.isdigit() else None


# -- the notifier --------------------------------------------------------------------------
class TelegramNotifier:
    """Sends alerts to one chat and applies button presses to the review queue."""

    def __init__(self, cfg: TelegramConfig, store: Store, *, channel: str = "telegram", token: str) -> None:
        self.cfg, self.store, self.channel = cfg, store, channel
        self.dedupe_window_s = cfg.dedupe_window_s
        r.redact_secret(token)
        timeout = cfg.timeout_s
        self.bot = Bot(token, base_url=cfg.api_base_url,
                       request=HTTPXRequest(connect_timeout=timeout, read_timeout=timeout, write_timeout=timeout),
                       get_updates_request=HTTPXRequest(connect_timeout=timeout, read_timeout=timeout))
        self._ready = False
        self._offset: int | None = None
        self._failing: tuple[int | None, int] = (None, 0)  # the update that failed last, and how often

    @classmethod
    def from_config(cls, cfg: TelegramConfig, store: Store, channel: str = "telegram", *,
                    key: str = "notifiers.telegram") -> "TelegramNotifier":
        """Build from the config section (at key path `key`), reading the token from its secret (never logged)."""
        return cls(cfg, store, channel=channel, token=secret(cfg.bot_token, f"{key}.bot_token"))

    async def _ensure(self) -> None:
        if not self._ready:
            await self.bot.initialize()
            self._ready = True

    async def send(self, out: r.Outgoing) -> str:
        """Send one alert (as a reply when it threads); returns ``"<chat>/<message id>"``."""
        reply = split_external(out.reply_to)
        try:
            await self._ensure()
            msg = await self.bot.send_message(
                self.cfg.chat_id, render_html(out.alert, out.delivery_id, resend=out.resend),
                parse_mode=ParseMode.HTML, reply_markup=keyboard(out.alert.alert_id, self.store),
                link_preview_options=LinkPreviewOptions(is_disabled=True),
                reply_parameters=ReplyParameters(reply[1], allow_sending_without_reply=True) if reply else None)
        except TelegramError as exc:
            raise delivery_error(exc) from None
        return f"{msg.chat.id}/{msg.message_id}"

    async def background(self, stop: asyncio.Event) -> None:
        """Poll for button presses until `stop` is set (nothing to do when polling is off)."""
        if not self.cfg.poll_callbacks:
            return
        failures = 0
        while not stop.is_set():
            try:
                await self.poll_once()
                failures = 0
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - polling must survive any API failure
                failures += 1
                wait = _retry_after(exc) or backoff(failures, base=0.5, cap=60.0, floor=1.0)  # no jitter
                log.warning("telegram %s: polling failed (%s); retrying in %.1fs", self.channel,
                            (str(exc) or exc.__class__.__name__).splitlines()[0][:200], wait)
                await _wait(stop, wait)

    async def poll_once(self) -> int:
        """One getUpdates call; handles its updates in order and returns how many came.

        The offset (which confirms updates to Telegram on the next call) moves past an update only
        once it is handled: if handling fails, e.g. on a locked database, the error ends this batch
        and the same update comes again. One that fails MAX_PRESS_TRIES times is given up.
        """
        await self._ensure()
        updates = await self.bot.get_updates(offset=self._offset, timeout=self.cfg.poll_timeout_s,
                                             allowed_updates=["callback_query"])
        for upd in updates:
            try:
                if upd.callback_query is not None:
                    await self._handle_once(upd.callback_query)
            except Exception as exc:  # noqa: BLE001 - re-raised unless this update keeps failing
                if not self._give_up(upd.update_id, exc):
                    raise
            self._offset = upd.update_id + 1
        return len(updates)

    async def _handle_once(self, cq: CallbackQuery) -> None:
        """Handle a press unless it was handled before (Telegram re-delivers the last batch after a restart)."""
        press = f"{self.channel}:{cq.id}"
        if self.store.press_handled(press):
            log.info("telegram %s: press %s was handled before; skipped", self.channel, cq.id)
            return
        await self.handle_callback(cq)
        self.store.record_press(press)

    def _give_up(self, update_id: int, exc: Exception) -> bool:
        """Count a failure to handle this update; True once it failed MAX_PRESS_TRIES times in a row."""
        last, tries = self._failing
        tries = tries + 1 if last == update_id else 1
        self._failing = (update_id, tries)
        if tries < MAX_PRESS_TRIES:
            return False
        log.error("telegram %s: update %s failed %d times, skipped: %s", self.channel, update_id, tries,
                  str(exc).splitlines()[0][:200] if str(exc) else exc.__class__.__name__)
        return True

    async def handle_callback(self, cq: CallbackQuery) -> str:
        """Apply a button press if its user and chat may act; returns the status or why not."""
        parsed = parse_callback(cq.data or "", self.store)
        if parsed is None:
            await self._answer(cq, "Unknown or expired button.", alert=True)
            return "unknown"
        if not self._allowed(cq):
            log.warning("telegram %s: user %s may not review (chat %s)", self.channel, cq.from_user.id,
                        _chat_of(cq.message))
            await self._answer(cq, "You are not allowed to review alerts.", alert=True)
            return "denied"
        action, alert_id = parsed
        alert = self.store.get_alert(alert_id)
        if alert is None:
            await self._answer(cq, "This alert no longer exists.", alert=True)
            return "missing"
        decision = r.Decision(r.ACTIONS[action], who(cq), time.time())
        if not self.store.set_review(alert_id, decision.status, by=decision.by, only_from=r.OPEN_STATUSES):
            # decided elsewhere (review page, CLI, another press): the message's buttons are stale
            await self._answer(cq, r.already(self.store.review_row(alert_id)), alert=True)
            return "already decided"
        # answer first: a callback query must be answered within seconds, an edit may have to wait out flood control
        await self._answer(cq, decision.status.capitalize())
        await self._show_decision(cq, alert, decision)
        return decision.status

    def _allowed(self, cq: CallbackQuery) -> bool:
        if cq.from_user is None or cq.from_user.id not in self.cfg.allowed_user_ids:
            return False
        chat = cq.message.chat if cq.message is not None else None
        if chat is None:
            return False
        wanted = self.cfg.chat_id.lstrip("@").lower()
        return wanted in (str(chat.id), (chat.username or "").lower())

    async def _show_decision(self, cq: CallbackQuery, alert: Alert, decision: r.Decision) -> None:
        """Edit the pressed message to show the decision, waiting out flood control a few times."""
        text = render_html(alert, f"{alert.alert_id}@{self.channel}", decision=decision)
        markup = keyboard(alert.alert_id, self.store) if decision.status == "snoozed" else None
        for _ in range(EDIT_TRIES):
            wait = await self._edit(cq.message, text, markup)
            if wait is None or wait > MAX_EDIT_WAIT_S:
                return
            log.info("telegram %s: flood control, editing again in %.0fs", self.channel, wait)
            await asyncio.sleep(wait)

    async def _edit(self, msg: Message, text: str, markup: InlineKeyboardMarkup | None) -> float | None:
        """One editMessageText; the RetryAfter seconds when flood control refused it, else None."""
        try:
            await self.bot.edit_message_text(text, chat_id=msg.chat.id, message_id=msg.message_id,
                                             parse_mode=ParseMode.HTML, reply_markup=markup,
                                             link_preview_options=LinkPreviewOptions(is_disabled=True))
            return None
        except TelegramError as exc:  # e.g. "message is not modified" or too old: the decision still counts
            wait = _retry_after(exc)
            if wait is None:
                log.warning("telegram %s: could not edit message: %s", self.channel, str(exc)[:200])
            return wait

    async def _answer(self, cq: CallbackQuery, text: str, *, alert: bool = False) -> None:
        try:
            await self.bot.answer_callback_query(cq.id, text=text, show_alert=alert)
        except TelegramError as exc:
            log.warning("telegram %s: could not answer callback: %s", self.channel, str(exc)[:200])

    async def aclose(self) -> None:
        """Close the HTTP clients (a later send opens them again)."""
        if self._ready:
            self._ready = False
            await self.bot.shutdown()


def who(cq: CallbackQuery) -> str:
    """'telegram:@name (id)' for the review queue's decided_by."""
    user = cq.from_user
    name = f"@{user.username}" if user.username else user.full_name
    return f"telegram:{name} ({user.id})"


def delivery_error(exc: TelegramError) -> r.DeliveryError:
    """Map a Bot API error: RetryAfter -> wait; BadRequest (bad markup, too long) -> permanent."""
    text = r.error_line(exc)
    ra = _retry_after(exc)
    if ra is not None:
        return r.DeliveryError(text, retry_after=ra)
    return r.DeliveryError(text, permanent=isinstance(exc, BadRequest) and not _chat_problem(exc))


def _chat_problem(exc: BadRequest) -> bool:
    # "chat not found" is a setup problem an operator can fix: retry it, don't dead-letter at once
    return "chat not found" in str(exc).lower()


def _retry_after(exc: BaseException) -> float | None:
    if not isinstance(exc, RetryAfter):
        return None
    # v22 stores a timedelta; the public property returns int and warns about its future type change
    value: Any = getattr(exc, "_retry_after", None)
    if value is None:
        value = exc.retry_after
    return float(value.total_seconds() if hasattr(value, "total_seconds") else value)


def _chat_of(msg: Message | Any) -> Any:
    return getattr(getattr(msg, "chat", None), "id", None)


async def _wait(stop: asyncio.Event, seconds: float) -> None:
    try:
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    except asyncio.TimeoutError:
        pass


__all__ = ["TelegramNotifier", "render_html", "callback_data", "parse_callback", "keyboard", "Update"]
