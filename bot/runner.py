"""The long-running watcher: all configured sources concurrently, the pipeline, the outbox.

Each source runs in its own task with reconnect/backoff, so one slow or failing source never
stalls the others; items meet in one queue consumed by the (synchronous, fast) pipeline.
SIGINT/SIGTERM stop everything cleanly, flushing checkpoints and buffered rows.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from typing import Callable, Sequence

from .errors import ConfigError, InputError, SourceError
from .pipeline import Pipeline
from .post import Post
from .retry import backoff  # full jitter between reconnects
from .sources.base import AccountEvent, Source

log = logging.getLogger("hijackwatch.run")
_DONE = object()


async def pump(source: Source, queue: asyncio.Queue, *, stop: asyncio.Event, max_failures: int = 0,
               base_delay: float = 1.0) -> None:
    """Move one source's items into the queue, reconnecting with backoff when it fails."""
    failures = 0
    while not stop.is_set():
        try:
            log.info("source %s: connected", source.name)
            async for item in source.stream():
                failures = 0
                await queue.put(item)
                if stop.is_set():
                    break
            log.info("source %s: finished", source.name)
            return
        except (asyncio.CancelledError, ConfigError, InputError):
            raise  # a bad setting or an unreadable file does not mend by reconnecting: the run stops and says so
        except Exception as exc:  # noqa: BLE001 - any other source failure is retried, never fatal to others
            failures += 1
            if max_failures and failures >= max_failures:
                raise SourceError(f"source {source.name}: gave up after {failures} failures: {exc}") from None
            delay = backoff(failures, base=base_delay)
            log.warning("source %s: failed (%s); reconnecting in %.1fs", source.name, _oneline(exc), delay)
            try:
                await asyncio.wait_for(stop.wait(), timeout=delay)
            except asyncio.TimeoutError:
                pass
        finally:
            await _close(source)


async def _close(source: Source) -> None:
    try:
        await source.aclose()
    except Exception as exc:  # noqa: BLE001
        log.warning("source %s: close failed: %s", source.name, _oneline(exc))


def _oneline(exc: BaseException) -> str:
    return (f"{exc.__class__.__name__}: {exc}").splitlines()[0][:300]


async def consume(queue: asyncio.Queue, pipeline: Pipeline, *, batch: int = 256) -> None:
    """Feed queued items to the pipeline in small batches until the end marker."""
    while True:
        item = await queue.get()
        items = [item]
        while len(items) < batch and not queue.empty():
            items.append(queue.get_nowait())
        try:
            _process_in_order(pipeline, items)
        except Exception as exc:  # noqa: BLE001 - e.g. a locked database: the watcher must not stall on one batch
            log.error("pipeline: a batch of %d items failed, skipped: %s", len(items), _oneline(exc))
        if any(i is _DONE for i in items):
            pipeline.store.flush()
            return
        if queue.empty():
            pipeline.store.flush()  # a quiet moment: make what we have durable


def _process_in_order(pipeline: Pipeline, items: list) -> None:
    """Posts in batches, events where they arrived: a renaming must be recorded before the post
    that follows it is scored, or that post misses the profile-change evidence."""
    posts: list[Post] = []
    for item in items:
        if isinstance(item, Post):
            posts.append(item)
        elif isinstance(item, AccountEvent):
            if posts:
                pipeline.process_batch(posts)
                posts = []
            pipeline.process_event(item)
    if posts:
        pipeline.process_batch(posts)


async def run(pipeline: Pipeline, sources: Sequence[Source], *, outbox=None, stop: asyncio.Event | None = None,
              install_signals: bool = True, until_sources_end: bool = False) -> None:
    """Run sources, pipeline and outbox until stopped (or, with until_sources_end, until all sources end)."""
    stop = stop or asyncio.Event()
    if install_signals:
        _install_signals(stop)
    queue: asyncio.Queue = asyncio.Queue(maxsize=10_000)
    consumer = asyncio.create_task(consume(queue, pipeline))
    pumps = [asyncio.create_task(pump(s, queue, stop=stop)) for s in sources]
    extra = [asyncio.create_task(outbox.run_forever(stop))] if outbox is not None else []
    try:
        await _supervise(stop, consumer, pumps, until_sources_end)
    finally:
        stop.set()
        if install_signals:
            _remove_signals()  # a second Ctrl-C now interrupts the shutdown itself
        for t in pumps:
            t.cancel()
        await asyncio.gather(*pumps, return_exceptions=True)
        if not consumer.done():  # a dead consumer would never take the marker off a full queue
            await queue.put(_DONE)
        await asyncio.gather(consumer, return_exceptions=True)
        pipeline.close()
        if extra:
            await asyncio.gather(*extra, return_exceptions=True)
        if outbox is not None:  # what is not delivered by then stays in the outbox for the next start
            await outbox.drain(timeout=SHUTDOWN_DRAIN)


SHUTDOWN_DRAIN = 10.0  # seconds a stopping watcher still spends delivering alerts


async def _supervise(stop: asyncio.Event, consumer: asyncio.Task, pumps: list[asyncio.Task],
                     until_sources_end: bool) -> None:
    """Return when stopped (or, with until_sources_end, when every source has ended); raise what a source or
    the consumer died of, so a fatal error ends the run instead of leaving it waiting."""
    waiter = asyncio.create_task(stop.wait())
    pending = {waiter, consumer, *pumps}
    try:
        while True:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            for task in done - {waiter}:
                if not task.cancelled() and task.exception() is not None:
                    raise task.exception()
            if waiter in done or consumer in done or (until_sources_end and not pending & set(pumps)):
                return
    finally:
        waiter.cancel()


def _install_signals(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):  # not the main thread
            pass


def _remove_signals() -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.remove_signal_handler(sig)
        except (NotImplementedError, RuntimeError):
            pass
