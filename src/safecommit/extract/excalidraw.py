"""Excalidraw drawings (``.excalidraw``): the words on the canvas, as a reader sees them.

A scene is JSON: its elements, each placed at ``x`` and ``y``; a text element holds its
words (``originalText`` as typed, ``text`` as wrapped to its box), a frame its name, any
element a link. The drawing is read as draw.io's are: a line per text, top of the canvas
first (then left first), so a banner across its top reads as a banner, not as one string
among the scene's settings; then the links. Pictures pasted in (``files``) are pixels, not
read. A scene that is not valid JSON is read as its text.
"""

from __future__ import annotations

import json
from typing import Any

from safecommit.extract import ooxml
from safecommit.extract.text import decode, to_str
from safecommit.model import Blob, Text


def extract(blob: Blob) -> list[Text]:
    decoded = to_str(blob.data)
    try:
        scene = json.loads(decoded[0]) if decoded is not None else None
    except ValueError:
        scene = None
    elements = scene.get("elements") if isinstance(scene, dict) else None
    if not isinstance(elements, list):
        return [decode(blob, "json")]
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
    found = ooxml.text(blob, lines, "drawing")
    return [found] if found is not None else []


def _number(value: Any) -> float:
    return float(value) if isinstance(value, int | float) else 0.0
