"""``safecommit audit``: someone on the team verifies each baselined finding.

Interactively it walks the unverified entries, shows where each one is now (masked), and
records the decision — confirmed fake, false positive, or to fix — with who and when.
``--set`` does the same from a script or CI; ``--report`` says what is still unverified.
Every decision is saved as it is made, atomically, so stopping half-way loses nothing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

from safecommit import baseline
from safecommit.baseline import DECISIONS, Audit, Baseline, Decision, Entry
from safecommit.commands.common import fail, guarded, load_config
from safecommit.config import BASELINE_FILE, Config, ConfigError
from safecommit.fingerprint import load_salt
from safecommit.model import Finding, Text
from safecommit.source import SourceError, find_root, index_blobs, matches_glob, open_repo

_KEYS: dict[str, Decision] = {"f": "fake", "p": "false-positive", "x": "fix"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--report", action="store_true",
                      help="summarise the decisions and list what is still unverified")
    mode.add_argument("--set", dest="decision", choices=list(DECISIONS),
                      help="record this decision for the selected entries, without asking")
    mode.add_argument("--interactive", action="store_true",
                      help="ask, even when standard input is not a terminal")
    parser.add_argument("--entry", action="append", default=[], metavar="ID",
                        help="with --set: the entry with this id (repeatable)")
    parser.add_argument("--path", metavar="GLOB", help="with --set: entries in these files")
    parser.add_argument("--type", metavar="TYPE", help="with --set: entries of this type")
    parser.add_argument("--all", action="store_true", help="with --set: every entry")
    parser.add_argument("--redo", action="store_true",
                        help="also revisit entries that already have a decision")
    parser.add_argument("--note", default="", help="why: the evidence for the decision "
                        "(never the value itself)")
    parser.add_argument("--by", help="who decides (default: git's user.name and user.email)")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="with --report: the report's format")
    parser.add_argument("--fail-on-unverified", action="store_true",
                        help="with --report: exit 1 while any entry is unverified (for CI)")
    parser.add_argument("--config", metavar="FILE", help="config file")
    parser.set_defaults(kinds=None)


@guarded
def run(args: argparse.Namespace) -> int:
    root = find_root(Path.cwd())
    if root is None:
        raise SourceError("not inside a git repository (a baseline belongs to a repository)")
    current = baseline.load(root)
    if current is None:
        return fail(f"{BASELINE_FILE}: not found (make one with `safecommit baseline`)")
    if args.report:
        return report(current, args.format, args.fail_on_unverified)
    config = replace(load_config(args), baseline=None)
    if args.decision:
        return decide_all(current, config, args)
    if not (args.interactive or sys.stdin.isatty()):
        return fail("standard input is not a terminal (record decisions with `--set DECISION` "
                    "and --entry/--path/--type/--all, or read them with --report)")
    return interactive(current, config, args)


# --- recording ----------------------------------------------------------------------------------


def who(args: argparse.Namespace, root: Path) -> str:
    if args.by:
        return str(args.by).strip()

    def git_config(key: str) -> str:
        out = subprocess.run(["git", "-C", str(root), "config", key], capture_output=True,
                             text=True)
        return out.stdout.strip()

    name, email = git_config("user.name"), git_config("user.email")
    if not name and not email:
        raise ConfigError("audit: who is deciding? (set git's user.name and user.email, "
                          "or pass --by NAME)")
    return f"{name} <{email}>" if name and email else name or email


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def check_note(note: str, config: Config) -> str | None:
    """Why a note cannot be stored (it holds a finding itself), or None when it is fine."""
    if not note.strip():
        return None
    from safecommit.scan import scan_text

    found = scan_text(Text("audit note", note), config, load_salt(None))
    if found:
        return f"the note holds what looks like {found[0].type} ({found[0].masked}); " \
               "describe the evidence without the value"
    return None


def record(current: Baseline, entry: Entry, audit: Audit) -> Baseline:
    """The baseline with ``entry``'s decision set, saved at once."""
    entries = tuple(replace(e, audit=audit) if e.id == entry.id else e for e in current.entries)
    updated = replace(current, entries=entries)
    baseline.save(updated)
    return updated


def select(current: Baseline, args: argparse.Namespace) -> list[Entry]:
    chosen = [e for e in current.entries if args.redo or e.audit is None]
    if args.entry:
        ids = set(args.entry)
        chosen = [e for e in chosen if e.id in ids]
    if args.path:
        chosen = [e for e in chosen if matches_glob(e.path, args.path)]
    if args.type:
        chosen = [e for e in chosen if e.type == args.type]
    return chosen


def decide_all(current: Baseline, config: Config, args: argparse.Namespace) -> int:
    if not (args.entry or args.path or args.type or args.all):
        return fail("audit --set: say which entries (--entry ID, --path GLOB, --type TYPE, "
                    "or --all)")
    problem = check_note(args.note, config)
    if problem:
        return fail(f"audit --note: {problem}")
    chosen = select(current, args)
    if not chosen:
        return fail("audit --set: no entry matches (see `safecommit audit --report`; "
                    "--redo revisits decided ones)")
    audit = Audit(args.decision, who(args, current.root), now(), args.note.strip())
    for entry in chosen:
        current = record(current, entry, audit)
    print(f"safecommit: recorded {DECISIONS[args.decision]} for {len(chosen)} "
          f"entr{'y' if len(chosen) == 1 else 'ies'} in {BASELINE_FILE}")
    return 0


