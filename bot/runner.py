"""The long-running watcher: all configured sources concurrently, the pipeline, the outbox.

Each source runs in its own task with reconnect/backoff, so one slow or failing source never
stalls the others; items meet in one queue consumed by the (synchronous, fast) pipeline.
A source's checkpoint writes are held back until every item it yielded before them is processed
and flushed (`HeldCheckpoints`), so a crash never leaves a checkpoint ahead of the stored posts.
SIGINT/SIGTERM stop everything cleanly, flushing checkpoints and buffered rows.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import time
from collections import deque
from contextlib import aclosing, contextmanager
from itertools import islice
from typing import Any, Callable, Iterator, Sequence

from .errors import ConfigError, InputError, SourceError, StoreError
from .pipeline import Pipeline
from .post import Post
from .redact import error_line
from .retry import backoff  # full jitter between reconnects
from .sources.base import AccountEvent, Source

log = logging.getLogger("hijackwatch.run")
_DONE = object()


class HeldCheckpoints:
    """The checkpoint writes of the sources under one run, each held until every item queued before it has been
    processed and flushed. A checkpoint says "everything before me is handled": durable any sooner, a crash
    (kill -9, OOM, power loss) in between would make a restart skip those items for good.

    Items are counted as they enter the queue and as the consumer is done with them; the queue is FIFO with one
    consumer, so a write made when n items had been queued is due once the first n are stored."""

    def __init__(self) -> None:
        self.queued = 0  # items put into the queue
        self.taken = 0  # items the consumer is done with (processed, or skipped with their failed batch)
        self.stored = 0  # of those, the ones flushed since
        self._writes: deque[tuple[int, Any, str, str]] = deque()  # (items queued before it, store, key, value)

    def write(self, store, key: str, value: str) -> None:
        """Write once the items queued so far are stored; at once when they are, with any kept after a failed write."""
        self._writes.append((self.queued, store, key, value))
        if self.stored == self.queued:  # e.g. a quiet poll's freshness: it covers no item in flight
            # the kept ones too: left for the next flush, they would wait for the next item (hours, for a quiet source)
            self.apply()

    def due(self) -> bool:
        """Whether a held write waits only for a flush."""
        return bool(self._writes) and self._writes[0][0] <= self.taken

    def done(self, n: int, ok: bool) -> None:
        """The consumer is done with the next `n` items; `ok` False: their batch failed and was skipped."""
        self.taken += n
        if not ok:
            # The writes behind a failed batch are dropped, not applied: a restart before the source writes
            # those keys again fetches the batch's items again (the pipeline drops those it stored). The
            # source itself reads its own latest writes (CheckpointView) and carries on, and its next write
            # of the same key, once stored, passes the failed items: a poison post never blocks a source.
            while self.due():
                self._writes.popleft()

    def apply(self) -> None:
        """After a flush (or with nothing in flight): write the held checkpoints whose items are all stored, one
        transaction per store."""
        self.stored = self.taken
        n = next((i for i, w in enumerate(self._writes) if w[0] > self.stored), len(self._writes))
        by_store: dict[int, tuple[Any, dict[str, str]]] = {}
        for _, store, key, value in islice(self._writes, n):
            by_store.setdefault(id(store), (store, {}))[1][key] = value  # the later write of a key wins
        try:
            for store, values in by_store.values():
                store.set_checkpoints(values)
        except StoreError as exc:  # e.g. locked for a moment: kept, and written after the next flush
            log.warning("checkpoints: not written yet: %s", error_line(exc))
            return
        for _ in range(n):
            self._writes.popleft()


class CheckpointView:
    """A source's store while it runs under `run`: checkpoint writes go to `HeldCheckpoints`, reads see the
    source's own latest writes at once (it carries on where it is, not where the database is); the rest is
    the store itself."""

    def __init__(self, store, held: HeldCheckpoints) -> None:
        self._store, self._held = store, held
        self._latest: dict[str, str] = {}
        self.dropping = False  # set once an item taken from the source was lost: later writes would cover it

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)

    def get_checkpoint(self, key: str) -> str | None:
        return self._latest[key] if key in self._latest else self._store.get_checkpoint(key)

    def set_checkpoint(self, key: str, value: str) -> None:
        if self.dropping:
            return
        self._latest[key] = value
        self._held.write(self._store, key, value)


@contextmanager
def _held_checkpoints(source: Source, held: HeldCheckpoints | None) -> Iterator[CheckpointView | None]:
    """Give the source a CheckpointView of its `store` while it runs (a source without one keeps no checkpoints)."""
    store = getattr(source, "store", None)
    if held is None or store is None:
        yield None
        return
    view = source.store = CheckpointView(store, held)
    try:
        yield view
    finally:
        source.store = store


async def pump(source: Source, queue: asyncio.Queue, *, stop: asyncio.Event, max_failures: int = 0,
               base_delay: float = 1.0, held: HeldCheckpoints | None = None) -> None:
    """Move one source's items into the queue, reconnecting with backoff when it fails; with `held`, the
    source's checkpoint writes wait there for the items before them."""
    with _held_checkpoints(source, held) as view:
        await _pump(source, queue, stop, max_failures, base_delay, held or HeldCheckpoints(), view)


