"""Calendar files (iCalendar ``.ics``): an invite exported into a repository.

A property's long value is folded over lines that start with a space, and its text escapes
line breaks and punctuation (``\\n``, ``\\,``). Folded lines are joined onto the line they
continue (which keeps its number; the lines it took stay, empty), so an attendee's address
split mid-word reads whole. An event's title (``SUMMARY``) is its subject, read on its own
line as an email's is. Its description is a document of its own, placed by its event
(``event 2 description``), its escaped line breaks made lines, so the marking that heads or
ends it heads or ends a text.
"""

from __future__ import annotations

import re

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


def clean(raw: str) -> tuple[str, list[tuple[str, str]], tuple[tuple[int, int], ...]]:
    """The calendar unfolded, its text values unescaped, each title read as a subject,
    descriptions taken out; the descriptions, each (place, text); and the (offset, extra)
    pairs that put the characters after an escape back at their raw columns."""
    lines = raw.split("\n")
    out: list[str] = []
    descriptions: list[tuple[str, str]] = []
    counts: dict[str, int] = {}
    moved: dict[int, list[tuple[int, int]]] = {}
    component = ""
    logical = -1  # the index in ``out`` of the line a folded line continues
    for line in lines:
        if line[:1] in (" ", "\t") and logical >= 0:
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
            descriptions.append((f"{where} description", _ESCAPE.sub(_unescaped, value)))
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


def extract(blob: Blob) -> list[Text]:
    syntax = syntax_for(blob.path)
    decoded = to_str(blob.data)
    if decoded is None:
        return [decode(blob, syntax)]
    calendar, descriptions, shifts = clean(normalise_newlines(decoded[0]))
    return [Text(blob.path, calendar, syntax, lines=blob.lines, commit=blob.commit,
                 shifts=shifts),
            *(Text(blob.path, said, syntax, place=place, commit=blob.commit)
              for place, said in descriptions if said.strip())]
