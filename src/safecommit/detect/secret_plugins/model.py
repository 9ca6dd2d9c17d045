"""What a secret plugin reads (one line, with its neighbours) and what it reports (a Hit)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from safecommit.detect.locate import Locator
from safecommit.model import Kind


@dataclass(frozen=True, slots=True)
class Line:
    """One candidate line of a Text, and where to find the lines around it."""

    text: str
    index: int
    syntax: str
    path: str
    locator: Locator
    words: frozenset[str] = frozenset()  # the prefilter's trigger words on this line

    def as_prose(self) -> Line:
        """The same line read as plain text: a comment's, a message's."""
        return Line(self.text, self.index, "text", self.path, self.locator, self.words)

    def before(self, n: int = 1) -> str:
        """The line ``n`` lines above, or ``""`` at the top of the text."""
        return self.locator.line_text(self.index - n) if self.index - n >= 0 else ""

    def block(self, indent: int, limit: int) -> Iterator[tuple[int, str]]:
        """(lines below, text) for each line of the block this line opens: the lines below
        it indented past ``indent`` (blank ones passed over), up to ``limit`` lines down."""
        locator = self.locator
        for delta in range(1, min(limit, locator.line_count - self.index)):
            below = locator.line_text(self.index + delta)
            if not below.strip():
                continue
            if len(below) - len(below.lstrip()) <= indent:
                return  # a sibling, the next key, or the block's closing brace
            yield delta, below


@dataclass(frozen=True, slots=True)
class Hit:
    """A value found in a line: offsets are within the line, end excluded.

    ``priority`` settles overlaps on one line: the most specific plugin wins, so a GitHub
    token inside a URL is reported as a GitHub token, not as a URL password.
    """

    start: int
    end: int
    value: str
    type: str
    detector: str
    confidence: float = 0.9
    priority: int = 0
    kind: Kind = "secret"
    line_delta: int = 0  # the value sits this many lines below the candidate line (above: < 0)


Plugin = Callable[[Line], Iterator[Hit]]


def keep_most_specific(hits: list[Hit]) -> list[Hit]:
    """Drop hits that overlap a hit of higher priority (or an earlier one of equal priority)."""
    starts: list[int] = []
    kept: list[Hit] = []  # sorted by start, never overlapping
    for hit in sorted(hits, key=lambda h: (-h.priority, h.start)):
        i = bisect_right(starts, hit.start)
        if (i > 0 and kept[i - 1].end > hit.start) or (i < len(kept) and kept[i].start < hit.end):
            continue
        starts.insert(i, hit.start)
        kept.insert(i, hit)
    return kept
