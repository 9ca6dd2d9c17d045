"""Extract: turn a blob's bytes into Texts that detectors can read.

Formats with structure of their own (notebooks, Office files, PDFs, images, archives …)
have a handler module, imported only when a file of that type turns up. Everything else
is decoded as text.

A handler returns the Texts it found, plus a NotScanned for each part it could not read
(an archive member over a cap, an image with no OCR). It raises ExtractError when it cannot
read the file at all. A handler may yield its parts instead (archives do, member by member):
``stream`` then hands them to the scan one at a time, so memory holds one part, not all.
Text-based formats keep the raw file's line numbers; binary formats name a place
(``page 3``, ``sheet Payments!B7``) and number lines inside it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from dataclasses import replace
from functools import partial
from typing import TypeVar

from safecommit.extract.errors import ExtractError
from safecommit.extract.limits import Budget
from safecommit.extract.syntax import syntax_for
from safecommit.extract.text import decode
from safecommit.model import Blob, NotScanned, Text

__all__ = ["ExtractError", "Part", "extract", "extract_member", "stream"]

Part = Text | NotScanned
T = TypeVar("T")

# suffix -> handler module; each has ``extract(blob) -> Iterable[Text | NotScanned]``.
HANDLERS: dict[str, str] = {
    ".ipynb": "safecommit.extract.notebook",
    ".har": "safecommit.extract.har",
    ".map": "safecommit.extract.sourcemap",
    ".vtt": "safecommit.extract.subtitles",
    ".srt": "safecommit.extract.subtitles",
    ".html": "safecommit.extract.html",
    ".htm": "safecommit.extract.html",
    ".xhtml": "safecommit.extract.html",  # an e-book's chapters
    # draw.io drawings, and SVGs that may carry one: a page may be saved compressed.
    ".drawio": "safecommit.extract.drawio",
    ".dio": "safecommit.extract.drawio",
    ".svg": "safecommit.extract.drawio",
    ".excalidraw": "safecommit.extract.excalidraw",
    ".eml": "safecommit.extract.mail",
    ".ics": "safecommit.extract.calendar",  # an invite: its title, its description
    ".ical": "safecommit.extract.calendar",
    # A web page saved whole (Chrome's and Edge's "Web page, single file") is a MIME message:
    # its HTML is quoted-printable or base64, its pictures attachments.
    ".mht": "safecommit.extract.mail",
    ".mhtml": "safecommit.extract.mail",
    ".docx": "safecommit.extract.docx",
    ".docm": "safecommit.extract.docx",
    # Templates keep their kind's parts (only the content type differs): a letter or report
    # template, macro-enabled or not, is read as the document it makes.
    ".dotx": "safecommit.extract.docx",
    ".dotm": "safecommit.extract.docx",
    ".xlsx": "safecommit.extract.xlsx",
    ".xlsm": "safecommit.extract.xlsx",
    ".xltx": "safecommit.extract.xlsx",
    ".xltm": "safecommit.extract.xlsx",
    ".pptx": "safecommit.extract.pptx",
    ".pptm": "safecommit.extract.pptx",
    ".ppsx": "safecommit.extract.pptx",  # a deck saved as a show: the same parts
    ".ppsm": "safecommit.extract.pptx",
    ".potx": "safecommit.extract.pptx",
    ".potm": "safecommit.extract.pptx",
    ".odt": "safecommit.extract.odf",
    ".rtf": "safecommit.extract.rtf",
    ".ods": "safecommit.extract.odf",
    ".odp": "safecommit.extract.odf",
    ".odg": "safecommit.extract.odf",
    # The same documents saved flat, as one XML file
    ".fodt": "safecommit.extract.odf",
    ".fods": "safecommit.extract.odf",
    ".fodp": "safecommit.extract.odf",
    ".fodg": "safecommit.extract.odf",
    ".pdf": "safecommit.extract.pdf",
    ".png": "safecommit.extract.image",
    ".jpg": "safecommit.extract.image",
    ".jpeg": "safecommit.extract.image",
    ".tif": "safecommit.extract.image",
    ".tiff": "safecommit.extract.image",
    ".webp": "safecommit.extract.image",
    ".parquet": "safecommit.extract.parquet",
    ".parq": "safecommit.extract.parquet",
    ".pq": "safecommit.extract.parquet",
    ".dbf": "safecommit.extract.dbf",
    ".dta": "safecommit.extract.statdata",
    ".xpt": "safecommit.extract.statdata",
    ".pkl": "safecommit.extract.pickles",
    ".joblib": "safecommit.extract.pickles",
    ".pickle": "safecommit.extract.pickles",
    ".npy": "safecommit.extract.pickles",
    ".avro": "safecommit.extract.avro",
    ".rds": "safecommit.extract.rdata",
    ".rda": "safecommit.extract.rdata",
    ".rdata": "safecommit.extract.rdata",
    ".sav": "safecommit.extract.spss",
    ".zsav": "safecommit.extract.spss",
    ".por": "safecommit.extract.spss",
    ".feather": "safecommit.extract.columnar",
    ".arrow": "safecommit.extract.columnar",
    ".arrows": "safecommit.extract.columnar",
    ".orc": "safecommit.extract.columnar",
    ".sas7bdat": "safecommit.extract.columnar",
    ".h5": "safecommit.extract.columnar",
    ".hdf5": "safecommit.extract.columnar",
    ".he5": "safecommit.extract.columnar",
    ".sqlite": "safecommit.extract.sqlite",
    ".sqlite3": "safecommit.extract.sqlite",
    ".db": "safecommit.extract.sqlite",
    ".gpkg": "safecommit.extract.sqlite",  # a GeoPackage: GIS layers as SQLite tables
    ".zip": "safecommit.extract.archive",
    ".jar": "safecommit.extract.archive",
    ".war": "safecommit.extract.archive",  # a Java web app: its web.xml and properties
    ".ear": "safecommit.extract.archive",
    ".npz": "safecommit.extract.archive",  # NumPy arrays, a .npy member each
    # Zips by another name: a binary workbook (its strings are UTF-16), a Visio drawing, an
    # e-book, Google Earth's placemarks, a QGIS project.
    ".xlsb": "safecommit.extract.archive",
    ".vsdx": "safecommit.extract.visio",
    ".vsdm": "safecommit.extract.visio",
    ".epub": "safecommit.extract.archive",
    ".kmz": "safecommit.extract.archive",
    ".qgz": "safecommit.extract.archive",
    ".tar.gz": "safecommit.extract.archive",
    ".tgz": "safecommit.extract.archive",
    ".tar": "safecommit.extract.archive",
    ".gz": "safecommit.extract.archive",
    ".tar.bz2": "safecommit.extract.archive",
    ".tbz2": "safecommit.extract.archive",
    ".tbz": "safecommit.extract.archive",
    ".tar.xz": "safecommit.extract.archive",
    ".txz": "safecommit.extract.archive",
    ".bz2": "safecommit.extract.archive",
    ".xz": "safecommit.extract.archive",
    ".lzma": "safecommit.extract.archive",
    ".mat": "safecommit.extract.matlab",
    ".fpage": "safecommit.extract.xps",  # a page of an .xps or .oxps (zips, known by bytes)
    ".iwa": "safecommit.extract.iwork",  # inside Apple's .pages, .numbers and .key
    ".fig": "safecommit.extract.figma",  # a Figma design: its canvas, alone or in a zip
    ".hyper": "safecommit.extract.sealed",
    ".tde": "safecommit.extract.sealed",
    ".p12": "safecommit.extract.keystore",
    ".pfx": "safecommit.extract.keystore",
    ".jks": "safecommit.extract.keystore",
    ".jceks": "safecommit.extract.keystore",
    ".keystore": "safecommit.extract.keystore",
    ".truststore": "safecommit.extract.keystore",
}
# A Power BI report as a project saves it (``X.Report/``), and inside a .pbix.
_POWER_BI = "safecommit.extract.powerbi"
_POWER_BI_NAMES = frozenset({"report.json", "visual.json", "page.json"})
# An OLE2 compound file: Word, Excel and PowerPoint 97-2003, Outlook .msg, and an encrypted
# .docx/.xlsx (which cannot be read).
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# A Java keystore (JKS, JCEKS). A PKCS #12 one is a DER SEQUENCE, then version 3.
JAVA_KEYSTORE_MAGIC = (b"\xfe\xed\xfe\xed", b"\xce\xce\xce\xce")
SQLITE_MAGIC = b"SQLite format 3\0"
# Zips that package software built elsewhere (a wheel, a NuGet or VS Code package, an app):
# others' code, whose authors and licences would fill a report. Read as their strings, as
# any binary is.
_BUILT_PACKAGES = (".whl", ".egg", ".nupkg", ".vsix", ".crx", ".xpi", ".apk", ".aab", ".ipa")
# Access databases (.mdb, .accdb) have no handler: Jet and ACE keep a text column's values
# as plain bytes in their data pages (one byte a character, as Jet 3 and Jet 4's "Unicode
# compression" write them, or UTF-16), so the printable and UTF-16 runs hold every value,
# read as any binary is. What they lose is the column's name: a value that needs its key
# (a sort code, a birth date) is found only by its own form. Reading the columns by name
# would need a reader of the Jet format's table definitions and pages.
# Archives the standard library cannot open: their members cannot be read, so the file is
# not scanned (and says why) rather than read as the noise its compressed bytes are.
_SEALED = ((b"7z\xbc\xaf\x27\x1c", "7-Zip"), (b"Rar!\x1a\x07", "RAR"),
           (b"\x28\xb5\x2f\xfd", "Zstandard"), (b"\x04\x22\x4d\x18", "LZ4"))

# The budget of the top-level blob being read, shared by everything nested inside it.
_BUDGET: ContextVar[Budget | None] = ContextVar("safecommit_extract_budget", default=None)


def handler_for(path: str) -> str | None:
    """The handler module for ``path`` by its suffix (``.tar.gz`` before ``.gz``), if any."""
    name = path[path.rfind("/") + 1:].lower()
    dot = name.rfind(".")
    if dot < 0:
        return _POWER_BI if path.endswith("Report/Layout") else None  # a .pbix's report
    # Two dict look-ups, not a scan of the table: this runs for every file of every commit.
    second = name.rfind(".", 0, dot)
    found = (HANDLERS.get(name[second:]) if second >= 0 else None) or HANDLERS.get(name[dot:])
    if found is None and name in _POWER_BI_NAMES and ".Report/" in path:
        return _POWER_BI  # a Power BI project's report, or one of its visuals
    return found


def may_ocr(path: str) -> bool:
    """Whether reading ``path`` may run OCR: an image, or a PDF (its scanned pages)."""
    return handler_for(path) in _OCR_HANDLERS


_OCR_HANDLERS = frozenset({"safecommit.extract.image", "safecommit.extract.pdf"})


def _parts(blob: Blob) -> Iterable[Part]:
    module = handler_for(blob.path) or _handler_by_content(blob.data, blob.path)
    if module is None:
        return [decode(blob, syntax_for(blob.path))]
    parts: Iterable[Part] = importlib.import_module(module).extract(blob)
    return parts


def _handler_by_content(data: bytes, path: str = "") -> str | None:
    """The handler for a file known by its first bytes (compressed, a zip, a keystore, a
    legacy Office, Parquet or SQLite file) whose name does not say what it is; an error for
    an archive no handler can open."""
    head = data[:10]
    if head.startswith(OLE_MAGIC):
        return "safecommit.extract.ole"
    if head.startswith(b"PAR1") and data.endswith(b"PAR1"):  # Spark's part-00000 files
        return HANDLERS[".parquet"]
    # A zip by a name of its own: XPS, Apple's Pages, Numbers and Keynote, Tableau's .twbx,
    # Power BI's .pbix, mind maps, design files; a SQLite database likewise (.mbtiles).
    # Read as printable strings, their compressed members would pass unread.
    if head.startswith(b"PK\x03\x04"):
        return None if path.lower().endswith(_BUILT_PACKAGES) else HANDLERS[".zip"]
    if head.startswith(b"SQLite f") and data.startswith(SQLITE_MAGIC):
        return HANDLERS[".sqlite"]
    # A compressed file with a name that does not say so (``dump``, ``export.dat``).
    if compression(head) is not None:
        return HANDLERS[".gz"]
    if head.startswith(JAVA_KEYSTORE_MAGIC) or (head[:1] == b"\x30" and b"\x02\x01\x03" in head
                                            and _is_pkcs12(data)):
        return HANDLERS[".p12"]
    if head.startswith((b"T\x00h\x00i\x00s\x00 \x00", b"!BDN")):
        from safecommit.extract.sealed import why

        reason = why(data)
        if reason is not None:
            raise ExtractError(reason)
    for magic, kind in _SEALED:
        if head.startswith(magic):
            raise ExtractError(f"a {kind} archive, which safecommit cannot open, so its files "
                               "were not checked: commit them unpacked, or as .zip or .tar.gz")
    return None


def _is_pkcs12(data: bytes) -> bool:
    from safecommit.extract.keystore import is_pkcs12

    return is_pkcs12(data)


def compression(data: bytes) -> str | None:
    """``gzip``, ``bzip2`` or ``xz``: how ``data`` was compressed, by its first bytes."""
    if data[:3] == b"\x1f\x8b\x08":
        return "gzip"
    # "BZh", the block size (1-9), then the first block's magic (the digits of pi in BCD).
    if data[:3] == b"BZh" and data[3:4].isdigit() and data[4:10] == b"\x31\x41\x59\x26\x53\x59":
        return "bzip2"
    return "xz" if data[:6] == b"\xfd7zXZ\x00" else None


def extract(blob: Blob) -> list[Part] | NotScanned:
    """The texts inside ``blob`` and the parts it could not read, or why it could not be read."""
    token = _BUDGET.set(Budget.fresh())
    try:
        return list(_parts(blob))
    except ExtractError as exc:
        return NotScanned(blob.path, str(exc), blob.commit)
    finally:
        _BUDGET.reset(token)


def stream(blob: Blob) -> Iterator[Part]:
    """``extract``, one part at a time, as the caller asks for it.

    A file that cannot be read at all gives one NotScanned, as ``extract`` does; an archive
    that turns out unreadable partway (a damaged member, a cap reached) gives the parts read
    so far, then the NotScanned that makes the file not fully scanned.
    """
    spent = Budget.fresh()
    try:
        parts = _within(spent, lambda: iter(_parts(blob)))
        while True:
            yield _within(spent, partial(next, parts))
    except StopIteration:
        return
    except ExtractError as exc:
        yield NotScanned(blob.path, str(exc), blob.commit)


def _within(spent: Budget, call: Callable[[], T]) -> T:
    """``call()`` with ``spent`` as the running budget: a streamed blob's budget is set only
    while its handler runs, never across a yield to the scan."""
    token = _BUDGET.set(spent)
    try:
        return call()
    finally:
        _BUDGET.reset(token)


def budget() -> Budget:
    """The running budget (caps on expanded bytes, members and depth) for this blob."""
    current = _BUDGET.get()
    if current is None:  # a handler called on its own, as tests do
        current = Budget.fresh()
        _BUDGET.set(current)
    return current


def extract_member(outer: Blob, name: str, data: bytes, label: str | None = None) -> list[Part]:
    """Extract a file held inside ``outer`` (an archive member, an email attachment).

    Its texts keep ``outer``'s path, so reports point at the committed file, and name the
    member in ``place`` (``label``, by default ``name``): ``inner/report.pdf, page 2``, or
    ``inner/b.zip!c/x.csv`` through a nested archive.
    """
    label = label or name
    spent = budget()
    spent.enter(name)
    try:
        parts = list(_parts(Blob(name, data)))
    except ExtractError as exc:
        return [NotScanned(outer.path, f"{label}: {exc}", outer.commit)]
    finally:
        spent.leave()
    # A nested archive's parts are its members: ``inner.zip!member``.
    glue = "!" if handler_for(name) == HANDLERS[".zip"] else ", "
    out: list[Part] = []
    for part in parts:
        if isinstance(part, NotScanned):
            joiner = "!" if glue == "!" else ": "
            out.append(NotScanned(outer.path, f"{label}{joiner}{part.reason}", outer.commit))
            continue
        spans = tuple((at, _join(label, where, glue)) for at, where in part.spans)
        out.append(replace(part, path=outer.path, place=_join(label, part.place, glue),
                           spans=spans, lines=None, commit=outer.commit))
    return out


def _join(label: str, place: str | None, glue: str) -> str:
    return label if place is None else f"{label}{glue}{place}"