# --- asking -------------------------------------------------------------------------------------


def locate(current: Baseline, config: Config, entry: Entry) -> list[Finding]:
    """Where the entry's value is now, found by scanning its file and matching the hash."""
    from safecommit.scan import scan

    repo = open_repo(current.root)
    result = scan(index_blobs(repo, [str(current.root / now_at(current, entry))], (),
                              config.max_file_bytes),
                  config, load_salt(current.root))
    same = [f for f in result.findings if f.type == entry.type]
    hashes = current.hashes(same)
    return [f for f in same if hashes[id(f)] == entry.hash]


def now_at(current: Baseline, entry: Entry) -> str:
    """Where the entry's file is now: its own path, or where git saw it renamed to."""
    return next((new for new, old in current.moved.items() if old == entry.path), entry.path)


def interactive(current: Baseline, config: Config, args: argparse.Namespace,
                ask: Callable[[str], str] = input) -> int:
    current = baseline.follow_moves(current)
    chosen = select(current, args)
    if not chosen:
        print("safecommit: every baselined finding has a decision. Nothing to audit.")
        return 0
    by = who(args, current.root)
    decided = 0
    for n, entry in enumerate(chosen, start=1):
        moved = now_at(current, entry)
        print(f"\n[{n}/{len(chosen)}] {entry.path}  {entry.type}  (entry {entry.id})"
              + (f"  now at {moved} (`safecommit baseline --update` records the move)"
                 if moved != entry.path else ""))
        found = locate(current, config, entry)
        if not found:
            print("  no longer in the file: `safecommit baseline --update` drops it.")
            continue
        for f in found:
            place = f" [{f.place}]" if f.place else ""
            print(f"  {f.line}:{f.column}{place}  {f.masked}  {f.why}")
        answer = _ask_decision(ask)
        if answer == "quit":
            break
        if answer == "skip":
            continue
        note = _ask_note(ask, config)
        current = record(current, entry, Audit(answer, by, now(), note))
        decided += 1
    left = sum(1 for e in current.entries if e.audit is None)
    print(f"\nsafecommit: {decided} decision(s) recorded; {left} unverified left.")
    return 0


def _ask_decision(ask: Callable[[str], str]) -> Decision | Literal["skip", "quit"]:
    while True:
        try:
            reply = ask("  Is it (f)ake, a (p) false positive, or to (x) fix? "
                        "(s)kip, (q)uit: ").strip().lower()
        except EOFError:
            return "quit"
        if reply[:1] in _KEYS:
            return _KEYS[reply[:1]]
        if reply[:1] == "s":
            return "skip"
        if reply[:1] == "q":
            return "quit"
        print("  Please answer f, p, x, s or q.")


def _ask_note(ask: Callable[[str], str], config: Config) -> str:
    while True:
        try:
            note = ask("  Note, the evidence for it (optional, never the value): ").strip()
        except EOFError:
            return ""
        problem = check_note(note, config)
        if problem is None:
            return note
        print(f"  Not stored: {problem}.")


# --- reporting ----------------------------------------------------------------------------------


def report(current: Baseline, fmt: str, fail_on_unverified: bool) -> int:
    entries = current.entries
    counts = {d: sum(1 for e in entries if e.audit and e.audit.decision == d) for d in DECISIONS}
    unverified = [e for e in entries if e.audit is None]
    to_fix = [e for e in entries if e.audit and e.audit.decision == "fix"]
    if fmt == "json":
        doc = {"entries": len(entries), "findings": sum(e.count for e in entries),
               "decisions": {**counts, "unverified": len(unverified)},
               "unverified": [_row(e) for e in unverified],
               "to_fix": [_row(e) for e in to_fix]}
        sys.stdout.write(json.dumps(doc, indent=2) + "\n")
    else:
        lines = [f"safecommit audit: {len(entries)} baselined entries "
                 f"({sum(e.count for e in entries)} findings)"]
        lines += [f"  {DECISIONS[d]:<16} {counts[d]}" for d in DECISIONS]
        lines.append(f"  {'unverified':<16} {len(unverified)}")
        lines += _listing("Still unverified (run `safecommit audit`):", unverified)
        lines += _listing("Marked to fix:", to_fix)
        sys.stdout.write("\n".join(lines) + "\n")
    return 1 if fail_on_unverified and unverified else 0


def _row(e: Entry) -> dict[str, object]:
    row: dict[str, object] = {"id": e.id, "path": e.path, "type": e.type, "kind": e.kind,
                              "count": e.count}
    if e.audit:
        row["decided"] = {"by": e.audit.by, "at": e.audit.at, "note": e.audit.note}
    return row


def _listing(title: str, entries: Sequence[Entry]) -> list[str]:
    if not entries:
        return []
    return ["", title] + [f"  {e.id}  {e.path}  {e.type}" + (f" x{e.count}" if e.count > 1 else "")
                          + (f"  ({e.audit.by}, {e.audit.at})" if e.audit else "")
                          for e in entries]
