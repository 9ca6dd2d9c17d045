"""Word documents: body and tables, headers and footers, notes, comments and properties.

Each paragraph is a line; a table row is a line with its cells apart by tabs, so a label
and its value sit together. Tracked deletions are read too: deleted text is still in the
file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from safecommit.extract import ooxml
from safecommit.extract.errors import ExtractError
from safecommit.extract.office_props import properties
from safecommit.model import Blob, NotScanned, Text

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element


def extract(blob: Blob) -> list[Text | NotScanned]:
    with ooxml.open_package(blob.data, ".docx") as zf:
        body = ooxml.xml(zf, "word/document.xml")
        if body is None:
            raise ExtractError("not a Word document (no word/document.xml)")
        found = [ooxml.text(blob, ooxml.lines(body), "body"),
                 ooxml.text(blob, ooxml.described(body), "picture alt text")]
        people = {("tracked change by", name) for name in ooxml.authors(body)}
        for kind in ("header", "footer"):
            for n, name in enumerate(ooxml.names(zf, "word", kind), start=1):
                root = ooxml.xml(zf, name)
                if root is not None:
                    found.append(ooxml.text(blob, ooxml.lines(root), f"{kind} {n}"))
        for kind in ("footnotes", "endnotes"):
            root = ooxml.xml(zf, f"word/{kind}.xml")
            if root is not None:
                found.append(ooxml.text(blob, ooxml.lines(root), kind))
        comments = ooxml.xml(zf, "word/comments.xml")
        if comments is not None:
            found.append(_comments(blob, comments))
            people |= {("comment author", who) for who in ooxml.authors(comments)}
        for name in ("word/people.xml", "word/commentsExtended.xml"):
            root = ooxml.xml(zf, name)
            if root is not None:
                people |= {("person", who) for who in ooxml.authors(root)}
        found.extend((ooxml.links(blob, zf), ooxml.custom_xml(blob, zf)))
        found.extend(properties(blob, zf, sorted(people)))
        pictures = [*ooxml.media(blob, zf), *ooxml.other_parts(blob, zf)]
    return [*(t for t in found if t is not None), *pictures]


def _comments(blob: Blob, root: Element) -> Text | None:
    """Each comment's words, a line each, as a workbook's are: its author is read with the
    document's properties (``comment author``), so "OFFICIAL-SENSITIVE" or "This section
    is OFFICIAL-SENSITIVE" said in a comment reads as it is written."""
    out: list[str] = []
    spans: list[tuple[int, str]] = []
    offset = 0
    for n, comment in enumerate((c for c in root if ooxml.local(c.tag) == "comment"), start=1):
        line = ooxml.run_text(comment)
        spans.append((offset, f"comment {n}"))
        out.append(line)
        offset += len(line) + 1
    return ooxml.text(blob, out, "comments", spans=tuple(spans))
