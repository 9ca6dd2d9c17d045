"""OpenDocument files (.odt, .ods, .odp, .odg): body text, tables and sheets, headers and
footers, and the document's properties.

The package is a zip like Office Open XML's and is read through the same guards
(``ooxml``: defusedxml, the running budget, the member cap). Paragraphs and headings are
a line each; a table row or a sheet row is a line with its cells apart by tabs, so a
header row names the cells below it; each sheet, slide and drawing page is placed by
its name.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

from safecommit.extract import ooxml
from safecommit.extract.errors import ExtractError
from safecommit.extract.pages import texts
from safecommit.extract.props import custom_property, properties_text
from safecommit.extract.syntax import syntax_for
from safecommit.extract.text import decode
from safecommit.model import Blob, NotScanned, Text

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

# meta.xml's elements that name people or say what the document is.
_META = {"initial-creator": "author", "creator": "last modified by", "title": "title",
         "subject": "subject", "keyword": "keywords", "description": "description"}
_KINDS = {".odt": "text document", ".ods": "spreadsheet", ".odp": "presentation",
          ".odg": "drawing", ".fodt": "text document", ".fods": "spreadsheet",
          ".fodp": "presentation", ".fodg": "drawing"}
_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_HREF = "{http://www.w3.org/1999/xlink}href"


def _text(el: Element) -> str:
    """The text under ``el`` on one line: spaces, tabs and line breaks as ODF writes them."""
    out: list[str] = [el.text or ""]
    for child in el:
        name = ooxml.local(child.tag)
        if name == "s":
            out.append(" " * int(child.get(f"{{{_TEXT_NS}}}c", "1") or "1"))
        elif name == "tab":
            out.append("\t")
        elif name == "line-break":
            out.append(" ")
        elif name in ("title", "desc"):  # a frame's or shape's alt text: words of their own
            out.append(f" {_text(child)} ")
        elif name not in ("annotation", "note"):
            out.append(_text(child))
            target = child.get(_HREF, "") if name == "a" else ""
            if target and not target.startswith("#"):  # a link's target: mailto:, a URL
                out.append(f" <{target.removeprefix('mailto:')}>")
        out.append(child.tail or "")
    return "".join(out).replace("\n", " ")


def _asides(el: Element) -> Iterator[str]:
    """The comments and footnotes anchored in a paragraph or cell, a line each: a comment
    as ``author: text``, a note as its text. ``_text`` leaves them out of the line they sit
    in, but they are in the file."""
    for child in el.iter():
        name = ooxml.local(child.tag)
        if name == "annotation":
            who = next((c.text or "" for c in child if ooxml.local(c.tag) == "creator"), "")
            said = " ".join(_text(p) for p in child.iter() if ooxml.local(p.tag) in ("p", "h"))
            yield f"{who.strip()}: {said}" if who.strip() else said
        elif name == "note":
            yield " ".join(_text(p) for p in child.iter() if ooxml.local(p.tag) in ("p", "h"))



# How many empty cells and rows a sheet's repeats are written out to, at most: a sheet
# writes a run of empty cells (or rows) as one, repeated; every one of them is a column
# (or a row) the cells after it are placed by.
_REPEATS = 10_000


def _row(row: Element, room: list[int]) -> str:
    """A sheet's row, its cells apart by tabs, each repeated cell as many times as it
    repeats up to the last cell with text (a row's trailing run, repeated to the sheet's
    edge, is one cell): ``room`` is what is left of the sheet's ``_REPEATS``."""
    cells = [c for c in row if ooxml.local(c.tag) in ("table-cell", "covered-table-cell")]
    said = [_text_of_cell(cell) for cell in cells]
    last = max((i for i, text in enumerate(said) if text), default=-1)
    out: list[str] = []
    for i, (cell, text) in enumerate(zip(cells, said, strict=True)):
        out.append(text)
        if i < last:
            more = max(0, min(_repeated(cell, "columns") - 1, room[0]))
            room[0] -= more
            out.extend([""] * more)
    return "\t".join(out)


def _lines(el: Element, room: list[int] | None = None) -> Iterator[str]:
    """A line per paragraph or heading, and per table row (cells apart by tabs); a sheet's
    (``room`` given) with its repeated rows and cells written out, so each cell sits in
    its own row and column."""
    for child in el:
        name = ooxml.local(child.tag)
        if name in ("p", "h"):
            yield _text(child)
            yield from _asides(child)
        elif name == "change-info":  # a tracked change: who made it
            who = " ".join(c.text.strip() for c in child
                           if ooxml.local(c.tag) == "creator" and c.text and c.text.strip())
            if who:
                yield f"tracked change by: {who}"
        elif name == "table-row" and room is not None:
            yield _row(child, room)
            more = max(0, min(_repeated(child, "rows") - 1, room[0]))
            room[0] -= more
            yield from [""] * more
        elif name == "table-row":
            yield "\t".join(_text_of_cell(cell) for cell in child
                            if ooxml.local(cell.tag) in ("table-cell", "covered-table-cell"))
        elif name in ("annotation", "note"):
            yield " ".join(t.strip() for t in child.itertext() if t.strip())
        elif name in ("title", "desc"):  # a frame's or shape's title and description
            yield _text(child)
        elif name == "named-expressions":  # read apart, by _named
            continue
        else:
            yield from _lines(child, room)


