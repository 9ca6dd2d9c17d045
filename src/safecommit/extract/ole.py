"""Legacy Office and Outlook files: OLE2 compound files (Word, Excel and PowerPoint 97-2003,
Outlook ``.msg``), opened with olefile.

An OLE2 file is a little file system of streams. Its property streams name people (author,
last saved by, manager) and may carry a sensitivity label: they are read (by propset.py)
as a .docx's properties are (``property author``). The streams that hold a document's own
words (Word's WordDocument, Excel's Workbook, PowerPoint's slides) are read as text, so
names in them are found as in any document. An Outlook message's sender, recipients and
subject are read as fields, its body as text, and its attachments as files of their own.
Every other stream is read as its printable strings, as any binary file is: nothing in the
file goes unread.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from safecommit.extract import Part, budget, extract_member, propset
from safecommit.extract.errors import ExtractError
from safecommit.extract.html import clean as clean_html
from safecommit.extract.limits import limits_now
from safecommit.extract.props import custom_property, properties_text
from safecommit.extract.text import normalise_newlines, printable_strings
from safecommit.model import Blob, NotScanned, Text

INSTALL = "pip install olefile"

_SUMMARY = "\x05SummaryInformation"
_DOCUMENT_SUMMARY = "\x05DocumentSummaryInformation"
# The properties that hold words ([MS-OLEPS] 2.25), by section and id; a user-defined
# section's are named by the section itself.
_LABELS = {
    propset.SUMMARY: {2: "title", 3: "subject", 4: "author", 5: "keywords", 6: "comments",
                      8: "last modified by"},
    propset.DOCUMENT: {2: "category", 14: "manager", 15: "company"},
}
# The stream that holds a document's text, by application, and what to call it.
_TEXT_STREAMS = {"WordDocument": "document text", "Workbook": "workbook text",
                 "Book": "workbook text", "PowerPoint Document": "slide text"}

# Outlook message properties (MS-OXPROPS), by their four hex digits: the fields of a mail.
_MESSAGE_FIELDS = {
    "0C1A": "from", "0042": "sent on behalf of", "0C1F": "from address",
    "5D01": "from address", "0E04": "to", "0E03": "cc", "0E02": "bcc", "0037": "subject",
}
_RECIPIENT_FIELDS = {"3001": "recipient", "39FE": "recipient address", "3003": "recipient address"}
_BODY, _HEADERS = "1000", "007D"
# A body kept only as HTML (PR_BODY_HTML) or as compressed RTF (PR_RTF_COMPRESSED), as
# Outlook saves many messages, forwarded ones among them: read when there is no plain body.
_HTML_BODY, _RTF_BODY = "1013", "1009"
_ATTACHMENT_DATA, _ATTACHMENT_NAMES = "3701", ("3707", "3704", "3001")
_STRING_TYPES = {"001F": "utf-16-le", "001E": "cp1252"}
# The storage that holds a message attached to a message (PR_ATTACH_DATA_OBJ).
_EMBEDDED_MESSAGE = "/__substg1.0_3701000D/"


def extract(blob: Blob) -> list[Part]:
    try:
        import olefile  # type: ignore[import-untyped]
    except ImportError:
        raise ExtractError(f"needs olefile to read legacy Office and Outlook files ({INSTALL})"
                           ) from None
    try:
        ole = olefile.OleFileIO(io.BytesIO(blob.data))
    except Exception as exc:  # olefile raises many kinds on a damaged or hostile file
        return _damaged(blob, exc)
    try:
        return _parts(blob, ole)
    except ExtractError:
        raise
    except Exception as exc:
        return _damaged(blob, exc)
    finally:
        ole.close()


def _damaged(blob: Blob, exc: Exception) -> list[Part]:
    """A file that cannot be read as OLE2: not scanned, but its strings are still read."""
    return [Text(blob.path, printable_strings(blob.data), "binary", place="binary strings",
                 commit=blob.commit),
            NotScanned(blob.path, f"not a readable OLE2 (legacy Office) file "
                       f"({type(exc).__name__}): only its strings were checked", blob.commit)]


# A BIFF8 workbook's records: a sheet's header and footer (HEADER, FOOTER), each a string
# of Excel's codes (``&COFFICIAL-SENSITIVE``), glued to its words in the stream's strings.
# Its BOF record opens each substream and gives the BIFF version: BIFF5 (Excel 5 and 95,
# a ``Book`` stream) writes those strings as a byte of length, then 8-bit characters.
_SHEET_HEADERS = frozenset({0x14, 0x15})
_BOF, _BIFF5 = 0x0809, 0x0500


def _sheet_headers(blob: Blob, data: bytes, biff5: bool = False) -> list[Text]:
    """The headers and footers of a legacy workbook's sheets, read as a .xlsx's are: a
    section a text, placed where every printed page shows them. ``biff5`` when the stream
    is a ``Book`` (until a BOF record says otherwise)."""
    from safecommit.extract.xlsx import header_footer_sections, header_footer_texts

    said: list[str] = []
    at = 0
    while at + 4 <= len(data):
        kind, size = int.from_bytes(data[at:at + 2], "little"), \
            int.from_bytes(data[at + 2:at + 4], "little")
        body = data[at + 4:at + 4 + size]
        at += 4 + size
        if kind == _BOF and len(body) >= 2:
            biff5 = int.from_bytes(body[:2], "little") == _BIFF5
            continue
        if kind not in _SHEET_HEADERS or len(body) < 2:
            continue
        if biff5:
            written = body[1:1 + body[0]].decode("cp1252", errors="replace")
        elif len(body) >= 3:
            count, wide = int.from_bytes(body[:2], "little"), body[2] & 1
            raw = body[3:3 + count * (2 if wide else 1)]
            written = raw.decode("utf-16-le" if wide else "latin-1", errors="replace")
        else:
            continue
        said.extend(header_footer_sections(written))
    return header_footer_texts(blob, said, "workbook header and footer")


def _parts(blob: Blob, ole: Any) -> list[Part]:
    streams = ["/".join(path) for path in ole.listdir(streams=True, storages=False)]
    parts: list[Part] = []
    read: set[str] = set()
    props = properties_text(blob, _properties(ole, streams, read))
    if props is not None:
        parts.append(props)
    if any(s.startswith("__substg1.0_") for s in streams):
        parts.extend(_message(blob, ole, streams, read))
    for name in streams:
        place = _TEXT_STREAMS.get(name)
        if place is not None:
            read.add(name)
            data = ole.openstream(name).read()
            text = printable_strings(data)
            if text.strip():
                parts.append(Text(blob.path, text, "text", place=place, commit=blob.commit))
            if place == "workbook text":
                parts.extend(_sheet_headers(blob, data, biff5=name == "Book"))
    # The rest as any binary file's strings: macros, embedded objects, an unknown kind.
    rest = "\n".join(printable_strings(ole.openstream(name).read())
                     for name in streams if name not in read)
    if rest.strip():
        parts.append(Text(blob.path, rest, "binary", place="binary strings", commit=blob.commit))
    return parts


def _properties(ole: Any, streams: list[str], read: set[str]) -> list[tuple[str, str]]:
    """The document's properties as (name, value) rows, from its property set streams."""
    rows: list[tuple[str, str]] = []
    for stream in (_SUMMARY, _DOCUMENT_SUMMARY):
        if stream not in streams:
            continue
        read.add(stream)
        for section in propset.sections(ole.openstream(stream).read()):
            labels = _LABELS.get(section.format_id)
            for pid, value in section.strings.items():
                if labels is not None:
                    if pid in labels:
                        rows.append((labels[pid], value))
                    continue
                name = section.names.get(pid, "")
                row = custom_property(name, value) if name else None
                if row is not None:  # not a label's ids, dates and methods: not content
                    rows.append(row)
    return rows


