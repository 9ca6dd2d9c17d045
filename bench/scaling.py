"""Scaling: safecommit's throughput at 1 and 2 processes, and on 1x, 4x and 16x the input.

Cost must grow linearly with size: the marginal CPU seconds per MB between sizes should
stay flat (start-up is a fixed cost, so the 1x run's average is the worst). Parallel speed-up
is the 1-process time over the N-process time on the same input; on a machine that others
are using, "cores busy" (CPU seconds over wall seconds) shows whether the processes ran in
parallel when the wall-clock speed-up cannot.

    .venv/bin/python bench/scaling.py [--sizes 1 4 16] [--jobs-copies 4] [--repeat 1]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness
from harness import MB, Measured, mb, measure, median_run, say


def scan(tree: Path, jobs: int | None) -> Measured:
    env = {"SAFECOMMIT_JOBS": str(jobs)} if jobs else {}
    harness.warm_tree(tree)
    return measure([*harness.safecommit_command(), "scan", "--format", "json", "."], tree,
                   env=env, ok_codes=(0, 1, 2))


def run(sizes: list[int], jobs_copies: int, repeat: int) -> dict[str, object]:
    cores = os.cpu_count() or 1
    by_jobs: dict[int, Measured] = {}
    tree = harness.corpus_copies(jobs_copies)
    size = harness.tree_bytes(tree)[1]
    for jobs in sorted({1, 2, cores}):
        by_jobs[jobs] = median_run([scan(tree, jobs) for _ in range(repeat)])
        say(f"x{jobs_copies}, {jobs} process(es): {by_jobs[jobs].seconds:.2f} s")
    by_size: dict[int, tuple[int, Measured]] = {}
    for copies in sizes:
        tree = harness.corpus_copies(copies)
        by_size[copies] = (harness.tree_bytes(tree)[1],
                           median_run([scan(tree, None) for _ in range(repeat)]))
        say(f"x{copies}, every core: {by_size[copies][1].seconds:.2f} s")
    return {"cores": cores, "jobs_input": {"copies": jobs_copies, "bytes": size},
            "by_jobs": by_jobs, "by_size": by_size}


def jobs_rows(data: dict[str, object]) -> list[list[object]]:
    by_jobs: dict[int, Measured] = data["by_jobs"]  # type: ignore[assignment]
    size = data["jobs_input"]["bytes"]  # type: ignore[index]
    one = by_jobs[1].seconds
    return [[f"dev corpus x{data['jobs_input']['copies']}", jobs, mb(size),  # type: ignore[index]
             f"{m.seconds:.2f}", f"{m.cpu:.2f}", f"{m.cpu / m.seconds:.2f}",
             f"{size / MB / m.seconds:.2f}", f"{one / m.seconds:.2f}x",
             f"{m.peak_rss / MB:.0f}", f"{m.peak_pss / MB:.0f}"]
            for jobs, m in sorted(by_jobs.items())]


def size_rows(data: dict[str, object]) -> list[list[object]]:
    by_size: dict[int, tuple[int, Measured]] = data["by_size"]  # type: ignore[assignment]
    out: list[list[object]] = []
    previous: tuple[int, Measured] | None = None
    for copies, (size, m) in sorted(by_size.items()):
        marginal = "—"
        if previous is not None:
            extra = (size - previous[0]) / MB
            marginal = f"{(m.cpu - previous[1].cpu) / extra:.3f}"
        out.append([f"x{copies}", mb(size), f"{m.seconds:.2f}", f"{m.cpu:.2f}",
                    f"{size / MB / m.seconds:.2f}", f"{m.cpu / (size / MB):.3f}", marginal,
                    f"{m.peak_rss / MB:.0f}", f"{m.peak_pss / MB:.0f}"])
        previous = (size, m)
    return out


JOBS_HEADERS = ["input", "processes", "MB", "wall s", "CPU s", "cores busy (CPU/wall)", "MB/s",
                "speed-up (wall)", "peak RSS MB", "peak PSS MB"]
SIZE_HEADERS = ["dev corpus", "MB", "wall s", "CPU s", "MB/s (wall)", "CPU s per MB (average)",
                "CPU s per MB (marginal)", "peak RSS MB", "peak PSS MB"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--jobs-copies", type=int, default=4,
                        help="copies of the corpus for the 1-vs-2-process runs")
    parser.add_argument("--repeat", type=int, default=1, help="runs per point (median)")
    args = parser.parse_args(argv)
    data = run(args.sizes, args.jobs_copies, args.repeat)
    print(harness.table(JOBS_HEADERS, jobs_rows(data)))
    print()
    print(harness.table(SIZE_HEADERS, size_rows(data)))
    say(f"saved {harness.save('scaling', data)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
