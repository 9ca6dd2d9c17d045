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
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

from safecommit.config import ConfigError

if TYPE_CHECKING:  # the pool machinery costs ~30 ms to import: only a large run pays it
    import multiprocessing.context
    from multiprocessing.connection import Connection
    from queue import SimpleQueue

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
# How far ahead ``hoisted`` looks for the files to start first (files listed, not read).
HOIST_FILES = 4096

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


def hoisted(items: Iterable[T], first: Callable[[T], bool],
            held: Callable[[T], int]) -> Iterator[tuple[int, T]]:
    """``items`` numbered from 0 in their order, and given in windows of up to HOIST_FILES
    items (or POOL_MIN_BYTES ``held`` in memory), each window's ``first`` items before its
    others. ``in_order`` puts what is made of them back in order.

    A scan starts its OCR first: tesseract is a process of its own, some 30 MB, and it adds
    least to the peak while the scanning processes are still small (they grow as their
    detectors meet new kinds of text); the longest tasks going first also even the load.
    """
    it = iter(items)
    number = 0
    while True:
        early: list[tuple[int, T]] = []
        late: list[tuple[int, T]] = []
        total = 0
        for item in it:
            (early if first(item) else late).append((number, item))
            number += 1
            total += held(item)
            if len(early) + len(late) >= HOIST_FILES or total > POOL_MIN_BYTES:
                break
        if not early and not late:
            return
        yield from early
        yield from late


def in_order(numbered: Iterable[tuple[int, R]]) -> Iterator[R]:
    """The values of ``numbered`` (numbered from 0, as ``hoisted`` numbers them) in the
    order of their numbers; only those that come early are held."""
    waiting: dict[int, R] = {}
    expected = 0
    for number, value in numbered:
        waiting[number] = value
        while expected in waiting:
            yield waiting.pop(expected)
            expected += 1
    yield from (waiting[n] for n in sorted(waiting))  # a gap in the numbers loses nothing


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing

    # fork shares the parent's imported modules and compiled patterns with every worker;
    # where it does not exist (Windows, and macOS's default), each worker warms up itself.
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class WorkerDied(Exception):
    """The worker process running a task exited before it sent the task's result back."""


_PENDING = object()


class _Slot:
    """One task in the window, the worker it went to, and its result (or exception)."""

    __slots__ = ("owner", "result", "size", "task")

    def __init__(self, task: object, size: int) -> None:
        self.task = task
        self.size = size
        self.owner: _Worker | None = None
        self.result: object = _PENDING

    @property
    def done(self) -> bool:
        return self.result is not _PENDING

    def run(self, fn: Callable[[Any], object]) -> None:
        try:
            self.result = fn(self.task)
        except Exception as exc:  # handed to the caller to fail closed
            self.result = exc


