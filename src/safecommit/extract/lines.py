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

# Where a decoded string sits behind its raw form: sorted (index, extra) pairs, each saying
# that from ``index`` of the string on, a character stands ``extra`` columns further right
# in the raw file than its index says (the escapes before it: ``\"`` is one character
# written as two).
Shifts = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class Piece:
    line: int  # 0-based line of the raw file
    col: int  # 0-based column of the raw file
    text: str  # one line: no newlines
    place: str | None = None
    shifts: Shifts = ()  # of ``text`` against the raw line, from ``col``


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


def one_line_shifted(s: str, shifts: Shifts) -> tuple[str, Shifts]:
    """``one_line``, with ``shifts`` carried over: a ``\\r\\n`` made one space is one
    character fewer before what follows it."""
    if "\r\n" in s:
        spans = []
        at = s.find("\r\n")
        while at != -1:
            spans.append((at, at + 1))
            at = s.find("\r\n", at + 2)
        s, shifts = without(s, shifts, spans)
    return one_line(s), shifts


def labelled(line: int, col: int, label: str, value: str, shifts: Shifts = (),
             place: str | None = None) -> Piece:
    """``label`` then ``value``, the value at its raw column ``col`` where the label fits
    before it; where it does not, the piece's shifts still put the value at ``col``."""
    value, shifts = one_line_shifted(value, shifts)
    start = max(0, col - len(label))
    behind = col - start - len(label)  # the label is ours: it has no raw column
    return Piece(line, start, label + value, place,
                 ((len(label), behind), *((len(label) + i, behind + extra) for i, extra in shifts)))


def without(s: str, shifts: Shifts, spans: list[tuple[int, int]]) -> tuple[str, Shifts]:
    """``s`` with the sorted, disjoint ``spans`` cut out, and its shifts against the raw
    line: each character keeps the raw column it had."""
    if not spans:
        return s, shifts
    keys = [i for i, _ in shifts]

    def extra(i: int) -> int:  # of the old index i
        k = bisect_right(keys, i) - 1
        return shifts[k][1] if k >= 0 else 0

    def old(new: int) -> int:  # the old index of the character now at ``new``
        i = new
        for start, end in spans:
            if start > i:
                break
            i += end - start
        return i

    cut = 0
    starts: set[int] = set()
    k = 0
    for index, _ in shifts:  # each old break, where its character now is
        while k < len(spans) and spans[k][1] <= index:
            cut += spans[k][1] - spans[k][0]
            k += 1
        inside = k < len(spans) and spans[k][0] <= index
        starts.add((spans[k][0] if inside else index) - cut)
    cut = 0
    for start, end in spans:  # and where each cut closes
        cut += end - start
        starts.add(end - cut)
    found: list[tuple[int, int]] = []
    for new in sorted(starts):
        was = old(new)
        pair = (new, was - new + extra(was))
        if pair[1] != (found[-1][1] if found else 0):
            found.append(pair)
    kept = "".join(s[a:b] for a, b in zip([0, *(e for _, e in spans)],
                                          [*(b for b, _ in spans), len(s)], strict=True))
    return kept, tuple(found)


def render(pieces: Iterable[Piece]
           ) -> tuple[int, str, tuple[tuple[int, str], ...], tuple[tuple[int, int], ...]]:
    """(first raw line, text, spans, shifts) for pieces; empty raw lines stay empty.

    ``shifts`` are the text's (offset, extra) pairs: from ``offset`` on, a character's raw
    column is ``extra`` more than its column in the text, where a piece's escapes, or a
    piece set after its raw column to keep it apart, put it."""
    ordered = sorted(pieces, key=lambda p: (p.line, p.col))
    if not ordered:
        return 0, "", (), ()
    first = ordered[0].line
    out: list[str] = []
    spans: list[tuple[int, str]] = []
    shifts: list[tuple[int, int]] = []

    def shift(at: int, extra: int) -> None:
        if extra != (shifts[-1][1] if shifts else 0):
            shifts.append((at, extra))
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
        at, behind = offset + len(current), piece.col - len(current)
        shift(at, behind)
        for index, extra in piece.shifts:
            shift(at + index, behind + extra)
        current += piece.text
        shift(at + len(piece.text), 0)
    out.append(current)
    return first, "\n".join(out), tuple(spans), tuple(shifts)


def overlay(blob: Blob, pieces: Iterable[Piece], syntax: str,
            place: str | None = None) -> Text | None:
    """A Text of ``pieces`` on their raw lines, or None when there are none."""
    first, text, spans, shifts = render(pieces)
    if not text.strip():
        return None
    return Text(blob.path, text, syntax, first_line=first + 1, place=place,
                lines=blob.lines, commit=blob.commit, spans=spans, shifts=shifts)
