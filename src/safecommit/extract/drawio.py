"""draw.io (diagrams.net) drawings: ``.drawio``, ``.dio`` and SVGs that carry one.

A drawing's text is in its cells' attributes (``value="…"``, an object's ``label`` and
custom properties), as HTML, and draw.io may save each page compressed (``<diagram>``
holding base64 of raw deflate of the URL-encoded page); an SVG exported with "include a
copy of my diagram" holds the same, escaped, in its ``content``. Each page is read as a
reader sees it (``diagram Page-1``): a line per label, top of the page first, so a banner
across its top reads as one, then each object's properties as ``name: value``. A page saved
uncompressed keeps, for each line, the raw line its cell is written on, so a finding points
into the file. An SVG's own text is read too; a drawing that is not valid XML is read as its
bytes.
"""

from __future__ import annotations

import base64
import binascii
import html
import re
import urllib.parse
import zlib
from dataclasses import dataclass, replace
from xml.etree.ElementTree import Element

from safecommit.extract import Part, budget, limits, ooxml
from safecommit.extract.errors import ExtractError
from safecommit.extract.lines import line_starts, where
from safecommit.extract.props import placed_text
from safecommit.extract.text import decode, normalise_newlines, to_str
from safecommit.lazyre import lazy
from safecommit.model import Blob, NotScanned, Text

# A page compressed, raw or escaped inside an attribute: its name, then base64 alone.
_PACKED = lazy(
    r"(?:<|&lt;)diagram\b(?P<attrs>[^<>]*?)(?:>|&gt;)[ \t\r\n]*"
    r"(?P<data>[A-Za-z0-9+/]{8,}[A-Za-z0-9+/=\r\n]*)[ \t\r\n]*(?:<|&lt;)/diagram")
_NAME = lazy(r"\bname=(?:\"|&quot;|&#34;)(?P<v>.*?)(?:\"|&quot;|&#34;)")
_BREAK = lazy(r"(?i)<br\s*/?>|</(?:div|p|li|tr|h[1-6])>")
_TAG = lazy(r"<[^<>]*>")
# A page, and a cell of it with its id (an id is unique only within its page).
_PAGE = lazy(r"<diagram\b[^>]*?(?:/>|>.*?</diagram\s*>)", re.DOTALL)
_CELL = lazy(r"<(?:mxCell|object|UserObject)\b[^>]*?\sid=\"(?P<id>[^\"]*)\"")
_LABEL = lazy(r"\s(?:value|label)=\"")
# An object's attributes that are draw.io's own, not properties someone typed.
_OWN = frozenset({"id", "label", "placeholders", "tags", "link", "style", "parent", "vertex",
                  "edge", "source", "target", "connectable", "collapsed", "visible"})


def extract(blob: Blob) -> list[Part]:
    if blob.path.lower().endswith(".svg"):
        raw = decode(blob, "xml")
        if "payload-start" in raw.text and "excalidraw" in raw.text[:4096]:
            # an Excalidraw export, its scene embedded
            from safecommit.extract import excalidraw

            said, scene = excalidraw.embedded(blob, raw.text)
            return [replace(raw, text=said), *scene]
        if "diagram" not in raw.text:
            return [raw]
        return [raw, *_packed_pages(blob, raw.text)]
    try:
        root = ooxml.parse(blob.data, "the drawing")
    except ExtractError:
        return [decode(blob, "xml")]
    parts: list[Part] = []
    names: list[str] = []
    pages = _raw_pages(blob)
    diagrams = list(root.iter("diagram"))
    for number, diagram in enumerate(diagrams, start=1):
        label = f"diagram {diagram.get('name') or number}"
        names.append(diagram.get("name") or "")
        model = diagram.find("mxGraphModel")
        if model is None and (diagram.text or "").strip():
            parts.extend(_unpacked(blob, diagram.text or "", label))
        elif model is not None:
            cells = pages[number - 1] if len(pages) == len(diagrams) else None
            parts.extend(_page(blob, model, label, cells))
    if not parts and root.tag == "mxGraphModel":  # a page saved on its own
        parts.extend(_page(blob, root, "diagram", pages[0] if len(pages) == 1 else None))
    return [*parts, *_page_names(blob, names)] if parts else [decode(blob, "xml")]


@dataclass(frozen=True, slots=True)
class Written:
    """Where a page's cells are written in the raw file: each id's tag (an id is unique only
    within its page)."""

    raw: str
    starts: list[int]
    tags: dict[str, tuple[int, int]]

    def place(self, identity: str, words: str) -> tuple[int, int] | None:
        """The raw 1-based line and 0-based column of ``words`` in its cell's tag, as the
        file escapes them; of the tag's label, or the tag, when they are not written plainly
        there (a label's HTML around them)."""
        span = self.tags.get(identity)
        if span is None:
            return None
        start, end = span
        label = _LABEL.search(self.raw, start, end)
        begin = label.end() if label else start
        escaped = html.escape(words)
        at = self.raw.find(escaped, begin, end)
        if at < 0:
            at = self.raw.find(escaped, start, end)
        line, column = where(self.starts, at if at >= 0 else begin)
        return line + 1, column


