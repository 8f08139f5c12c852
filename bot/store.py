"""The SQLite store (sqlite-utils, WAL): posts, verdicts, alerts, campaigns, review queue,
deliveries (the durable outbox), source checkpoints, account profiles and events.

The schema is created or migrated at open. Writes on the hot path are batched: posts and
verdicts are buffered and flushed in one transaction, while alerts and deliveries are
written at once because "a row before it is sent" is the outbox's promise.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any, Collection, Iterable, Iterator, Mapping, Sequence

import sqlite_utils

from .errors import InputError, StoreError
from .post import Alert, Post, Verdict, iso, parse_time

SCHEMA_VERSION = 1
PRESS_KEEP_S = 2 * 86400  # Telegram re-delivers an unconfirmed update for up to 24 hours

_TABLES: dict[str, tuple[dict[str, Any], str | tuple[str, ...]]] = {
    "posts": ({"key": str, "id": str, "platform": str, "author": str, "author_id": str, "created_at": str,
               "text": str, "source": str, "lang": str, "urls": str, "deleted_at": str, "edits": str}, "key"),
    "verdicts": ({"post_key": str, "score": float, "flagged": int, "severity": str, "wallets": str,
                  "domains": str, "evidence": str, "model_version": str}, "post_key"),
    "alerts": ({"alert_id": str, "kind": str, "severity": str, "score": float, "accounts": str,
                "post_ids": str, "wallets": str, "urls": str, "event_time": str, "campaign_id": str,
                "reasons": str, "model_version": str, "text": str, "platform": str, "post_url": str,
                "created_at": float}, "alert_id"),
    "campaigns": ({"campaign_id": str, "key_kind": str, "key_value": str, "first_seen": str,
                   "last_seen": str, "accounts": str, "post_ids": str, "severity": str, "account_keys": str,
                   "alerted_size": int, "max_score": float, "users": str}, "campaign_id"),
    "review": ({"alert_id": str, "status": str, "decided_by": str, "decided_at": float, "note": str,
                "created_at": float}, "alert_id"),
    "deliveries": ({"delivery_id": str, "alert_id": str, "channel": str, "status": str, "attempts": int,
                    "next_attempt_at": float, "last_error": str, "sent_at": float, "external_id": str,
                    "created_at": float}, "delivery_id"),
    "checkpoints": ({"source": str, "value": str, "updated_at": float}, "source"),
    "profiles": ({"account": str, "data": str, "updated_at": float}, "account"),
    "accounts": ({"platform": str, "handle": str, "account_id": str, "resolved_at": float}, ("platform", "handle")),
    "account_events": ({"event_id": str, "platform": str, "account": str, "kind": str, "old": str, "new": str,
                        "at": str}, "event_id"),
    "lists": ({"kind": str, "value": str, "list_name": str, "note": str, "added_at": float, "alert_id": str},
              ("kind", "value")),
    "chat_presses": ({"press_id": str, "handled_at": float}, "press_id"),
    "meta": ({"key": str, "value": str}, "key"),
}

_INDEXES = [("posts", ["author"]), ("posts", ["created_at"]), ("alerts", ["campaign_id"]),
            ("deliveries", ["status", "next_attempt_at"]), ("review", ["status"]), ("account_events", ["account"])]


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # one encoder, not one per call


def dumps(value: Any) -> str:
    return _ENCODE(value)


def _dumps_seq(values) -> str:
    """A JSON array of a sequence; most posts have no urls, wallets or evidence (hot path)."""
    return _ENCODE(list(values)) if values else "[]"


class Checkpointer:
    """Copies a WAL database's log into the database file from its own thread and connection, every
    `interval_s`: the copy ends in an fsync, which must not stall the thread that writes posts and alerts."""

    def __init__(self, path: Path, interval_s: float) -> None:
        self.runs = 0  # checkpoints that copied at least one page
        self._stop = threading.Event()
        self._conn = sqlite3.connect(str(path), timeout=5.0, isolation_level=None, check_same_thread=False)
        self._thread = threading.Thread(target=self._loop, args=(interval_s,), name="hw-checkpoint", daemon=True)
        self._thread.start()

    def _loop(self, interval_s: float) -> None:
        while not self._stop.wait(interval_s):
            try:
                copied = self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()[2]  # (busy, log, copied)
            except sqlite3.Error:
                continue  # busy or locked: the next round tries again, and close() checkpoints anyway
            self.runs += copied > 0

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        self._conn.close()


class Store:
    """One SQLite database. Not shared across threads; open one Store per thread."""

    def __init__(self, path: str | Path, *, batch: int = 2000) -> None:
        self.path = Path(path)
        self._batch = batch
        self._posts: list[tuple] = []
        self._verdicts: list[tuple] = []
        self._buffered: set[str] = set()  # keys of the buffered posts
        self._meta: dict[str, str] = {}  # meta rows written with the next flush
        self.checkpointer: Checkpointer | None = None
        try:
            if str(path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=5.0, isolation_level=None, check_same_thread=False)
            self.db = sqlite_utils.Database(conn)
            self._setup()
        except sqlite3.DatabaseError as exc:
            if "not a database" in str(exc):  # a wrong --db (e.g. a text file): bad usage, not an outage
                raise InputError(f"{path}: not a database ({exc})") from None
            raise StoreError(f"{path}: cannot open database: {exc}") from None
        except sqlite3.Error as exc:
            raise StoreError(f"{path}: cannot open database: {exc}") from None

    # -- schema --------------------------------------------------------------------------------
    def _setup(self) -> None:
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA busy_timeout=5000")
        for name, (columns, pk) in _TABLES.items():
            table = self.db.table(name)
            if not table.exists():
                table.create(columns, pk=pk, not_null=None)
            else:  # migrate: add columns that a newer version introduced
                missing = {c: t for c, t in columns.items() if c not in table.columns_dict}
                for col, typ in missing.items():
                    table.add_column(col, typ)
        for name, cols in _INDEXES:
            self.db.table(name).create_index(cols, if_not_exists=True)
        self.db.table("meta").upsert({"key": "schema_version", "value": str(SCHEMA_VERSION)}, pk="key")

    def _guard(self, fn, *args):
        try:
            return fn(*args)
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: database write failed: {exc}") from None

    # -- posts and verdicts (batched) ----------------------------------------------------------
    def add_verdict(self, verdict: Verdict) -> None:
        """Buffer a post and its verdict; written at flush() or when the batch is full."""
        p = verdict.post
        key = p.key
        self._buffered.add(key)
        self._posts.append((key, p.id, p.platform, p.author, p.author_id, iso(p.created_at), p.text,
                            p.source, p.lang, _dumps_seq(p.urls)))
        self._verdicts.append((key, verdict.score, int(verdict.flagged), verdict.severity,
                               _dumps_seq([w.to_json() for w in verdict.wallets]), _dumps_seq(verdict.domains),
                               _dumps_seq([[e.kind, e.weight, e.reason, e.value] for e in verdict.evidence]),
                               verdict.model_version))
        if len(self._posts) >= self._batch:
            self.flush()

    def set_meta_later(self, key: str, value: str) -> None:
        """Set a meta row at the next flush, in the transaction of the posts buffered until then."""
        self._meta[key] = value

    def get_meta(self, key: str) -> str | None:
        """A meta row's value (one set for later counts), or None."""
        if key in self._meta:
            return self._meta[key]
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def flush(self) -> None:
        """Write buffered posts, verdicts and meta rows in one transaction."""
        if not self._posts and not self._meta:
            return
        self._guard(self._write_batch, self._posts, self._verdicts, self._meta)
        self._posts, self._verdicts, self._meta = [], [], {}  # only once written: a failed flush keeps its rows
        self._buffered.clear()

    def _write_batch(self, posts: list[tuple], verdicts: list[tuple], meta: dict[str, str]) -> None:
        with self.db.conn:
            self.db.conn.execute("BEGIN")
            self.db.conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", meta.items())
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO posts (key,id,platform,author,author_id,created_at,text,source,lang,urls)"
                " VALUES (?,?,?,?,?,?,?,?,?,?)", posts)
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO verdicts (post_key,score,flagged,severity,wallets,domains,evidence,"
                "model_version) VALUES (?,?,?,?,?,?,?,?)", verdicts)

    def known_posts(self, keys: Sequence[str]) -> set[str]:
        """Which of these post keys are stored already (written or still buffered)."""
        found = self._buffered.intersection(keys)
        for i in range(0, len(keys), 500):  # within SQLite's limit on bound parameters
            chunk = keys[i:i + 500]
            found.update(r[0] for r in self.db.execute(
                f"SELECT key FROM posts WHERE key IN ({','.join('?' * len(chunk))})", chunk))
        return found

    def latest_post_time(self, authors: Collection[str] = ()) -> str | None:
        """The newest created_at stored (ISO text), or None; only of these (lowercased) authors if any are given."""
        self.flush()
        if not authors:
            return self.db.execute("SELECT max(created_at) FROM posts").fetchone()[0]
        rows = self.db.execute("SELECT lower(author), max(created_at) FROM posts GROUP BY author")
        return max((t for author, t in rows if author in authors), default=None)

    def window_posts(self, since: str, min_score: float) -> Iterator[dict]:
        """Stored posts created at `since` or later whose verdict scored at least `min_score`, with the verdict's
        score, flagged and severity, in the order they were stored."""
        self.flush()
        return self.db.query(
            "SELECT p.*, v.score, v.flagged, v.severity FROM posts p JOIN verdicts v ON v.post_key = p.key"
            " WHERE p.created_at >= ? AND v.score >= ? ORDER BY p.rowid", [since, min_score])

    def get_post(self, key: str) -> dict | None:
        self.flush()
        rows = list(self.db.query("SELECT * FROM posts WHERE key = ?", [key]))
        return rows[0] if rows else None

    def mark_deleted(self, key: str, when: str) -> None:
        """Record that a post was deleted on the platform (its row and evidence stay), at its first report's time."""
        self.flush()
        # a source fetching again after a restart may report the deletion again, later
        self._guard(self.db.execute, "UPDATE posts SET deleted_at = coalesce(deleted_at, ?) WHERE key = ?",
                    [when, key])

    def record_edit(self, key: str, text: str, when: str) -> None:
        """Keep every edited version of a post (the first text is evidence), each once."""
        self.flush()
        row = self.get_post(key)
        version = {"at": when, "text": text}
        edits = json.loads(row["edits"] or "[]") if row else []
        if row is None or version in edits:  # the same edit again: a source fetching again after a restart
            return
        edits.append(version)
        self._guard(self.db.execute, "UPDATE posts SET edits = ? WHERE key = ?", [dumps(edits), key])

    # -- alerts, review queue, outbox ----------------------------------------------------------
    def add_alert(self, alert: Alert, channels: Iterable[str] = ()) -> bool:
        """Insert an alert, its review row and one pending delivery per channel, atomically.

        Returns False (and writes nothing) when the alert id exists: replays never fire twice.
        """
        self.flush()
        now = time.time()
        try:
            with self.db.conn:
                self.db.conn.execute("BEGIN IMMEDIATE")
                cur = self.db.conn.execute(
                    "INSERT OR IGNORE INTO alerts (alert_id,kind,severity,score,accounts,post_ids,wallets,urls,"
                    "event_time,campaign_id,reasons,model_version,text,platform,post_url,created_at)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", _alert_row(alert, now))
                if cur.rowcount == 0:
                    return False
                self.db.conn.execute("INSERT OR IGNORE INTO review (alert_id,status,created_at) VALUES (?,?,?)",
                                     (alert.alert_id, "pending", now))
                self.db.conn.executemany(
                    "INSERT OR IGNORE INTO deliveries (delivery_id,alert_id,channel,status,attempts,"
                    "next_attempt_at,created_at) VALUES (?,?,?,'pending',0,?,?)",
                    [(f"{alert.alert_id}@{ch}", alert.alert_id, ch, now, now) for ch in channels])
        except sqlite3.OperationalError as exc:
            raise StoreError(f"{self.path}: cannot record alert: {exc}") from None
        return True

    def get_alert(self, alert_id: str) -> Alert | None:
        rows = list(self.db.query("SELECT * FROM alerts WHERE alert_id = ?", [alert_id]))
        return _row_alert(rows[0]) if rows else None

    def alerts(self, *, status: str | None = None, limit: int = 100) -> list[tuple[Alert, dict]]:
        """Alerts newest first with their review rows, optionally only one review status."""
        sql = ("SELECT a.*, r.status AS r_status, r.decided_by AS r_by, r.decided_at AS r_at, r.note AS r_note"
               " FROM alerts a LEFT JOIN review r USING (alert_id)")
        args: list[Any] = []
        if status:
            sql += " WHERE r.status = ?"
            args.append(status)
        sql += " ORDER BY a.created_at DESC, a.alert_id DESC LIMIT ?"
        args.append(limit)
        out = []
        for row in self.db.query(sql, args):
            review = {"status": row["r_status"], "decided_by": row["r_by"], "decided_at": row["r_at"],
                      "note": row["r_note"]}
            out.append((_row_alert(row), review))
        return out

    def set_review(self, alert_id: str, status: str, *, by: str = "", note: str = "",
                   only_from: Collection[str] | None = None) -> bool:
        """Record an analyst's decision; False if no such alert, or its status is not one of `only_from`.

        An empty note keeps the note recorded before. Any status but 'dismissed' withdraws the
        allowlist entries an earlier dismissal of this alert added, in the same transaction.
        """
        sql = ("UPDATE review SET status = ?, decided_by = ?, decided_at = ?, note = coalesce(nullif(?, ''), note)"
               " WHERE alert_id = ?")
        args: list[Any] = [status, by, time.time(), note, alert_id]
        if only_from is not None:  # checked in the UPDATE itself: a decision in between cannot be overwritten
            sql += f" AND status IN ({','.join('?' * len(only_from))})"
            args += list(only_from)
        return self._guard(self._write_review, sql, args, alert_id, status != "dismissed")

    def _write_review(self, sql: str, args: list, alert_id: str, withdraw: bool) -> bool:
        with self.db.conn:
            self.db.conn.execute("BEGIN IMMEDIATE")
            if self.db.conn.execute(sql, args).rowcount == 0:
                return False
            if withdraw:  # a scam's domain must not stay allowed because it was once dismissed
                legacy = f"dismissed {alert_id}:"  # rows written before lists had alert_id: by their note
                self.db.conn.execute(
                    "DELETE FROM lists WHERE list_name = 'review' AND (alert_id = ? OR (alert_id IS NULL"
                    " AND substr(note, 1, length(?)) = ?))", [alert_id, legacy, legacy])
        return True

    def review_row(self, alert_id: str) -> dict | None:
        rows = list(self.db.query("SELECT * FROM review WHERE alert_id = ?", [alert_id]))
        return rows[0] if rows else None

    def press_handled(self, press_id: str) -> bool:
        """True if this chat button press (e.g. 'telegram:<callback query id>') was handled before."""
        return bool(list(self.db.query("SELECT 1 FROM chat_presses WHERE press_id = ?", [press_id])))

    def record_press(self, press_id: str) -> None:
        """Remember a handled press so a re-delivered one is skipped; forget those past PRESS_KEEP_S."""
        now = time.time()
        self._guard(self._write_press, press_id, now)

    def _write_press(self, press_id: str, now: float) -> None:
        with self.db.conn:
            self.db.conn.execute("BEGIN IMMEDIATE")
            self.db.conn.execute("INSERT OR IGNORE INTO chat_presses (press_id, handled_at) VALUES (?, ?)",
                                 [press_id, now])
            self.db.conn.execute("DELETE FROM chat_presses WHERE handled_at < ?", [now - PRESS_KEEP_S])

    def due_deliveries(self, now: float, *, channel: str | None = None, limit: int = 100) -> list[dict]:
        """Pending deliveries whose next attempt is due, oldest alert first."""
        sql = "SELECT * FROM deliveries WHERE status = 'pending' AND next_attempt_at <= ?"
        args: list[Any] = [now]
        if channel:
            sql += " AND channel = ?"
            args.append(channel)
        return list(self.db.query(sql + " ORDER BY created_at, delivery_id LIMIT ?", args + [limit]))

    def update_delivery(self, delivery_id: str, **fields: Any) -> None:
        self._guard(self.db.table("deliveries").update, delivery_id, fields)

    def deliveries(self, *, status: str | None = None) -> list[dict]:
        sql, args = "SELECT * FROM deliveries", []
        if status:
            sql, args = sql + " WHERE status = ?", [status]
        return list(self.db.query(sql + " ORDER BY created_at, delivery_id", args))

    # -- campaigns -----------------------------------------------------------------------------
    def upsert_campaign(self, row: dict) -> None:
        self.flush()
        self._guard(lambda: self.db.table("campaigns").upsert(row, pk="campaign_id"))

    def campaigns(self, since: str = "") -> list[dict]:
        """Stored campaigns, oldest first; only those last seen at `since` or later if it is given."""
        return list(self.db.query("SELECT * FROM campaigns WHERE coalesce(last_seen, '') >= ? ORDER BY first_seen",
                                  [since]))

    # -- checkpoints, profiles, accounts, lists ------------------------------------------------
    def get_checkpoint(self, source: str) -> str | None:
        rows = list(self.db.query("SELECT value FROM checkpoints WHERE source = ?", [source]))
        return rows[0]["value"] if rows else None

    def set_checkpoint(self, source: str, value: str) -> None:
        self.set_checkpoints({source: value})

    def set_checkpoints(self, values: Mapping[str, str]) -> None:
        """Write several checkpoints (key -> value) in one transaction."""
        now = time.time()
        self._guard(self._write_checkpoints, [(k, v, now) for k, v in values.items()])

    def _write_checkpoints(self, rows: list[tuple]) -> None:
        with self.db.conn:
            self.db.conn.execute("BEGIN")
            self.db.conn.executemany("INSERT OR REPLACE INTO checkpoints (source,value,updated_at) VALUES (?,?,?)",
                                     rows)

    def checkpoints(self) -> list[dict]:
        return list(self.db.query("SELECT * FROM checkpoints ORDER BY source"))

    def load_profiles(self) -> Iterator[tuple[str, dict]]:
        for row in self.db.query("SELECT account, data FROM profiles"):
            yield row["account"], json.loads(row["data"])

    def save_profiles(self, profiles: Iterable[tuple[str, dict]]) -> None:
        now = time.time()
        rows = [(acct, dumps(data), now) for acct, data in profiles]
        with self.db.conn:
            self.db.conn.execute("BEGIN")
            self.db.conn.executemany("INSERT OR REPLACE INTO profiles (account,data,updated_at) VALUES (?,?,?)", rows)

    def resolve_cached(self, platform: str, handle: str) -> str | None:
        rows = list(self.db.query("SELECT account_id FROM accounts WHERE platform = ? AND handle = ?",
                                  [platform, handle.lower()]))
        return rows[0]["account_id"] if rows else None

    def cache_account(self, platform: str, handle: str, account_id: str) -> None:
        self._guard(lambda: self.db.table("accounts").upsert(
            {"platform": platform, "handle": handle.lower(), "account_id": account_id,
             "resolved_at": time.time()}, pk=("platform", "handle")))

    def add_account_event(self, event: dict) -> bool:
        """Record a profile change (display name, avatar, bio, handle); False if already recorded."""
        cur = self._guard(self.db.execute,
                          "INSERT OR IGNORE INTO account_events (event_id,platform,account,kind,old,new,at)"
                          " VALUES (:event_id,:platform,:account,:kind,:old,:new,:at)", event)
        return cur.rowcount > 0

    def account_events(self, account: str | None = None) -> list[dict]:
        if account is None:
            return list(self.db.query("SELECT * FROM account_events ORDER BY at"))
        return list(self.db.query("SELECT * FROM account_events WHERE account = ? ORDER BY at", [account]))

    def add_list_entries(self, kind: str, values: Iterable[str], *, list_name: str, note: str = "",
                         alert_id: str | None = None) -> int:
        """Add domains/addresses to the allow or block lists; returns how many were new.

        `alert_id`: the alert whose dismissal added them (withdrawn if it is decided otherwise later).
        """
        now = time.time()
        rows = [(kind, v, list_name, note, now, alert_id) for v in values]
        with self.db.conn:
            self.db.conn.execute("BEGIN")
            before = self.db.conn.total_changes
            self.db.conn.executemany("INSERT OR IGNORE INTO lists (kind,value,list_name,note,added_at,alert_id)"
                                     " VALUES (?,?,?,?,?,?)", rows)
            return self.db.conn.total_changes - before

    def list_entries(self, kind: str) -> list[tuple[str, str]]:
        """(value, list name) pairs of one list kind."""
        return [(r["value"], r["list_name"]) for r in self.db.query(
            "SELECT value, list_name FROM lists WHERE kind = ? ORDER BY value", [kind])]

    def list_values(self, kind: str) -> set[str]:
        return {r["value"] for r in self.db.query("SELECT value FROM lists WHERE kind = ?", [kind])}

    def count(self, table: str) -> int:
        self.flush()
        return self.db.table(table).count

    def checkpoint_in_background(self, interval_s: float = 1.0) -> None:
        """For a long-running writer: WAL checkpoints (and their fsyncs) move from the writing connection,
        where SQLite runs them every 1,000 pages, to a thread of their own (bench/replay.py: they were the
        70-190 ms alert stalls left once the GC was settled). A database in memory has none."""
        if str(self.path) == ":memory:" or self.checkpointer is not None:
            return
        self.db.execute("PRAGMA wal_autocheckpoint=0")
        self.checkpointer = Checkpointer(self.path, interval_s)

    def close(self) -> None:
        self.flush()
        if self.checkpointer is not None:
            self.checkpointer.stop()
            self.checkpointer = None
        self.db.conn.close()


