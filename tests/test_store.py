import sqlite3
from datetime import datetime, timezone

import pytest

from bot.errors import StoreError
from bot.post import Alert, Wallet
from bot.store import Store


def alert(aid="a1", **kw):
    base = dict(alert_id=aid, kind="post", severity="high", score=0.99, accounts=("elonmusk",), post_ids=("1",),
                wallets=(Wallet("btc", "bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh"),), urls=(),
                event_time=datetime(2020, 7, 15, 20, 17, 3, tzinfo=timezone.utc), reasons=("r1", "r2"),
                text="<b>hi</b>")
    return Alert(**(base | kw))


def test_schema_wal_and_tables(store):
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    for t in ("posts", "verdicts", "alerts", "campaigns", "review", "deliveries", "checkpoints", "profiles"):
        assert t in store.db.table_names()


def test_alert_roundtrip_review_and_outbox_rows(store):
    assert store.add_alert(alert(), ["telegram", "slack"]) is True
    assert store.add_alert(alert(), ["telegram", "slack"]) is False  # idempotent by alert id
    got = store.get_alert("a1")
    assert got == alert()
    assert [d["channel"] for d in store.deliveries()] == ["slack", "telegram"]
    assert store.review_row("a1")["status"] == "pending"
    assert store.set_review("a1", "confirmed", by="ana", note="real") and not store.set_review("zz", "confirmed")
    (a, r), = store.alerts(status="confirmed")
    assert a.alert_id == "a1" and r["decided_by"] == "ana"


def test_migration_adds_new_columns(tmp_path):
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE posts (key TEXT PRIMARY KEY, id TEXT)")
    conn.commit()
    conn.close()
    s = Store(db)
    assert "deleted_at" in s.db.table("posts").columns_dict
    s.close()


def test_checkpoints_and_accounts(store):
    assert store.get_checkpoint("x:1") is None
    store.set_checkpoint("x:1", "123")
    store.set_checkpoint("x:1", "456")
    assert store.get_checkpoint("x:1") == "456"
    store.cache_account("x", "ElonMusk", "44196397")
    assert store.resolve_cached("x", "elonmusk") == "44196397"


def test_locked_database_gives_store_error(tmp_path):
    db = tmp_path / "locked.db"
    s = Store(db)
    other = sqlite3.connect(db, timeout=0.1)
    other.execute("BEGIN EXCLUSIVE")
    s.db.execute("PRAGMA busy_timeout=100")
    with pytest.raises(StoreError, match="locked"):
        s.add_alert(alert("a2"), [])
    other.rollback()
    assert s.add_alert(alert("a2"), []) is True
    s.close()


def test_unopenable_database_is_store_error(tmp_path):
    (tmp_path / "dir.db").mkdir()
    with pytest.raises(StoreError):
        Store(tmp_path / "dir.db")


def test_failed_flush_keeps_its_rows_for_the_next_try(tmp_path):
    from bot.post import Verdict

    from .conftest import make_post

    s = Store(tmp_path / "full.db", batch=10_000)
    pages = s.db.execute("PRAGMA page_count").fetchone()[0]
    s.db.execute(f"PRAGMA max_page_count = {pages}")  # the disk is "full"
    for i in range(300):
        s.add_verdict(Verdict(post=make_post(str(i), "a", "x" * 500), score=0.1, flagged=False, severity="low"))
    with pytest.raises(StoreError, match="full"):
        s.flush()
    s.db.execute("PRAGMA max_page_count = 1073741823")  # space freed
    s.flush()
    assert s.count("posts") == 300 and s.count("verdicts") == 300
    s.close()


def test_background_checkpoints_copy_the_log_and_stop_with_the_store(tmp_path):
    import time

    from bot.post import Verdict

    from .conftest import make_post

    s = Store(tmp_path / "wal.db", batch=100)
    s.checkpoint_in_background(interval_s=0.01)
    assert s.db.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 0  # the writer no longer checkpoints
    for i in range(3000):  # ~1.5 MB of posts: far more pages than one checkpoint round
        s.add_verdict(Verdict(post=make_post(str(i), "a", "x" * 400), score=0.1, flagged=False, severity="low"))
    s.flush()
    deadline = time.monotonic() + 10
    while s.checkpointer.runs == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert s.checkpointer.runs > 0
    thread = s.checkpointer._thread
    s.close()
    assert not thread.is_alive() and s.checkpointer is None
    again = Store(tmp_path / "wal.db")
    assert again.count("posts") == 3000 and again.count("verdicts") == 3000
    again.close()


