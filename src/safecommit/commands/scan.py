"""``safecommit scan``: files and folders on disk, the index, or a commit range."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from safecommit.commands.common import add_output_arguments, emit, fail, guarded, load_config
from safecommit.config import Config
from safecommit.fingerprint import load_salt
from safecommit.model import Blob, NotScanned, OnDisk
from safecommit.scan import scan
from safecommit.source import (
    disk_files,
    find_root,
    index_blobs,
    open_repo,
    range_blobs,
)

if TYPE_CHECKING:
    import git


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: .)")
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument("--staged", action="store_true", help="scan what is staged in the index")
    scope.add_argument("--all-files", action="store_true",
                       help="scan every tracked file, as staged in the index")
    parser.add_argument("--from", dest="from_ref", metavar="REF",
                        help="with --to: scan the lines each commit in REF..TO added")
    parser.add_argument("--to", dest="to_ref", metavar="REF")
    add_output_arguments(parser)


def blobs(args: argparse.Namespace, config: Config) -> Iterator[Blob | OnDisk | NotScanned]:
    if args.from_ref or args.to_ref:
        if not (args.from_ref and args.to_ref):
            raise ValueError("--from and --to go together")
        return range_blobs(_repo(), args.from_ref, args.to_ref, config.exclude,
                           config.max_file_bytes)
    if args.staged:
        return index_blobs(_repo(), None, config.exclude, config.max_file_bytes)
    if args.all_files:
        repo = _repo()
        tracked = [p for p in repo.git.ls_files("-z").split("\0") if p]
        root = Path(repo.working_tree_dir or ".")
        return index_blobs(repo, [str(root / p) for p in tracked], config.exclude,
                           config.max_file_bytes)
    # Files are measured here and read by whichever process scans them.
    return disk_files(args.paths or ["."], config.exclude, config.max_file_bytes, config.root)


def _repo() -> git.Repo:
    from safecommit.source import SourceError

    root = find_root(Path.cwd())
    if root is None:
        raise SourceError("not inside a git repository (to scan files on disk, "
                          "run `safecommit scan PATH`)")
    return open_repo(root)


@guarded
def run(args: argparse.Namespace) -> int:
    if (args.staged or args.all_files or args.from_ref) and args.paths:
        return fail("give PATHs or a git scope (--staged, --all-files, --from/--to), not both")
    config = load_config(args)
    try:
        items = blobs(args, config)
    except ValueError as exc:
        return fail(str(exc))
    result = scan(items, config, load_salt(find_root(Path.cwd())))
    if args.from_ref and not result.stats.files and not result.not_scanned:
        # Nothing new (a rewind, a re-run) or a pipeline handing over the wrong refs: say so
        # on stderr, which every CI log shows, whatever the format and --output.
        print(f"safecommit: note: {args.from_ref}..{args.to_ref} holds no commits to scan",
              file=sys.stderr)
    return emit(result, config, args)
