"""Spread a large scan over every core: results in input order, failures closed, memory flat.

A commit of a few files never comes here: starting worker processes costs more than it
saves, so ``scan`` looks ahead (``look_ahead``) and uses a pool only when a run is large.
Tasks go through a bounded window, so at most a few chunks of bytes are in flight
whatever the size of the repository.
"""

from __future__ import annotations

import gc
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from typing import TYPE_CHECKING, TypeVar

from safecommit.config import ConfigError

if TYPE_CHECKING:  # the pool machinery costs ~30 ms to import: only a large run pays it
    import multiprocessing.context
    from concurrent.futures import Future

T = TypeVar("T")
R = TypeVar("R")

# A run with more ahead of it than this is scanned by a pool (when there is more than one core).
POOL_MIN_BYTES = 1 << 20
POOL_MIN_FILES = 256
# Chunks amortise the cost of sending work to a process; small enough to balance the load.
CHUNK_BYTES = 256 * 1024
CHUNK_FILES = 32
# Chunks in flight per process: enough to keep each busy, few enough to keep memory flat.
WINDOW_PER_WORKER = 3

JOBS_ENV = "SAFECOMMIT_JOBS"


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def jobs(requested: int | None = None) -> int:
    """Processes to use, this one included: ``requested``, else $SAFECOMMIT_JOBS, else
    every core."""
    if requested is None:
        raw = os.environ.get(JOBS_ENV, "").strip()
        if not raw:
            return available_cores()
        try:
            requested = int(raw)
        except ValueError:
            requested = 0
        if requested < 1:
            raise ConfigError(f"{JOBS_ENV}={raw!r}: must be a positive whole number "
                              "(unset it to use every core)")
    return max(1, requested)


def look_ahead(items: Iterable[T], size: Callable[[T], int]) -> tuple[list[T], Iterator[T], bool]:
    """Read items until the run is known to be large, or has ended.

    Returns (items read, the rest, large?). Only a large run's first POOL_MIN_BYTES or
    POOL_MIN_FILES are held, so a small commit is read whole and a big scan is not.
    """
    it = iter(items)
    head: list[T] = []
    total = 0
    for item in it:
        head.append(item)
        total += size(item)
        if total > POOL_MIN_BYTES or len(head) > POOL_MIN_FILES:
            return head, it, True
    return head, it, False


def chunked(items: Iterable[T], size: Callable[[T], int]) -> Iterator[list[T]]:
    """Group items into chunks of at most CHUNK_FILES items or about CHUNK_BYTES."""
    chunk: list[T] = []
    total = 0
    for item in items:
        chunk.append(item)
        total += size(item)
        if total >= CHUNK_BYTES or len(chunk) >= CHUNK_FILES:
            yield chunk
            chunk, total = [], 0
    if chunk:
        yield chunk


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing

    # fork shares the parent's imported modules and compiled patterns with every worker;
    # where it does not exist (Windows, and macOS's default), each worker warms up itself.
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def ordered_map(fn: Callable[[T], R], tasks: Iterable[T], processes: int,
                warm: Callable[[], object] | None = None,
                size: Callable[[T], int] = lambda task: 1) -> Iterator[tuple[T, R | BaseException]]:
    """Run ``fn`` over ``tasks`` in ``processes`` processes, this one included; yield
    (task, result) in task order.

    This process runs a task itself whenever the workers' queues hold at least twice that
    task's ``size`` of work, so it works rather than waits, yet does not starve the workers
    while it is busy; and one process fewer holds a copy of the detectors. It also runs any
    task whose result is due before a worker has started it, rather than wait for it. A task whose
    call raised, or whose worker died, yields the exception instead of a result: the caller
    decides how to fail closed, and no task is ever dropped. After a worker dies, the tasks
    not yet started run in this process. ``fn`` and ``warm`` must be picklable
    (module-level functions, or partials of them); ``warm`` prepares what ``fn`` needs,
    once, before the workers start.
    """
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = _context()
    fork = context.get_start_method() == "fork"
    if warm is not None and fork:
        warm()  # before the fork, so that every worker inherits it
    if fork:
        # What exists now (modules, compiled patterns, the name lists) is left out of the
        # collector's passes: a pass writes to every object it visits, and each worker
        # would then copy the pages it shares with this process.
        gc.freeze()
    executor = ProcessPoolExecutor(max_workers=max(1, processes - 1), mp_context=context,
                                   initializer=_start_worker, initargs=(None if fork else warm,))
    window: deque[tuple[T, Future[R] | None]] = deque()
    limit = processes * WINDOW_PER_WORKER
    queue_limit = (processes - 1) * WINDOW_PER_WORKER
    try:
        for task in tasks:
            future: Future[R] | None = None  # None: this process runs it when its turn comes
            waiting = [t for t, f in window if f is not None and not f.done()]
            if len(waiting) < queue_limit or sum(map(size, waiting)) < 2 * size(task):
                with suppress(BrokenProcessPool):  # a worker died: what is left runs here
                    future = executor.submit(fn, task)
            else:  # every worker is busy: run this one here, now
                future = Future()
                try:
                    future.set_result(fn(task))
                except Exception as exc:  # handed to the caller to fail closed
                    future.set_exception(exc)
            window.append((task, future))
            # Past the window, the oldest result is awaited only when it is ready: until
            # then this process takes the next task, up to twice the window (memory stays flat).
            while window and (_ready(window[0][1]) or len(window) > 2 * limit):
                settled = _settle(fn, window.popleft())
                yield settled
        while window:
            last = _settle(fn, window.popleft())
            yield last
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _ready(future: Future[R] | None) -> bool:
    return future is not None and future.done()


def _start_worker(warm: Callable[[], object] | None) -> None:
    # Ctrl-C reaches the whole process group: the parent reports it, the workers stay quiet.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if warm is not None:
        warm()


def _settle(fn: Callable[[T], R],
            entry: tuple[T, Future[R] | None]) -> tuple[T, R | BaseException]:
    task, future = entry
    if future is not None and future.cancel():
        future = None  # no worker has started it: this process runs it rather than wait
    if future is None:  # the pool broke before this task was sent: run it here
        try:
            return task, fn(task)
        except Exception as exc:  # handed to the caller to fail closed
            return task, exc
    try:
        return task, future.result()
    except Exception as exc:  # BrokenProcessPool too: the caller fails closed
        return task, exc
