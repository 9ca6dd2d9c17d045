"""Values the run found anywhere, to be replaced everywhere.

A fixture often repeats a value where no detector can tell what it is: the email that
``users.json`` labels is a bare cell in ``orders.csv``. Once a value is known to be
personal data, each of its other copies in the files being redacted gets the same fake,
so the fixtures still agree with each other. Only values specific enough to mean the same
thing wherever they appear are carried over: not a single word, not a short code, not a
date (``1981-03-14`` is a birthday in one file and a release date in another).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

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


@dataclass(frozen=True, slots=True)
class Known:
    types: dict[str, str]  # value -> the type it was found as
    pattern: regex.Pattern[str] | None

    def findings(self, path: str, source: Source) -> Iterator[Finding]:
        """A finding for each copy of a known value in ``source``."""
        if self.pattern is None:
            return
        for m in self.pattern.finditer(source.text, timeout=30.0):
            value = m.group()
            line = source.line(m.start())
            end_line = source.line(m.end())
            yield Finding(
                path=path, line=line, column=m.start() - source.line_starts[line - 1] + 1,
                end_line=end_line, end_column=m.end() - source.line_starts[end_line - 1] + 1,
                kind="personal-data", type=self.types[value], detector=DETECTOR,
                confidence=1.0, masked=mask(value, self.types[value]), why=WHY, value=value)


def _bounded(value: str) -> str:
    head = r"(?<![\w.@+-])" if regex.match(r"\w", value[0]) else ""
    tail = r"(?![\w@-]|\.\w)" if regex.match(r"\w", value[-1]) else ""
    return head + regex.escape(value) + tail


def known_values(findings: Iterable[Finding]) -> Known:
    types: dict[str, str] = {}
    for f in findings:
        if carried(f):
            types.setdefault(f.value, f.type)
    if not types:
        return Known({}, None)
    # Longest first, so a value that contains another is taken whole.
    alternatives = "|".join(_bounded(v) for v in sorted(types, key=len, reverse=True))
    return Known(types, regex.compile(alternatives))
