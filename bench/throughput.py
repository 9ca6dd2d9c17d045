"""Throughput and memory: a whole-tree scan by safecommit and its peers, on the same input.

Inputs: (a) the dev corpus copied 20 times, (b) the Python standard library. Each tool
uses every core (safecommit and detect-secrets by default, presidio through a process
pool, kingfisher with --jobs). MB/s is the tree's bytes over the tool's wall time; the
ratio is safecommit's MB/s over the peer's. Peak memory is over the whole process tree.

    .venv/bin/python bench/throughput.py [--copies 20] [--repeat 1] [--no-install]
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness
from harness import MB, Measured, mb, measure, median_run, peer_bin, ratio, say

# tool -> (command for a tree, exit codes that mean "ran to the end")
Tool = tuple[list[str], tuple[int, ...]]


def tools(cores: int) -> dict[str, Callable[[], Tool]]:
    return {
        "safecommit": lambda: ([*harness.safecommit_command(), "scan", "--format", "json", "."],
                               (0, 1, 2)),
        "detect-secrets": lambda: ([str(peer_bin("detect-secrets")), "scan", "--all-files", "."],
                                   (0,)),
        "presidio-analyzer": lambda: ([str(peer_bin("python")),
                                       str(harness.BENCH / "presidio_scan.py"), "."], (0,)),
        "kingfisher": lambda: ([str(peer_bin("kingfisher")), "scan", ".", "--no-validate",
                                "--git-history", "none", "--no-update-check", "-q",
                                "--format", "json", "-o", os.devnull, "-j", str(cores)],
                               (0, 200, 205)),
    }


def warm_kingfisher() -> None:
    """kingfisher compiles its rule database on first use and caches it: not part of a scan."""
    tiny = harness.WORK / "kingfisher-warm"
    tiny.mkdir(parents=True, exist_ok=True)
    (tiny / "a.txt").write_text("nothing\n")
    measure([str(peer_bin("kingfisher")), "scan", ".", "--no-validate", "--git-history", "none",
             "--no-update-check", "-q"], tiny, ok_codes=range(256))


PEERS = ("detect-secrets", "presidio-analyzer", "kingfisher")


def run(copies: int, repeat: int, install: bool, stdlib: bool = True, corpus: bool = True,
        peers: tuple[str, ...] = PEERS) -> dict[str, object]:
    versions = harness.ensure_peers(install)
    available = ["safecommit", *[n for n in peers if versions.get(n)]]
    cores = os.cpu_count() or 1
    commands = tools(cores)
    if "kingfisher" in available:
        warm_kingfisher()
    inputs = {f"dev corpus x{copies}": harness.corpus_copies(copies)} if corpus else {}
    if stdlib:
        inputs["Python stdlib"] = harness.stdlib_tree()
    results: dict[str, dict[str, Measured]] = {}
    sizes: dict[str, tuple[int, int]] = {}
    for label, tree in inputs.items():
        sizes[label] = harness.tree_bytes(tree)
        say(f"{label}: {sizes[label][0]} files, {mb(sizes[label][1])} MB at {tree}")
        runs: dict[str, list[Measured]] = {name: [] for name in available}
        for _ in range(repeat):
            for name in available:  # interleaved, so a busy moment hits every tool alike
                command, ok = commands[name]()
                harness.warm_tree(tree)
                runs[name].append(measure(command, tree, ok_codes=ok))
                last = runs[name][-1]
                say(f"  {name}: {last.seconds:.2f} s wall, {last.cpu:.2f} s CPU")
        results[label] = {name: median_run(r) for name, r in runs.items()}
    return {"versions": {"safecommit": _safecommit_version(), **versions}, "cores": cores,
            "sizes": sizes, "results": results}


def _safecommit_version() -> str:
    from safecommit import __version__

    return __version__


def rows(data: dict[str, object]) -> list[list[object]]:
    out: list[list[object]] = []
    sizes: dict[str, tuple[int, int]] = data["sizes"]  # type: ignore[assignment]
    results: dict[str, dict[str, Measured]] = data["results"]  # type: ignore[assignment]
    for label, by_tool in results.items():
        size = sizes[label][1]
        ours = by_tool["safecommit"]
        for name, m in by_tool.items():
            mine = name == "safecommit"
            out.append([label, name, mb(size), f"{m.seconds:.2f}", f"{size / MB / m.seconds:.2f}",
                        "—" if mine else ratio(m.seconds, ours.seconds), f"{m.cpu:.2f}",
                        "—" if mine else ratio(m.cpu, ours.cpu),
                        f"{m.peak_rss / MB:.0f}", f"{m.peak_pss / MB:.0f}"])
    return out


HEADERS = ["input", "tool", "MB", "wall s", "MB/s", "safecommit speed ÷ tool (wall)",
           "CPU s", "safecommit speed ÷ tool (CPU)", "peak RSS MB (tree)", "peak PSS MB (tree)"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20, help="copies of the dev corpus")
    parser.add_argument("--repeat", type=int, default=1, help="runs per tool (median)")
    parser.add_argument("--no-install", action="store_true", help="do not pip-install peers")
    parser.add_argument("--no-stdlib", action="store_true", help="the corpus only")
    parser.add_argument("--no-corpus", action="store_true", help="the stdlib only")
    parser.add_argument("--peers", nargs="*", choices=PEERS, default=list(PEERS),
                        help="peers to run next to safecommit (default: all)")
    args = parser.parse_args(argv)
    data = run(args.copies, args.repeat, not args.no_install, stdlib=not args.no_stdlib,
               corpus=not args.no_corpus, peers=tuple(args.peers))
    print(harness.table(HEADERS, rows(data)))
    say(f"saved {harness.save('throughput', data)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
