"""PDF: the text of each page, what was typed into its form, the comments on its pages (and
who wrote them), the text boxes and stamps laid on them, and the document's metadata
(author, creator, XMP). A page with no text but pictures is a scan: its pictures are read
by OCR, as a screenshot is.

pypdf (pure Python, with its own caps on decompressed streams) reads the file; pages are
capped in number and in total time. XMP metadata is parsed with defusedxml, not pypdf's
own XML parser. A password-protected PDF cannot be read and is reported as not scanned.
"""

from __future__ import annotations

import io
import logging
import time
from typing import Any

from safecommit.extract import limits, ocr, pages
from safecommit.extract.errors import ExtractError
from safecommit.extract.props import properties_text
from safecommit.extract.xmp import xmp_pairs
from safecommit.lazyre import lazy
from safecommit.model import Blob, NotScanned, Text

_INFO = {"/Author": "author", "/Creator": "creator", "/Producer": "producer",
         "/Title": "title", "/Subject": "subject", "/Keywords": "keywords"}
_DATES = frozenset({"/CreationDate", "/ModDate"})
INSTALL = "pip install pypdf"
# A scanned page is one picture, or a few strips of one; past this many, only these are read.
_MAX_PICTURES = 16


def _reader(data: bytes) -> Any:
    try:
        import pypdf
    except ImportError:
        raise ExtractError(f"needs pypdf to read PDFs ({INSTALL})") from None
    # pypdf logs damaged-file details; nothing it says is needed, and quiet is safer.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        raise ExtractError("password-protected, so it cannot be checked "
                           "(commit it unprotected, or not at all)")
    return reader


def extract(blob: Blob) -> list[Text | NotScanned]:
    started = time.monotonic()
    try:
        reader = _reader(blob.data)
        count = len(reader.pages)
        if count > limits.LIMITS.max_pages:
            raise ExtractError(f"has {count} pages, over the {limits.LIMITS.max_pages}-page cap")
        texts: list[Text | NotScanned] = [*_metadata(blob, reader)]
        # A filled-in form keeps its answers out of the page's text: they are read apart.
        form = properties_text(blob, _answers(reader), place="form", prefix="form field ")
        texts.extend([form] if form is not None else [])
        said_on: list[tuple[str, str]] = []  # each page's text, read together at the end
        for number, page in enumerate(reader.pages, start=1):
            said = page.extract_text() or ""
            if said.strip():
                said_on.append((f"page {number}", said.replace("\r", "\n")))
            else:
                texts.extend(_scanned(blob, page, number))
            notes = properties_text(blob, _comments(page), place=f"page {number} comments",
                                    prefix=f"page {number} comment ")
            texts.extend([notes] if notes is not None else [])
            boxes = "\n".join(_boxes(page))
            if boxes.strip():
                texts.append(Text(blob.path, boxes, "text", place=f"page {number} text boxes",
                                  commit=blob.commit))
            links = properties_text(blob, _links(page), place=f"page {number} links",
                                    prefix=f"page {number} ")
            texts.extend([links] if links is not None else [])
            if time.monotonic() - started > limits.LIMITS.parse_seconds:
                raise ExtractError(f"took over {limits.LIMITS.parse_seconds:.0f} s to read, "
                                   "over the cap")
        texts[:0] = pages.texts(blob, said_on)
    except ExtractError:
        raise
    except Exception as exc:  # pypdf raises many kinds on a damaged file
        raise ExtractError(f"not a readable PDF ({type(exc).__name__})") from None
    return texts


def _scanned(blob: Blob, page: Any, number: int) -> list[Text | NotScanned]:
    """The text in a page's pictures, read by OCR: a page with no text of its own."""
    found: list[Text | NotScanned] = []
    for image in list(page.images)[:_MAX_PICTURES]:
        found.extend(ocr.text_in(blob, image.data, image.image.size,
                                 f"page {number} (scanned, OCR)", f"page {number} (a scan): "))
    return found


def _answers(reader: Any) -> list[tuple[str, str]]:
    """Each text or choice field's value, under the field's name (``applicant_name``)."""
    fields = reader.get_fields() or {}
    return [(str(name), str(field.get("/V"))) for name, field in fields.items()
            if field.get("/FT") in ("/Tx", "/Ch") and isinstance(field.get("/V"), str)]


# Annotations whose words the page shows, as its own text: a text box typed onto it, a
# stamp, a watermark. A marking stamped on a page marks it; a note's words are a comment.
_SHOWN = frozenset({"/FreeText", "/Stamp", "/Watermark"})
# A sticky note (``/Text``) of capitals alone, a label's words and nothing else: a note that
# is only a marking marks its page, as a stamp does; a note that discusses one is a comment.
_LABEL_ALONE = lazy(r"[A-Z][A-Z \[\]()/:-]{2,60}")


def _comments(page: Any) -> list[tuple[str, str]]:
    """Each comment's text and its author. A form's widgets are not comments: ``_answers``
    reads those; nor are the words a page shows (``_boxes``)."""
    rows: list[tuple[str, str]] = []
    for ref in page.get("/Annots") or ():
        note = ref.get_object()
        kind = note.get("/Subtype")
        if kind == "/Widget":
            continue
        for key, label in (("/T", "author"), ("/Contents", "comment")):
            value = note.get(key)
            if isinstance(value, str) and (label == "author" or kind not in _SHOWN):
                rows.append((label, value))
    return rows


def _boxes(page: Any) -> list[str]:
    """The words of each text box, stamp and watermark on a page, and of each sticky note
    that is only a label, a line each."""
    said: list[str] = []
    for ref in page.get("/Annots") or ():
        note = ref.get_object()
        kind = note.get("/Subtype")
        value = note.get("/Contents") if kind in _SHOWN or kind == "/Text" else None
        words = " ".join(value.split()) if isinstance(value, str) else ""
        if words and (kind != "/Text" or _LABEL_ALONE.fullmatch(words)):
            said.append(words)
    return said


def _links(page: Any) -> list[tuple[str, str]]:
    """Each link's target (a ``mailto:`` address, a URL): the page shows only the words
    linked, or none."""
    rows: list[tuple[str, str]] = []
    for ref in page.get("/Annots") or ():
        note = ref.get_object()
        action = note.get("/A") if note.get("/Subtype") == "/Link" else None
        target = action.get_object().get("/URI") if action is not None else None
        if isinstance(target, str) and target.strip():
            rows.append(("link", target))
    return rows


def _metadata(blob: Blob, reader: Any) -> list[Text]:
    rows: list[tuple[str, str]] = []
    info = reader.metadata or {}
    for key, label in _INFO.items():
        value = info.get(key)
        if isinstance(value, str):
            rows.append((label, value))
    # Custom fields (a company, a manager, a case officer), under their own names.
    rows.extend((str(key).lstrip("/"), value) for key, value in info.items()
                if key not in _INFO and key not in _DATES and isinstance(value, str))
    root = reader.trailer.get("/Root")
    meta = root.get("/Metadata") if root is not None else None
    if meta is not None:
        rows.extend(xmp_pairs(meta.get_object().get_data()))
    text = properties_text(blob, rows)
    return [text] if text is not None else []
