"""The plain data that flows between the stages: Blob → Text → Finding → Report."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["personal-data", "secret", "marking"]
KINDS: tuple[Kind, ...] = ("personal-data", "secret", "marking")


@dataclass(frozen=True, slots=True)
class Blob:
    """Bytes to scan, as they would be committed.

    ``lines`` restricts reporting to those 1-based lines (the lines a commit added);
    ``None`` means the whole file counts. ``renamed_from`` is the path the file had before
    a rename, so that a baselined finding follows the file it moved with.
    """

    path: str
    data: bytes
    lines: frozenset[int] | None = None
    commit: str | None = None
    renamed_from: str | None = None


@dataclass(frozen=True, slots=True)
class Text:
    """Text extracted from a blob, with what is needed to map positions back.

    ``syntax`` names the language or format (``python``, ``json``, ``markdown``,
    ``text`` …) so that detectors can tell code from prose. ``first_line`` is the
    line in the original file where this text's first line sits; ``place`` names a
    location inside a document that has no lines of its own (``cell 3``, ``page 2``,
    ``EXIF Artist``). ``spans`` refine ``place`` inside the text: sorted ``(offset,
    place)`` pairs, where each place holds from its offset to the next (``sheet
    Payments!B7``), so one text can cover a whole sheet or table. ``line_map``, when set,
    gives the original line of each of the text's lines, where they do not follow one
    another (an invite's description: its escaped line breaks all sit on one raw line).
    """

    path: str
    text: str
    syntax: str = "text"
    first_line: int = 1
    place: str | None = None
    lines: frozenset[int] | None = None
    commit: str | None = None
    spans: tuple[tuple[int, str], ...] = ()
    shifts: tuple[tuple[int, int], ...] = ()
    line_map: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing that must not be committed.

    ``value`` is the raw match. It exists only in memory, for the allow stage and for
    redaction, and is never written by a reporter: reporters use ``masked``.
    """

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    kind: Kind
    type: str
    detector: str
    confidence: float
    masked: str
    why: str
    value: str = field(repr=False, compare=False)
    suggestion: str | None = None
    fingerprint: str = ""
    place: str | None = None
    commit: str | None = None
    severity: Literal["block", "warn"] = "block"


@dataclass(frozen=True, slots=True)
class OnDisk:
    """A file on disk, measured but not yet read: the process that scans it reads it, so a
    scan spread over processes does not send every file's bytes from one to another."""

    path: str  # as reported
    location: str  # where it is on disk
    size: int  # when it was measured


@dataclass(frozen=True, slots=True)
class NotScanned:
    """A file the scan could not read. It blocks, unless config says otherwise."""

    path: str
    reason: str
    commit: str | None = None
    # An error inside safecommit rather than an unreadable file: governed by ``on_error``.
    internal: bool = False

    def __post_init__(self) -> None:
        # One line in every format: a library's multi-line message (tarfile lists each
        # method it tried) would otherwise break a text report's layout and a CI annotation.
        if "\n" in self.reason or "\r" in self.reason:
            object.__setattr__(self, "reason", " ".join(self.reason.split()))


@dataclass(frozen=True, slots=True)
class Stats:
    files: int = 0
    bytes: int = 0
    seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class ScanResult:
    findings: tuple[Finding, ...] = ()
    not_scanned: tuple[NotScanned, ...] = ()
    stats: Stats = Stats()
    notes: tuple[str, ...] = ()
