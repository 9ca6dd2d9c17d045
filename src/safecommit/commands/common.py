"""What every subcommand shares: options, config loading, writing the report, errors."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from safecommit.config import BASELINE_FILE, Config, ConfigError, load
from safecommit.model import KINDS, ScanResult
from safecommit.report import FORMATS, exit_code, render
from safecommit.source import SourceError, find_root

USAGE_ERROR = 2


def add_output_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=FORMATS, default="text", help="report format")
    parser.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE")
    parser.add_argument("--config", metavar="FILE", help="config file (default: .safecommit.toml "
                        "or [tool.safecommit] in pyproject.toml)")
    parser.add_argument("--kind", action="append", choices=KINDS, dest="kinds",
                        help="check only this kind (repeatable; default: every enabled kind)")
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    parser.add_argument("--no-baseline", action="store_true",
                        help="report findings that .safecommit-baseline.json accepts, too")
    parser.add_argument("--show-values", action="store_true",
                        help="print the values found, unmasked, in the text report on this "
                             "terminal (local use only: refused when CI is set, with --output or "
                             "another format, or when the output is not a terminal)")


def fail(message: str) -> int:
    print(f"safecommit: {message}", file=sys.stderr)
    return USAGE_ERROR


def load_config(args: argparse.Namespace) -> Config:
    from dataclasses import replace

    root = find_root(Path.cwd()) or Path.cwd()
    config = load(root, Path(args.config) if args.config else None)
    if args.kinds:
        config = replace(config, kinds=tuple(k for k in KINDS if k in args.kinds))
    # The baseline holds only hashes and audit records, which safecommit checks itself.
    config = replace(config, exclude=(*config.exclude, BASELINE_FILE))
    # Its module (scrypt, the audit records) is loaded only for a repository that has one.
    if not getattr(args, "no_baseline", True) and os.path.lexists(config.root / BASELINE_FILE):
        from safecommit import baseline

        loaded = baseline.load(config.root)
        config = replace(config, baseline=loaded and baseline.follow_moves(loaded))
    return config


def use_color(args: argparse.Namespace, stream: object) -> bool:
    if args.color != "auto":
        return bool(args.color == "always")
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def write_atomic(path: Path, data: str) -> None:
    """Write via a temporary file and rename, so a reader never sees half a report."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    except OSError as exc:  # name the file asked for, not the temporary one
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def show_values_refusal(args: argparse.Namespace) -> str | None:
    """Why --show-values may not run here, or None. Raw values never reach a file or CI log."""
    if not getattr(args, "show_values", False):
        return None
    if os.environ.get("CI"):
        return "--show-values is refused when CI is set: CI logs are kept and shared"
    if args.output or args.format != "text" or not sys.stdout.isatty():
        # A redirect or a pipe is a file too: it may end up in a log or a commit.
        return "--show-values works only with the text report on a terminal, never into a file"
    return None


def emit(result: ScanResult, config: Config, args: argparse.Namespace) -> int:
    """Write the report where it was asked for and return the exit code."""
    if getattr(args, "show_values", False) and show_values_refusal(args) is None:
        from dataclasses import replace

        result = replace(result, findings=tuple(replace(f, masked=f.value)
                                                for f in result.findings))
    if args.output:
        write_atomic(Path(args.output), render(args.format, result, config))
        if args.format != "text" and (result.findings or result.not_scanned):
            sys.stderr.write(render("text", result, config, color=use_color(args, sys.stderr)))
    else:
        sys.stdout.write(render(args.format, result, config, color=use_color(args, sys.stdout)))
    return exit_code(result, config)


def guarded(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Turn config and source errors into one line on stderr and exit code 2."""

    def wrapper(args: argparse.Namespace) -> int:
        refusal = show_values_refusal(args)
        if refusal:
            return fail(refusal)
        try:
            return run(args)
        except (ConfigError, SourceError) as exc:
            return fail(str(exc))
        except OSError as exc:
            return fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))

    return wrapper
