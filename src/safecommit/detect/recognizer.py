"""A recognizer is a declaration: pattern, context words, validator, confidence.

Adding an identifier means adding one ``Recognizer`` and its tests; the engine below
runs every declaration the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import regex

from safecommit.detect.context import has_context
from safecommit.detect.locate import Locator
from safecommit.detect.make import make_finding
from safecommit.detect.prefilter import Lines
from safecommit.model import Finding, Kind

# Every pattern is linear-time by construction; the timeout is a backstop, in seconds.
MATCH_TIMEOUT = 2.0


@dataclass(frozen=True)
class Recognizer:
    type: str
    pattern: str
    why: str
    kind: Kind = "personal-data"
    name: str = ""
    context: tuple[str, ...] = ()
    validate: Callable[[str], bool] | None = None
    reserved: Callable[[str], bool] | None = None
    suggest: str | Callable[[str], str] | None = None
    # Score with no context word nearby, and with one. Below the threshold nothing blocks,
    # so an identifier that is ambiguous on its own sets ``confidence`` low.
    confidence: float = 0.6
    context_confidence: float = 0.95
    group: int | str = 0
    ignore_case: bool = False

    @property
    def detector(self) -> str:
        return self.name or self.type.lower()

    @cached_property
    def compiled(self) -> Any:
        flags = regex.VERSION1 | (regex.IGNORECASE if self.ignore_case else 0)
        return regex.compile(self.pattern, flags)

    def suggestion(self, value: str) -> str | None:
        if callable(self.suggest):
            return self.suggest(value)
        return self.suggest


def context_region(locator: Locator, start: int) -> str:
    """The match's own line and the line before it."""
    index = locator.line_index(start)
    return locator.line_text(index - 1) + "\n" + locator.line_text(index)


def run(recognizers: Iterable[Recognizer], locator: Locator) -> Iterator[Finding]:
    # Each pattern runs only on the lines that hold its trigger (see prefilter.py).
    lines = Lines(locator.text.text)
    for rec in recognizers:
        for match in lines.finditer(rec.compiled, rec.pattern, rec.ignore_case, MATCH_TIMEOUT):
            value = match.group(rec.group)
            if not value:
                continue
            if rec.validate is not None and not rec.validate(value):
                continue
            if rec.reserved is not None and rec.reserved(value):
                continue
            start, end = match.span(rec.group)
            confidence = rec.confidence
            if rec.context and has_context(context_region(locator, start), rec.context):
                confidence = max(confidence, rec.context_confidence)
            yield make_finding(
                locator, start, end, value,
                kind=rec.kind, type=rec.type, detector=rec.detector,
                confidence=confidence, why=rec.why, suggestion=rec.suggestion(value),
            )