def _alert_row(a: Alert, now: float) -> tuple:
    return (a.alert_id, a.kind, a.severity, a.score, dumps(list(a.accounts)), dumps(list(a.post_ids)),
            dumps([w.to_json() for w in a.wallets]), dumps(list(a.urls)), iso(a.event_time), a.campaign_id,
            dumps(list(a.reasons)), a.model_version, a.text, a.platform, a.post_url, now)


def require_database(db: str | Path) -> None:
    """InputError unless a database exists at `db`: for commands that read one, where opening a missing file
    would quietly make an empty database."""
    if not Path(db).exists():
        raise InputError(f"{db}: no such database (run `hijackwatch replay` or `demo` first, or name one with --db)")


def post_from_row(row: dict) -> Post:
    """A post as the posts table keeps it (a row of it, or a dict with its columns)."""
    return Post(id=row["id"], platform=row["platform"], author=row["author"], author_id=row["author_id"] or "",
                created_at=parse_time(row["created_at"]), text=row["text"] or "", source=row["source"] or "",
                lang=row["lang"] or "", urls=tuple(json.loads(row["urls"] or "[]")))


def _row_alert(row: dict) -> Alert:
    d = dict(row)
    for k in ("accounts", "post_ids", "wallets", "urls", "reasons"):
        d[k] = json.loads(d[k] or "[]")
    return Alert.from_json(d)
