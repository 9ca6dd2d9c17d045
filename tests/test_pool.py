"""A large scan runs in a process pool: same findings, same order, failures closed, memory flat.

A probe extract handler, registered for the suffix ``.probe``, records which process read
each file (and can fail on demand), so the tests watch the real pool at work.
"""

from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import pytest

from conftest import Repo
from safecommit import extract, pool

MARKING = "OFFICIAL-SENSITIVE"
PROBE = '''
import os
from pathlib import Path

from safecommit.extract.text import decode


def extract(blob):
    Path(os.environ["PROBE_DIR"], blob.path.replace("/", "_")).write_text(str(os.getpid()))
    text = blob.data.decode()
    in_worker = os.getpid() != int(os.environ["PROBE_PARENT"])
    if "RAISE" in text:
        raise RuntimeError("the message quotes hunter2-value, which must never be shown")
    if "DIE" in text and in_worker:
        os._exit(3)
    return [decode(blob, "text")]
'''


@pytest.fixture
def probe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Register the probe handler; returns the folder where it records each file's reader."""
    code = tmp_path / "probe_code"
    code.mkdir()
    (code / "safecommit_probe.py").write_text(PROBE)
    seen = tmp_path / "seen"
    seen.mkdir()
    monkeypatch.syspath_prepend(str(code))
    monkeypatch.setitem(extract.HANDLERS, ".probe", "safecommit_probe")
    monkeypatch.setenv("PROBE_DIR", str(seen))
    monkeypatch.setenv("PROBE_PARENT", str(os.getpid()))
    monkeypatch.setenv(pool.JOBS_ENV, "2")
    return seen


def write_many(repo: Repo, count: int, special: dict[int, str] | None = None) -> list[str]:
    """``count`` probe files, each with a marking banner so that each one yields a finding."""
    names = []
    for i in range(count):
        name = f"docs/part{i // 100}/note{i:04d}.probe"
        repo.write(name, f"{MARKING}\n{(special or {}).get(i, 'plain text')}\n")
        names.append(name)
    return names


def readers(seen: Path) -> set[int]:
    return {int(p.read_text()) for p in seen.iterdir()}


def test_a_commit_of_a_few_files_is_scanned_in_this_process(repo: Repo, cli: Any,
                                                            probe: Path) -> None:
    for name in write_many(repo, 10):
        repo.git("add", name)
    run = cli("hook", "--format", "json")
    assert run.code == 1
    assert len(run.json["findings"]) == 10
    assert readers(probe) == {os.getpid()}


@pytest.mark.parametrize("jobs", [2, 3])
def test_a_large_scan_is_shared_between_this_process_and_its_workers(
        repo: Repo, cli: Any, probe: Path, monkeypatch: pytest.MonkeyPatch, jobs: int) -> None:
    monkeypatch.setenv(pool.JOBS_ENV, str(jobs))
    count = pool.POOL_MIN_FILES + 300
    write_many(repo, count)
    run = cli("scan", "--format", "json", ".")
    assert run.code == 1
    assert len(run.json["findings"]) == count
    by_reader = Counter(int(p.read_text()) for p in probe.iterdir())
    # This process reads the first chunk (warming up before the fork), then helps whenever
    # every worker's queue is full; the workers read the rest.
    assert by_reader.pop(os.getpid()) >= pool.CHUNK_FILES
    assert len(by_reader) == jobs - 1
    assert all(n >= pool.CHUNK_FILES for n in by_reader.values())


def banner_png() -> bytes:
    """A screenshot of a page whose banner is a marking: read by OCR."""
    from PIL import Image, ImageDraw, ImageFont

    im = Image.new("RGB", (900, 200), "white")
    ImageDraw.Draw(im).text((40, 60), MARKING, fill="black", font=ImageFont.load_default(size=48))
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


# Images past the first chunk (which is read before the fork) are read first, for OCR.
@pytest.mark.parametrize("images", [(), (40, 200)])
def test_pool_and_single_process_give_identical_reports(
        repo: Repo, cli: Any, probe: Path, monkeypatch: pytest.MonkeyPatch,
        images: tuple[int, ...]) -> None:
    names = write_many(repo, pool.POOL_MIN_FILES + 100)
    for i in images:
        repo.write(names[i].replace(".probe", ".png"), banner_png())
    pooled = cli("scan", "--format", "json", ".").json
    monkeypatch.setenv(pool.JOBS_ENV, "1")
    single = cli("scan", "--format", "json", ".").json
    for report in (pooled, single):
        report["stats"].pop("seconds")
    assert pooled == single
    paths = [f["path"] for f in pooled["findings"]]
    assert paths == sorted(paths)
    assert sum(p.endswith(".png") for p in paths) == len(images)


