"""``safecommit history``: every commit reachable from a ref, and which commit added each finding.

A value removed long ago is still in history, and in every clone. This scans the lines each
commit added, oldest first, so each finding is reported once, at the commit that added it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from safecommit.commands.common import add_output_arguments, emit, guarded, load_config
from safecommit.fingerprint import load_salt
from safecommit.source import SourceError, find_root, open_repo


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("refs", nargs="*", metavar="REF", help="branches, tags or commits "
                        "(default: HEAD)")
    parser.add_argument("--all", action="store_true", help="every branch, tag and remote ref")
    add_output_arguments(parser)


@guarded
def run(args: argparse.Namespace) -> int:
    root = find_root(Path.cwd())
    if root is None:
        raise SourceError("not inside a git repository (history belongs to a repository)")
    from safecommit.commits import history_blobs
    from safecommit.scan import scan  # the detectors: only a run pays for importing them

    config = load_config(args)
    repo = open_repo(root)
    refs = [*args.refs, *(["--all"] if args.all else [])] or ["HEAD"]
    items = history_blobs(repo, refs, config.exclude, config.max_file_bytes)
    return emit(scan(items, config, load_salt(root)), config, args)
