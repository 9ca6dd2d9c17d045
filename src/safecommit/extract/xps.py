"""XPS and OpenXPS pages (``.fpage`` parts of an ``.xps`` or ``.oxps``): the text a page
shows, a line per run of glyphs, top of the page first.

A page draws each run of text as a ``Glyphs`` element whose ``UnicodeString`` attribute
holds the characters; read as raw XML, a banner across the top of a page is an attribute
among many, never a line of its own.
"""

from __future__ import annotations

from safecommit.extract import ooxml
from safecommit.model import Blob, Text


def extract(blob: Blob) -> list[Text]:
    runs: list[tuple[float, float, str]] = []
    for glyphs in ooxml.parse(blob.data, "the page").iter():
        if ooxml.local(glyphs.tag) != "Glyphs":
            continue
        text = glyphs.get("UnicodeString", "")
        if text.startswith("{}"):
            text = text[2:]  # "{}" escapes a string that opens with a brace
        if text.strip():
            runs.append((_number(glyphs.get("OriginY")), _number(glyphs.get("OriginX")),
                         text.strip()))
    body = "\n".join(text for _, _, text in sorted(runs))
    return [Text(blob.path, body, "text", commit=blob.commit)] if body else []


def _number(value: str | None) -> float:
    try:
        return float(value) if value else 0.0
    except ValueError:
        return 0.0
