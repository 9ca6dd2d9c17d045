"""``safecommit redact``: rewrite personal data in files on disk to safe fake values.

Only the working tree is rewritten, never the index: review the change, then stage it.
Secrets and markings are reported, not replaced.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from safecommit.commands.common import guarded, load_config
from safecommit.fingerprint import load_salt
from safecommit.model import Blob, Finding, NotScanned
from safecommit.scan import outcomes, scan_blob
from safecommit.source import disk_blobs, find_root


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: .)")
    parser.add_argument("--dry-run", action="store_true",
                        help="print the change as a diff, with real values masked, and write "
                             "nothing")
    parser.add_argument("--config", metavar="FILE", help="config file (default: .safecommit.toml "
                        "or [tool.safecommit] in pyproject.toml)")
    parser.set_defaults(kinds=None)


@guarded
def run(args: argparse.Namespace) -> int:
    from safecommit.redact.core import PERSONAL, FileResult, redact_blob
    from safecommit.redact.known import known_values
    from safecommit.redact.mapping import Mapper
    from safecommit.redact.probe import Probe
    from safecommit.redact.report import exit_code, masked_diff, render

    config = load_config(args)
    salt = load_salt(find_root(Path.cwd()))
    mapper = Mapper(salt, Probe(config, salt))

    def rescan(blob: Blob) -> tuple[list[Finding], list[NotScanned]]:
        return scan_blob(blob, config, salt)

    # Scan everything first: a value found in one file is then known in all of them, and
    # its fake does not depend on which file happens to come first.
    scanned: list[tuple[Blob, list[Finding], list[NotScanned]]] = []
    results: list[FileResult] = []
    items = disk_blobs(args.paths or ["."], config.exclude, config.max_file_bytes)
    for item, (found, problems) in outcomes(items, config, salt):
        if isinstance(item, NotScanned):
            results.append(FileResult(item.path, error=f"not scanned ({item.reason})"))
            continue
        scanned.append((item, found, problems))
        for f in found:
            if f.kind == PERSONAL:
                mapper.fake(f.type, f.value, f.suggestion)
    known = known_values(f for _, found, _ in scanned for f in found)
    for blob, found, problems in scanned:
        result = redact_blob(blob, found, problems, mapper, rescan, known,
                             write=not args.dry_run)
        results.append(result)
        if args.dry_run:
            sys.stdout.write(masked_diff(result))
    results.sort(key=lambda r: r.path)
    sys.stdout.write(render(results, config, dry_run=args.dry_run))
    return exit_code(results, dry_run=args.dry_run)
