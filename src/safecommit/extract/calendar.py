"""Calendar files (iCalendar ``.ics``): an invite exported into a repository.

A property's long value is folded over lines that start with a space, and its text escapes
line breaks and punctuation (``\\n``, ``\\,``). Folded lines are joined onto the line they
continue (which keeps its number; the lines it took stay, empty), so an attendee's address
split mid-word reads whole. An event's title (``SUMMARY``) is its subject, read on its own
line as an email's is. Its description is a document of its own, placed by its event
(``event 2 description``), its escaped line breaks made lines, so the marking that heads or
ends it heads or ends a text; each of its lines keeps the raw line and column it is written
at, so a finding there points into the file.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from safecommit.extract.syntax import syntax_for
from safecommit.extract.text import decode, normalise_newlines, to_str
from safecommit.lazyre import lazy
from safecommit.model import Blob, Text

# NAME, then parameters (a quoted one may hold a colon), then the value after the colon.
_PROPERTY = lazy(r'([A-Za-z][A-Za-z0-9-]*)((?:;[^:;"]*(?:"[^"]*"[^:;"]*)*)*):')
# A text value's escapes (RFC 5545): a backslash, a semicolon, a comma, a line break.
_ESCAPE = lazy(r"\\([\\;,nN])")
# Properties whose values are never text: dates, durations, numbers, rules. Every other
# property's value (a location, a comment, a calendar's own name) is read unescaped, as
# its reader sees it.
_NOT_TEXT = frozenset({"BEGIN", "END", "DTSTART", "DTEND", "DTSTAMP", "DUE", "CREATED",
                       "LAST-MODIFIED", "RECURRENCE-ID", "EXDATE", "RDATE", "RRULE",
                       "DURATION", "TRIGGER", "SEQUENCE", "PRIORITY", "VERSION",
                       "TZOFFSETFROM", "TZOFFSETTO", "COMPLETED", "PERCENT-COMPLETE"})
# What a component is called where its description is placed.
_COMPONENTS = {"VEVENT": "event", "VTODO": "task", "VJOURNAL": "journal entry"}
_TITLE = "Subject:"


def _unescaped(m: re.Match[str]) -> str:
    return "\n" if m.group(1) in "nN" else m.group(1)


def _on_one_line(line: str, start: int) -> tuple[str, list[tuple[int, int]]]:
    """``line`` with its escapes from ``start`` on read (a line break as a space), and the
    (column, extra) pairs that put each character after an escape back at its raw column."""
    parts: list[str] = []
    shifts: list[tuple[int, int]] = []
    at = start
    for m in _ESCAPE.finditer(line, start):
        parts.append(line[at:m.start()])
        parts.append(" " if m.group(1) in "nN" else m.group(1))
        at = m.end()
        shifts.append((at - len(shifts) - 1, len(shifts) + 1))
    if not shifts:
        return line, []
    return line[:start] + "".join(parts) + line[at:], shifts


@dataclass(frozen=True, slots=True)
class Description:
    place: str  # ``event 2 description``
    text: str
    line_map: tuple[int, ...]  # the 1-based raw line each of its lines starts on
    shifts: tuple[tuple[int, int], ...]  # as Text's: its characters back at raw columns


# Where an unfolded line's pieces come from: (offset in it, 0-based raw line, raw column).
Folds = list[tuple[int, int, int]]


def clean(raw: str) -> tuple[str, list[Description], tuple[tuple[int, int], ...]]:
    """The calendar unfolded, its text values unescaped, each title read as a subject,
    descriptions taken out; the descriptions; and the (offset, extra) pairs that put the
    characters after an escape back at their raw columns."""
    lines = raw.split("\n")
    out: list[str] = []
    folds: dict[int, Folds] = {}
    descriptions: list[Description] = []
    counts: dict[str, int] = {}
    moved: dict[int, list[tuple[int, int]]] = {}
    component = ""
    logical = -1  # the index in ``out`` of the line a folded line continues
    for number, line in enumerate(lines):
        if line[:1] in (" ", "\t") and logical >= 0:
            folds.setdefault(logical, [(0, logical, 0)]).append(
                (len(out[logical]), number, 1))
            out[logical] += line[1:]
            out.append("")
            continue
        logical = len(out)
        out.append(line)
    for i, line in enumerate(out):
        found = _PROPERTY.match(line)
        if found is None:
            continue
        name, value = found.group(1).upper(), line[found.end():]
        if name == "BEGIN" and value.strip().upper() in _COMPONENTS:
            component = _COMPONENTS[value.strip().upper()]
            counts[component] = counts.get(component, 0) + 1
        elif name == "DESCRIPTION" and value.strip():
            where = f"{component} {counts[component]}" if component else "calendar"
            descriptions.append(_description(f"{where} description", line, found.end(),
                                             folds.get(i, [(0, i, 0)])))
            out[i] = line[:found.end()]
        elif name not in _NOT_TEXT and "\\" in line:
            # Its value only: a parameter's text ("CN=Surname\\, Forename") is read as
            # written, where a name's reader finds it whole.
            out[i], moved[i] = _on_one_line(line, found.end())
        if name == "SUMMARY":
            out[i] = _TITLE.ljust(found.end()) + out[i][found.end():]
    shifts: list[tuple[int, int]] = []
    offset = 0
    for i, line in enumerate(out):
        if moved.get(i):
            shifts.extend((offset + col, extra) for col, extra in moved[i])
            shifts.append((offset + len(line), 0))
        offset += len(line) + 1
    return "\n".join(out), descriptions, tuple(shifts)


def _description(place: str, line: str, start: int, folds: Folds) -> Description:
    """The value of unfolded ``line`` from ``start``, unescaped, its escaped line breaks made
    lines, each placed at the raw line and column it starts on (a character after a fold
    counts on from there, as in the unfolded line)."""
    pieces: list[str] = []
    runs: list[tuple[int, int]] = []  # (offset in the text, offset in ``line``) of each run
    size = 0
    at = start
    for m in _ESCAPE.finditer(line, start):
        for piece, source in ((line[at:m.start()], at), (_unescaped(m), m.start())):
            runs.append((size, source))
            pieces.append(piece)
            size += len(piece)
        at = m.end()
    runs.append((size, at))
    pieces.append(line[at:])
    text = "".join(pieces)
    fold_at = [f[0] for f in folds]
    run_at = [r[0] for r in runs]

    def origin(offset: int) -> int:  # the offset in ``line`` a character of the text is from
        k = bisect_right(run_at, offset) - 1
        return runs[k][1] + offset - runs[k][0]

    def fold(source: int) -> tuple[int, int, int]:
        return folds[bisect_right(fold_at, source) - 1]

    line_map: list[int] = []
    shifts: list[tuple[int, int]] = []
    begin = 0
    while begin <= len(text):
        end = text.find("\n", begin)
        end = len(text) if end < 0 else end
        base, raw_line, raw_col = fold(origin(begin))
        line_map.append(raw_line + 1)
        # The raw column, counted on from the line's raw line, less the column in the text:
        # it changes only where a run starts (after an escape) inside this line.
        within = run_at[bisect_right(run_at, begin):bisect_right(run_at, end)]
        for offset in (begin, *within):
            extra = origin(offset) - base + raw_col - (offset - begin)
            if extra != (shifts[-1][1] if shifts else 0):
                shifts.append((offset, extra))
        begin = end + 1
    return Description(place, text, tuple(line_map), tuple(shifts))


def extract(blob: Blob) -> list[Text]:
    syntax = syntax_for(blob.path)
    decoded = to_str(blob.data)
    if decoded is None:
        return [decode(blob, syntax)]
    calendar, descriptions, shifts = clean(normalise_newlines(decoded[0]))
    return [Text(blob.path, calendar, syntax, lines=blob.lines, commit=blob.commit,
                 shifts=shifts),
            *(Text(blob.path, d.text, syntax, place=d.place, lines=blob.lines,
                   commit=blob.commit, shifts=d.shifts, line_map=d.line_map)
              for d in descriptions if d.text.strip())]
