"""Faults: a database on a full disk or locked by another process gives a clear StoreError (exit
code 1 from the CLI) and never a corrupt database; a hostile post file never stops a replay.

A full disk is simulated with `PRAGMA max_page_count` on the store's own connection (no root or
tmpfs needed); a lock by a second connection holding a write transaction.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from bot import store as store_mod
from bot.cli import main
from bot.config import Config
from bot.errors import StoreError
from bot.pipeline import Pipeline
from bot.store import Store

from .conftest import WALLET_2020, make_post, write_jsonl

BAIT = ("I am giving back to my community. All Bitcoin sent to my address below will be sent back doubled! "
        f"If you send $1,000, I will send back $2,000. {WALLET_2020}")


def stream(n: int, *, bait_every: int = 0) -> list:
    """n ordinary posts from a few accounts, with the 2020 bait every `bait_every` posts."""
    out = []
    for i in range(n):
        text = BAIT if bait_every and i % bait_every == bait_every - 1 else f"Ordinary update {i} about our plans."
        out.append(make_post(f"p{i}", f"acct{i % 7}", text, minutes=i * 0.5))
    return out


def integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def rows(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture
def hook_setup(monkeypatch):
    """Run `after(store)` right after every Store opens (the CLI opens its own)."""
    def install(after):
        real = store_mod.Store._setup

        def setup(self):
            real(self)
            after(self)
        monkeypatch.setattr(store_mod.Store, "_setup", setup)
    return install


def cap_pages(extra: int):
    def after(store: Store) -> None:
        pages = store.db.execute("PRAGMA page_count").fetchone()[0]
        store.db.execute(f"PRAGMA max_page_count = {pages + extra}")
    return after


# -- full disk -------------------------------------------------------------------------------------
def test_full_disk_in_the_library_is_a_store_error_and_no_corruption(tmp_path):
    db = tmp_path / "full.db"
    store = Store(db)
    pipe = Pipeline.from_config(Config(database=db), store)
    pipe.process_batch(stream(50))
    store.flush()  # these rows are committed before the disk fills
    cap_pages(2)(store)
    with pytest.raises(StoreError, match=r"full\.db: .*(database or disk is full)"):
        for i in range(0, 5000, 100):
            pipe.process_batch(stream(5000)[i:i + 100])
        store.flush()
    store.db.conn.close()
    assert integrity(db) == "ok"
    assert rows(db, "posts") >= 50  # what was committed before stays


def test_full_disk_during_replay_exits_1_with_one_clear_line(tmp_path, capsys, hook_setup):
    db, posts = tmp_path / "full.db", write_jsonl(tmp_path / "posts.jsonl", stream(6000, bait_every=500))
    hook_setup(cap_pages(4))
    assert main(["replay", str(posts), "--db", str(db)]) == 1
    err = [l for l in capsys.readouterr().err.splitlines() if "no model file" not in l]
    assert len(err) == 1, err
    assert err[0].startswith(f"hijackwatch: {db}:") and "database or disk is full" in err[0]
    assert integrity(db) == "ok"


def test_replay_after_the_disk_is_freed_completes_without_duplicate_alerts(tmp_path, capsys, hook_setup,
                                                                           monkeypatch):
    db, posts = tmp_path / "full.db", write_jsonl(tmp_path / "posts.jsonl", stream(3000, bait_every=300))
    hook_setup(cap_pages(6))
    assert main(["replay", str(posts), "--db", str(db)]) == 1
    monkeypatch.undo()  # space freed
    capsys.readouterr()
    assert main(["replay", str(posts), "--db", str(db)]) == 0
    assert rows(db, "posts") == 3000
    alert_ids = [json.loads(l)["alert_id"] for l in capsys.readouterr().out.splitlines() if l.startswith("{")]
    assert len(alert_ids) == len(set(alert_ids)) == rows(db, "alerts")
    assert integrity(db) == "ok"


# -- locked database -------------------------------------------------------------------------------
class Locker:
    """Another process's connection holding the write lock."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)

    def __enter__(self) -> "Locker":
        self.conn.execute("BEGIN EXCLUSIVE")
        return self

    def __exit__(self, *exc) -> None:
        self.conn.execute("ROLLBACK")
        self.conn.close()


