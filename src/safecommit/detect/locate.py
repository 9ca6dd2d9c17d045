"""Map character offsets in a Text back to 1-based lines and columns of the original."""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from safecommit.model import Text


class Locator:
    """Offsets to positions for one Text; built once and shared by every detector."""

    __slots__ = ("_starts", "_utf8", "cache", "text")

    def __init__(self, text: Text) -> None:
        self.text = text
        # Per-text derived data that several detectors share (e.g. parsed fields).
        self.cache: dict[str, object] = {}
        # Where each line starts: each line's length plus its break, summed, all in C.
        lengths = map(len, text.text.split("\n"))
        self._starts = list(accumulate(map((1).__add__, lengths), initial=0))[:-1]
        self._utf8: bytes | None = None

    @property
    def utf8(self) -> bytes:
        """The text as UTF-8, for the RE2 searches, made once and shared by every detector.
        Line breaks stay single ``b"\n"`` bytes, so line numbers carry over."""
        if self._utf8 is None:
            self._utf8 = self.text.text.encode("utf-8", "surrogatepass")
        return self._utf8

    @property
    def ascii(self) -> bool:
        """An ASCII text: RE2 and plain-range patterns read it as the regex engine would."""
        return len(self.utf8) == len(self.text.text)

    def line_index(self, offset: int) -> int:
        """0-based line of ``offset`` within the text."""
        return bisect_right(self._starts, offset) - 1

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) in the original file, both 1-based."""
        index = self.line_index(offset)
        return self.text.first_line + index, offset - self._starts[index] + 1

    def line_span(self, index: int) -> tuple[int, int]:
        """Start and end offsets of 0-based line ``index`` (end excludes the newline)."""
        start = self._starts[index]
        end = self._starts[index + 1] - 1 if index + 1 < len(self._starts) else len(self.text.text)
        return start, end

    def line_text(self, index: int) -> str:
        if index < 0 or index >= len(self._starts):
            return ""
        start, end = self.line_span(index)
        return self.text.text[start:end]

    @property
    def line_count(self) -> int:
        return len(self._starts)
