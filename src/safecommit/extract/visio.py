"""Visio drawings (``.vsdx``, ``.vsdm``): each page as a reader sees it, and every other part
of the package as an archive's member.

A page's shapes keep their text in XML beside their position, so read as raw XML a banner
across the top of a page is one element among hundreds. Each page is read as its shapes'
text, a line each, top of the page first (Visio measures up from the bottom), then each
shape's data as ``label: value`` (``page 1``). The header and footer the drawing prints on
every page (``visio/document.xml``) are read as a document's are, and the pages' names as
titles, as a workbook's tabs are.
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree.ElementTree import Element

from safecommit.extract import Part, archive, extract_member, ooxml
from safecommit.extract.props import placed_text
from safecommit.lazyre import lazy
from safecommit.model import Blob, Text

_PAGE = lazy(r"visio/pages/page(\d+)\.xml")


def extract(blob: Blob) -> Iterator[Part]:
    def read_as(name: str, data: bytes) -> list[Part] | None:
        own = _READERS.get(name)
        if own is not None:
            return [*own(blob, ooxml.parse(data, name)), *extract_member(blob, name, data)]
        page = _PAGE.fullmatch(name)
        if page is None:
            return None
        found = ooxml.text(blob, _lines(ooxml.parse(data, name)), f"page {page.group(1)}")
        return [found] if found is not None else []

    yield from archive.extract(blob, read_as)


# A header's or footer's codes: the page's number (&p) and the page count (&P), read as
# the first page prints them; the file's name, the date, the time, the page's name.
_NUMBER = lazy(r"&[pP]")
_CODE = lazy(r"&[fdDtTneE]")


# Each part of the header and footer, by its element (HeaderLeft, FooterCenter …): a
# finding is placed where the drawing's reader sets it (``footer right``).
_PART = lazy(r"(Header|Footer)(Left|Center|Right)")
_SIDE = {"Left": "left", "Center": "centre", "Right": "right"}


def _header_footer(blob: Blob, root: Element) -> list[Part]:
    """Each part of the header and footer, a text of its own: its left, centre and right
    are apart on the page, so a level in each is that part's banner, not an item of a list
    of levels (as an Excel header's sections are)."""
    parts: dict[str, str] = {}  # each different line, by the first part that prints it
    for el in root.iter():
        part = _PART.fullmatch(ooxml.local(el.tag))
        line = " ".join(_CODE.sub(" ", _NUMBER.sub("1", el.text or "")).split())
        if part is not None and line:
            parts.setdefault(line, f"{part.group(1).lower()} {_SIDE[part.group(2)]}")
    # The text's own place says it runs on every page (``markings._RUNNING_PLACE``).
    return [Text(blob.path, line, "text", place="header and footer", commit=blob.commit,
                 spans=((0, side),)) for line, side in parts.items()]


def _page_names(blob: Blob, root: Element) -> list[Part]:
    """The pages' names, each line placed by its tab, in the drawing's order (``page 2
    title``)."""
    names = [el.get("Name") or el.get("NameU") or "" for el in root.iter()
             if ooxml.local(el.tag) == "Page"]
    text = placed_text(blob, ((f"page {n} title", "page title", name)
                              for n, name in enumerate(names, start=1)), "page names")
    return [text] if text is not None else []


_READERS = {"visio/document.xml": _header_footer, "visio/pages/pages.xml": _page_names}


def _lines(root: Element) -> list[str]:
    shapes: list[tuple[float, str]] = []
    data: list[str] = []
    for shape in root.iter():
        if ooxml.local(shape.tag) not in ("Shape", "PageContents"):
            continue
        y = 0.0
        for child in shape:
            name = ooxml.local(child.tag)
            if name == "Cell" and child.get("N") == "PinY":
                y = _number(child.get("V"))
            elif name == "Text":
                for line in "".join(child.itertext()).splitlines():
                    if line.strip():
                        shapes.append((y, line.strip()))
            elif name == "Section" and child.get("N") == "Property":
                data += _properties(child)
    return [text for _, text in sorted(shapes, key=lambda s: -s[0])] + data


def _properties(section: Element) -> Iterator[str]:
    for row in section:
        cells = {cell.get("N"): cell.get("V", "") for cell in row
                 if ooxml.local(cell.tag) == "Cell"}
        value = cells.get("Value", "")
        if value.strip():
            yield f"{cells.get('Label') or row.get('N') or 'value'}: {value}"


def _number(value: str | None) -> float:
    try:
        return float(value) if value else 0.0
    except ValueError:
        return 0.0
