"""The durable outbox: delivers the pipeline's delivery rows to Telegram and Slack.

Delivery rows are written (status ``pending``) in the same transaction as their alert, so an
alert is never lost. Per channel the outbox delivers strictly in alert order: the oldest
unsent row is the head, and a head that waits for a retry holds the rows behind it.

Life of a row::

    pending --claim--> sending(token, lease) --API ok--> sent(external id)
                              |--error--> pending (next_attempt_at = now + backoff or Retry-After)
                              |--error, permanent or attempt max_attempts--> dead
    sending, lease expired (process died) --> pending, "outcome unknown": re-sent, marked as such

At-least-once, and the duplicate window, honestly: neither Telegram's sendMessage nor
Slack's chat.postMessage takes an idempotency key, and a Telegram bot cannot read chat
history. The delivery id is the idempotency key we *can* have: it is printed on every
message ("ref <delivery id>"), the row is claimed (``sending``) before the call, and it is
marked ``sent`` with the message id in one transaction right after the API answers. A row
confirmed ``sent`` is never sent again. If the process dies between the API accepting a
message and that commit (a few milliseconds, at most one row per channel), the row's outcome
is unknown: after `sending_lease_s` it is re-sent with "re-sent after a restart" in the footer,
so a person sees at most one visible, labelled repeat of the same ref. The same holds for a
timeout whose request did reach the API.

Threading: a campaign's later alerts reply to (Telegram) or thread under (Slack) the first
message of that campaign in the channel; a post alert for an account that had an alert
delivered to the channel within the channel's `dedupe_window_s` replies to that conversation.
Thread roots are recorded in the ``notify_threads`` table.
"""

from __future__ import annotations

import asyncio
import logging
import random
import sqlite3
import time
import uuid
from typing import Any, Callable, Mapping, Protocol

from ..config import Config, OutboxConfig, SlackNotifier as SlackConfig, TelegramNotifier as TelegramConfig
from ..errors import HijackwatchError, StoreError
from ..post import Alert
from ..retry import backoff
from ..store import Store
from .render import DeliveryError, Outgoing, redact

log = logging.getLogger("hijackwatch.outbox")

UNKNOWN = "outcome unknown"  # last_error prefix of a row whose sending process died mid-call
_OURS = "status = 'sending' AND external_id = ?"  # the row is still claimed with our token
_THREADS_SQL = ("CREATE TABLE IF NOT EXISTS notify_threads (delivery_id TEXT PRIMARY KEY, channel TEXT,"
                " root TEXT NOT NULL)")


class Notifier(Protocol):
    """What the outbox needs from a channel's notifier."""

    channel: str
    dedupe_window_s: float

    async def send(self, out: Outgoing) -> str: ...  # the external message id; DeliveryError on failure

    async def background(self, stop: asyncio.Event) -> None: ...

    async def aclose(self) -> None: ...


def build_outbox(cfg: Config, store: Store) -> "Outbox":
    """An outbox with one notifier per remote channel, named as the pipeline names channels."""
    from ..pipeline import channels_from_config

    remote = [(i, n) for i, n in enumerate(cfg.notifiers) if n.type not in ("console", "review")]
    notifiers: dict[str, Notifier] = {}
    for chan, (i, ncfg) in zip(channels_from_config(cfg), remote):
        notifiers[chan.name] = _notifier(ncfg, store, chan.name, f"notifiers.{i}")
    return Outbox(store, notifiers, cfg.outbox)


def _notifier(ncfg: Any, store: Store, name: str, key: str) -> Notifier:
    """The notifier of the config section at key path `key` (errors name that path, as check-config does)."""
    if isinstance(ncfg, TelegramConfig):
        from .telegram import TelegramNotifier

        return TelegramNotifier.from_config(ncfg, store, name, key=key)
    if isinstance(ncfg, SlackConfig):
        from .slack import SlackNotifier

        return SlackNotifier.from_config(ncfg, name, key=key)
    raise HijackwatchError(f"{key}: no outbox notifier for type {ncfg.type!r}")