def test_a_database_in_memory_has_no_checkpointer():
    s = Store(":memory:")
    s.checkpoint_in_background()
    assert s.checkpointer is None
    s.close()


def test_a_decision_can_be_limited_to_open_alerts_and_keeps_its_note(store):
    store.add_alert(alert())
    assert store.set_review("a1", "dismissed", by="web", note="benign")
    assert not store.set_review("a1", "confirmed", by="chat", only_from=("pending", "snoozed"))
    assert {k: store.review_row("a1")[k] for k in ("status", "decided_by", "note")} == {
        "status": "dismissed", "decided_by": "web", "note": "benign"}
    assert store.set_review("a1", "snoozed", by="cli")  # without only_from: re-deciding is allowed
    assert store.review_row("a1")["note"] == "benign"  # an empty note keeps the earlier one
    assert store.set_review("a1", "confirmed", by="chat", only_from=("pending", "snoozed"))


def test_confirming_withdraws_the_allowlisting_of_the_alerts_own_dismissal(tmp_path):
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)  # a database from before lists had alert_id
    conn.execute("CREATE TABLE lists (kind TEXT, value TEXT, list_name TEXT, note TEXT, added_at FLOAT,"
                 " PRIMARY KEY (kind, value))")
    conn.executemany("INSERT INTO lists VALUES (?, ?, 'review', ?, 0)", [
        ("allow_domain", "old.example", "dismissed a1: from an old version"),
        ("allow_domain", "other.example", "dismissed a10: another alert's")])
    conn.commit()
    conn.close()
    store = Store(db)
    try:
        store.add_alert(alert())
        store.set_review("a1", "dismissed", by="web")
        store.add_list_entries("allow_wallet", ["bc1q-own"], list_name="review", note="dismissed a1: ", alert_id="a1")
        store.add_list_entries("allow_domain", ["kept.example"], list_name="imported")
        assert store.set_review("a1", "confirmed", by="web")
        assert store.list_values("allow_domain") == {"other.example", "kept.example"}
        assert store.list_values("allow_wallet") == set()
    finally:
        store.close()


def test_an_older_campaigns_table_gains_users_and_posts_an_index_by_time(tmp_path):
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE campaigns (campaign_id TEXT PRIMARY KEY, account_keys TEXT)")
    conn.execute("CREATE TABLE posts (key TEXT PRIMARY KEY, created_at TEXT)")
    conn.commit()
    conn.close()
    s = Store(db)
    assert "users" in s.db.table("campaigns").columns_dict
    plan = s.db.execute("EXPLAIN QUERY PLAN SELECT max(created_at) FROM posts").fetchall()
    assert "idx_posts_created_at" in str(plan)
    s.close()


def test_a_meta_row_set_for_later_is_written_with_the_next_flush(tmp_path):
    s = Store(tmp_path / "hw.db")
    s.set_meta_later("mark", "2020-07-15T20:00:00Z")
    assert s.get_meta("mark") == "2020-07-15T20:00:00Z" and s.get_meta("other") is None
    s.close()  # close flushes
    again = Store(tmp_path / "hw.db")
    assert again.get_meta("mark") == "2020-07-15T20:00:00Z"
    again.close()


def test_the_latest_post_time_of_some_authors(store):
    from bot.post import Post, Verdict

    for pid, author, at in (("1", "ElonMusk", "2020-07-15T20:00:00Z"), ("2", "somefan", "2020-07-15T22:00:00Z")):
        post = Post(id=pid, platform="x", author=author, author_id="", created_at=datetime.fromisoformat(at),
                    text="hi", source="", lang="en", urls=())
        store.add_verdict(Verdict(post=post, score=0.1, flagged=False, severity="low"))
    assert store.latest_post_time() == "2020-07-15T22:00:00Z"
    assert store.latest_post_time({"elonmusk"}) == "2020-07-15T20:00:00Z" and store.latest_post_time({"x"}) is None
