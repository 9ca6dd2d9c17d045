"""Excalidraw drawings (``.excalidraw``): the words on the canvas, as a reader sees them.

A scene is JSON: its elements, each placed at ``x`` and ``y``; a text element holds its
words (``originalText`` as typed, ``text`` as wrapped to its box), a frame its name, any
element a link. The drawing is read as draw.io's are: a line per text, top of the canvas
first (then left first), so a banner across its top reads as a banner, not as one string
among the scene's settings; then the links. Pictures pasted in (``files``) are pixels, not
read. A scene that is not valid JSON is read as its text.

An SVG exported with the scene embedded (``<!-- svg-source:excalidraw -->``) carries it
between ``payload-start`` and ``payload-end``: base64 of the scene's JSON, or (version 2)
of a wrapper holding it deflated as a byte string. The scene is read as a drawing is.
"""

from __future__ import annotations

import base64
import binascii
import json
import zlib
from typing import Any

from safecommit.extract import Part, budget, limits, ooxml
from safecommit.extract.text import decode, to_str
from safecommit.lazyre import lazy
from safecommit.model import Blob, NotScanned, Text


def extract(blob: Blob) -> list[Text]:
    decoded = to_str(blob.data)
    try:
        scene = json.loads(decoded[0]) if decoded is not None else None
    except ValueError:
        scene = None
    if not isinstance(scene, dict) or not isinstance(scene.get("elements"), list):
        return [decode(blob, "json")]
    found = drawing(blob, scene)
    return [found] if found is not None else []


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


def drawing(blob: Blob, scene: dict[str, Any]) -> Text | None:
    """A scene's words, top of the canvas first, then its links."""
    elements = scene["elements"]
    placed: list[tuple[float, float, str]] = []
    links: list[str] = []
    for element in elements:
        if not isinstance(element, dict) or element.get("isDeleted") is True:
            continue
        said = element.get("originalText") or element.get("text") or element.get("name")
        if isinstance(said, str):
            y, x = _number(element.get("y")), _number(element.get("x"))
            placed.extend((y, x, line.strip()) for line in said.split("\n") if line.strip())
        link = element.get("link")
        if isinstance(link, str) and link.strip():
            links.append(f"link: {link.strip()}")
    lines = [text for _, _, text in sorted(placed, key=lambda p: (p[0], p[1]))] + links
    return ooxml.text(blob, lines, "drawing")


def _number(value: Any) -> float:
    return float(value) if isinstance(value, int | float) else 0.0