class Outbox:
    """Delivers due rows per channel in order, with retries, dead letters and threading."""

    def __init__(self, store: Store, notifiers: Mapping[str, Notifier], cfg: OutboxConfig = OutboxConfig(), *,
                 clock: Callable[[], float] = time.time, rand: Callable[[], float] = random.random) -> None:
        self.store, self.notifiers, self.cfg = store, dict(notifiers), cfg
        self.clock, self.rand = clock, rand
        store.db.execute(_THREADS_SQL)

    # -- loops -----------------------------------------------------------------------------
    async def drain(self, *, timeout: float | None = None, close: bool = True) -> dict[str, Any]:
        """Deliver until no row of a configured channel is pending or sending (sent or dead).

        Waits out retry delays; with `timeout`, gives up once the next retry lies beyond it.
        Returns `outbox_summary`.
        """
        deadline = None if timeout is None else self.clock() + timeout
        try:
            while True:
                wait = await self.deliver_due()
                if wait is None or (deadline is not None and self.clock() + wait > deadline):
                    break
                await asyncio.sleep(wait)
        finally:
            if close:
                await self.aclose()
        return outbox_summary(self.store)

    async def run_forever(self, stop: asyncio.Event) -> None:
        """Deliver as rows arrive and run notifier background tasks (button polling) until `stop`."""
        tasks = [asyncio.create_task(n.background(stop)) for n in self.notifiers.values()]
        try:
            while not stop.is_set():
                try:
                    wait = await self.deliver_due(stop)
                except (HijackwatchError, sqlite3.Error) as exc:  # e.g. a locked database: try again soon
                    log.warning("outbox: %s", redact(str(exc))[:300])
                    wait = None
                poll = self.cfg.poll_interval_s
                await _wait(stop, poll if wait is None else max(0.0, min(poll, wait)))
        finally:
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

    async def deliver_due(self, stop: asyncio.Event | None = None) -> float | None:
        """One pass over all channels; seconds until the next head is due, or None if nothing is left."""
        waits = await asyncio.gather(*(self._channel(ch, stop) for ch in self.notifiers))
        pending = [w for w in waits if w is not None]
        return min(pending) if pending else None

    async def aclose(self) -> None:
        """Close every notifier's connections."""
        for n in self.notifiers.values():
            try:
                await n.aclose()
            except Exception as exc:  # noqa: BLE001 - closing must not hide the real outcome
                log.warning("outbox: closing %s failed: %s", n.channel, redact(str(exc))[:200])

    # -- one channel -----------------------------------------------------------------------
    async def _channel(self, channel: str, stop: asyncio.Event | None) -> float | None:
        """Deliver this channel's due rows in order; seconds until its head is due, or None."""
        while stop is None or not stop.is_set():
            row = self._head(channel)
            if row is None:
                return None
            now = self.clock()
            if row["next_attempt_at"] > now:
                return row["next_attempt_at"] - now  # a retry delay, or another live process's lease
            if row["status"] == "sending":
                self._recover(row)
                continue
            await self._deliver(row)
        return None

    def _head(self, channel: str) -> dict | None:
        rows = list(self.store.db.query(
            "SELECT * FROM deliveries WHERE channel = ? AND status IN ('pending', 'sending')"
            " ORDER BY created_at, delivery_id LIMIT 1", [channel]))
        return rows[0] if rows else None

    def _recover(self, row: dict) -> None:
        """A 'sending' row whose lease ran out: its process died mid-call. Send it again, labelled."""
        log.warning("outbox: %s was being sent when its process stopped; re-sending", row["delivery_id"])
        self._exec("UPDATE deliveries SET status = 'pending', last_error = ? WHERE delivery_id = ?"
                   " AND status = 'sending' AND external_id IS ?",
                   [f"{UNKNOWN}: the process stopped during attempt {row['attempts']}; re-sent",
                    row["delivery_id"], row["external_id"]])

    async def _deliver(self, row: dict) -> None:
        token = "attempt:" + uuid.uuid4().hex
        if not self._claim(row, token):
            return  # another process claimed it first
        attempts = (row["attempts"] or 0) + 1
        notifier = self.notifiers[row["channel"]]
        alert = self.store.get_alert(row["alert_id"])
        if alert is None:
            return self._failed(row, token, attempts, DeliveryError("alert row is missing", permanent=True))
        reply_to = self.thread_root(alert, row["channel"], notifier.dedupe_window_s)
        out = Outgoing(row["delivery_id"], alert, reply_to, resend=(row["last_error"] or "").startswith(UNKNOWN))
        try:
            external_id = await notifier.send(out)
        except DeliveryError as exc:
            return self._failed(row, token, attempts, exc)
        except asyncio.CancelledError:
            self._recover(dict(row, attempts=attempts, external_id=token))  # outcome unknown
            raise
        except Exception as exc:  # noqa: BLE001 - a notifier bug must not stop the other rows
            return self._failed(row, token, attempts, DeliveryError(f"{exc.__class__.__name__}: {exc}"))
        self._sent(row["delivery_id"], token, row["channel"], external_id, reply_to)

    def _claim(self, row: dict, token: str) -> bool:
        """pending -> sending with our token and a lease; False if someone else got there first."""
        cur = self._exec("UPDATE deliveries SET status = 'sending', attempts = attempts + 1, external_id = ?,"
                         " next_attempt_at = ? WHERE delivery_id = ? AND status = 'pending'",
                         [token, self.clock() + self.cfg.sending_lease_s, row["delivery_id"]])
        return cur.rowcount == 1

    def _sent(self, delivery_id: str, token: str, channel: str, external_id: str, reply_to: str | None) -> None:
        """Record the message id and its thread root in one transaction, right after the API answered.

        Only while the row is still ours (`sending` with our claim token): see `_taken_over`.
        """
        conn = self.store.db.conn
        try:
            with conn:
                conn.execute("BEGIN IMMEDIATE")
                cur = conn.execute("UPDATE deliveries SET status = 'sent', external_id = ?, sent_at = ?,"
                                   " last_error = NULL WHERE delivery_id = ? AND " + _OURS,
                                   [external_id, self.clock(), delivery_id, token])
                if cur.rowcount == 0:
                    return _taken_over(delivery_id, f"sent as {external_id}")
                if reply_to:
                    conn.execute("INSERT OR REPLACE INTO notify_threads (delivery_id, channel, root) VALUES (?,?,?)",
                                 [delivery_id, channel, reply_to])
        except sqlite3.Error as exc:
            raise StoreError(f"outbox: cannot record {delivery_id} as sent: {exc}") from None
        log.info("outbox: delivered %s as %s", delivery_id, external_id)

    def _failed(self, row: dict, token: str, attempts: int, exc: DeliveryError) -> None:
        """Schedule a retry (backoff or Retry-After), or dead-letter a permanent/final failure.

        Only while the row is still ours (`sending` with our claim token): see `_taken_over`.
        """
        did = row["delivery_id"]
        error = redact(str(exc))[:500]
        if (row["last_error"] or "").startswith(UNKNOWN):  # keep the label: an earlier attempt may have landed
            error = f"{UNKNOWN} earlier; then {error}"
        if exc.permanent or attempts >= self.cfg.max_attempts:
            cur = self._exec("UPDATE deliveries SET status = 'dead', last_error = ? WHERE delivery_id = ? AND " + _OURS,
                             [error, did, token])
            if cur.rowcount == 0:
                return _taken_over(did, f"failed for good ({error})")
            log.error("outbox: %s dead after %d attempts: %s", did, attempts, error)
            return
        delay = exc.retry_after if exc.retry_after is not None else self.backoff(attempts)
        cur = self._exec("UPDATE deliveries SET status = 'pending', last_error = ?, next_attempt_at = ?"
                         " WHERE delivery_id = ? AND " + _OURS, [error, self.clock() + delay, did, token])
        if cur.rowcount == 0:
            return _taken_over(did, f"failed ({error})")
        log.warning("outbox: %s attempt %d failed (%s); retry in %.2fs", did, attempts, error, delay)

    def backoff(self, attempts: int) -> float:
        """Exponential delay after the n-th failed attempt, capped, with jitter in [50 %, 100 %]."""
        return backoff(max(0, attempts - 1), base=self.cfg.base_delay_s, cap=self.cfg.max_delay_s, floor=0.5,
                       rand=self.rand)

    # -- threading -------------------------------------------------------------------------
    def thread_root(self, alert: Alert, channel: str, dedupe_window_s: float) -> str | None:
        """External id of the message this alert should reply to, or None for a new conversation."""
        if alert.campaign_id:
            return self._root(
                "a.campaign_id = ? AND a.alert_id != ? ORDER BY d.sent_at, d.delivery_id",
                [channel, alert.campaign_id, alert.alert_id])
        if dedupe_window_s <= 0:
            return None
        since = self.clock() - dedupe_window_s
        for account in alert.accounts:
            root = self._root(
                "d.sent_at >= ? AND a.alert_id != ? AND EXISTS (SELECT 1 FROM json_each(a.accounts) j"
                " WHERE lower(j.value) = lower(?)) ORDER BY d.sent_at DESC, d.delivery_id DESC",
                [channel, since, alert.alert_id, account])
            if root:
                return root
        return None

    def _root(self, where: str, args: list) -> str | None:
        rows = list(self.store.db.query(
            "SELECT d.external_id, t.root FROM deliveries d JOIN alerts a ON a.alert_id = d.alert_id"
            " LEFT JOIN notify_threads t ON t.delivery_id = d.delivery_id"
            " WHERE d.channel = ? AND d.status = 'sent' AND " + where + " LIMIT 1", args))
        return (rows[0]["root"] or rows[0]["external_id"]) if rows else None

    def _exec(self, sql: str, args: list) -> sqlite3.Cursor:
        try:
            return self.store.db.execute(sql, args)
        except sqlite3.Error as exc:
            raise StoreError(f"outbox: database write failed: {exc}") from None


