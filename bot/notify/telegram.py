"""Telegram delivery (python-telegram-bot v22): HTML alert messages with review buttons.

Messages are sent with ``parse_mode=HTML``; every untrusted string goes through
`render.tg_escape`, links are http(s) only, and link previews are off (a scam page must
not unfurl in the chat). Buttons carry ``hw:<action>:<alert id>`` as callback data, or a
short ``#ref`` stored in the ``notify_refs`` table when the id would pass Telegram's
64-byte limit. Button presses are read by long-polling getUpdates in `background`; only
`allowed_user_ids` in the configured chat may decide, and the message is edited to say who.

External ids of sent messages are ``"<chat id>/<message id>"``.
"""

from __future__ import annotations

import asyncio
import html
import logging
import re
import time
from typing import Any

from telegram import (Bot, CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions,
                      Message, ReplyParameters, Update)
from telegram.constants import ParseMode
from telegram.error import BadRequest, RetryAfter, TelegramError
from telegram.request import HTTPXRequest

from ..config import TelegramNotifier as TelegramConfig
from ..config import secret
from ..post import Alert
from ..retry import backoff
from ..store import Store
from . import render as r

log = logging.getLogger("hijackwatch.telegram")

PREFIX = "hw"
CALLBACK_LIMIT = 64  # bytes, Telegram's limit on callback_data
MAX_MESSAGE = 4096  # Bot API: message text is 1-4096 characters after entities parsing
QUOTE_LIMITS = (1000, 400, 100, 0)  # raw post characters quoted, tried in turn until the message fits
_TAG = re.compile(r"<[^>]*>")
EDIT_TRIES = 3  # a decision's edit waits out flood control (RetryAfter) up to three times
MAX_EDIT_WAIT_S = 60.0  # longer waits would stall button polling; the decision is recorded either way
_BUTTONS = (("Confirm", "confirm"), ("Dismiss", "dismiss"), ("Snooze", "snooze"))
_REFS_SQL = "CREATE TABLE IF NOT EXISTS notify_refs (ref TEXT PRIMARY KEY, alert_id TEXT NOT NULL)"


# -- rendering -----------------------------------------------------------------------------
def render_html(alert: Alert, delivery_id: str, *, resend: bool = False, decision: r.Decision | None = None) -> str:
    """The alert as Telegram HTML; untrusted text escaped, only <b> <i> <code> <blockquote> <a> used.

    The quoted post shrinks until the message fits Telegram's 4096 characters (after entity
    parsing): a message over the limit is refused for good, and the alert would be lost.
    """
    for quote in QUOTE_LIMITS:
        text = _html(alert, delivery_id, resend, decision, quote)
        if shown_length(text) <= MAX_MESSAGE:
            break
    return text


def _html(alert: Alert, delivery_id: str, resend: bool, decision: r.Decision | None, quote: int) -> str:
    e = r.tg_escape
    lines = [f"<b>{e(r.title(alert))}</b>", "<b>Accounts:</b> " + _accounts(alert.accounts),
             f"<b>Score:</b> {alert.score:.2f} · <b>Severity:</b> {e(alert.severity)}"]
    if alert.campaign_id:
        lines.append(f"<b>Campaign:</b> <code>{e(alert.campaign_id)}</code>")
    if alert.text and quote:
        lines.append(f"<blockquote>{e(r.clip(alert.text, quote))}</blockquote>")
    if alert.reasons:
        lines += ["<b>Why</b>"] + [f"• {e(x)}" for x in r.reasons(alert)]
    if alert.wallets:
        lines += ["<b>Wallets</b>"] + [f"<code>{e(w.address)}</code> ({e(w.chain)})"
                                       for w in alert.wallets[: r.MAX_WALLETS]]
    url = r.safe_url(alert.post_url)
    if url:
        lines.append(f'<a href="{e(url)}">Open post</a>')
    if decision is not None:
        lines.append(f"<b>{e(decision.line())}</b>")
    lines.append(f"<i>{e(r.footer(delivery_id, resend))}</i>")
    return "\n".join(lines)


def _accounts(accounts: tuple[str, ...]) -> str:
    shown = accounts[: r.MAX_ACCOUNTS]
    return ", ".join(f"<code>@{r.tg_escape(a)}</code>" for a in shown) + r.and_more(len(accounts), len(shown))


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

    @classmethod
    def from_config(cls, cfg: TelegramConfig, store: Store, channel: str = "telegram") -> "TelegramNotifier":
        """Build from the config section, reading the token from its secret (never logged)."""
        return cls(cfg, store, channel=channel, token=secret(cfg.bot_token, f"notifiers.{channel}.bot_token"))

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
        """One getUpdates call; handles each callback query and returns how many updates came."""
        await self._ensure()
        updates = await self.bot.get_updates(offset=self._offset, timeout=self.cfg.poll_timeout_s,
                                             allowed_updates=["callback_query"])
        for upd in updates:
            self._offset = upd.update_id + 1  # confirms the update to Telegram on the next call
            if upd.callback_query is not None:
                await self.handle_callback(upd.callback_query)
        return len(updates)

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
        self.store.set_review(alert_id, decision.status, by=decision.by)
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
    text = f"{exc.__class__.__name__}: {exc}".splitlines()[0][:300]
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
