"""PERSON detection: throughput with name detection on and off, and findings on the stdlib.

Reads every text file of a tree (default: this Python's standard library) once, then runs
the default tier's detectors over the texts in process, several times, with the names
detector registered and without it. Times are CPU seconds of this process (the best of
``--repeat`` runs), so a busy machine skews them less than wall time would.

Then counts PERSON findings per 100,000 lines and prints a sample. Values are masked
unless ``--show`` is given: the stdlib's names are its authors', which are public, but a
tree of your own may not be.

    .venv/bin/python bench/names.py [TREE] [--repeat 3] [--sample 40] [--show]
"""

from __future__ import annotations

import argparse
import random
import sysconfig
import time
from collections import Counter
from pathlib import Path

from safecommit.detect import DETECTORS, detect, names
from safecommit.detect.locate import Locator
from safecommit.extract import extract
from safecommit.model import KINDS, Blob, Text

SUFFIXES = (".py", ".txt", ".rst", ".md", ".cfg", ".json", ".toml", ".ini", ".csv", ".html")
NAMES_MODULE = "safecommit.detect.names"


def load(tree: Path) -> list[Text]:
    texts: list[Text] = []
    for path in sorted(tree.rglob("*")):
        if path.suffix not in SUFFIXES or not path.is_file() or "site-packages" in path.parts:
            continue
        found = extract(Blob(path.relative_to(tree).as_posix(), path.read_bytes()))
        if isinstance(found, list):
            texts.extend(found)
    return texts


def cpu_seconds(texts: list[Text], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        for text in texts:
            for _finding in detect(text, KINDS):
                pass
        best = min(best, time.process_time() - started)
    return best


def names_only(texts: list[Text], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        for text in texts:
            names.find(Locator(text))
        best = min(best, time.process_time() - started)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tree", nargs="?", default=sysconfig.get_paths()["stdlib"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sample", type=int, default=40)
    parser.add_argument("--show", action="store_true", help="print values, not masks")
    args = parser.parse_args()

    tree = Path(args.tree)
    texts = load(tree)
    size = sum(len(t.text.encode("utf-8")) for t in texts)
    lines = sum(t.text.count("\n") + 1 for t in texts)
    mb = size / 1e6
    print(f"tree: {tree}  ({len(texts)} texts, {lines:,} lines, {mb:.1f} MB)")

    # Warm up: imports, compiled patterns and the name lists load outside the timings.
    cpu_seconds(texts[::10], 1)
    personal = DETECTORS["personal-data"]
    with_names = without = float("inf")
    for _ in range(args.repeat):  # alternate, so drift on a busy machine hits both
        with_names = min(with_names, cpu_seconds(texts, 1))
        DETECTORS["personal-data"] = tuple(m for m in personal if m != NAMES_MODULE)
        try:
            without = min(without, cpu_seconds(texts, 1))
        finally:
            DETECTORS["personal-data"] = personal
    alone = names_only(texts, args.repeat)
    print(f"default tier, names on : {with_names:6.2f} s CPU  {mb / with_names:6.1f} MB/s")
    print(f"default tier, names off: {without:6.2f} s CPU  {mb / without:6.1f} MB/s")
    print(f"names detector alone   : {alone:6.2f} s CPU  {mb / alone:6.1f} MB/s")

    found = [(text, f) for text in texts for f in names.detect(Locator(text))
             if f.confidence >= 0.5]
    print(f"PERSON findings: {len(found)}  = {len(found) / lines * 1e5:.1f} per 100,000 lines")
    by_value = Counter(f.value if args.show else f.masked for _, f in found)
    print("most frequent:", ", ".join(f"{v} ({n})" for v, n in by_value.most_common(15)))
    random.seed(4)
    for text, f in sorted(random.sample(found, min(args.sample, len(found))),
                          key=lambda tf: (tf[1].path, tf[1].line)):
        shown = f.value if args.show else f.masked
        print(f"  {f.path}:{f.line}:{f.column}  {shown}  ({f.confidence})  [{text.syntax}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
