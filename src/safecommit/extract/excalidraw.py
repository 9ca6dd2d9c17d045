"""Excalidraw drawings (``.excalidraw``): the words on the canvas, as a reader sees them.

A scene is JSON: its elements, each placed at ``x`` and ``y``; a text element holds its
words (``originalText`` as typed, ``text`` as wrapped to its box), a frame its name, any
element a link. The drawing is read as draw.io's are: a line per text, top of the canvas
first (then left first), so a banner across its top reads as a banner, not as one string
among the scene's settings; then the links. Each line keeps the raw line and column its
words are written at in a scene saved as a file, so a finding points into the file.
Pictures pasted in (``files``) are pixels, not read. A scene that is not valid JSON is read
as its text.

An SVG exported with the scene embedded (``<!-- svg-source:excalidraw -->``) carries it
between ``payload-start`` and ``payload-end``: base64 of the scene's JSON, or (version 2)
of a wrapper holding it deflated as a byte string. The scene is read as a drawing is.
"""

from __future__ import annotations

import base64
import binascii
import json
import zlib
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from safecommit.extract import Part, budget, limits, ooxml
from safecommit.extract.jsonscan import JsonString, strings
from safecommit.extract.lines import line_starts, where
from safecommit.extract.text import decode, normalise_newlines, to_str
from safecommit.lazyre import lazy
from safecommit.model import Blob, NotScanned, Text

# An element's keys that hold words a reader sees, as ``drawing`` reads them.
_WORDS = frozenset({"originalText", "text", "name", "link"})


def extract(blob: Blob) -> list[Text]:
    decoded = to_str(blob.data)
    raw = normalise_newlines(decoded[0]) if decoded is not None else ""
    try:
        scene = json.loads(raw) if decoded is not None else None
    except ValueError:
        scene = None
    if not isinstance(scene, dict) or not isinstance(scene.get("elements"), list):
        return [decode(blob, "json")]
    written = {(s.path[1], s.path[2]): s for s in strings(raw)
               if len(s.path) == 3 and s.path[0] == "elements" and s.path[2] in _WORDS}
    found = drawing(blob, scene, _placer(raw, written))
    return [found] if found is not None else []


Shifts = tuple[tuple[int, int], ...]
# Where an element's words are written: for ``key``'s value from character ``begin`` to
# ``end`` (one line of it), the raw 1-based line and 0-based column of ``begin``, and the
# (index from ``begin``, extra columns) that its escapes put after that.
Place = Callable[[int, str, int, int], "tuple[int, int, Shifts] | None"]


def _placer(raw: str, written: dict[tuple[Any, Any], JsonString]) -> Place:
    starts = line_starts(raw)

    def place(element: int, key: str, begin: int, end: int) -> tuple[int, int, Shifts] | None:
        s = written.get((element, key))
        if s is None:
            return None
        shifts = s.shifts
        before = max((extra for index, extra in shifts if index <= begin), default=0)
        line, column = where(starts, s.start + 1 + begin + before)
        return line + 1, column, tuple((index - begin, extra - before)
                                       for index, extra in shifts if begin < index < end)

    return place


_PAYLOAD = lazy(r"<!--[ \t]*payload-start[ \t]*-->(?P<data>[A-Za-z0-9+/=\s]+?)"
                      r"<!--[ \t]*payload-end[ \t]*-->")


def embedded(blob: Blob, svg: str) -> tuple[str, list[Part]]:
    """An exported SVG's text with its payload blanked, and the scene it carries, read as a
    drawing (or why it could not be read); ``svg`` as it is, when it carries none."""
    found = _PAYLOAD.search(svg) if "payload-start" in svg else None
    if found is None:
        return svg, []
    blanked = svg[:found.start("data")] + " " * len(found.group("data")) + svg[found.end("data"):]
    try:
        scene = _scene(found.group("data"))
    except (binascii.Error, zlib.error, ValueError, UnicodeDecodeError):
        scene = None
    if not isinstance(scene, dict) or not isinstance(scene.get("elements"), list):
        return blanked, [NotScanned(blob.path, "an Excalidraw scene that could not be "
                                    "unpacked, so it was not checked", blob.commit)]
    read = drawing(blob, scene)
    return blanked, [read] if read is not None else []


