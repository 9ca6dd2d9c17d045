"""Redact one file: replace each personal-data finding with its fake, then check the result.

Secrets and markings are never turned into fakes. A secret that was committed or shared
is compromised whatever the file now says, so it is reported for rotation; a marking is
reported for a person to deal with. After the edits the new text is scanned again: what
the edits exposed (a value that overlapped another) is redacted in another pass, and what
still remains is reported, never silently left.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from safecommit.extract import handler_for
from safecommit.extract.syntax import syntax_for
from safecommit.model import Blob, Finding, NotScanned
from safecommit.redact.known import Known
from safecommit.redact.mapping import Mapper
from safecommit.redact.rewrite import (
    Edit,
    Source,
    Unwritable,
    apply,
    decode_exact,
    locate,
    write_atomic,
)

PERSONAL = "personal-data"
MAX_PASSES = 3

Rescan = Callable[[Blob], tuple[list[Finding], list[NotScanned]]]


@dataclass(frozen=True, slots=True)
class Replacement:
    finding: Finding
    fake: str


@dataclass(frozen=True, slots=True)
class FileResult:
    """What happened to one file. ``error`` set means it was left exactly as it was."""

    path: str
    replaced: tuple[Replacement, ...] = ()
    kept: tuple[Finding, ...] = ()  # secrets and markings: a person must act on these
    missed: tuple[tuple[Finding, str], ...] = ()  # personal data left in place, and why
    error: str | None = None
    old: str | None = None  # decoded text before and after, for a dry run's diff
    new: str | None = None

    @property
    def changed(self) -> bool:
        return self.error is None and self.old is not None and self.old != self.new


def unrewritable(path: str) -> str | None:
    """Why a file of this type cannot be rewritten as text, if it cannot."""
    # Formats read by a handler and not text themselves (PDF, Office, images, archives,
    # SQLite) would be corrupted by a change of length; text ones (notebooks, HAR,
    # subtitles, HTML) are edited like any text, value by value.
    if handler_for(path) is not None and syntax_for(path) == "text":
        suffix = PurePosixPath(path).suffix or PurePosixPath(path).name
        return f"a {suffix} file cannot be rewritten safely; remove the personal data by hand"
    return None


def _plan(source: Source, findings: list[Finding], syntax: str,
          mapper: Mapper) -> tuple[list[Edit], list[tuple[Finding, str]]]:
    """The edits that replace this pass's personal data, and what cannot be replaced."""
    # A secret or a marking is never rewritten, not even by a finding that overlaps it
    # (a password@host that reads like an email address).
    protected = [where[:2] for f in findings if f.kind != PERSONAL
                 if (where := locate(source, f, syntax)) is not None]
    edits: list[Edit] = []
    missed: list[tuple[Finding, str]] = []
    for f in findings:
        if f.kind != PERSONAL:
            continue
        where = locate(source, f, syntax)
        if where is None:
            missed.append((f, "not found where the scan reported it; edit it by hand"))
            continue
        start, end, escape = where
        if any(start < p_end and p_start < end for p_start, p_end in protected):
            missed.append((f, "overlaps a secret or a marking, which is never rewritten; "
                              "edit it by hand"))
            continue
        fake = mapper.fake(f.type, f.value, f.suggestion)
        if fake == f.value:
            missed.append((f, "no fake value of this type passes the scan; edit it by hand, "
                              "or allow it with a `safecommit: allow` comment if it is fake"))
            continue
        edits.append(Edit(start, end, escape(fake), f))
    return edits, missed


def _untouched(path: str, found: list[Finding], error: str) -> FileResult:
    return FileResult(path, kept=tuple(f for f in found if f.kind != PERSONAL),
                      missed=tuple((f, "not redacted") for f in found if f.kind == PERSONAL),
                      error=error)


def _copies(path: str, source: Source, found: list[Finding], known: Known) -> list[Finding]:
    """Copies of values found elsewhere in the run that no finding here covers."""
    spans = [(f.line, f.column, f.end_line, f.end_column) for f in found]
    return [c for c in known.findings(path, source)
            if not any((c.line, c.column) < (e_line, e_col) and (s_line, s_col) <
                       (c.end_line, c.end_column) for s_line, s_col, e_line, e_col in spans)]


def redact_blob(blob: Blob, found: list[Finding], problems: list[NotScanned], mapper: Mapper,
                rescan: Rescan, known: Known, *, write: bool) -> FileResult:
    path = blob.path
    kept = tuple(f for f in found if f.kind != PERSONAL)
    if problems:
        return _untouched(path, found, "not fully scanned "
                                       f"({'; '.join(p.reason for p in problems)})")
    personal = any(f.kind == PERSONAL for f in found)
    try:
        reason = unrewritable(path)
        if reason:
            raise Unwritable(reason)
        original = decode_exact(blob.data)
    except Unwritable as exc:
        return _untouched(path, found, str(exc)) if personal else FileResult(path, kept=kept)
    # Copies of values found elsewhere in the run get the same fakes here.
    found = found + _copies(path, original, found, known)
    if not any(f.kind == PERSONAL for f in found):
        return FileResult(path, kept=kept)
    syntax = syntax_for(path)
    source, current = original, found
    replaced: list[Replacement] = []
    # keyed so that a finding seen again on the next pass is reported once
    missed: dict[tuple[str, str, int], tuple[Finding, str]] = {}
    for _ in range(MAX_PASSES):
        edits, skipped = _plan(source, current, syntax, mapper)
        for f, why in skipped:
            missed.setdefault((f.type, f.value, f.line), (f, why))
        text, covered = apply(source.text, edits)
        replaced.extend(Replacement(e.finding, e.new) for e in edits if e not in covered)
        if text == source.text:
            break
        source = decode_exact(original.encode(text))
        current, trouble = rescan(Blob(path, source.encode(text)))
        if trouble:
            return _untouched(path, found, "the redacted text could not be scanned again")
        if not any(f.kind == PERSONAL for f in current):
            break
    else:
        for f in current:
            if f.kind == PERSONAL:
                missed.setdefault((f.type, f.value, f.line),
                                  (f, f"still found after {MAX_PASSES} passes; edit it by hand"))
    if write and source.text != original.text:
        try:
            write_atomic(Path(path), original.encode(source.text), blob.data)
        except Unwritable as exc:
            return _untouched(path, found, str(exc))
    return FileResult(path, tuple(replaced), kept, tuple(missed.values()), None, original.text,
                      source.text)