def short_wait(store: Store) -> None:
    store.db.execute("PRAGMA busy_timeout = 100")  # fail in 0.1 s, not the production 5 s


def test_locked_database_during_replay_exits_1_and_stays_intact(tmp_path, capsys, hook_setup):
    db, posts = tmp_path / "locked.db", write_jsonl(tmp_path / "posts.jsonl", stream(3000, bait_every=400))
    Store(db).close()  # the database exists (WAL mode) before the other process locks it
    lockers = []

    def lock_after_open(store: Store) -> None:
        short_wait(store)
        lockers.append(Locker(db).__enter__())
    hook_setup(lock_after_open)
    try:
        assert main(["replay", str(posts), "--db", str(db)]) == 1
    finally:
        for lk in lockers:
            lk.__exit__(None, None, None)
    err = [l for l in capsys.readouterr().err.splitlines() if "no model file" not in l]
    assert len(err) == 1 and f"{db}:" in err[0] and "database is locked" in err[0], err
    assert integrity(db) == "ok"


def test_locked_database_in_the_library_is_a_store_error_then_recovers(tmp_path):
    db = tmp_path / "locked.db"
    store = Store(db)
    short_wait(store)
    pipe = Pipeline.from_config(Config(database=db), store)
    with Locker(db):
        with pytest.raises(StoreError, match="database is locked"):
            pipe.process_batch([make_post("b1", "elonmusk", BAIT)])  # an alert is written at once
    alerts = pipe.process_batch([make_post("b2", "billgates", BAIT, minutes=1)])
    store.flush()
    assert [a.kind for a in alerts] and rows(db, "alerts") >= 1
    store.close()
    assert integrity(db) == "ok"


def test_database_locked_at_open_is_a_store_error(tmp_path):
    db = tmp_path / "locked.db"
    with sqlite3.connect(db) as conn:  # a rollback-journal database held exclusively by another process
        conn.execute("CREATE TABLE t (x)")
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    try:  # waits out the production busy timeout (5 s) first
        with pytest.raises(StoreError, match=r"locked\.db: cannot open database: database is locked"):
            Store(db)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert integrity(db) == "ok"


# -- hostile post files ----------------------------------------------------------------------------
def test_replay_of_a_hostile_file_skips_bad_lines_and_still_alerts(tmp_path, capsys):
    good = [make_post(f"h{i}", "elonmusk", f"Ordinary update {i}.", minutes=i) for i in range(5)]
    bait = make_post("bait", "elonmusk", BAIT, minutes=10)
    lines = [json.dumps(p.to_json()).encode() for p in good]
    lines += [b"\xff\xfe garbage", b"[" * 100_000, b'{"id": 1}', b"x" * 1_100_000, b"\x00" * 10,
              json.dumps(bait.to_json()).encode()]
    path = tmp_path / "hostile.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    db = tmp_path / "h.db"
    assert main(["replay", str(path), "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert WALLET_2020 in out
    for lineno in (6, 7, 8, 9, 10):
        assert f"hostile.jsonl:{lineno}: skipped" in err
    assert "replayed 6 posts (5 malformed skipped)" in err
    assert integrity(db) == "ok"


# -- realistic load: benign link sharing must not become a "campaign" --------------------------
def test_one_takeover_linking_a_popular_domain_names_only_its_own_account():
    pipe = Pipeline.from_config(Config(), Store(":memory:"))
    for i in range(40):  # an outlet's 8 regional accounts link their own site all day
        who = f"outlet_{i % 8}"
        pipe.process(make_post(f"n{i}", who, f"Headline number {i} from the newsroom https://t.co/x{i}",
                               minutes=i * 2, urls=[f"https://www.newsroom-example.net/story/{i}"]))
    bait = make_post("bait", "outlet_3", BAIT + " https://t.co/zz", minutes=85,
                     urls=["https://www.newsroom-example.net/give"])
    alerts = pipe.process(bait)
    assert alerts, "the bait itself must alert"
    assert all(a.accounts == ("outlet_3",) for a in alerts), [(a.kind, a.accounts) for a in alerts]
