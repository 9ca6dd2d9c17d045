"""Build a Finding from a match in a Text: positions, masking, placement."""

from __future__ import annotations

from bisect import bisect_right

from safecommit.detect.locate import Locator
from safecommit.mask import mask
from safecommit.model import Finding, Kind, Text


def make_finding(locator: Locator, start: int, end: int, value: str, *, kind: Kind, type: str,
                 detector: str, confidence: float, why: str,
                 suggestion: str | None = None) -> Finding:
    line, column = locator.position(start)
    end_line, end_column = locator.position(end, end=True)
    text = locator.text
    return Finding(
        path=text.path, line=line, column=column, end_line=end_line, end_column=end_column,
        kind=kind, type=type, detector=detector, confidence=round(confidence, 3),
        masked=mask(value, type, kind), why=why, value=value, suggestion=suggestion,
        place=place_at(text, start), commit=text.commit,
    )


def place_at(text: Text, offset: int) -> str | None:
    """The place inside a document that holds ``offset`` (a cell, a table row …)."""
    if not text.spans:
        return text.place
    i = bisect_right(text.spans, offset, key=lambda span: span[0]) - 1
    return text.spans[i][1] if i >= 0 else text.place
