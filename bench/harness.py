"""What every bench script shares: the peers, the inputs, and measuring one process tree.

Absolute times on a shared 2-core machine vary from run to run, so every script runs
safecommit and its peers in the same run, on the same input, interleaved, and reports
ratios. Nothing here needs the network except installing the peers from PyPI.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PEERS_VENV = BENCH / ".venv-peers"
RESULTS = BENCH / "results"
WORK = Path(os.environ.get("SAFECOMMIT_BENCH_WORK",
                           Path(tempfile.gettempdir()) / "safecommit-bench"))
CORPUS = Path(os.environ.get("SAFECOMMIT_BENCH_CORPUS",
                             ROOT.parent / "shared" / "eval" / "dev" / "corpus"))
MB = 1_000_000

# Peer name -> pip requirement. Each installs on its own, so one failure leaves the others.
PEER_REQUIREMENTS = {
    "detect-secrets": "detect-secrets==1.5.0",
    "presidio-analyzer": "presidio-analyzer",
    "kingfisher": "kingfisher-bin",
}


def say(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


# --- the tools ---------------------------------------------------------------------------------


def safecommit_command() -> list[str]:
    """safecommit as installed next to this interpreter (the project's .venv)."""
    _bytecode_compiled()
    script = Path(sys.executable).parent / "safecommit"
    return [str(script)] if script.exists() else [sys.executable, "-m", "safecommit"]


@functools.cache
def _bytecode_compiled() -> None:
    """Compile safecommit's modules to bytecode once, as installing a wheel does.

    The peers come from wheels, which pip compiles on install; an editable install of this
    checkout is compiled by Python on first import, unless PYTHONDONTWRITEBYTECODE is set
    (as on some CI machines), when every run would compile it again. Compiling here puts
    every tool on the same footing."""
    import compileall

    import safecommit

    compileall.compile_dir(Path(safecommit.__file__).parent, quiet=1)


def peer_bin(name: str) -> Path:
    return PEERS_VENV / "bin" / name


def _peer_version(distribution: str) -> str | None:
    python = peer_bin("python")
    if not python.exists():
        return None
    out = subprocess.run(
        [str(python), "-c", "import importlib.metadata as m, sys\n"
         "try: print(m.version(sys.argv[1]))\nexcept m.PackageNotFoundError: pass",
         distribution], capture_output=True, text=True)
    return out.stdout.strip() or None


def ensure_peers(install: bool = True) -> dict[str, str | None]:
    """Install each peer into bench/.venv-peers; returns peer -> version, None if missing."""
    versions: dict[str, str | None] = {}
    if install and not peer_bin("python").exists():
        say(f"creating {PEERS_VENV} for the peers")
        subprocess.run([sys.executable, "-m", "venv", str(PEERS_VENV)], check=True)
    for name, requirement in PEER_REQUIREMENTS.items():
        distribution = requirement.split("==")[0]
        version = _peer_version(distribution)
        wanted = requirement.partition("==")[2]
        if install and (version is None or (wanted and version != wanted)):
            say(f"installing {requirement} from PyPI")
            proc = subprocess.run([str(peer_bin("pip")), "install", "-q", requirement],
                                  capture_output=True, text=True)
            if proc.returncode != 0:
                last = (proc.stderr.strip().splitlines() or ["unknown error"])[-1]
                say(f"PEER NOT INSTALLED: {requirement} could not be installed ({last}); "
                    f"its rows are left out")
            version = _peer_version(distribution)
        if version is None:
            say(f"PEER MISSING: {name} is not installed; its rows are left out")
        versions[name] = version
    return versions


# --- the inputs ------------------------------------------------------------------------------


def tree_bytes(root: Path) -> tuple[int, int]:
    """(files, bytes) of the regular files under ``root``."""
    files = size = 0
    for dirpath, _, names in os.walk(root):
        for name in names:
            path = Path(dirpath, name)
            if path.is_file() and not path.is_symlink():
                files += 1
                size += path.stat().st_size
    return files, size


def warm_tree(root: Path) -> None:
    """Read every file under ``root`` once, so that the run after this starts with the tree
    in the page cache, whichever tool it is. On these machines a long run (detect-secrets
    reads the stdlib for 100 s) can push the tree out of memory, and the tool after it
    would be timed reading the disk: hyperfine's --warmup, for every run alike."""
    for dirpath, _, names in os.walk(root):
        for name in names:
            path = os.path.join(dirpath, name)
            if os.path.isfile(path) and not os.path.islink(path):
                with open(path, "rb") as fh:
                    while fh.read(1 << 20):
                        pass


def _build_once(target: Path, build: Callable[[Path], None]) -> Path:
    done = target / ".bench-complete"
    if done.exists():
        return target
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    build(target)
    done.write_text("")
    return target


def corpus_copies(copies: int) -> Path:
    """The dev corpus copied ``copies`` times, side by side."""
    if not CORPUS.is_dir():
        raise SystemExit(f"bench: {CORPUS}: corpus not found (set SAFECOMMIT_BENCH_CORPUS)")

    def build(target: Path) -> None:
        for i in range(copies):
            shutil.copytree(CORPUS, target / f"copy{i:02d}")

    return _build_once(WORK / f"corpus-x{copies}", build)


def stdlib_tree() -> Path:
    """The Python standard library's sources and data, as this interpreter ships them.

    Left out: site-packages, bytecode caches, and the interpreter's build output
    (config-*, lib-dynload), which are not part of the library.
    """
    source = Path(sysconfig.get_paths()["stdlib"])
    skip = shutil.ignore_patterns("site-packages", "__pycache__", "config-*", "lib-dynload")

    def build(target: Path) -> None:
        shutil.copytree(source, target / "stdlib", ignore=skip, symlinks=True)

    return _build_once(WORK / "stdlib", build)


# --- measuring a process tree ----------------------------------------------------------------


@dataclass(frozen=True)
class Measured:
    seconds: float
    cpu: float  # user + system seconds of the process and every child it waited for
    peak_rss: int  # bytes: the largest sum of RSS over the process and all its children
    peak_pss: int  # the same with shared pages split between the processes that share them
    code: int


def _children(pid: int) -> list[int]:
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                found.extend(int(c) for c in fh.read().split())
        except OSError:
            pass
    return found


def _memory(pid: int) -> tuple[int, int]:
    rss = pss = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Rss:"):
                    rss = int(line.split()[1]) * 1024
                elif line.startswith("Pss:"):
                    pss = int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return rss, pss


def _tree_memory(root: int) -> tuple[int, int]:
    total_rss = total_pss = 0
    stack, seen = [root], set()
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        rss, pss = _memory(pid)
        total_rss += rss
        total_pss += pss
        stack.extend(_children(pid))
    return total_rss, total_pss


def measure(command: Sequence[str], cwd: Path, env: dict[str, str] | None = None,
            ok_codes: Sequence[int] = (0, 1), timeout: float = 7200) -> Measured:
    """Run ``command`` once: wall time, CPU time and peak memory of its whole process tree.

    CPU time counts what the tool itself did, so it holds steady when other work shares
    the machine; wall time is what a person waits for.
    """
    peak = [0, 0]
    stop = threading.Event()
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(list(command), cwd=cwd, stdout=subprocess.DEVNULL, stderr=err,
                                stdin=subprocess.DEVNULL, env={**os.environ, **(env or {})},
                                start_new_session=True)
        # A tool that hangs (a pool respawning a failing worker) is stopped, with its children.
        watchdog = threading.Timer(timeout, os.killpg, (proc.pid, signal.SIGKILL))
        watchdog.start()

        def sample() -> None:
            while not stop.wait(0.02):
                rss, pss = _tree_memory(proc.pid)
                peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            seconds = time.perf_counter() - started
            watchdog.cancel()
            stop.set()
            sampler.join()
        code = os.waitstatus_to_exitcode(status)
        proc.returncode = code
        if code not in ok_codes:
            err.seek(0)
            tail = err.read().decode(errors="replace").strip().splitlines()[-5:]
            say(f"{' '.join(command[:3])} … exited {code} in {cwd}:\n  " + "\n  ".join(tail))
    return Measured(round(seconds, 4), round(usage.ru_utime + usage.ru_stime, 4), peak[0],
                    peak[1], code)


def median_run(runs: Sequence[Measured]) -> Measured:
    """The run with the median time (memory from the worst run: a peak is a peak)."""
    ordered = sorted(runs, key=lambda r: r.seconds)
    middle = ordered[len(ordered) // 2]
    return Measured(round(statistics.median(r.seconds for r in runs), 4),
                    round(statistics.median(r.cpu for r in runs), 4),
                    max(r.peak_rss for r in runs), max(r.peak_pss for r in runs), middle.code)


# --- reporting -------------------------------------------------------------------------------


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table, so the output pastes straight into an issue or the README."""
    cells = [[str(c) for c in headers], *[[str(c) for c in row] for row in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"
             for row in cells]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def save(name: str, data: object) -> Path:
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}-{time.strftime('%Y%m%d-%H%M%S')}.json"
    path.write_text(json.dumps(data, indent=2, default=_jsonable) + "\n")
    return path


def _jsonable(value: object) -> object:
    if isinstance(value, Measured):
        return asdict(value)
    if isinstance(value, Path):
        return str(value)
    raise TypeError(type(value).__name__)


def mb(n: int) -> str:
    return f"{n / MB:.1f}"


def ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b else "n/a"