class _Worker:
    """A worker process, a pipe each way, and the tasks it holds, in the order it runs them.

    A thread writes its tasks and another reads its results: either can be larger than a
    pipe holds, and neither side may wait on a full pipe while the other is busy scanning
    (the worker would stall until this process next looked). The threads only move bytes;
    pickling and unpickling happen here, between this process's own tasks.
    """

    def __init__(self, context: multiprocessing.context.BaseContext,
                 fn: Callable[[Any], object], warm: Callable[[], object] | None,
                 others: list[_Worker]) -> None:
        import threading
        from queue import SimpleQueue

        fork = context.get_start_method() == "fork"
        tasks_in, self._tasks = context.Pipe(duplex=False)
        self._results, results_out = context.Pipe(duplex=False)
        # A forked worker closes its copies of this process's ends, so that a pipe ends
        # (and the worker exits) when this process goes, however it goes.
        inherited = [self._tasks, self._results, *(end for w in others
                                                   for end in (w._tasks, w._results))]
        # A daemon: if this process exits before ``stop`` (Ctrl-C between two results),
        # multiprocessing ends the worker rather than wait for it to finish.
        self.process = context.Process(  # type: ignore[attr-defined]  # fork's and spawn's
            target=_serve, name="safecommit-worker", daemon=True,
            args=(tasks_in, results_out, fn, warm, inherited if fork else []))
        self.process.start()
        tasks_in.close()
        results_out.close()
        self.alive = True
        self._started = False
        self._fn = fn
        self.pending: deque[_Slot] = deque()
        self.load = 0  # the pending tasks' size
        self._outbox: SimpleQueue[bytes | None] = SimpleQueue()
        self._inbox: SimpleQueue[bytes | None] = SimpleQueue()
        self._threads = [
            threading.Thread(target=_forward, args=(self._outbox, self._tasks),
                             name="safecommit-tasks", daemon=True),
            threading.Thread(target=_gather, args=(self._results, self._inbox),
                             name="safecommit-results", daemon=True)]

    def start(self) -> None:
        """Start the threads that move the bytes: only once every worker is forked, as a
        fork copies no thread, but does copy whatever lock a running one holds."""
        for thread in self._threads:
            thread.start()
        self._started = True

    def send(self, slot: _Slot) -> None:
        from multiprocessing.reduction import ForkingPickler

        self._outbox.put(bytes(ForkingPickler.dumps(slot.task)))
        slot.owner = self
        self.pending.append(slot)
        self.load += slot.size

    def receive(self, block: bool) -> bool:
        """Settle the oldest pending task with the next result, if one is in (or, with
        ``block``, once one is). If the worker has died, every pending task fails."""
        from multiprocessing.reduction import ForkingPickler
        from queue import Empty

        try:
            data = self._inbox.get(block)
        except Empty:
            return False
        if data is None:  # the results pipe ended: the worker has gone
            self.alive = False
            self.process.join()
            # It ran its tasks in turn and sent back every result before the one it died
            # on: that one fails closed, and those it had not started run here.
            if self.pending:
                self.pending.popleft().result = WorkerDied(
                    f"scanner process exited (code {self.process.exitcode})")
            for slot in self.pending:
                slot.run(self._fn)
            self.pending.clear()
            self.load = 0
            return False
        value: object
        try:
            value = ForkingPickler.loads(data)
        except Exception as exc:  # a result that cannot be read back: the caller fails closed
            value = exc
        slot = self.pending.popleft()
        self.load -= slot.size
        slot.result = value
        return True

    def stop(self) -> None:
        """Let an idle worker finish; end a busy one (this run was abandoned)."""
        from multiprocessing.reduction import ForkingPickler

        if self.pending:
            self.process.terminate()
        elif self.alive:
            self._outbox.put(bytes(ForkingPickler.dumps(None)))
        self._outbox.put(None)
        if not self._started:  # stopped before its threads ran: no one will send it None
            self._tasks.close()  # so its end of the pipe ends, and it returns
        self.process.join()
        for thread in self._threads:  # the results pipe has ended with the process
            if thread.is_alive():
                thread.join()
        self._tasks.close()
        self._results.close()


def _forward(outbox: SimpleQueue[bytes | None], tasks: Connection) -> None:
    while (data := outbox.get()) is not None:
        try:
            tasks.send_bytes(data)
        except OSError:  # the worker died: its results pipe tells this process
            return


def _gather(results: Connection, inbox: SimpleQueue[bytes | None]) -> None:
    while True:
        try:
            inbox.put(results.recv_bytes())
        except (EOFError, OSError):
            inbox.put(None)
            return


def _serve(tasks: Connection, results: Connection, fn: Callable[[Any], object],
           warm: Callable[[], object] | None, inherited: list[Connection]) -> None:
    """A worker's loop: run each task it is sent, and send back its result or exception."""
    # Ctrl-C reaches the whole process group: the parent reports it, the workers stay quiet.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for end in inherited:
        end.close()
    if warm is not None:
        warm()
    while True:
        try:
            task = tasks.recv()
        except EOFError:  # the parent has gone
            return
        if task is None:
            return
        reply: object
        try:
            reply = fn(task)
        except Exception as exc:  # handed to the caller to fail closed
            reply = exc
        try:
            try:
                results.send(reply)
            except OSError:
                raise
            except Exception as exc:  # unpicklable: only its type goes back (no value leaks)
                results.send(RuntimeError(
                    f"a result could not be sent back ({type(exc).__name__})"))
        except OSError:  # the parent has gone
            return


