"""``safecommit baseline``: accept what a repository holds today, so that only new findings block.

It scans every tracked file as staged and writes ``.safecommit-baseline.json``. With
``--update`` it refreshes the file: new findings are added, fixed ones dropped, and every
audit decision is kept, also for an entry whose file moved.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

from safecommit import baseline
from safecommit.commands.common import fail, guarded, load_config
from safecommit.config import BASELINE_FILE
from safecommit.fingerprint import load_salt
from safecommit.source import SourceError, find_root, index_blobs, open_repo


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--update", action="store_true",
                        help="refresh the existing baseline, keeping every audit decision")
    parser.add_argument("--config", metavar="FILE", help="config file (default: "
                        ".safecommit.toml or [tool.safecommit] in pyproject.toml)")
    parser.set_defaults(kinds=None)


@guarded
def run(args: argparse.Namespace) -> int:
    root = find_root(Path.cwd())
    if root is None:
        raise SourceError("not inside a git repository (a baseline belongs to a repository)")
    target = baseline.path_for(root)
    previous = baseline.load(root)
    if previous is not None and not args.update:
        return fail(f"{BASELINE_FILE}: already exists (refresh it with "
                    "`safecommit baseline --update`; its audit decisions are kept)")
    if previous is None and args.update:
        return fail(f"{BASELINE_FILE}: not found (make one with `safecommit baseline`)")
    from safecommit.scan import scan  # the detectors: only a run pays for importing them

    config = replace(load_config(args), baseline=None)
    repo = open_repo(root)
    tracked = [p for p in repo.git.ls_files("-z").split("\0") if p]
    items = index_blobs(repo, [str(root / p) for p in tracked], config.exclude,
                        config.max_file_bytes)
    result = scan(items, config, load_salt(root))
    kdf = previous.kdf if previous is not None else baseline.Kdf.new()
    made, changes = baseline.build(result.findings, root, kdf, previous,
                                   [n.path for n in result.not_scanned])
    baseline.save(made, target)
    _summary(made, changes, args.update)
    if result.not_scanned:
        print(f"safecommit: {len(result.not_scanned)} file(s) could not be scanned, so nothing "
              "in them is baselined and they still block:", file=sys.stderr)
        for item in result.not_scanned:
            print(f"  {item.path}: {item.reason}", file=sys.stderr)
        return 2
    return 0


def _summary(made: baseline.Baseline, changes: baseline.Changes, update: bool) -> None:
    copies = sum(e.count for e in made.entries)
    line = f"safecommit: wrote {BASELINE_FILE}: {len(made.entries)} entries " \
           f"({copies} findings)"
    if update:
        line += f"; {changes.added} added, {changes.removed} removed, {changes.kept} kept"
        if changes.moved:
            line += f", {changes.moved} moved with their audit decision"
        if changes.held:
            line += f", {changes.held} held (file not scanned)"
    print(line)
    by_type = Counter(e.type for e in made.entries)
    for type_, n in sorted(by_type.items()):
        print(f"  {type_:<28} {n}")
    unverified = sum(1 for e in made.entries if e.audit is None)
    if unverified:
        print(f"{unverified} not yet verified: someone on the team must check each one "
              "(`safecommit audit`).")
    if any(e.kind == "secret" for e in made.entries):
        print("A baselined secret is still compromised: rotate it, then remove it.")
    print(f"Commit {BASELINE_FILE}: it holds no values, only salted slow hashes "
          "(docs/baseline.md).")