def _raw_pages(blob: Blob) -> list[Written]:
    """The cells of each page of the raw file, or of the whole file when it holds no page
    (an ``mxGraphModel`` saved on its own)."""
    decoded = to_str(blob.data)
    if decoded is None:
        return []
    raw = normalise_newlines(decoded[0])
    starts = line_starts(raw)
    spans = [(m.start(), m.end()) for m in _PAGE.finditer(raw)] or [(0, len(raw))]
    pages: list[Written] = []
    for start, end in spans:
        tags: dict[str, tuple[int, int]] = {}
        for m in _CELL.finditer(raw, start, end):
            tag_end = raw.find(">", m.end(), end)
            tags.setdefault(html.unescape(m.group("id")),
                            (m.start(), tag_end if tag_end >= 0 else end))
        pages.append(Written(raw, starts, tags))
    return pages


def _page_names(blob: Blob, names: list[str]) -> list[Part]:
    """The pages' names, each line placed by its tab (``page 2 title``): a tab named for
    its marking marks what it shows, as a workbook's sheet does."""
    text = placed_text(blob, ((f"page {n} title", "page title", name)
                              for n, name in enumerate(names, start=1)), "page names")
    return [text] if text is not None else []


def _packed_pages(blob: Blob, text: str) -> list[Part]:
    parts: list[Part] = []
    names: list[str] = []
    for number, page in enumerate(_PACKED.finditer(text), start=1):
        named = _NAME.search(page.group("attrs"))
        names.append(html.unescape(named.group("v")) if named else "")
        parts.extend(_unpacked(blob, page.group("data"), f"diagram {names[-1] or number}"))
    return [*parts, *_page_names(blob, names)]


def _unpacked(blob: Blob, data: str, label: str) -> list[Part]:
    try:
        model = ooxml.parse(_unpack(data).encode(), label)
    except (binascii.Error, zlib.error, ValueError, ExtractError):
        return [NotScanned(blob.path, f"{label}: a compressed page that could not be "
                           "unpacked, so it was not checked", blob.commit)]
    return list(_page(blob, model, label))


def _unpack(data: str) -> str:
    packed = base64.b64decode("".join(data.split()), validate=True)
    room = limits.LIMITS.max_expanded - budget().expanded
    raw = zlib.decompressobj(-zlib.MAX_WBITS).decompress(packed, room + 1)
    budget().take(len(raw))
    return urllib.parse.unquote(raw.decode("latin-1"))


def _page(blob: Blob, model: Element, label: str, written: Written | None = None) -> list[Text]:
    """A page's labels, top first (then left first), then its objects' properties; with
    ``written``, each line at the raw line and column of its cell's label."""
    cells: list[tuple[float, float, str, str]] = []
    properties: list[tuple[str, str, str]] = []  # the line, its cell, what it says
    cell_root = model.find("root")
    for cell in (cell_root if cell_root is not None else model):
        identity = cell.get("id", "")
        if cell.tag in ("object", "UserObject"):
            text = cell.get("label", "")
            properties += [(f"{name}: {_plain(value)}", identity, _plain(value))
                           for name, value in cell.attrib.items()
                           if name not in _OWN and value.strip()]
            shape = cell.find("mxCell")
        else:
            text, shape = cell.get("value", ""), cell
        geometry = shape.find("mxGeometry") if shape is not None else None
        y = _number(geometry.get("y") if geometry is not None else None)
        x = _number(geometry.get("x") if geometry is not None else None)
        for line in _plain(text).split("\n"):
            if line.strip():
                cells.append((y, x, line.strip(), identity))
    rows = [(text, identity, text) for _, _, text, identity
            in sorted(cells, key=lambda c: (c[0], c[1]))] + properties
    found = ooxml.text(blob, [text for text, _, _ in rows], label)
    if found is None:
        return []
    at = [written.place(identity, said) for _, identity, said in rows] if written else []
    if not at or None in at:  # not every line found in the file: keep the page's numbering
        return [found]
    line_map: list[int] = []
    shifts: list[tuple[int, int]] = []
    offset = 0
    for (text, _, said), place in zip(rows, at, strict=True):
        assert place is not None
        line_map.append(place[0])
        # What a line says starts at its raw column; a property's "name: " is ours.
        extra = place[1] - (len(text) - len(said))
        if extra != (shifts[-1][1] if shifts else 0):
            shifts.append((offset, extra))
        offset += len(text) + 1
    return [replace(found, line_map=tuple(line_map), shifts=tuple(shifts))]


def _plain(value: str) -> str:
    """A label's HTML as the lines it shows."""
    if "<" in value:
        value = _TAG.sub("", _BREAK.sub("\n", value))
    return html.unescape(value).replace("\xa0", " ")


def _number(value: str | None) -> float:
    try:
        return float(value) if value else 0.0
    except ValueError:
        return 0.0