def _taken_over(delivery_id: str, outcome: str) -> None:
    """Our attempt outlived its lease and another worker took the row over: its record stands, not ours."""
    log.info("outbox: %s %s after its lease ran out; another worker has taken it over, so that is not recorded",
             delivery_id, outcome)


def outbox_summary(store: Store, *, now: float | None = None) -> dict[str, Any]:
    """Counts per status and channel, dead letters, and the age of the oldest undelivered row.

    ``{"counts": {status: n}, "channels": {channel: {status: n}}, "dead": [{delivery_id, alert_id,
    channel, attempts, last_error}], "oldest_pending_age_s": float | None}``
    """
    now = time.time() if now is None else now
    counts: dict[str, int] = {}
    channels: dict[str, dict[str, int]] = {}
    for row in store.db.query("SELECT channel, status, count(*) AS n FROM deliveries GROUP BY channel, status"):
        counts[row["status"]] = counts.get(row["status"], 0) + row["n"]
        channels.setdefault(row["channel"], {})[row["status"]] = row["n"]
    dead = [{k: d[k] for k in ("delivery_id", "alert_id", "channel", "attempts", "last_error")}
            for d in store.deliveries(status="dead")]
    oldest = list(store.db.query("SELECT min(created_at) AS t FROM deliveries WHERE status IN ('pending','sending')"))
    t = oldest[0]["t"] if oldest else None
    return {"counts": counts, "channels": channels, "dead": dead,
            "oldest_pending_age_s": None if t is None else max(0.0, now - t)}


async def _wait(stop: asyncio.Event, seconds: float) -> None:
    try:
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    except asyncio.TimeoutError:
        pass