def _message(blob: Blob, ole: Any, streams: list[str], read: set[str], within: str = "",
             label: str = "") -> Iterator[Part]:
    """An Outlook message: its fields (sender, recipients, subject) as ``name: value``
    lines, its body as text and its transport headers as an email's head (``message
    headers``), each attachment as a file. A message
    attached to it (Outlook stores it in the attachment's storage, not as a file) is read
    the same way, placed ``attachment <its name>, message``."""
    fields: list[tuple[str, str]] = []
    body: list[str] = []
    headers: list[str] = []
    other_bodies: dict[str, bytes] = {}
    attachments: dict[str, dict[str, bytes | str]] = {}
    for path in streams:
        if not path.startswith(within):
            continue
        name = path[len(within):]
        holder, inside, _ = name.partition(_EMBEDDED_MESSAGE)
        if inside:  # an attached message's own streams: read as a message of their own
            attachments.setdefault(holder, {})["message"] = within + holder + inside
            continue
        storage, _, leaf = name.rpartition("/")
        if not leaf.startswith("__substg1.0_") or len(leaf) != 20:
            continue
        tag, kind = leaf[12:16].upper(), leaf[16:20].upper()
        if storage.startswith("__attach_version1.0_"):
            if tag == _ATTACHMENT_DATA and kind == "0102":
                read.add(path)
                attachments.setdefault(storage, {})["data"] = ole.openstream(path).read()
            elif tag in _ATTACHMENT_NAMES and kind in _STRING_TYPES:
                attachments.setdefault(storage, {}).setdefault(
                    tag, _decoded(ole.openstream(path).read(), kind))
            continue
        if not storage and tag in (_HTML_BODY, _RTF_BODY) and (kind == "0102"
                                                                or kind in _STRING_TYPES):
            read.add(path)
            raw = ole.openstream(path).read()
            other_bodies[tag] = _decoded(raw, kind).encode("utf-8") if kind in _STRING_TYPES \
                else raw
            continue
        if kind not in _STRING_TYPES:
            continue
        field = (_RECIPIENT_FIELDS if storage.startswith("__recip_version1.0_")
                 else _MESSAGE_FIELDS).get(tag)
        if field is None and not storage and tag in (_BODY, _HEADERS):
            read.add(path)
            (body if tag == _BODY else headers).append(_decoded(ole.openstream(path).read(),
                                                                kind))
        elif field is not None:
            read.add(path)
            fields.append((field, _decoded(ole.openstream(path).read(), kind)))
    found = properties_text(blob, fields, place=f"{label}message", prefix=f"{label}message ")
    if found is not None:
        yield found
    said = normalise_newlines("\n".join(headers))
    if said.strip():  # the transport headers, as an .eml's head is read
        yield Text(blob.path, said, "email", place=f"{label}message headers",
                   commit=blob.commit)
    text = normalise_newlines("\n".join(body))
    if text.strip():
        yield Text(blob.path, text, "text", place=f"{label}message body", commit=blob.commit)
    elif _HTML_BODY in other_bodies:
        said = clean_html(_html_text(other_bodies[_HTML_BODY]))
        if said.strip():
            yield Text(blob.path, said, "html", place=f"{label}message body",
                       commit=blob.commit)
    elif _RTF_BODY in other_bodies:
        rtf = decompress_rtf(other_bodies[_RTF_BODY])
        if rtf is None:
            yield NotScanned(blob.path, f"{label}message body: its compressed RTF is damaged, "
                             "so it was not checked", blob.commit)
        else:
            yield from extract_member(blob, "body.rtf", rtf, f"{label}message body")
    for storage, attachment in sorted(attachments.items()):
        title = next((str(attachment[t]) for t in _ATTACHMENT_NAMES if attachment.get(t)),
                     storage)
        data, inner = attachment.get("data"), attachment.get("message")
        if isinstance(inner, str):
            spent = budget()
            spent.enter(title)  # a message in a message in …: capped like nested archives
            try:
                yield from _message(blob, ole, streams, read, inner,
                                    f"{label}attachment {title}, ")
            finally:
                spent.leave()
        elif isinstance(data, bytes):
            yield from extract_member(blob, title, data, f"{label}attachment {title}")


