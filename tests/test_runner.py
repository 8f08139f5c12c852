"""The long-running watcher: concurrent sources, failing sources, clean shutdown."""

import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest

from bot.config import Config
from bot.errors import InputError
from bot.pipeline import Pipeline
from bot.post import Post
from bot.runner import backoff, run
from bot.sources.base import AccountEvent
from bot.sources.replay import ReplaySource

from .conftest import make_post, write_jsonl


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
