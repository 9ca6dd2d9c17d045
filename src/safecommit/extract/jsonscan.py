"""Find every string value in JSON text, with its path and where it sits in the raw text.

``json`` gives values without positions; a notebook or HAR finding must point at the raw
line, so this walks the tokens once. Call it on text that ``json.loads`` accepted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from safecommit.extract.errors import ExtractError
from safecommit.extract.text import decode, normalise_newlines, to_str
from safecommit.lazyre import lazy
from safecommit.model import Blob, Text

Path = tuple[str | int, ...]

# Strings use the unrolled form: a megabyte of base64 in one string stays linear and fast.
_TOKEN = lazy(
    r'[ \t\r\n]*(?:(?P<s>"[^"\\]*(?:\\.[^"\\]*)*")|(?P<p>[{}\[\]:,])|(?P<o>[^ \t\r\n{}\[\]:,"]+))',
    re.DOTALL,
)

# One escape, standing for one character: a surrogate pair decodes to one.
_ESCAPE = lazy(r"\\(?:u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}"
                     r"|u[0-9a-fA-F]{4}|.)", re.DOTALL)


@dataclass(frozen=True, slots=True)
class JsonString:
    path: Path
    start: int  # offset of the opening quote in the raw text
    end: int  # offset just past the closing quote
    raw: str  # the literal, quotes and escapes included

    @property
    def value(self) -> str:
        if "\\" not in self.raw:
            return self.raw[1:-1]
        decoded: str = json.loads(self.raw)
        return decoded

    @property
    def shifts(self) -> tuple[tuple[int, int], ...]:
        """Where ``value`` sits behind the literal (see ``lines.Shifts``): after each
        escape, the characters it wrote beyond the one it stands for."""
        if "\\" not in self.raw:
            return ()
        found: list[tuple[int, int]] = []
        extra = 0
        for m in _ESCAPE.finditer(self.raw, 1, len(self.raw) - 1):
            extra += m.end() - m.start() - 1
            found.append((m.end() - 1 - extra, extra))
        return tuple(found)

    @property
    def key(self) -> str:
        """The nearest object key above this value ("" at the top)."""
        for part in reversed(self.path):
            if isinstance(part, str):
                return part
        return ""


def loads(raw: str, what: str) -> object:
    try:
        return json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise ExtractError(f"not valid {what} ({exc})") from None


def read(blob: Blob, what: str) -> tuple[str, object] | Text:
    """A JSON file's text and its parsed document; or, when it is not text or not valid
    JSON, the Text to scan instead (its printable strings, or the raw text as JSON)."""
    decoded = to_str(blob.data)
    if decoded is None:
        return decode(blob, "binary")
    raw = normalise_newlines(decoded[0])
    try:
        return raw, loads(raw, what)
    except ExtractError:
        return decode(blob, "json")  # broken JSON is still text: read it as it is


class _Frame:
    __slots__ = ("expect_key", "is_object", "key")

    def __init__(self, is_object: bool) -> None:
        self.is_object = is_object
        self.expect_key = is_object
        self.key: str | int = "" if is_object else 0


def strings(raw: str) -> Iterator[JsonString]:
    """Every string value (keys excluded) in document order."""
    stack: list[_Frame] = []
    pos, n = 0, len(raw)
    match = _TOKEN.match
    while pos < n:
        m = match(raw, pos)
        if m is None:
            break
        pos = m.end()
        punct = m.group("p")
        if punct is not None:
            if punct == "{" or punct == "[":
                stack.append(_Frame(punct == "{"))
            elif not stack:
                continue
            elif punct == "}" or punct == "]":
                stack.pop()
            elif punct == ":":
                stack[-1].expect_key = False
            else:  # ","
                top = stack[-1]
                if top.is_object:
                    top.expect_key = True
                elif isinstance(top.key, int):
                    top.key += 1
            continue
        literal = m.group("s")
        if literal is None:
            continue
        if stack and stack[-1].expect_key:
            stack[-1].key = literal[1:-1] if "\\" not in literal else json.loads(literal)
            continue
        yield JsonString(tuple(f.key for f in stack), m.start("s"), m.end("s"), literal)