def test_an_error_in_a_worker_blocks_that_file_without_quoting_it(repo: Repo, cli: Any,
                                                                  probe: Path) -> None:
    names = write_many(repo, pool.POOL_MIN_FILES + 100, special={7: "RAISE", 300: "RAISE"})
    run = cli("scan", "--format", "json", ".")
    assert run.code == 2
    broken = {n["path"]: n["reason"] for n in run.json["not_scanned"]}
    assert set(broken) == {names[7], names[300]}
    assert all("RuntimeError" in reason for reason in broken.values())
    assert "hunter2" not in run.out + run.err
    assert {f["path"] for f in run.json["findings"]} == set(names) - set(broken)


def test_a_worker_that_dies_blocks_its_files_and_drops_none(repo: Repo, cli: Any,
                                                            probe: Path) -> None:
    # The probe dies only in a worker; one of two neighbouring chunks is always a worker's.
    dying = range(100, 100 + 2 * pool.CHUNK_FILES, 4)
    names = write_many(repo, pool.POOL_MIN_FILES + 200, special=dict.fromkeys(dying, "DIE"))
    run = cli("scan", "--format", "json", ".")
    assert run.code == 2
    unscanned = {n["path"] for n in run.json["not_scanned"]}
    found = {f["path"] for f in run.json["findings"]}
    assert unscanned & {names[i] for i in dying}
    assert not found & unscanned
    assert found | unscanned == set(names)  # every file is either scanned or reported
    assert run.json["stats"]["files"] == len(names)


@pytest.mark.parametrize("value", ["0", "-2", "many", "1.5"])
def test_bad_jobs_setting_is_a_one_line_usage_error(repo: Repo, cli: Any,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    value: str) -> None:
    repo.write("a.txt", "clean\n")
    monkeypatch.setenv(pool.JOBS_ENV, value)
    run = cli("scan", "a.txt")
    assert run.code == 2
    assert run.err.startswith(f"safecommit: {pool.JOBS_ENV}=")
    assert len(run.err.strip().splitlines()) == 1


def _slow_square(n: int) -> int:
    time.sleep(0.002 * (n % 5))  # uneven work, so results finish out of order
    return n * n


def _fail_on_three(n: int) -> int:
    if n == 3:
        raise ValueError("three")
    return n


def test_ordered_map_keeps_input_order_with_uneven_work() -> None:
    results = list(pool.ordered_map(_slow_square, range(40), processes=3))
    assert results == [(n, n * n) for n in range(40)]


def _collected_in_worker(n: int) -> int:
    import gc

    return gc.get_freeze_count()


def test_objects_made_before_the_fork_are_kept_out_of_the_collectors_passes() -> None:
    import gc

    gc.unfreeze()
    try:
        counts = dict(pool.ordered_map(_collected_in_worker, range(8), processes=2))
        # This process's objects and every worker's inherited ones are frozen: a collection
        # in a worker does not write to (and so copy) the pages it shares.
        assert gc.get_freeze_count() > 0
        assert all(count > 0 for count in counts.values())
    finally:
        gc.unfreeze()


@pytest.mark.parametrize("processes", [2, 3])  # task 3 runs here, then in a worker
def test_ordered_map_returns_a_failed_task_as_its_exception(processes: int) -> None:
    results = dict(pool.ordered_map(_fail_on_three, range(6), processes=processes))
    assert isinstance(results.pop(3), ValueError)
    assert results == {n: n for n in (0, 1, 2, 4, 5)}


def test_ordered_map_reads_only_a_bounded_window_ahead() -> None:
    pulled = 0

    def tasks() -> Iterator[int]:
        nonlocal pulled
        for n in range(200):
            pulled += 1
            yield n

    ahead = 0
    for done, (n, _) in enumerate(pool.ordered_map(_slow_square, tasks(), processes=2),
                                  start=1):
        assert n == done - 1
        ahead = max(ahead, pulled - done)
    # Twice the window of two processes, while this one runs tasks rather than wait.
    assert ahead <= 2 * 2 * pool.WINDOW_PER_WORKER


_PARENT = os.getpid()


