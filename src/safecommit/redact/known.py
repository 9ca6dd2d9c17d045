"""Values the run found anywhere, to be replaced everywhere.

A fixture often repeats a value where no detector can tell what it is: the email that
``users.json`` labels is a bare cell in ``orders.csv``. Once a value is known to be
personal data, each of its other copies in the files being redacted gets the same fake,
so the fixtures still agree with each other. Only values specific enough to mean the same
thing wherever they appear are carried over: not a single word, not a short code, not a
date (the same day is someone's birthday in one file and a release date in the next).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from safecommit.lazyre import lazy_regex
from safecommit.mask import mask
from safecommit.model import Finding
from safecommit.redact.rewrite import Source

MIN_LENGTH = 6
NOT_CARRIED = frozenset({"DATE_OF_BIRTH"})
DETECTOR = "redact-same-value"
WHY = "The same value as personal data found in another place."


def carried(f: Finding) -> bool:
    value = f.value.strip()
    if f.kind != "personal-data" or f.type in NOT_CARRIED or len(value) < MIN_LENGTH:
        return False
    return f.type != "PERSON" or len(value.split()) > 1


_TOKEN = lazy_regex(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Known:
    types: dict[str, str]  # value -> the type it was found as
    # first alphanumeric run of a value -> (its offset in the value, the value), longest first
    anchors: dict[str, list[tuple[int, str]]]

    def findings(self, path: str, source: Source) -> Iterator[Finding]:
        """A finding for each copy of a known value in ``source``."""
        text, at = source.text, 0
        for token in _TOKEN.finditer(text):
            if token.start() < at:
                continue  # inside the copy just found
            for offset, value in self.anchors.get(token.group(), ()):
                start = token.start() - offset
                if start >= at and text.startswith(value, start) and _bounded(text, start, value):
                    at = start + len(value)
                    yield self._finding(path, source, start, value)
                    break

    def _finding(self, path: str, source: Source, start: int, value: str) -> Finding:
        end = start + len(value)
        line, end_line = source.line(start), source.line(end)
        type = self.types[value]
        return Finding(
            path=path, line=line, column=start - source.line_starts[line - 1] + 1,
            end_line=end_line, end_column=end - source.line_starts[end_line - 1] + 1,
            kind="personal-data", type=type, detector=DETECTOR, confidence=1.0,
            masked=mask(value, type), why=WHY, value=value)


def _bounded(text: str, start: int, value: str) -> bool:
    """The copy stands on its own: not the middle of a longer word, address or number."""
    end = start + len(value)
    before = text[start - 1] if start else ""
    after, next_ = text[end:end + 1], text[end + 1:end + 2]
    if value[0].isalnum() and (before.isalnum() or before in "_.@+-"):
        return False
    return not (value[-1].isalnum() and (after.isalnum() or after in "_@-" or (
        after == "." and next_.isalnum())))


def known_values(findings: Iterable[Finding]) -> Known:
    types: dict[str, str] = {}
    for f in findings:
        if carried(f):
            types.setdefault(f.value, f.type)
    anchors: dict[str, list[tuple[int, str]]] = {}
    for value in sorted(types, key=len, reverse=True):
        first = _TOKEN.search(value)
        if first is not None:
            anchors.setdefault(first.group(), []).append((first.start(), value))
    return Known(types, anchors)
