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
from safecommit.redact.mapping import Mapper
from safecommit.redact.rewrite import Edit, Unwritable, apply, decode_exact, locate, write_atomic

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


def redact_blob(blob: Blob, found: list[Finding], problems: list[NotScanned], mapper: Mapper,
                rescan: Rescan, *, write: bool) -> FileResult:
    path = blob.path
    personal = [f for f in found if f.kind == PERSONAL]
    kept = tuple(f for f in found if f.kind != PERSONAL)
    if problems:
        reasons = "; ".join(p.reason for p in problems)
        return FileResult(path, kept=kept, missed=tuple((f, "not redacted") for f in personal),
                          error=f"not fully scanned ({reasons})")
    if not personal:
        return FileResult(path, kept=kept)
    try:
        reason = unrewritable(path)
        if reason:
            raise Unwritable(reason)
        original = decode_exact(blob.data)
    except Unwritable as exc:
        return FileResult(path, kept=kept, missed=tuple((f, "not redacted") for f in personal),
                          error=str(exc))
    syntax = syntax_for(path)
    source = original
    replaced: list[Replacement] = []
    # keyed so that a finding seen again on the next pass is reported once
    missed: dict[tuple[str, str, int], tuple[Finding, str]] = {}
    pending = personal
    for _ in range(MAX_PASSES):
        edits: list[Edit] = []
        for f in pending:
            if mapper.is_fake(f.type, f.value):
                missed[(f.type, f.value, f.line)] = (
                    f, "already a safe fake value, flagged anyway; allow it with a "
                       "`safecommit: allow` comment")
                continue
            where = locate(source, f, syntax)
            if where is None:
                missed[(f.type, f.value, f.line)] = (
                    f, "not found where the scan reported it; edit it by hand")
                continue
            start, end, escape = where
            edits.append(Edit(start, end, escape(mapper.fake(f.type, f.value)), f))
        text, covered = apply(source.text, edits)
        replaced.extend(Replacement(e.finding, e.new) for e in edits if e not in covered)
        if text == source.text:
            break
        source = decode_exact(original.encode(text))
        again, trouble = rescan(Blob(path, source.encode(text)))
        if trouble:
            return FileResult(path, kept=kept, missed=tuple((f, "not redacted") for f in personal),
                              error="the redacted text could not be scanned again; "
                                    "left untouched")
        pending = [f for f in again if f.kind == PERSONAL]
        if not pending:
            break
    else:
        for f in pending:
            missed.setdefault((f.type, f.value, f.line), (
                f, f"still found after {MAX_PASSES} passes; edit it by hand"))
    old, new = original.text, source.text
    if write and new != old:
        try:
            write_atomic(Path(path), original.encode(new), blob.data)
        except Unwritable as exc:
            return FileResult(path, kept=kept,
                              missed=tuple((f, "not redacted") for f in personal),
                              error=str(exc))
    return FileResult(path, tuple(replaced), kept, tuple(missed.values()), None, old, new)