def _dies_on_five_in_a_worker(n: int) -> int:
    time.sleep(0.01)
    if n == 5 and os.getpid() != _PARENT:
        os._exit(3)
    return n


def test_only_the_task_a_worker_died_on_fails() -> None:
    # The tasks queued behind it were never started: they run here instead.
    results = dict(pool.ordered_map(_dies_on_five_in_a_worker, range(30), processes=2))
    failed = {n for n, r in results.items() if isinstance(r, BaseException)}
    assert failed <= {5}
    assert all(isinstance(results[n], pool.WorkerDied) for n in failed)
    assert {n: r for n, r in results.items() if n not in failed} == \
        {n: n for n in range(30) if n not in failed}


def _echo_size(data: bytes) -> bytes:
    return data * 2


def test_tasks_and_results_larger_than_a_pipe_holds_do_not_stall() -> None:
    # A chunk of file contents goes out, and a chunk's findings come back, through pipes
    # that hold 64 KB: neither side may wait on a full pipe while the other is busy.
    tasks = [bytes([n]) * (1 << 20) for n in range(12)]
    results = list(pool.ordered_map(_echo_size, tasks, processes=3,
                                    size=len))
    assert [(t, len(r)) for t, r in results] == [(t, 2 << 20) for t in tasks]  # type: ignore[arg-type]


class _Unpicklable:
    def __reduce__(self) -> Any:
        raise TypeError("this object holds a secret-looking value and must not travel")


def _unpicklable_for_three(n: int) -> object:
    return _Unpicklable() if n == 3 else n


def test_a_result_that_cannot_travel_back_fails_that_task_only() -> None:
    results = dict(pool.ordered_map(_unpicklable_for_three, range(20), processes=2))
    failed = {n: r for n, r in results.items() if isinstance(r, BaseException)}
    assert set(failed) <= {3}
    if failed:  # when task 3 ran in a worker: the error names only the exception's type
        assert str(failed[3]) == "a result could not be sent back (TypeError)"
    assert {n: r for n, r in results.items() if n != 3} == {n: n for n in range(20) if n != 3}


ORPHANS = """
import os, sys, time
from safecommit import pool

def task(n):
    time.sleep(0.05)
    return os.getpid()

results = pool.ordered_map(task, range(200), processes=3)
pids = {next(results)[1] for _ in range(12)} - {os.getpid()}
print(" ".join(map(str, sorted(pids))), flush=True)
os._exit(0)  # dies mid-run, as a killed hook would, without stopping its workers
"""


def _running(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status  # a zombie has exited, only not yet been reaped


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
def test_workers_exit_when_the_scanning_process_dies() -> None:
    run = subprocess.run([sys.executable, "-c", ORPHANS], capture_output=True, text=True,
                         timeout=60, check=True)
    pids = [int(p) for p in run.stdout.split()]
    assert len(pids) == 2
    deadline = time.monotonic() + 10
    while any(map(_running, pids)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_running, pids))


INTERRUPTED = """
import os, time
from safecommit import pool

def task(n):
    time.sleep(0.05)
    return os.getpid()

try:
    results = pool.ordered_map(task, range(1000), processes=3)
    pids = {next(results)[1] for _ in range(12)} - {os.getpid()}
    print(" ".join(map(str, sorted(pids))), flush=True)
    for _ in results:
        pass
except KeyboardInterrupt:
    print("interrupted", flush=True)
"""


@contextmanager
def _session(command: list[str], **options: Any) -> Iterator[subprocess.Popen[Any]]:
    """A process in a session of its own, killed with all it started if the test fails."""
    proc = subprocess.Popen(command, start_new_session=True, **options)
    try:
        yield proc
    finally:
        if proc.poll() is None:
            with suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
def test_ctrl_c_stops_the_workers_at_once() -> None:
    # Ctrl-C reaches the whole process group; the workers leave it to this process.
    with _session([sys.executable, "-c", INTERRUPTED], stdout=subprocess.PIPE,
                  text=True) as proc:
        assert proc.stdout is not None
        pids = [int(p) for p in proc.stdout.readline().split()]
        started = time.monotonic()
        os.killpg(proc.pid, signal.SIGINT)
        out, _ = proc.communicate(timeout=30)
    assert out.strip() == "interrupted"
    assert time.monotonic() - started < 5  # not after the 1,000 tasks
    assert len(pids) == 2 and not any(map(_running, pids))