def _text_of_cell(cell: Element) -> str:
    """A cell's paragraphs, then any comment on it, on one line."""
    return " ".join([*(_text(p) for p in cell if ooxml.local(p.tag) in ("p", "h")),
                     *_asides(cell)]).replace("\t", " ")


def _column(index: int) -> str:
    """A sheet's column letters for its 0-based ``index``: A, Z, AA."""
    letters = ""
    index += 1
    while index:
        index, left = divmod(index - 1, 26)
        letters = chr(65 + left) + letters
    return letters


def _repeated(el: Element, what: str) -> int:
    count = next((v for k, v in el.attrib.items() if ooxml.local(k) == f"number-{what}-repeated"),
                 "1")
    return int(count) if count.isdigit() else 1


def _cell_comments(sheet: Element, authors: set[str]
                   ) -> tuple[list[str], tuple[tuple[int, str], ...]]:
    """The comments on a sheet's cells, a line each, placed by their cells (``Notes!B7
    comment``), taken out of the cells; their authors are added to ``authors``."""
    out: list[str] = []
    spans: list[tuple[int, str]] = []
    offset, row = 0, 0
    name = next((v for k, v in sheet.attrib.items() if ooxml.local(k) == "name"), "")
    for el in sheet.iter():
        if ooxml.local(el.tag) != "table-row":
            continue
        row += 1
        column = 0
        for cell in el:
            if ooxml.local(cell.tag) not in ("table-cell", "covered-table-cell"):
                continue
            for note in [c for c in cell if ooxml.local(c.tag) == "annotation"]:
                who = next((c.text or "" for c in note if ooxml.local(c.tag) == "creator"), "")
                if who.strip():
                    authors.add(who.strip())
                said = " ".join(_text(p) for p in note.iter()
                                if ooxml.local(p.tag) in ("p", "h")).replace("\t", " ")
                cell.remove(note)
                if said.strip():
                    spans.append((offset, f"sheet {name}!{_column(column)}{row} comment"))
                    out.append(said)
                    offset += len(said) + 1
            column += _repeated(cell, "columns")
        row += _repeated(el, "rows") - 1
    return out, tuple(spans)


def _places(blob: Blob, body: Element) -> Iterator[Text | None]:
    """Each sheet, slide or page by its name; a text document whole."""
    for part in body:
        kind = ooxml.local(part.tag)
        pages = [c for c in part if ooxml.local(c.tag) in ("table", "page")] \
            if kind in ("spreadsheet", "presentation", "drawing") else []
        if not pages:
            yield ooxml.text(blob, _lines(part), "document")
            continue
        slides: list[tuple[str, str]] = []  # a deck's or drawing's pages, read together
        # the tabs of a workbook, and the pages of a drawing or a deck, titled as its reader
        # sees them: a tab named for its marking marks what it holds
        titles: list[tuple[str, str]] = []
        authors: set[str] = set()
        for number, page in enumerate(pages, start=1):
            name = next((v for k, v in page.attrib.items() if ooxml.local(k) == "name"), "")
            label = "sheet" if kind == "spreadsheet" else "slide" if kind == "presentation" \
                else "page"
            notes = [c for c in page if ooxml.local(c.tag) == "notes"]
            for note in notes:  # speaker notes: a place of their own, as in PowerPoint
                page.remove(note)
            titles.append(("sheet title" if kind == "spreadsheet" else "page title", name))
            if kind == "spreadsheet":
                # a cell's comments read apart, as Excel's are: a comment that is only a
                # marking is that, not one more word of its cell
                said, spans = _cell_comments(page, authors)
                # a sheet's rows read as tab-separated values: its header row names its columns
                rows = list(_lines(page, [_REPEATS]))
                while rows and not rows[-1]:
                    rows.pop()  # the sheet's empty rows, repeated to its foot
                yield ooxml.text(blob, rows, f"{label} {name or number}", "tsv")
                yield ooxml.text(blob, said, f"{label} {name or number} comments",
                                 spans=spans)
            else:
                slides.append((f"{label} {name or number}", "\n".join(_lines(page))))
            for note in notes:
                yield ooxml.text(blob, _lines(note), f"{label} {name or number} notes")
        yield from texts(blob, slides)
        yield properties_text(blob, [*(("comment author", who) for who in sorted(authors)),
                                     *titles],
                              place="sheet titles" if kind == "spreadsheet" else "page names")


