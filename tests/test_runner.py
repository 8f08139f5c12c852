"""The long-running watcher: concurrent sources, failing sources, clean shutdown."""

import asyncio
import contextlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from typing import Any, Callable, NamedTuple

import pytest
import tweepy

from bot.config import Config
from bot.errors import InputError
from bot.pipeline import Pipeline
from bot.post import Post
from bot.runner import _DONE, HeldCheckpoints, backoff, consume, pump, run
from bot.sources.base import AccountEvent
from bot.sources.replay import ReplaySource
from bot.sources.x import XSource
from bot.store import Store

from .conftest import WALLET_2020, make_post, write_jsonl


class FlakySource:
    """Fails twice, then yields its posts."""

    name = "flaky"

    def __init__(self, posts):
        self.posts, self.failures, self.closed = posts, 0, 0

    async def stream(self):
        if self.failures < 2:
            self.failures += 1
            raise ConnectionError("stub cut")
        for p in self.posts:
            yield p

    async def aclose(self):
        self.closed += 1


class StuckSource:
    """Never yields: a slow source must not stall the others."""

    name = "stuck"

    async def stream(self):
        await asyncio.sleep(3600)
        yield  # pragma: no cover

    async def aclose(self):
        pass


def test_backoff_is_bounded_and_jittered():
    vals = [backoff(10, base=1.0, cap=30.0) for _ in range(200)]
    assert max(vals) <= 30.0 and len(set(vals)) > 100


def test_sources_run_concurrently_and_failures_reconnect(store, tmp_path, takeover_wave, monkeypatch):
    monkeypatch.setattr("bot.runner.backoff", lambda attempt, **kw: 0.01)
    half = len(takeover_wave) // 2
    replay = ReplaySource(write_jsonl(tmp_path / "a.jsonl", takeover_wave[:half]))
    flaky = FlakySource(takeover_wave[half:])
    fired = []
    pipe = Pipeline.from_config(Config(), store, on_alert=fired.append)

    async def main():
        stop = asyncio.Event()
        task = asyncio.create_task(run(pipe, [replay, flaky, StuckSource()], stop=stop, install_signals=False))
        for _ in range(200):
            await asyncio.sleep(0.02)
            if store.count("posts") == len(takeover_wave):
                break
        stop.set()
        await task

    asyncio.run(main())
    assert store.count("posts") == len(takeover_wave)
    assert flaky.failures == 2 and flaky.closed == 3
    assert any(a.kind == "campaign" for a in fired)


def test_account_events_are_recorded_and_raise_later_crypto_posts(store):
    pipe = Pipeline.from_config(Config(), store)
    history = [make_post(f"h{i}", "mandiant", "Threat research update", minutes=-2000 + i * 30,
                         source="Sprout Social") for i in range(40)]
    pipe.process_batch(history)
    pipe.process_event(AccountEvent("x", "mandiant", "display_name", "2020-07-15T19:00:00Z", old="Mandiant",
                                    new="Phantom"))
    (v_text,) = [make_post("p1", "mandiant", "Claim your $PHNTM airdrop now! Connect your wallet at phantom-claim.app",
                           minutes=0, source="Sprout Social")]
    alerts = pipe.process(v_text)
    reasons = alerts[0].reasons if alerts else ()
    assert any(r.startswith("display name changed 1.0 h before this post") for r in reasons)
    assert store.account_events("mandiant")[0]["new"] == "Phantom"


