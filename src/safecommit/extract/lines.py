"""Build a text that keeps the raw file's line numbers, from pieces placed on raw lines.

Text formats with escaping (JSON strings in a notebook, tags in a transcript) are read
into decoded pieces. Each piece goes back on the raw line it came from, at its raw column
where there is room, so a finding in the decoded text points at the right line of the file.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from safecommit.model import Blob, Text

# Pieces sharing a line are kept apart, so no pattern runs from one into the next.
_GAP = "   "


@dataclass(frozen=True, slots=True)
class Piece:
    line: int  # 0-based line of the raw file
    col: int  # 0-based column of the raw file
    text: str  # one line: no newlines
    place: str | None = None


def line_starts(raw: str) -> list[int]:
    starts = [0]
    find = raw.find
    i = find("\n")
    while i != -1:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


def where(starts: list[int], offset: int) -> tuple[int, int]:
    """0-based (line, column) of ``offset``."""
    line = bisect_right(starts, offset) - 1
    return line, offset - starts[line]


def one_line(s: str) -> str:
    """A decoded value on one line: its own line breaks become spaces."""
    if "\n" in s or "\r" in s:
        return s.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    return s


def render(pieces: Iterable[Piece]) -> tuple[int, str, tuple[tuple[int, str], ...]]:
    """(first raw line, text, spans) for pieces; empty raw lines stay empty."""
    ordered = sorted(pieces, key=lambda p: (p.line, p.col))
    if not ordered:
        return 0, "", ()
    first = ordered[0].line
    out: list[str] = []
    spans: list[tuple[int, str]] = []
    offset = 0  # length of the text built so far, including newlines
    line_no = first
    current = ""
    last_place: str | None = None
    for piece in ordered:
        while line_no < piece.line:
            out.append(current)
            offset += len(current) + 1
            current = ""
            line_no += 1
        if len(current) < piece.col:
            current += " " * (piece.col - len(current))
        elif current:
            current += _GAP
        if piece.place is not None and piece.place != last_place:
            spans.append((offset + len(current), piece.place))
            last_place = piece.place
        current += piece.text
    out.append(current)
    return first, "\n".join(out), tuple(spans)


def overlay(blob: Blob, pieces: Iterable[Piece], syntax: str,
            place: str | None = None) -> Text | None:
    """A Text of ``pieces`` on their raw lines, or None when there are none."""
    first, text, spans = render(pieces)
    if not text.strip():
        return None
    return Text(blob.path, text, syntax, first_line=first + 1, place=place,
                lines=blob.lines, commit=blob.commit, spans=spans)