def extract(blob: Blob) -> list[Text | NotScanned]:
    suffix = os.path.splitext(blob.path)[1].lower()
    what = _KINDS.get(suffix, "OpenDocument file")
    if suffix.startswith(".fod") and not blob.data.startswith(b"PK"):
        return _flat(blob)
    found: list[Text | None] = []
    with ooxml.open_package(blob.data, what) as zf:
        content = ooxml.xml(zf, "content.xml")
        if content is None:
            raise ExtractError(f"not an OpenDocument {what} (no content.xml)")
        found.extend(_content(blob, content))
        styles = ooxml.xml(zf, "styles.xml")
        if styles is not None:  # headers and footers live with the page styles
            found.extend(_page_styles(blob, styles))
        found.append(_meta(blob, ooxml.xml(zf, "meta.xml")))
    return [t for t in found if t is not None]


def _content(blob: Blob, content: Element) -> Iterator[Text | None]:
    for el in content:
        if ooxml.local(el.tag) == "body":
            yield from _places(blob, el)
            yield _named(blob, el)


def _flat(blob: Blob) -> list[Text | NotScanned]:
    """A flat OpenDocument file (.fodt, .fods, .fodp, .fodg): the package's parts as one XML
    document, read as the package is: its body, its pages' headers and footers, its
    properties. XML that does not parse is read as its text."""
    try:
        root = ooxml.parse(blob.data, blob.path)
    except ExtractError:
        return [decode(blob, syntax_for(blob.path))]
    found: list[Text | None] = list(_content(blob, root))
    parts = {ooxml.local(el.tag): el for el in root}
    if "master-styles" in parts:  # headers and footers live with the page styles
        found.extend(_page_styles(blob, parts["master-styles"]))
    found.append(_meta(blob, parts.get("meta")))
    return [t for t in found if t is not None]


# A page style's running headers and footers (the first page's and left pages' too), and
# the left, centre and right regions a spreadsheet's are split into.
_RUNNING = frozenset({"header", "footer", "header-left", "footer-left", "header-first",
                      "footer-first"})
_REGIONS = frozenset({"region-left", "region-center", "region-right"})


def _page_styles(blob: Blob, root: Element) -> list[Text]:
    """The page styles' headers and footers, a text for each different region: a header and
    a footer, a first page's header and the next pages', a sheet header's left and right,
    are apart on the page, so a level in each is that region's banner, not an item of a
    list of levels (as an Excel header's sections are). The rest (a master slide's frames)
    is read whole."""
    from safecommit.extract.xlsx import header_footer_texts

    regions: list[str] = []
    for parent in list(root.iter()):
        for el in list(parent):
            if ooxml.local(el.tag) in _RUNNING:
                parts = [c for c in el if ooxml.local(c.tag) in _REGIONS] or [el]
                regions += [said for part in parts if (said := "\n".join(_lines(part))).strip()]
                parent.remove(el)
    rest = ooxml.text(blob, _lines(root), "master pages")
    return [*header_footer_texts(blob, regions, "headers and footers"),
            *([rest] if rest is not None else [])]


def _named(blob: Blob, body: Element) -> Text | None:
    """A spreadsheet's named ranges and expressions (Sheet > Named Ranges and Expressions):
    a constant such as ``"…"`` is kept there, not in any cell."""
    rows: list[tuple[str, str]] = []
    for el in body.iter():
        if ooxml.local(el.tag) in ("named-range", "named-expression"):
            attrs = {ooxml.local(k): v for k, v in el.attrib.items()}
            value = attrs.get("expression") or attrs.get("cell-range-address") or ""
            rows.append((attrs.get("name", "?"), value.removeprefix("of:=")))
    return properties_text(blob, rows, place="named ranges", prefix="named range ")


def _meta(blob: Blob, root: Element | None) -> Text | None:
    """The properties in ``root`` (meta.xml, or a flat document's office:meta)."""
    if root is None:
        return None
    rows = [(_META[ooxml.local(el.tag)], (el.text or "").strip()) for el in root.iter()
            if ooxml.local(el.tag) in _META and (el.text or "").strip()]
    # Custom properties (File > Properties > Custom): an owner, a case officer, a reference;
    # and a classification's (a sensitivity label).
    for el in root.iter():
        if ooxml.local(el.tag) == "user-defined" and el.text and el.text.strip():
            name = next((v for k, v in el.attrib.items() if ooxml.local(k) == "name"),
                        "property")
            row = custom_property(name, el.text.strip())
            rows += [row] if row is not None else []
    return properties_text(blob, rows)