def _html_text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8").rstrip("\x00")
    except UnicodeDecodeError:
        return raw.decode("cp1252", "replace").rstrip("\x00")


# [MS-OXRTFCP]: compressed RTF starts its dictionary with this text.
_RTF_PRESET = (b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman "
               b"\\fswiss \\fmodern \\fscript \\fdecor MS Sans SerifSymbolArialTimes New "
               b"RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par "
               b"\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx")


def decompress_rtf(data: bytes) -> bytes | None:
    """The RTF in a PR_RTF_COMPRESSED stream (LZFu, or MELA: stored), None if damaged."""
    if len(data) < 16:
        return None
    size = int.from_bytes(data[4:8], "little")
    kind = data[8:12]
    if kind == b"MELA":
        return data[16:16 + size]
    if kind != b"LZFu":
        return None
    window = bytearray(4096)
    window[:len(_RTF_PRESET)] = _RTF_PRESET
    at_window = len(_RTF_PRESET)
    out = bytearray()
    at = 16
    limit = min(size, limits_now().max_expanded)
    while at < len(data) and len(out) < limit:
        flags = data[at]
        at += 1
        for bit in range(8):
            if at >= len(data):
                break
            if not flags >> bit & 1:
                window[at_window] = data[at]
                out.append(data[at])
                at_window = (at_window + 1) % 4096
                at += 1
                continue
            if at + 2 > len(data):
                return None
            word = int.from_bytes(data[at:at + 2], "big")
            at += 2
            offset, length = word >> 4, (word & 0xF) + 2
            if offset == at_window:
                return bytes(out)
            for i in range(length):
                byte = window[(offset + i) % 4096]
                window[at_window] = byte
                out.append(byte)
                at_window = (at_window + 1) % 4096
    return bytes(out)


def _decoded(data: bytes, kind: str) -> str:
    return data.decode(_STRING_TYPES[kind], "replace").rstrip("\x00")
