"""The whole speed bench in one table set: latency, throughput and memory, scaling.

    .venv/bin/python bench/run.py            # full: corpus x20, stdlib, sizes 1/4/16
    .venv/bin/python bench/run.py --quick    # minutes, not tens of minutes: corpus x4, no stdlib

Peers are installed into bench/.venv-peers from PyPI on first use (``--no-install`` to skip);
a peer that cannot be installed is named on stderr and left out of the tables.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import harness
import latency
import scaling
import throughput


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true",
                        help="corpus x4 and no stdlib for throughput; sizes 1/2/4 for scaling")
    parser.add_argument("--repeat", type=int, default=1, help="throughput runs per tool")
    parser.add_argument("--no-install", action="store_true", help="do not pip-install peers")
    args = parser.parse_args(argv)
    install = not args.no_install
    copies, sizes = (4, [1, 2, 4]) if args.quick else (20, [1, 4, 16])

    started = time.time()
    lat = latency.run(repeat=7 if args.quick else 15, install=install)
    thr = throughput.run(copies, args.repeat, install=False, stdlib=not args.quick)
    sca = scaling.run(sizes, jobs_copies=4, repeat=1)
    harness.save("run", {"latency": lat, "throughput": thr, "scaling": sca})

    versions = ", ".join(f"{k} {v or 'NOT INSTALLED'}" for k, v in thr["versions"].items())  # type: ignore[attr-defined]
    print(f"# safecommit speed bench, {time.strftime('%Y-%m-%d %H:%M')}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{time.time() - started:.0f} s")
    print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    print(f"versions: {versions}")
    print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())} "
          "(wall times are shared with whatever else runs; CPU times are the tool's own)\n")
    print(f"## Commit latency: {lat['files']} staged files, {lat['bytes']} bytes; "
          f"median of {lat['repeat']} cold runs")
    print(harness.table(latency.HEADERS, latency.rows(lat)))
    print("\n## Throughput and peak memory (whole-tree scan, every core)")
    print(harness.table(throughput.HEADERS, throughput.rows(thr)))
    print("\n## Scaling: processes")
    print(harness.table(scaling.JOBS_HEADERS, scaling.jobs_rows(sca)))
    print("\n## Scaling: input size (every core)")
    print(harness.table(scaling.SIZE_HEADERS, scaling.size_rows(sca)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
