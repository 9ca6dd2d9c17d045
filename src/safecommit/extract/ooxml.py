"""Office Open XML packages (.docx, .xlsx, .pptx): the zip, its parts and their text.

Every part is parsed with defusedxml (no entities, no DTDs), and read through the running
budget, so a bomb in any part stops early. Names are matched by local name, which covers
both the transitional and the strict OOXML namespaces.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from safecommit.extract import OLE_MAGIC, budget, limits
from safecommit.extract.errors import ExtractError
from safecommit.lazyre import lazy
from safecommit.model import Blob, NotScanned, Text

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

def local(tag: object) -> str:
    name = tag if isinstance(tag, str) else ""
    return name.rsplit("}", 1)[-1]


def open_package(data: bytes, what: str) -> zipfile.ZipFile:
    if data.startswith(OLE_MAGIC):
        raise ExtractError(f"a password-protected or old binary {what}, so it cannot be checked "
                           f"(save it unprotected as {what}, or do not commit it)")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise ExtractError(f"not a readable {what} ({exc})") from None
    if len(zf.infolist()) > limits.LIMITS.max_members:
        raise ExtractError(f"holds {len(zf.infolist())} parts, "
                           f"over the {limits.LIMITS.max_members} cap")
    return zf


def names(zf: zipfile.ZipFile, folder: str, prefix: str) -> list[str]:
    """Part names ``folder/prefix*.xml``, in natural order (slide2 before slide10)."""
    found = [n for n in zf.namelist()
             if posixpath.dirname(n) == folder and posixpath.basename(n).startswith(prefix)
             and n.endswith(".xml")]
    return sorted(found, key=lambda n: (len(n), n))


def read(zf: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    try:
        with zf.open(info) as stream:
            return budget().read(stream)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError,
            NotImplementedError, RuntimeError) as exc:
        raise ExtractError(f"{name} cannot be read ({exc})") from None


def parse(data: bytes, name: str) -> Element:
    import defusedxml.ElementTree as DET

    try:
        root: Element = DET.fromstring(data)
    except Exception as exc:  # ParseError and every defusedxml refusal
        raise ExtractError(f"{name} is not safe, valid XML ({type(exc).__name__})") from None
    return root


def xml(zf: zipfile.ZipFile, name: str) -> Element | None:
    data = read(zf, name)
    return None if data is None else parse(data, name)


def rels(zf: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """A part's relationships: id → (type's last word, target part name)."""
    folder, base = posixpath.split(part)
    root = xml(zf, posixpath.join(folder, "_rels", base + ".rels"))
    out: dict[str, tuple[str, str]] = {}
    if root is None:
        return out
    for rel in root:
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External":
            continue
        full = target.lstrip("/") if target.startswith("/") else \
            posixpath.normpath(posixpath.join(folder, target))
        out[rel.get("Id", "")] = (rel.get("Type", "").rsplit("/", 1)[-1], full)
    return out


def run_text(el: Element) -> str:
    """The visible (and tracked-deleted) text under ``el``, on one line."""
    out: list[str] = []
    for node in el.iter():
        name = local(node.tag)
        if name in ("t", "delText", "instrText") and node.text:
            out.append(node.text)
        elif name == "fldSimple":  # a field's instruction: HYPERLINK "mailto:…", MERGEFIELD …
            out.append(f"{node.get(_INSTR, '')} ")
        elif name == "textpath" and node.get("string"):  # a watermark's or WordArt's words
            out.append(f" {node.get('string')} ")
        elif name == "tab":
            out.append("\t")
        elif name in ("br", "cr") or (name == "p" and node is not el and out):
            out.append(" ")
    return "".join(out).replace("\n", " ")


def lines(el: Element) -> Iterator[str]:
    """One line per paragraph, and one per table row with its cells apart by tabs."""
    for child in el:
        name = local(child.tag)
        if name == "p":
            yield run_text(child)
        elif name == "tr":
            yield "\t".join(run_text(c).replace("\t", " ") for c in child if local(c.tag) == "tc")
        else:
            yield from lines(child)


def text(blob: Blob, found: Iterable[str], place: str, syntax: str = "text",
         spans: tuple[tuple[int, str], ...] = ()) -> Text | None:
    """A Text of ``found`` lines placed inside the document, or None when all are blank."""
    body = "\n".join(found)
    if not body.strip():
        return None
    return Text(blob.path, body, syntax, place=place, commit=blob.commit, spans=spans)


def authors(root: Element) -> set[str]:
    """Names in ``author`` attributes: tracked changes and comments carry them."""
    found = set()
    for el in root.iter():
        for key, value in el.attrib.items():
            if local(key) in ("author", "name") and local(el.tag) in _AUTHORED and value.strip():
                found.add(value.strip())
    return found


_INSTR = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}instr"
# A picture's or shape's non-visual properties: its alt text and title.
_DESCRIBED = frozenset({"docPr", "cNvPr"})


def described(root: Element) -> list[str]:
    """The alt text and titles of the pictures and shapes under ``root``, a line each."""
    return [" ".join(value.split()) for el in root.iter() if local(el.tag) in _DESCRIBED
            for key in ("descr", "title") if (value := el.get(key, "")).strip()]


def links(blob: Blob, zf: zipfile.ZipFile) -> Text | None:
    """Every part's links out of the package: a hyperlink's target (``mailto:`` address,
    URL), an attached template's or linked file's path. The text shows only the words
    linked, so the target is read here, placed by the part it is in."""
    out: list[str] = []
    spans: list[tuple[int, str]] = []
    offset = 0
    for name in sorted(zf.namelist()):
        if not name.endswith(".rels"):
            continue
        root = xml(zf, name)
        targets = [rel.get("Target", "").strip() for rel in (root if root is not None else ())
                   if rel.get("TargetMode") == "External"]
        part = name.replace("_rels/", "").removesuffix(".rels")
        for target in filter(None, targets):
            spans.append((offset, f"link in {part}"))
            out.append(target)
            offset += len(target) + 1
    return text(blob, out, "links", spans=tuple(spans))


def custom_xml(blob: Blob, zf: zipfile.ZipFile) -> Text | None:
    """Data stored with the document (``customXml/item1.xml``): SharePoint's columns (an
    owner's name, a case reference), a bibliography's authors. Each text value is a line."""
    out: list[str] = []
    spans: list[tuple[int, str]] = []
    offset = 0
    for name in names(zf, "customXml", "item"):
        if posixpath.basename(name).startswith("itemProps"):
            continue  # only the schema an item follows
        root = xml(zf, name)
        for value in root.itertext() if root is not None else ():
            said = " ".join(value.split())
            if said:
                spans.append((offset, f"custom XML {name}"))
                out.append(said)
                offset += len(said) + 1
    return text(blob, out, "custom XML", spans=tuple(spans))


_AUTHORED = frozenset({"ins", "del", "moveFrom", "moveTo", "rPrChange", "pPrChange",
                       "comment", "person", "cmAuthor", "author"})


def stream(data: bytes, name: str, start: Callable[[str, dict[str, str]], None],
           end: Callable[[str], None], text: Callable[[str], None]) -> None:
    """Parse a large part event by event with expat, the parser defusedxml wraps.

    The same defence as defusedxml: a DTD, an entity declaration or an external reference
    is refused outright, so no entity is ever expanded. Names reach the callbacks as
    written (``c``, or ``x:c`` with a prefix): the callbacks are the hot loop of a big
    sheet, so nothing stands between them and expat.
    """
    from xml.parsers import expat

    def refuse(*_: object) -> int:
        raise ExtractError(f"{name} is not safe XML (it declares a DTD or entities)")

    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise ExtractError(f"{name} is not valid XML ({exc})") from None


# Parts that hold words no handler reads as the document's own: charts (titles, series and
# their cached values), SmartArt's data (an org chart's names), drawings' text boxes, a pivot
# table's cache (a copy of its source rows, kept when the source sheet is gone), external
# links' cached values, data connections, slide masters and layouts (a footer on every slide),
# and Word's building blocks.
_OTHER = lazy(
    r"(?:(?:word|ppt|xl)/(?:charts/chart|diagrams/data|drawings/drawing|slideMasters/|"
    r"slideLayouts/|notesMasters/|handoutMasters/|glossary/document)|"
    r"xl/(?:pivotCache/|externalLinks/|queryTables/|connections))[^/]*\.xml")
# Files embedded in the document: a chart's workbook, an inserted spreadsheet or document.
_EMBEDDED = lazy(r"(?:word|ppt|xl)/embeddings/[^/]+")
# Attributes that hold values: a pivot cache's and a chart's items, alt text, a connection.
_VALUE_ATTRIBUTES = ("v", "descr", "title", "connection", "command", "sourceFile")


def other_parts(blob: Blob, zf: zipfile.ZipFile) -> list[Text | NotScanned]:
    """The words in parts the document's handler does not read (``_OTHER``), each part
    placed by its name, and the files embedded in it, read as files of their own."""
    from safecommit.extract import extract_member

    found: list[Text | NotScanned] = []
    left = [limits.LIMITS.max_cells]
    for name in sorted(zf.namelist(), key=lambda n: (posixpath.dirname(n), len(n), n)):
        if _OTHER.fullmatch(name):
            data = read(zf, name)
            said = text(blob, _values(data, name, left), f"part {name}") if data else None
            if said is not None:
                found.append(said)
        elif _EMBEDDED.fullmatch(name):
            data = read(zf, name)
            if data:
                found.extend(extract_member(blob, name, data, f"embedded {name}"))
    return found


def _values(data: bytes, name: str, left: list[int]) -> list[str]:
    """Each text run and value attribute in a part, a line each (streamed: a pivot cache
    can hold a million rows)."""
    out: list[str] = []

    def keep(value: str) -> None:
        said = " ".join(value.split())
        if said:
            left[0] -= 1
            if left[0] < 0:
                raise ExtractError(f"has over {limits.LIMITS.max_cells} values, over the cap")
            out.append(said)

    def start(tag: str, attrs: dict[str, str]) -> None:
        if tag.rsplit(":", 1)[-1] == "x":
            return  # a pivot record's index into its field's items
        for key in _VALUE_ATTRIBUTES:
            if key in attrs:
                keep(attrs[key])

    stream(data, name, start, lambda _tag: None, keep)
    return out


_MEDIA = lazy(r"(?:word|ppt|xl)/media/[^/]+\.(?:png|jpe?g|tiff?|webp)", re.IGNORECASE)


def media(blob: Blob, zf: zipfile.ZipFile) -> list[Text | NotScanned]:
    """Pictures pasted into the document (screenshots): their metadata and text, by OCR."""
    from safecommit.extract import extract_member

    found: list[Text | NotScanned] = []
    for name in zf.namelist():
        if _MEDIA.fullmatch(name):
            data = read(zf, name)
            if data:
                found.extend(extract_member(blob, name, data, f"picture {name}"))
    return found
