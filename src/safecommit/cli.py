"""``safecommit``: one console script, one module per subcommand."""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Sequence

from safecommit import __version__

# subcommand -> (module, one-line help). Each module has add_arguments(parser) and run(args).
COMMANDS: dict[str, tuple[str, str]] = {
    "scan": ("safecommit.commands.scan", "scan files, the index or a commit range"),
    "hook": ("safecommit.commands.hook", "the pre-commit entry: scan staged files"),
    "baseline": ("safecommit.commands.baseline", "accept today's findings; only new ones block"),
    "audit": ("safecommit.commands.audit", "verify baselined findings, and report on them"),
    "history": ("safecommit.commands.history", "scan every commit; say which added each finding"),
    "install": ("safecommit.commands.install", "install plain git hooks (no pre-commit framework)"),
    "redact": ("safecommit.commands.redact", "rewrite personal data in files to safe fake values"),
    "doctor": ("safecommit.commands.doctor", "say which tiers and tools can run here (NER, OCR)"),
}


def _command_in(argv: Sequence[str]) -> str | None:
    """The subcommand named on the command line, if the first word is one."""
    first = next((a for a in argv if not a.startswith("-")), None)
    return first if first in COMMANDS else None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; with ``argv``, only the subcommand being run imports its module (and its
    dependencies), so that a commit does not pay for every other command's imports."""
    wanted = _command_in(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(
        prog="safecommit",
        description="Keep personal data, secrets and protective markings out of commits.",
    )
    parser.add_argument("--version", action="version", version=f"safecommit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, (module, help_text) in COMMANDS.items():
        command = sub.add_parser(name, help=help_text, description=help_text)
        if wanted is None or name == wanted:
            importlib.import_module(module).add_arguments(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser(argv).parse_args(argv)
    module = importlib.import_module(COMMANDS[args.command][0])
    try:
        code: int = module.run(args)
    except KeyboardInterrupt:
        print("safecommit: interrupted; nothing was written", file=sys.stderr)
        return 130
    return code


def console(argv: Sequence[str] | None = None) -> int:
    """The ``safecommit`` command: ``main``, then an exit that does not walk the heap.

    Everything the run made dies with the process, but the interpreter's last garbage
    collections would still visit every object on the way out (the name lists, the
    compiled patterns, the findings): ~17 ms of a commit hook's ~0.2 s. Frozen objects
    are not visited. Only for a process about to exit: ``main`` is what to call in-process.
    """
    code = main(argv)
    gc.freeze()
    return code


if __name__ == "__main__":
    raise SystemExit(console())
