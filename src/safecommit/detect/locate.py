"""Map character offsets in a Text back to 1-based lines and columns of the original."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from safecommit.lazyre import lazy
from safecommit.model import Text


def _offset(shift: tuple[int, int]) -> int:
    return shift[0]


class Locator:
    """Offsets to positions for one Text; built once and shared by every detector."""

    __slots__ = ("_line_starts", "_mapped", "_utf8", "cache", "text")

    def __init__(self, text: Text) -> None:
        self.text = text
        # Per-text derived data that several detectors share (e.g. parsed fields).
        self.cache: dict[str, object] = {}
        self._line_starts: list[int] | None = None
        self._mapped: dict[int, list[int]] | None = None
        self._utf8: bytes | None = None

    @property
    def _starts(self) -> list[int]:
        """Where each line starts, made when a line is first placed: many texts never are."""
        if self._line_starts is None:
            # Each line's length plus its break, summed, all in C.
            lengths = map(len, self.text.text.split("\n"))
            self._line_starts = list(accumulate(map((1).__add__, lengths), initial=0))[:-1]
        return self._line_starts

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

    def ascii_lines(self) -> AsciiLines | None:
        """The text for patterns that never cross a line break, split by what can read it:
        its ASCII lines for RE2, the rest for the regex engine. None when most of the text
        is not ASCII (then the regex engine reads it all)."""
        found = self.cache.get("ascii_lines", False)
        if found is False:
            found = self.cache["ascii_lines"] = _ascii_lines(self.text.text, self.utf8)
        return found  # type: ignore[return-value]

    def line_index(self, offset: int) -> int:
        """0-based line of ``offset`` within the text."""
        return bisect_right(self._starts, offset) - 1

    def position(self, offset: int, end: bool = False) -> tuple[int, int]:
        """(line, column) in the original file, both 1-based; with ``end``, of the end of
        a span that stops before ``offset``."""
        index = self.line_index(offset)
        column = offset - self._starts[index] + 1
        if self.text.shifts:  # decoded from escapes: the raw column is further right
            # A span's end sits just after its last character, wherever that one is.
            at = bisect_right(self.text.shifts, offset - 1 if end else offset, key=_offset) - 1
            if at >= 0:
                column += self.text.shifts[at][1]
        if self.text.line_map:
            return self.text.line_map[index], column
        return self.text.first_line + index, column

    def indices_of(self, line: int) -> list[int]:
        """0-based indices of the text's lines placed on the original's ``line``: one, but
        any number in a text with a line map (an invite's description: all on its raw
        line), in order."""
        if not self.text.line_map:
            return [line - self.text.first_line]
        if self._mapped is None:
            # A drawing's lines go top of the canvas first: their raw lines are in any order.
            self._mapped = {}
            for index, number in enumerate(self.text.line_map):
                self._mapped.setdefault(number, []).append(index)
        return self._mapped.get(line, [])

    def line_span(self, index: int) -> tuple[int, int]:
        """Start and end offsets of 0-based line ``index`` (end excludes the newline)."""
        starts = self._starts
        end = starts[index + 1] - 1 if index + 1 < len(starts) else len(self.text.text)
        return starts[index], end

    def line_text(self, index: int) -> str:
        if index < 0 or index >= len(self._starts):
            return ""
        start, end = self.line_span(index)
        return self.text.text[start:end]

    @property
    def line_count(self) -> int:
        return len(self._starts)


@dataclass(frozen=True, slots=True)
class AsciiLines:
    """A text's ASCII lines as RE2 reads them, at the text's own offsets, and its others.

    ``data`` is the text with every line that holds a non-ASCII character blanked, as
    ASCII bytes: one byte per character, so a match's offsets are the text's. ``others``
    are the spans of the blanked lines, each with its line break (what a lookaround at the
    line's end sees), for the regex engine.
    """

    data: bytes
    others: tuple[tuple[int, int], ...]


_NOT_ASCII = lazy(r"[^\x00-\x7f]")
# Past this share of blanked characters the regex engine might as well read the whole text.
_MOST = 0.5


def _ascii_lines(text: str, utf8: bytes) -> AsciiLines | None:
    if len(utf8) == len(text):
        return AsciiLines(utf8, ())
    pieces: list[str] = []
    others: list[tuple[int, int]] = []
    blanked = last = 0
    search, rfind, find = _NOT_ASCII.search, text.rfind, text.find
    while (hit := search(text, last)) is not None:
        start = rfind("\n", 0, hit.start()) + 1
        end = find("\n", hit.start())
        end = len(text) if end == -1 else end
        pieces.append(text[last:start])
        pieces.append(" " * (end - start))
        others.append((start, min(end + 1, len(text))))
        blanked += end - start
        if blanked > _MOST * len(text):
            return None
        last = end
    pieces.append(text[last:])
    return AsciiLines("".join(pieces).encode("ascii"), tuple(others))
