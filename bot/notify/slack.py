"""Slack delivery (slack_sdk): Block Kit alerts, thread replies, and the interactivity endpoint's logic.

Sending uses ``WebClient.chat_postMessage`` (run in a worker thread: the client is
synchronous) or, without a bot token, an incoming-webhook ``WebhookClient`` (no threads,
no message ids). Untrusted text is escaped for mrkdwn by `render.slack_text`, messages
go out with ``parse="none"`` and unfurling off. Rate limits are not retried inside the
client: a 429 becomes a `DeliveryError` carrying Retry-After, and the durable outbox
waits that long (no thread sits blocked, and the wait survives a restart).

`verify_signature` and `handle_interaction` are pure functions for the review web server's
``POST /slack/actions``:

    if not verify_signature(secret, request.headers, body, time.time()): return 401
    message = handle_interaction(store, body)           # decision recorded in the store
    POST message as JSON to interaction_response_url(body), then answer Slack 200 (empty body)

External ids of sent messages are ``"<channel id>/<ts>"`` (``"webhook"`` for webhooks).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import time
from typing import Any, Collection, Mapping
from urllib.parse import parse_qs

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from ..config import SlackNotifier as SlackConfig
from ..config import secret
from ..errors import ConfigError, InputError
from ..post import Alert
from ..store import Store
from . import render as r

log = logging.getLogger("hijackwatch.slack")

MAX_SKEW_S = 300  # Slack's advice: reject requests more than five minutes old
ACTION_IDS = {"hw_confirm": "confirm", "hw_dismiss": "dismiss", "hw_snooze": "snooze"}
PERMANENT = {"invalid_blocks", "invalid_blocks_format", "msg_too_long", "no_text", "invalid_arguments",
             "invalid_form_data", "json_not_object", "too_many_blocks", "invalid_json"}


# -- rendering -----------------------------------------------------------------------------
def render_blocks(alert: Alert, delivery_id: str, *, resend: bool = False,
                  decision: r.Decision | None = None) -> list[dict[str, Any]]:
    """The alert as Block Kit blocks; buttons only while undecided (or snoozed)."""
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": r.clip(r.title(alert), 150), "emoji": True}}]
    if alert.text:
        quoted = "\n".join("&gt; " + line for line in r.slack_text(r.clip(alert.text, r.MAX_TEXT)).split("\n"))
        blocks.append(_section(quoted))
    blocks.append({"type": "section", "fields": _fields(alert)})
    if alert.reasons:
        blocks.append(_section("*Why*\n" + "\n".join("• " + r.slack_text(x) for x in r.reasons(alert))))
    if alert.wallets:
        blocks.append(_section("*Wallets*\n" + "\n".join(f"{r.slack_code(w.address)} ({r.slack_text(w.chain)})"
                                                         for w in alert.wallets[: r.MAX_WALLETS])))
    blocks.append({"type": "context", "elements": [mrkdwn(_context(alert, delivery_id, resend))]})
    if decision is not None:
        blocks.append(_section(f"*{r.slack_text(decision.line())}*"))
    if decision is None or decision.status == "snoozed":
        blocks.append(_buttons(alert.alert_id))
    return blocks


def fallback_text(alert: Alert) -> str:
    """The notification/fallback text (mrkdwn-escaped too: Slack parses it)."""
    who = ", ".join("@" + a for a in alert.accounts[:5])
    return r.slack_text(r.clip(f"{r.title(alert)} — {who}", 300))


def mrkdwn(text: str, limit: int = 3000) -> dict[str, Any]:
    """A mrkdwn text object with Slack's automatic parsing off.

    verbatim: true, because by default Slack turns bare URLs into links and parses channel names
    and some mentions in plain text; escaping &, <, > only stops the manual <...> sequences.
    """
    return {"type": "mrkdwn", "text": r.clip(text, limit), "verbatim": True}


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": mrkdwn(text)}


def _fields(alert: Alert) -> list[dict[str, Any]]:
    shown = alert.accounts[: r.MAX_ACCOUNTS]
    accounts = ", ".join(r.slack_code("@" + a) for a in shown) + r.and_more(len(alert.accounts), len(shown))
    fields = [("Accounts", accounts), ("Score", f"{alert.score:.2f}"), ("Severity", r.slack_text(alert.severity))]
    if alert.campaign_id:
        fields.append(("Campaign", r.slack_code(alert.campaign_id)))
    return [mrkdwn(f"*{k}*\n{v}", 2000) for k, v in fields]


def _context(alert: Alert, delivery_id: str, resend: bool) -> str:
    url = r.safe_url(alert.post_url)
    link = f"<{r.slack_escape(url)}|Open post> · " if url else ""
    return link + r.slack_text(r.footer(delivery_id, resend))


def _buttons(alert_id: str) -> dict[str, Any]:
    def button(label: str, action: str, style: str | None) -> dict[str, Any]:
        b = {"type": "button", "text": {"type": "plain_text", "text": label}, "action_id": f"hw_{action}",
             "value": alert_id}
        return b | ({"style": style} if style else {})

    return {"type": "actions", "block_id": "hw_review",
            "elements": [button("Confirm", "confirm", "danger"), button("Dismiss", "dismiss", "primary"),
                         button("Snooze", "snooze", None)]}


# -- the notifier --------------------------------------------------------------------------
class SlackNotifier:
    """Posts alerts to one Slack channel (bot token) or incoming webhook."""

    def __init__(self, cfg: SlackConfig, *, channel: str = "slack", token: str | None = None,
                 webhook_url: str | None = None, key: str = "") -> None:
        key = key or f"notifiers.{channel}"  # the key path errors name, as check-config names it
        if not token and not webhook_url:
            raise ConfigError(f"{key}: needs bot_token (with channel) or webhook_url")
        if token and not cfg.channel:
            raise ConfigError(f"{key}.channel: required with a bot token")
        self.cfg, self.channel = cfg, channel
        self.dedupe_window_s = cfg.dedupe_window_s
        timeout = max(1, round(cfg.timeout_s))
        # retry_handlers=[]: the outbox owns retries, so a lost response is never re-posted blindly here
        self.client = WebClient(token, base_url=cfg.base_url, timeout=timeout, retry_handlers=[]) if token else None
        self.webhook = WebhookClient(webhook_url, timeout=timeout, retry_handlers=[]) if webhook_url else None
        for s in (token, webhook_url):  # after the clients exist: they create their loggers on construction
            r.redact_secret(s or "")

    @classmethod
    def from_config(cls, cfg: SlackConfig, channel: str = "slack", *, key: str = "notifiers.slack") -> "SlackNotifier":
        """Build from the config section (at key path `key`); the bot token wins over the webhook when both are set."""
        token = _optional_secret(cfg.bot_token, f"{key}.bot_token")
        hook = _optional_secret(cfg.webhook_url, f"{key}.webhook_url") if not token else None
        return cls(cfg, channel=channel, token=token, webhook_url=hook, key=key)

    async def send(self, out: r.Outgoing) -> str:
        """Post one alert (a thread reply when it threads); returns ``"<channel id>/<ts>"``."""
        blocks, text = render_blocks(out.alert, out.delivery_id, resend=out.resend), fallback_text(out.alert)
        try:
            if self.client is None:
                await asyncio.to_thread(self._send_webhook, text, blocks)
                return "webhook"
            resp = await asyncio.to_thread(
                self.client.chat_postMessage, channel=self.cfg.channel, text=text, blocks=blocks, parse="none",
                unfurl_links=False, unfurl_media=False, thread_ts=_thread_ts(out.reply_to))
        except SlackApiError as exc:
            raise delivery_error(exc) from None
        except Exception as exc:  # noqa: BLE001 - network failures and garbled replies are all retried
            raise r.DeliveryError(r.error_line(exc)) from None
        return f"{resp['channel']}/{resp['ts']}"

    def _send_webhook(self, text: str, blocks: list[dict]) -> None:
        resp = self.webhook.send(text=text, blocks=blocks, unfurl_links=False, unfurl_media=False)
        if resp.status_code == 429:
            raise r.DeliveryError("webhook rate limited", retry_after=_header_seconds(resp.headers))
        if resp.status_code != 200:
            raise r.DeliveryError(f"webhook HTTP {resp.status_code}: {resp.body[:200]}",
                                  permanent=resp.body in PERMANENT)

    async def background(self, stop: asyncio.Event) -> None:
        """Nothing to poll: Slack pushes button presses to the review web server."""

    async def aclose(self) -> None:
        """Nothing to close (the client opens one connection per call)."""


def _thread_ts(reply_to: str | None) -> str | None:
    chan, _, ts = (reply_to or "").partition("/")
    return ts if chan and ts else None


def _optional_secret(ref, what: str) -> str | None:
    if ref is None:
        return None
    try:
        return secret(ref, what)
    except ConfigError:
        return None


def delivery_error(exc: SlackApiError) -> r.DeliveryError:
    """Map a Web API error: HTTP 429 -> wait Retry-After; a malformed-message error -> permanent."""
    resp = exc.response
    error = (resp.data or {}).get("error", "") if isinstance(resp.data, dict) else ""
    text = f"Slack {resp.status_code}: {error or 'error'}"
    if resp.status_code == 429 or error == "ratelimited":
        return r.DeliveryError(text, retry_after=_header_seconds(resp.headers))
    return r.DeliveryError(text, permanent=error in PERMANENT)


def _header_seconds(headers: Mapping[str, Any] | None) -> float:
    for key, value in (headers or {}).items():
        if key.lower() == "retry-after":
            try:
                return max(0.0, float(value[0] if isinstance(value, list) else value))
            except (TypeError, ValueError):
                break
    return 1.0


# -- interactivity -------------------------------------------------------------------------
def verify_signature(signing_secret: str, headers: Mapping[str, str], body: bytes, now: float) -> bool:
    """True if the request carries a valid v0 Slack signature made within the last five minutes.

    signature = "v0=" + hex(HMAC-SHA256(secret, "v0:{X-Slack-Request-Timestamp}:{raw body}")),
    compared in constant time. Header names are matched case-insensitively.
    """
    lower = {str(k).lower(): v for k, v in headers.items()}
    stamp, given = lower.get("x-slack-request-timestamp", ""), lower.get("x-slack-signature", "")
    try:
        ts = int(stamp)
    except (TypeError, ValueError):
        return False
    if not signing_secret or abs(now - ts) > MAX_SKEW_S or not isinstance(given, str):
        return False
    base = b"v0:" + str(ts).encode() + b":" + body
    expected = "v0=" + hmac.new(signing_secret.encode(), base, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), given.encode("utf-8", "replace"))


def parse_payload(form_body: bytes) -> dict[str, Any]:
    """The JSON ``payload`` field of an interaction POST; InputError if absent or malformed."""
    try:
        fields = parse_qs(form_body.decode("utf-8"), strict_parsing=False)
        payload = json.loads(fields["payload"][0])
    except (UnicodeDecodeError, KeyError, IndexError, json.JSONDecodeError):
        raise InputError("slack interaction: no valid payload field") from None
    if not isinstance(payload, dict):
        raise InputError("slack interaction: payload is not an object")
    return payload


def interaction_response_url(form_body: bytes) -> str | None:
    """Where to POST `handle_interaction`'s replacement message (Slack's response_url)."""
    url = parse_payload(form_body).get("response_url")
    return url if isinstance(url, str) and url.startswith("https://") else None


def handle_interaction(store: Store, form_body: bytes, *, allowed_user_ids: Collection[str] = (),
                       now: float | None = None) -> dict[str, Any]:
    """Apply a Confirm/Dismiss/Snooze press to the review queue; returns the replacement message.

    The body must already have passed `verify_signature`. Returns ``{"replace_original": true,
    "text", "blocks"}`` with the decision shown and buttons removed, or an ephemeral notice
    (``replace_original: false``) when the user may not act, the alert is unknown or already decided
    (confirmed or dismissed, e.g. on the review page: a stale button changes nothing); ``{}`` for
    actions that are not ours (e.g. a link button). InputError for a malformed payload.
    """
    payload = parse_payload(form_body)
    action = _our_action(payload)
    if action is None:
        return {}
    act, alert_id = action
    user = payload.get("user") or {}
    if allowed_user_ids and user.get("id") not in set(allowed_user_ids):
        return _ephemeral("You are not allowed to review alerts.")
    alert = store.get_alert(alert_id)
    if alert is None:
        return _ephemeral("This alert no longer exists.")
    decision = r.Decision(r.ACTIONS[act], _who(user), time.time() if now is None else now)
    if not store.set_review(alert_id, decision.status, by=decision.by, only_from=r.OPEN_STATUSES):
        return _ephemeral(r.already(store.review_row(alert_id)))  # decided elsewhere: the press is stale
    blocks = render_blocks(alert, _delivery_id(store, payload, alert_id), decision=decision)
    return {"replace_original": True, "text": fallback_text(alert), "blocks": blocks}


def _our_action(payload: dict[str, Any]) -> tuple[str, str] | None:
    if payload.get("type") != "block_actions":
        return None
    for a in payload.get("actions") or []:
        act = ACTION_IDS.get(a.get("action_id", "")) if isinstance(a, dict) else None
        if act and isinstance(a.get("value"), str) and a["value"]:
            return act, a["value"]
    return None


def _who(user: dict[str, Any]) -> str:
    name = user.get("username") or user.get("name") or "?"
    return f"slack:@{name} ({user.get('id', '?')})"


def _delivery_id(store: Store, payload: dict[str, Any], alert_id: str) -> str:
    """The delivery whose message was pressed (by channel and ts), for the ref line."""
    container = payload.get("container") or {}
    ext = f"{container.get('channel_id', '')}/{container.get('message_ts', '')}"
    rows = list(store.db.query("SELECT delivery_id FROM deliveries WHERE external_id = ? AND alert_id = ?",
                               [ext, alert_id]))
    return rows[0]["delivery_id"] if rows else f"{alert_id}@slack"


def _ephemeral(text: str) -> dict[str, Any]:
    return {"response_type": "ephemeral", "replace_original": False, "text": r.slack_text(text)}