def ordered_map(fn: Callable[[T], R], tasks: Iterable[T], processes: int,
                warm: Callable[[], object] | None = None,
                size: Callable[[T], int] = lambda task: 1) -> Iterator[tuple[T, R | BaseException]]:
    """Run ``fn`` over ``tasks`` in ``processes`` processes, this one included; yield
    (task, result) in task order.

    This process runs a task itself whenever the least loaded worker already holds
    WINDOW_PER_WORKER tasks and at least twice that task's ``size`` of work, so it works
    rather than waits, yet does not starve the workers while it is busy; and one process
    fewer holds a copy of the detectors. A task whose call raised, or whose worker died,
    yields the exception instead of a result: the caller decides how to fail closed, and
    no task is ever dropped. After a worker dies, the task it died on fails, and the tasks
    it had not started, and those not yet sent, go to the others or run here. ``fn`` and
    ``warm`` must be picklable (module-level functions, or partials of them); ``warm``
    prepares what ``fn`` needs, once, before the workers start.

    No ``concurrent.futures`` executor: its threads settle futures and hand out work in
    Python, contending with this process's own scanning for the interpreter (the stdlib
    scan took 5% more CPU under one). This pool's threads only move bytes.
    """
    context = _context()
    fork = context.get_start_method() == "fork"
    if warm is not None and fork:
        warm()  # before the fork, so that every worker inherits it
    if fork:
        # What exists now (modules, compiled patterns, the name lists) is left out of the
        # collector's passes: a pass writes to every object it visits, and each worker
        # would then copy the pages it shares with this process.
        gc.freeze()
    workers: list[_Worker] = []
    try:
        with _ctrl_c_held():
            for _ in range(max(1, processes - 1)):
                workers.append(_Worker(context, fn, None if fork else warm, workers))
        for worker in workers:
            worker.start()
        window: deque[_Slot] = deque()
        limit = processes * WINDOW_PER_WORKER
        for task in tasks:
            for each in workers:  # take in the results that are back
                while each.pending and each.receive(block=False):
                    pass
            slot = _Slot(task, size(task))
            target = min((w for w in workers if w.alive), key=lambda w: w.load, default=None)
            if target is not None and (len(target.pending) < WINDOW_PER_WORKER
                                       or target.load < 2 * slot.size):
                target.send(slot)
            else:  # every worker is busy (or gone): run this one here, now
                slot.run(fn)
            window.append(slot)
            # Past the window, the oldest result is awaited only when it is ready: until
            # then this process takes the next task, up to twice the window (memory stays flat).
            while window and (window[0].done or len(window) > 2 * limit):
                yield _settled(window.popleft())
        while window:
            yield _settled(window.popleft())
    finally:
        for worker in workers:
            worker.stop()


@contextmanager
def _ctrl_c_held() -> Iterator[None]:
    """Hold Ctrl-C back while workers are made, and deliver it after. A worker made in that
    time inherits the holding handler until it ignores Ctrl-C (``_serve``); otherwise a
    Ctrl-C while one is still starting (multiprocessing reseeds ``random`` in it) prints
    that worker's traceback."""
    import threading

    if threading.current_thread() is not threading.main_thread():  # no signals there
        yield
        return
    pressed: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda number, frame: pressed.append(number))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
        if pressed:  # delivered now, to whatever handles it (by default, KeyboardInterrupt)
            os.kill(os.getpid(), signal.SIGINT)


def _settled(slot: _Slot) -> tuple[Any, Any]:
    while not slot.done and slot.owner is not None:
        slot.owner.receive(block=True)
    return slot.task, slot.result
