"""Commit latency: the whole hook, as a cold process, on a staged commit of 10 source files.

A temporary repository stages 10 ordinary source files (about 50 KB, taken from the Python
standard library so that anyone can rebuild the same input). ``safecommit hook FILES``
(every kind on) and ``detect-secrets-hook FILES`` run on them alternately, each a fresh
process as pre-commit starts it; the table gives medians and the ratio.
Target: safecommit's wall time is at most 1.0x detect-secrets-hook's.

    .venv/bin/python bench/latency.py [--repeat 15] [--no-install]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness
from harness import Measured, measure, median_run, peer_bin, say

FILES = 10


def commit_repo() -> tuple[Path, list[str]]:
    """A git repo with 10 staged stdlib modules of 4-6 KB each (the first 10 by name)."""
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    picked = sorted(p for p in stdlib.glob("*.py") if 4000 <= p.stat().st_size <= 6000)[:FILES]
    repo = harness.WORK / "commit-repo"
    shutil.rmtree(repo, ignore_errors=True)
    (repo / "src").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    names = []
    for source in picked:
        name = f"src/{source.name}"
        shutil.copyfile(source, repo / name)
        names.append(name)
    subprocess.run(["git", "-C", str(repo), "add", "--", *names], check=True)
    return repo, names


def run(repeat: int, install: bool) -> dict[str, object]:
    versions = harness.ensure_peers(install)
    repo, names = commit_repo()
    size = sum((repo / n).stat().st_size for n in names)
    say(f"commit of {len(names)} files, {size} bytes, at {repo}")
    commands = {"safecommit hook": [*harness.safecommit_command(), "hook", *names],
                "python -c pass": [sys.executable, "-c", "pass"]}
    if versions.get("detect-secrets"):
        commands["detect-secrets-hook"] = [str(peer_bin("detect-secrets-hook")), *names]
    for command in commands.values():  # first runs fill the OS page cache: not timed
        measure(command, repo, ok_codes=(0, 1, 2, 3))
    runs: dict[str, list[Measured]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, command in commands.items():
            runs[name].append(measure(command, repo, ok_codes=(0, 1, 2, 3)))
    medians = {name: median_run(r) for name, r in runs.items()}
    return {"files": len(names), "bytes": size, "repeat": repeat, "versions": versions,
            "results": medians, "all": runs}


HEADERS = ["command (cold process)", "median wall s", "÷ detect-secrets-hook (wall)",
           "median CPU s", "÷ detect-secrets-hook (CPU)", "peak RSS MB"]


def rows(data: dict[str, object]) -> list[list[object]]:
    results: dict[str, Measured] = data["results"]  # type: ignore[assignment]
    peer = results.get("detect-secrets-hook")
    return [[name, f"{m.seconds:.3f}",
             harness.ratio(m.seconds, peer.seconds) if peer else "n/a", f"{m.cpu:.3f}",
             harness.ratio(m.cpu, peer.cpu) if peer else "n/a",
             f"{m.peak_rss / harness.MB:.0f}"] for name, m in results.items()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="runs per command (median)")
    parser.add_argument("--no-install", action="store_true", help="do not pip-install peers")
    args = parser.parse_args(argv)
    data = run(args.repeat, not args.no_install)
    print(harness.table(HEADERS, rows(data)))
    say(f"saved {harness.save('latency', data)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