def _workers(pid: int) -> list[int]:
    """The scan's forked workers (not a git it runs): children that run safecommit too."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            with suppress(OSError):
                if b"safecommit" in Path(f"/proc/{child}/cmdline").read_bytes():
                    found.append(int(child))
    return found


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
def test_ctrl_c_during_a_large_scan_says_so_and_leaves_no_worker(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    for i in range(pool.POOL_MIN_FILES * 8):
        folder = tree / f"part{i // 100}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"module{i}.py").write_text("def total(values):\n    return sum(values)\n" * 400)
    with _session([sys.executable, "-m", "safecommit", "scan", str(tree)],
                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        deadline = time.monotonic() + 60
        while not (workers := _workers(proc.pid)) and proc.poll() is None \
                and time.monotonic() < deadline:
            time.sleep(0.01)
        assert workers, "the scan started no worker"
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert err.strip() == "safecommit: interrupted; nothing was written"
    assert not any(map(_running, workers))


@pytest.mark.parametrize("sizes, large", [
    ([10] * 10, False),
    ([10] * (pool.POOL_MIN_FILES + 1), True),
    ([pool.POOL_MIN_BYTES // 2] * 3, True),
    ([pool.POOL_MIN_BYTES // 2] * 2, False),
])
def test_look_ahead_holds_only_the_head_of_a_large_run(sizes: list[int], large: bool) -> None:
    head, rest, is_large = pool.look_ahead(sizes, lambda n: n)
    assert is_large is large
    assert head + list(rest) == sizes
    assert len(head) <= pool.POOL_MIN_FILES + 1


def test_files_that_may_need_ocr_are_started_first_in_each_window() -> None:
    items = [f"f{i}.py" for i in range(10)]
    items[3], items[7] = "shot.png", "scan.pdf"
    order = list(pool.hoisted(items, extract.may_ocr, lambda item: 0))
    assert [item for _, item in order[:2]] == ["shot.png", "scan.pdf"]
    assert sorted(order) == list(enumerate(items))  # numbered as listed, none lost


def test_hoisting_looks_only_a_bounded_window_ahead() -> None:
    listed = 0

    def items() -> Iterator[str]:
        nonlocal listed
        for i in range(3 * pool.HOIST_FILES):
            listed += 1
            yield "late.png" if i == 2 * pool.HOIST_FILES + 5 else f"f{i}.txt"

    order = pool.hoisted(items(), extract.may_ocr, lambda item: 0)
    assert next(order) == (0, "f0.txt")  # no image in the first window
    assert listed == pool.HOIST_FILES
    # Files read into memory are held only up to POOL_MIN_BYTES while they wait.
    blobs = ["x" * (pool.POOL_MIN_BYTES // 2)] * 5 + ["y.png"]
    held = pool.hoisted(blobs, lambda blob: blob.endswith(".png"), len)
    assert [n for n, _ in held] == [0, 1, 2, 5, 3, 4]


def test_in_order_puts_hoisted_results_back_holding_only_early_ones() -> None:
    assert list(pool.in_order([(3, "d"), (0, "a"), (1, "b"), (2, "c"), (4, "e")])) \
        == ["a", "b", "c", "d", "e"]
    assert list(pool.in_order([(1, "b"), (2, "c")])) == ["b", "c"]  # a gap loses nothing


def test_chunks_cover_every_item_once_in_order() -> None:
    sizes = [pool.CHUNK_BYTES * 2, 1, 1, *([100] * 80)]
    chunks = list(pool.chunked(sizes, lambda n: n))
    assert [n for chunk in chunks for n in chunk] == sizes
    assert chunks[0] == [pool.CHUNK_BYTES * 2]  # a big file travels alone
    assert max(len(c) for c in chunks) <= pool.CHUNK_FILES


def test_a_ctrl_c_while_workers_start_is_held_until_they_have_started() -> None:
    reached = False
    with pytest.raises(KeyboardInterrupt), pool._ctrl_c_held():
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(0.05)  # held: not raised while workers are being made
        reached = True
    assert reached


def test_a_worker_stopped_before_its_threads_ran_ends_at_once() -> None:
    # Ctrl-C, delivered as the last worker is made, stops the pool before it starts them.
    worker = pool._Worker(pool._context(), abs, None, [])
    started = time.monotonic()
    worker.stop()
    assert time.monotonic() - started < 10
    assert not worker.process.is_alive() and worker.process.exitcode == 0