def _scene(data: str) -> Any:
    raw = base64.b64decode("".join(data.split()), validate=True)
    return json.loads(unpacked(raw.decode("latin-1") if b'"bstring"' in raw[:200]
                               else raw.decode("utf-8")))


def unpacked(said: str) -> bytes:
    """The scene's JSON that ``said`` holds, as bytes: ``said`` itself, or the scene packed
    in Excalidraw's wrapper (an embedded SVG's payload, a PNG export's text chunk):
    ``{"encoding": "bstring", "compressed": …, "encoded": …}``, the scene's UTF-8
    (zlib-compressed, when it says so) written one byte a character.

    Raises ValueError (a wrapper that is not JSON) or zlib.error (damaged compression).
    """
    if '"bstring"' not in said[:200]:
        return said.encode("utf-8")
    wrapper = json.loads(said)
    if not isinstance(wrapper, dict) or not isinstance(wrapper.get("encoded"), str):
        return said.encode("utf-8")
    packed: bytes = wrapper["encoded"].encode("latin-1")
    if wrapper.get("compressed"):
        room = limits.LIMITS.max_expanded - budget().expanded
        packed = zlib.decompressobj().decompress(packed, room + 1)
        budget().take(len(packed))
    return packed


def drawing(blob: Blob, scene: dict[str, Any], place: Place | None = None) -> Text | None:
    """A scene's words, top of the canvas first, then its links; with ``place`` (see
    ``_placer``), each line at the raw line and column it is written at."""
    elements = scene["elements"]
    placed: list[tuple[float, float, str, int, str, int]] = []
    links: list[tuple[str, int, str, int]] = []
    for number, element in enumerate(elements):
        if not isinstance(element, dict) or element.get("isDeleted") is True:
            continue
        key = next((k for k in ("originalText", "text", "name") if element.get(k)), "")
        said = element.get(key) if key else None
        if isinstance(said, str):
            y, x = _number(element.get("y")), _number(element.get("x"))
            begin = 0
            for line in said.split("\n"):
                if line.strip():
                    lead = len(line) - len(line.lstrip())
                    placed.append((y, x, line.strip(), number, key, begin + lead))
                begin += len(line) + 1
        link = element.get("link")
        if isinstance(link, str) and link.strip():
            lead = len(link) - len(link.lstrip())
            links.append((f"link: {link.strip()}", number, "link", lead))
    rows = [(text, number, key, begin) for _, _, text, number, key, begin
            in sorted(placed, key=lambda p: (p[0], p[1]))] + links
    found = ooxml.text(blob, [text for text, *_ in rows], "drawing")
    if found is None or place is None:
        return found
    line_map: list[int] = []
    shifts: list[tuple[int, int]] = []
    offset = 0
    for text, number, key, begin in rows:
        label = len("link: ") if key == "link" else 0
        at = place(number, key, begin, begin + len(text) - label)
        row, column, inside = at if at is not None else (0, 0, ())
        line_map.append(row)
        # A column in the text plus its extra is the raw column; "link: " is ours, not raw.
        for index, extra in ((0, 0), *((label + i, e) for i, e in inside)):
            if column - label + extra != (shifts[-1][1] if shifts else 0):
                shifts.append((offset + index, column - label + extra))
        offset += len(text) + 1
    if 0 in line_map:  # not every line found in the file: keep the drawing's own numbering
        return found
    return replace(found, line_map=tuple(line_map), shifts=tuple(shifts))


def _number(value: Any) -> float:
    return float(value) if isinstance(value, int | float) else 0.0
