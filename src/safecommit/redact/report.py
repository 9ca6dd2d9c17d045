"""What a redact run tells its reader: each value replaced (masked → fake), each secret to
rotate, each file left untouched, and for a dry run a unified diff with every real value
masked."""

from __future__ import annotations

import difflib
from collections.abc import Sequence

import regex

from safecommit.config import Config
from safecommit.extract.text import normalise_newlines
from safecommit.redact.core import FileResult
from safecommit.redact.rewrite import ESCAPES
from safecommit.report.text_report import shown

ROTATE = ("not redacted: rotate this secret now, then remove it (a secret that was committed "
          "or shared is compromised)")
MARKED = ("not redacted: protectively marked material must not be in the repository; "
          "remove it by hand")


def _masked(text: str, result: FileResult) -> str:
    """``text`` with every value the scan found replaced by its masked form."""
    found = [r.finding for r in result.replaced] + list(result.kept) + \
        [f for f, _ in result.missed]
    pairs = {(written, f.masked) for f in found if f.value
             for written in (f.value, *(escape(f.value) for escape in ESCAPES))}
    for value, masked in sorted(pairs, key=lambda p: len(p[0]), reverse=True):
        # whole values only, so a short value never scars a fake that contains it
        head = r"(?<!\w)" if regex.match(r"\w", value[0]) else ""
        tail = r"(?!\w)" if regex.match(r"\w", value[-1]) else ""
        text = regex.sub(head + regex.escape(value) + tail, masked.replace("\\", "\\\\"), text)
    return text


def masked_diff(result: FileResult) -> str:
    """A unified diff of the change; the old side shows each value masked, never in full."""
    if not result.changed or result.old is None or result.new is None:
        return ""
    old = _masked(normalise_newlines(result.old), result).splitlines(keepends=True)
    new = _masked(normalise_newlines(result.new), result).splitlines(keepends=True)
    name = shown(result.path)
    lines = difflib.unified_diff(old, new, f"a/{name}", f"b/{name}")
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                   for line in lines)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def render(results: Sequence[FileResult], config: Config, *, dry_run: bool) -> str:
    out: list[str] = []
    for r in results:
        if not (r.replaced or r.kept or r.missed or r.error):
            continue
        out.append(shown(r.path))
        if r.error:
            held = f" ({_plural(len(r.missed), 'personal-data finding')} in it)" if r.missed else ""
            out.append(f"  left untouched: {r.error}{held}")
        rows = [(f.line, f.column, f.type, f.masked, f"-> {fake}")
                for f, fake in ((x.finding, x.fake) for x in r.replaced) if not r.error]
        rows += [(f.line, f.column, f.type, f.masked,
                  ROTATE if f.kind == "secret" else MARKED) for f in r.kept]
        rows += [(f.line, f.column, f.type, f.masked, f"not redacted: {why}")
                  for f, why in r.missed if not r.error]
        for line, column, type, masked, what in sorted(rows, key=lambda x: (x[0], x[1])):
            out.append(f"  {f'{line}:{column}':<9} {type}  {masked}  {what}")
    changed = [r for r in results if r.changed]
    values = sum(len(r.replaced) for r in changed)
    verb = "would redact" if dry_run else "redacted"
    if out:
        out.append("")
    out.append(f"safecommit: {verb} {_plural(values, 'value')} in {_plural(len(changed), 'file')}"
               + ("" if dry_run or not changed else
                  "; review with `git diff`, then stage the files again"))
    secrets = sum(1 for r in results for f in r.kept if f.kind == "secret")
    if secrets:
        out.append(f"safecommit: {_plural(secrets, 'secret')} not redacted: rotate "
                   f"{'it' if secrets == 1 else 'them'} now, then remove "
                   f"{'it' if secrets == 1 else 'them'}")
    untouched = sum(1 for r in results if r.error)
    if untouched:
        out.append(f"safecommit: {_plural(untouched, 'file')} left untouched (see above)")
    if values:
        out.append("If any of it was committed or shared before, redacting is not enough: "
                   f"follow \"Report an AI incident\": {config.guidance.report_incident}")
    return "\n".join(out) + "\n"


def exit_code(results: Sequence[FileResult], *, dry_run: bool) -> int:
    """2 a file was left untouched; 1 something still needs a person; 0 nothing left."""
    if any(r.error for r in results):
        return 2
    if any(r.kept or r.missed for r in results):
        return 1
    return 1 if dry_run and any(r.changed for r in results) else 0
