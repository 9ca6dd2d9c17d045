"""``safecommit hook``: the pre-commit entry point.

It scans, whole, the staged version of each file it is given. With
PRE_COMMIT_FROM_REF and PRE_COMMIT_TO_REF set (pre-push, or a CI range) it scans the
lines each commit in that range added. A pre-push with no range (a first push, whose new
commits start at a root) scans each commit the remote lacks. With ``--commit-msg`` (the
commit-msg stage) it scans the message git is about to record.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from safecommit.commands.common import add_output_arguments, emit, guarded, load_config
from safecommit.fingerprint import load_salt
from safecommit.message import cleanup, message_blob
from safecommit.scan import scan
from safecommit.source import SourceError, find_root, index_blobs, open_repo, range_blobs


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help="files to check (pre-commit passes the staged ones)")
    parser.add_argument("--commit-msg", action="store_true",
                        help="FILE is the commit message git is about to record (the "
                             "commit-msg hook): scan the message")
    add_output_arguments(parser)


@guarded
def run(args: argparse.Namespace) -> int:
    root = find_root(Path.cwd())
    if root is None:
        raise SourceError("not inside a git repository; the hook runs from `git commit` "
                          "(to scan files on disk, run `safecommit scan PATH`)")
    config = load_config(args)
    if args.commit_msg:
        if len(args.files) != 1:
            raise SourceError("--commit-msg takes the one file that holds the message "
                              "(git and pre-commit pass it)")
        blob = message_blob(Path(args.files[0]), *cleanup(root))
        return emit(scan([blob], config, load_salt(root)), config, args)
    repo = open_repo(root)
    from_ref = os.environ.get("PRE_COMMIT_FROM_REF")
    to_ref = os.environ.get("PRE_COMMIT_TO_REF")
    pushed, remote = (os.environ.get(f"PRE_COMMIT_{n}") for n in ("LOCAL_BRANCH", "REMOTE_NAME"))
    if from_ref and to_ref:
        items = range_blobs(repo, from_ref, to_ref, config.exclude, config.max_file_bytes)
    elif pushed and remote:
        # A pre-push whose new commits start at a root: pre-commit passes every file of the
        # work tree and no range, but what is pushed is each of those commits.
        from safecommit.commits import unpushed_blobs

        items = unpushed_blobs(repo, pushed, remote, config.exclude, config.max_file_bytes)
    elif args.files or os.environ.get("PRE_COMMIT") != "1":
        items = index_blobs(repo, args.files or None, config.exclude, config.max_file_bytes)
    else:
        # pre-commit runs the hook (always_run) with none of the files it chose: its
        # files, types and exclude left nothing staged to scan.
        items = iter(())
    return emit(scan(items, config, load_salt(root)), config, args)