def test_run_once_subprocess_and_sigterm_flushes(tmp_path, takeover_wave):
    posts = write_jsonl(tmp_path / "p.jsonl", takeover_wave)
    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"database: hw.db\nsources:\n  - type: replay\n    path: {posts}\n    speed: 0.000001\n"
                   "notifiers:\n  - type: console\n")
    proc = subprocess.Popen([sys.executable, "-m", "bot.cli", "run", "--config", str(cfg)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    # Signal only once the runner says it is up: a slow machine may still be importing after a fixed sleep,
    # and a SIGTERM before the handler is installed kills the process outright.
    lines: list[str] = []
    connected = threading.Event()

    def read_stderr():
        for line in proc.stderr:
            lines.append(line)
            if "source replay: connected" in line:
                connected.set()

    reader = threading.Thread(target=read_stderr, daemon=True)
    reader.start()
    assert connected.wait(timeout=60), "".join(lines)
    time.sleep(0.5)
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=20)
    reader.join(timeout=10)
    err = "".join(lines)
    assert proc.returncode == 0, err
    assert "source replay: connected" in err
    assert "run: SIGTERM received, stopping" in err  # an early stop never reads like finished sources
    from bot.store import Store

    s = Store(tmp_path / "hw.db")
    n = s.count("posts")
    s.close()
    assert 0 < n < len(takeover_wave)  # stopped early, and what was read is durable


class ListSource:
    """Yields a fixed list of items, then ends."""

    name = "list"

    def __init__(self, items):
        self.items = items

    async def stream(self):
        for item in self.items:
            yield item

    async def aclose(self):
        pass


def test_an_event_is_recorded_before_the_post_that_follows_it_in_one_batch(store):
    history = [make_post(f"h{i}", "mandiant", "Threat research update", minutes=-2000 + i * 30,
                         source="Sprout Social") for i in range(40)]
    renamed = AccountEvent("x", "mandiant", "display_name", "2020-07-15T19:00:00Z", old="Mandiant", new="Phantom")
    scam = make_post("p1", "mandiant", "Claim your $PHNTM airdrop now! Connect your wallet at phantom-claim.app",
                     minutes=0, source="Sprout Social")
    fired = []
    pipe = Pipeline.from_config(Config(), store, on_alert=fired.append)
    # the source yields everything before the consumer runs: one batch holds history, event and post
    asyncio.run(run(pipe, [ListSource(history + [renamed, scam])], install_signals=False, until_sources_end=True))
    (alert,) = [a for a in fired if "p1" in a.post_ids]
    assert any(r.startswith("display name changed 1.0 h before this post") for r in alert.reasons)


def test_a_failing_batch_is_logged_and_the_watcher_goes_on(store, takeover_wave, monkeypatch, caplog):
    pipe = Pipeline.from_config(Config(), store)
    real, calls = pipe.process_batch, []

    def locked_once(posts):  # e.g. "database is locked" on one write: before, the consumer died with it
        calls.append(len(posts))
        if len(calls) == 1:
            raise RuntimeError("database is locked")
        return real(posts)

    monkeypatch.setattr(pipe, "process_batch", locked_once)
    asyncio.run(run(pipe, [SlowSource(takeover_wave)], install_signals=False, until_sources_end=True))
    assert "pipeline: a batch of 1 items failed, skipped: RuntimeError: database is locked" in caplog.text
    assert store.count("posts") == len(takeover_wave) - 1


def quiet_posts(n: int) -> list[Post]:
    return [make_post(f"q{i}", f"acct{i % 5}", f"lunch update {i}", minutes=i) for i in range(n)]


def hold_database(path, seconds: float, until: Callable[[], bool] = lambda: True) -> threading.Thread:
    """Another writer holding the database (a backup, a long review session) for `seconds`, and until `until()`."""
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")

    def release():
        time.sleep(seconds)
        deadline = time.monotonic() + 10
        while not until() and time.monotonic() < deadline:
            time.sleep(0.01)
        other.execute("ROLLBACK")
        other.close()
    t = threading.Thread(target=release, daemon=True)
    t.start()
    return t


def test_a_database_held_by_another_writer_for_a_while_neither_ends_the_run_nor_loses_posts(tmp_path, caplog):
    store = Store(tmp_path / "hw.db")
    store.db.execute("PRAGMA busy_timeout=0")  # refused at once, not after 5 s
    pipe = Pipeline.from_config(Config(), store)
    posts = quiet_posts(60)
    holder = hold_database(tmp_path / "hw.db", 0.05, until=lambda: "rows not written yet" in caplog.text)
    asyncio.run(run(pipe, [SlowSource(posts)], install_signals=False, until_sources_end=True))
    holder.join()
    assert "store: rows not written yet, kept for the next flush" in caplog.text
    assert Store(tmp_path / "hw.db").count("posts") == len(posts)


def test_a_database_that_keeps_refusing_ends_the_run(tmp_path, monkeypatch):
    from bot import runner
    from bot.errors import StoreError

    monkeypatch.setattr(runner, "FLUSH_OUTAGE_S", 0.05)
    store = Store(tmp_path / "hw.db")
    store.db.execute("PRAGMA busy_timeout=0")
    holder = hold_database(tmp_path / "hw.db", 1.0)
    with pytest.raises(StoreError):
        asyncio.run(run(Pipeline.from_config(Config(), store), [SlowSource(quiet_posts(60))], install_signals=False,
                        until_sources_end=True))
    holder.join()


class SlowSource(ListSource):
    """Yields one item at a time, letting the consumer take each as its own batch."""

    name = "slow"

    async def stream(self):
        for item in self.items:
            await asyncio.sleep(0.005)
            yield item


def test_an_unreadable_replay_file_ends_the_run_at_once(store, tmp_path):
    pipe = Pipeline.from_config(Config(), store)
    missing = ReplaySource(tmp_path / "nope.jsonl")
    for until_end in (False, True):  # `run` (watch) and `run --once`: both used to retry with backoff forever

        async def main():
            await asyncio.wait_for(run(pipe, [missing, StuckSource()], install_signals=False,
                                       until_sources_end=until_end), 10)

        with pytest.raises(InputError, match="nope.jsonl: cannot read input"):
            asyncio.run(main())


def test_stopping_while_a_channel_is_down_does_not_wait_out_its_retries(store, monkeypatch):
    from .stubs.telegram_api import TelegramStub
    from .test_outbox import add, make_alert, outbox

    monkeypatch.setattr("bot.runner.SHUTDOWN_DRAIN", 0.5)
    with TelegramStub() as tg:
        tg.fail("sendMessage", (429, 60))  # Telegram asks for a minute's pause
        add(store, make_alert(1), ["telegram"])
        pipe = Pipeline.from_config(Config(), store)
        t0 = time.monotonic()
        asyncio.run(run(pipe, [ListSource([])], outbox=outbox(store, tg), install_signals=False,
                        until_sources_end=True))
        assert time.monotonic() - t0 < 10
    assert [d["status"] for d in store.deliveries()] == ["pending"]  # kept for the next start, not lost



# -- checkpoints become durable only once the items before them are stored ------------------------
X_ELON = "44196397"
BAIT = ("Working on the next launch.",
        f"All Bitcoin sent to my address below will be sent back doubled! Only for 30 minutes. {WALLET_2020}")


class Watched(NamedTuple):
    """A real source against a stub on 127.0.0.1, and what it delivers."""

    make_source: Callable  # store -> a new source (as a restart would build it)
    keys: set  # the keys of the posts it delivers
    key: str  # the checkpoint that passes them
    value: str  # its value once it does
    api: Any = None  # the stub, to publish more


class Crash(BaseException):
    """Stands for the process dying (kill -9, OOM, power loss): the consumer stops before storing anything."""


def crashing(pipe: Pipeline) -> Pipeline:
    def crash(*_):
        raise Crash()

    pipe.process_batch = pipe.process_event = crash
    return pipe


@contextlib.asynccontextmanager
async def x_platform(texts=tuple(f"update number {n}" for n in range(3)), deleted_window_s: float = 0):
    """The real tweepy client against the X stub: new posts (`texts`) of one watched account."""
    from .stubs.x_api import FakeX

    with FakeX() as api:
        api.add_user("elonmusk", X_ELON)
        ids = [api.post(X_ELON, text) for text in texts]

        def make(store):
            client = tweepy.Client(bearer_token="test-token")
            api.mount(client.session)
            return XSource(client, store, ["elonmusk"], poll_interval_s=0.1, requests_per_window=90_000,
                           deleted_window_s=deleted_window_s)

        yield Watched(make, {f"x:{i}" for i in ids}, f"x:{X_ELON}", ids[-1], api)


@contextlib.asynccontextmanager
async def mastodon_platform():
    """The real Mastodon.py client against the Mastodon stub: the fixture's four statuses of two accounts."""
    from .test_source_mastodon import ALICE_ID, stub
    from .test_source_mastodon import source as mastodon_source

    with stub() as api:
        ids = ("113108007541216312", "113108012345678901", "113108031234567890", "113108040000000001")
        yield Watched(lambda store: mastodon_source(store, api.base_url, poll_interval_s=0.1),
                      {f"mastodon:{i}" for i in ids}, f"mastodon:{ALICE_ID}", "113108031234567890", api)


@contextlib.asynccontextmanager
async def bluesky_platform():
    """The real websockets client against the Jetstream stub: the fixture's events, the connection left open."""
    from .stubs.jetstream import JetstreamStub
    from .test_source_bluesky import EVENTS, _fresh_store, feed, seeded

    keys = {i.key for i in feed(seeded(_fresh_store()), EVENTS) if isinstance(i, Post)}
    last = max(e["time_us"] for e in EVENTS if e.get("commit", {}).get("collection") != "app.bsky.feed.like")
    async with JetstreamStub([(e["time_us"], e) for e in EVENTS], close_when_done=False) as js:
        yield Watched(lambda store: seeded(store, jetstream_url=js.url), keys, "bluesky:cursor", str(last), js)


def stored_keys(store) -> set[str]:
    return {r["key"] for r in store.db.query("SELECT key FROM posts")}


async def watch_until(pipe, sources, done, *, timeout: float = 20.0) -> bool:
    """Run the watcher until `done()` holds (bounded), then stop it as SIGTERM would; whether it held while running."""
    stop = asyncio.Event()
    task = asyncio.create_task(run(pipe, sources, stop=stop, install_signals=False))
    try:
        async with asyncio.timeout(timeout):
            while not (reached := done()) and not task.done():
                await asyncio.sleep(0.02)
    finally:
        stop.set()
        await task
    return reached


@pytest.mark.parametrize("platform", [x_platform, mastodon_platform, bluesky_platform],
                         ids=["x", "mastodon", "bluesky"])
def test_a_crash_before_the_posts_are_stored_leaves_the_checkpoint_behind_and_loses_nothing(tmp_path, platform):
    async def main():
        async with platform() as w:
            first = Store(tmp_path / "hw.db")
            source = w.make_source(first)
            with pytest.raises(Crash):  # the source yields its posts, the process dies before storing them
                await run(crashing(Pipeline.from_config(Config(), first)), [source], install_signals=False)
            assert source.store is first  # the run's view of the store is gone with it
            assert stored_keys(first) == set() and first.get_checkpoint(w.key) is None  # not past unstored posts
            again = Store(tmp_path / "hw.db")  # the restart: a new process, new store handle and source
            # durable while running, once processed (not only when stopping)
            assert await watch_until(Pipeline.from_config(Config(), again), [w.make_source(again)],
                                     lambda: stored_keys(again) == w.keys and again.get_checkpoint(w.key) == w.value)
            assert stored_keys(again) == w.keys and again.get_checkpoint(w.key) == w.value  # still so after the stop

    asyncio.run(main())


def test_posts_fetched_again_after_a_restart_are_not_stored_or_alerted_again(tmp_path):
    """A crash between the flush of the posts and the write of their checkpoint: the restart fetches them again."""
    async def main():
        async with x_platform(BAIT) as w:
            store = Store(tmp_path / "hw.db")
            fired: list = []
            pipe = Pipeline.from_config(Config(), store, on_alert=fired.append)
            assert await watch_until(pipe, [w.make_source(store)], lambda: store.get_checkpoint(w.key) == w.value)
            store.db.execute("DELETE FROM checkpoints WHERE source = ?", [w.key])  # that write never happened
            again: list = []
            pipe2 = Pipeline.from_config(Config(), store, on_alert=again.append)
            source = w.make_source(store)
            assert await watch_until(pipe2, [source], lambda: store.get_checkpoint(w.key) == w.value)
            assert len(fired) == 1 and again == []  # the bait alerted once, and not again
            assert source.stats.posts == len(BAIT) and pipe2.stats.posts == 0  # all fetched again, none judged twice
            assert stored_keys(store) == w.keys

    asyncio.run(main())


def failing_on(pipe: Pipeline, fails) -> list:
    """Make the pipeline fail each batch `fails(posts)` picks (a locked database, a poison post); their post ids."""
    real, failed = pipe.process_batch, []

    def process_batch(posts):
        if fails(posts):
            failed.append([p.id for p in posts])
            raise RuntimeError("database is locked")
        return real(posts)

    pipe.process_batch = process_batch
    return failed


def test_the_checkpoint_behind_a_failed_batch_stays_so_a_restart_fetches_it_again(tmp_path):
    async def main():
        async with x_platform() as w:
            store = Store(tmp_path / "hw.db")
            pipe = Pipeline.from_config(Config(), store)
            failed = failing_on(pipe, lambda posts: not failed)  # the first batch only, e.g. locked for a moment
            source = w.make_source(store)
            await watch_until(pipe, [source], lambda: failed and source.stats.polls >= 3)
            assert stored_keys(store) == set() and store.get_checkpoint(w.key) is None
            assert source.stats.posts == len(w.keys)  # meanwhile the source went on, fetching nothing twice
            assert await watch_until(Pipeline.from_config(Config(), store), [w.make_source(store)],
                                     lambda: stored_keys(store) == w.keys and store.get_checkpoint(w.key) == w.value)

    asyncio.run(main())


def test_a_poison_post_does_not_hold_its_source_back(tmp_path):
    async def main():
        async with x_platform(("poison", "posted with it")) as w:
            store = Store(tmp_path / "hw.db")
            pipe = Pipeline.from_config(Config(), store)
            failed = failing_on(pipe, lambda posts: any(p.text == "poison" for p in posts))  # whenever it comes
            later: list[str] = []

            def done():
                if failed and not later:  # the poison's batch failed: the account posts again
                    later.append(w.api.post(X_ELON, "posted later"))
                return bool(later) and store.get_checkpoint(w.key) == later[0]

            assert await watch_until(pipe, [w.make_source(store)], done)
            assert stored_keys(store) == {f"x:{later[0]}"} and len(failed) == 1

    asyncio.run(main())


def test_a_post_the_queue_never_took_is_not_passed_by_the_checkpoint_its_source_writes_on_closing(store):
    async def main():
        async with x_platform() as w:
            first, second = sorted(w.keys, key=lambda k: int(k[2:]))[:2]
            held, queue, stop = HeldCheckpoints(), asyncio.Queue(maxsize=1), asyncio.Event()
            source = w.make_source(store)
            task = asyncio.create_task(pump(source, queue, stop=stop, held=held))
            async with asyncio.timeout(10):
                while not (queue.full() and source.stats.posts >= 2):  # the first queued, the pump holds the second
                    await asyncio.sleep(0.01)
            task.cancel()  # stopped while the queue is full: the second post never gets in
            await asyncio.gather(task, return_exceptions=True)
            consumer = asyncio.create_task(consume(queue, Pipeline.from_config(Config(), store), held=held))
            await queue.put(_DONE)
            await consumer
            assert stored_keys(store) == {first} and store.get_checkpoint(w.key) == first.removeprefix("x:")

    asyncio.run(main())


# -- a source's state written before the events it produced are stored ------------------------------
class Change(NamedTuple):
    """A change on a platform the store's baseline predates, and how to see it was recorded."""

    make_source: Callable  # store -> a new source (as a restart would build it)
    recorded: Callable  # store -> whether the change's event is stored


@contextlib.asynccontextmanager
async def x_renamed(store):
    """The X stub's account, its profile the baseline, then its display name changed (a takeover's first step)."""
    async with x_platform() as w:
        assert await watch_until(Pipeline.from_config(Config(), store), [w.make_source(store)],
                                 lambda: store.get_checkpoint(f"x:profile:{X_ELON}") is not None)
        w.api.profiles[X_ELON]["name"] = "Phantom"
        yield Change(w.make_source, lambda s: "display_name" in {e["kind"] for e in s.account_events()})


@contextlib.asynccontextmanager
async def x_deleted(store):
    """The X stub's account, its posts stored and remembered for deletion checks, then one of them deleted."""
    async with x_platform(deleted_window_s=3600) as w:
        gone = min(w.keys).removeprefix("x:")
        assert await watch_until(Pipeline.from_config(Config(), store), [w.make_source(store)],
                                 lambda: gone in (store.get_checkpoint("x:recent") or ""))
        w.api.deleted.add(gone)
        await asyncio.sleep(0.2)  # re-checked one poll interval after it was fetched
        yield Change(w.make_source, lambda s: (s.get_post(f"x:{gone}") or {}).get("deleted_at") is not None)


@contextlib.asynccontextmanager
async def bluesky_renamed(store):
    """The fixture's Bluesky accounts with their baseline profiles, then Jetstream brings Alice's new profile."""
    from .stubs.jetstream import JetstreamStub
    from .test_source_bluesky import EVENTS, seeded, source

    seeded(store)
    update = EVENTS[3]
    async with JetstreamStub([(update["time_us"], update)], close_when_done=False) as js:
        yield Change(lambda s: source(s, jetstream_url=js.url),
                     lambda s: "display_name" in {e["kind"] for e in s.account_events()})


@pytest.mark.parametrize("change", [x_renamed, x_deleted, bluesky_renamed],
                         ids=["x-profile", "x-deletion", "bluesky-profile"])
def test_a_crash_before_an_account_event_is_stored_does_not_lose_it(tmp_path, change):
    """The profile (or posts to re-check) a source compares with is state too: written before the events it gave
    were stored, a crash in between would make the restart compare with the new state and find no change."""
    async def main():
        store = Store(tmp_path / "hw.db")
        async with change(store) as c:
            with pytest.raises(Crash):
                await run(crashing(Pipeline.from_config(Config(), store)), [c.make_source(store)],
                          install_signals=False)
            assert not c.recorded(store)
            again = Store(tmp_path / "hw.db")  # the restart
            with contextlib.suppress(TimeoutError):  # bounded: without the event, the wait would never end
                await watch_until(Pipeline.from_config(Config(), again), [c.make_source(again)],
                                  lambda: c.recorded(again), timeout=5)
            assert c.recorded(again)

    asyncio.run(main())


def test_a_checkpoint_kept_after_a_failed_write_does_not_wait_for_the_next_post(tmp_path, caplog):
    """Kept for "after the next flush", it waited for an item to come: a quiet source could lag for hours."""
    store = Store(tmp_path / "hw.db")
    store.db.execute("PRAGMA busy_timeout=0")  # locked fails at once, not after 5 s
    held = HeldCheckpoints()
    held.queued += 1  # a post queued (as the pump counts it), its checkpoint written after it
    held.write(store, "x:1", "100")
    held.done(1, ok=True)  # the post processed and flushed
    other = sqlite3.connect(tmp_path / "hw.db", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the database for a moment
    held.apply()
    assert "checkpoints: not written yet" in caplog.text and store.get_checkpoint("x:1") is None
    other.execute("ROLLBACK")
    other.close()
    held.write(store, "x:fresh:1", "{}")  # the next quiet poll: nothing in flight, so everything is due
    assert store.get_checkpoint("x:1") == "100" and store.get_checkpoint("x:fresh:1") == "{}"