async def _pump(source: Source, queue: asyncio.Queue, stop: asyncio.Event, max_failures: int, base_delay: float,
                held: HeldCheckpoints, view: CheckpointView | None) -> None:
    failures = 0
    while not stop.is_set():
        try:
            log.info("source %s: connected", source.name)
            # closed here, not when collected: what its generators write on closing must still reach `view`
            async with aclosing(source.stream()) as items:
                async for item in items:
                    failures = 0
                    await _enqueue(queue, item, held, view)
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
            log.warning("source %s: failed (%s); reconnecting in %.1fs", source.name, error_line(exc), delay)
            try:
                await asyncio.wait_for(stop.wait(), timeout=delay)
            except asyncio.TimeoutError:
                pass
        finally:
            await _close(source)


async def _enqueue(queue: asyncio.Queue, item: Any, held: HeldCheckpoints, view: CheckpointView | None) -> None:
    try:
        await queue.put(item)
    except asyncio.CancelledError:
        if view is not None:  # the item is lost: a checkpoint the source writes on closing would pass it
            view.dropping = True
        raise
    held.queued += 1


async def _close(source: Source) -> None:
    try:
        await source.aclose()
    except Exception as exc:  # noqa: BLE001
        log.warning("source %s: close failed: %s", source.name, error_line(exc))


async def consume(queue: asyncio.Queue, pipeline: Pipeline, *, batch: int = 256,
                  held: HeldCheckpoints | None = None) -> None:
    """Feed queued items to the pipeline in small batches until the end marker; after each flush, write the
    held checkpoints whose items are stored."""
    held = held or HeldCheckpoints()
    refused_since: float | None = None  # when the database began refusing flushes
    while True:
        items = await _next_batch(queue, batch)
        work = [i for i in items if i is not _DONE]
        held.done(len(work), _process_safely(pipeline, work))
        finished = len(work) < len(items)
        if finished or queue.empty() or held.due():  # a quiet moment, or checkpoints waiting: make it durable
            refused_since = _flush_safely(pipeline, refused_since)
            if refused_since is None:
                held.apply()
        if finished:
            return


FLUSH_OUTAGE_S = 60.0  # how long the database may refuse writes before the run ends on it


def _flush_safely(pipeline: Pipeline, refused_since: float | None) -> float | None:
    """Flush the store; None when written, else when the refusals began (logged). Another writer holding the
    database past the busy timeout (a backup, a long `review` session) must not end the watcher: the rows stay
    buffered for the next flush and the checkpoints stay held, so nothing is lost. A refusal lasting longer than
    FLUSH_OUTAGE_S (a full disk) ends the run, raising StoreError."""
    try:
        pipeline.store.flush()
    except StoreError as exc:
        now = time.monotonic()
        if refused_since is not None and now - refused_since > FLUSH_OUTAGE_S:
            raise
        log.warning("store: rows not written yet, kept for the next flush: %s", error_line(exc))
        return now if refused_since is None else refused_since
    return None


async def _next_batch(queue: asyncio.Queue, batch: int) -> list:
    """The next item (waiting for it) and up to `batch` - 1 more already queued."""
    items = [await queue.get()]
    while len(items) < batch and not queue.empty():
        items.append(queue.get_nowait())
    return items


def _process_safely(pipeline: Pipeline, items: list) -> bool:
    """Process a batch; False (logged) when it failed."""
    try:
        _process_in_order(pipeline, items)
    except Exception as exc:  # noqa: BLE001 - e.g. a locked database: the watcher must not stall on one batch
        log.error("pipeline: a batch of %d items failed, skipped: %s", len(items), error_line(exc))
        return False
    return True


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
    held = HeldCheckpoints()
    consumer = asyncio.create_task(consume(queue, pipeline, held=held))
    pumps = [asyncio.create_task(pump(s, queue, stop=stop, held=held)) for s in sources]
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
            loop.add_signal_handler(sig, _stop_on, stop, sig)
        except (NotImplementedError, RuntimeError):  # not the main thread
            pass


def _stop_on(stop: asyncio.Event, sig: signal.Signals) -> None:
    """Stop the run, saying why: a run stopped early must not read like one whose sources finished."""
    if not stop.is_set():
        log.warning("run: %s received, stopping (posts not yet read stay unread; checkpoints keep the place)",
                    sig.name)
    stop.set()


def _remove_signals() -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.remove_signal_handler(sig)
        except (NotImplementedError, RuntimeError):
            pass
