"""draw.io (diagrams.net) drawings: ``.drawio``, ``.dio`` and SVGs that carry one.

A drawing is XML, read on its own lines; but draw.io may save each page compressed
(``<diagram>`` holding base64 of raw deflate of the URL-encoded page), and an SVG exported
with "include a copy of my diagram" holds the same, escaped, in its ``content``. Each
compressed page is unpacked and read as XML of its own (``diagram Page-1``), a cell a line:
read as the file's bytes, its base64 would pass unread.
"""

from __future__ import annotations

import base64
import binascii
import re
import urllib.parse
import zlib

from safecommit.extract import Part, budget, limits
from safecommit.extract.syntax import syntax_for
from safecommit.extract.text import decode
from safecommit.model import Blob, NotScanned, Text

# A page, raw or escaped inside an attribute: its name, then base64 alone as its content.
_DIAGRAM = re.compile(
    r"(?:<|&lt;)diagram\b(?P<attrs>[^<>]*?)(?:>|&gt;)[ \t\r\n]*"
    r"(?P<data>[A-Za-z0-9+/]{8,}[A-Za-z0-9+/=\r\n]*)[ \t\r\n]*(?:<|&lt;)/diagram")
_NAME = re.compile(r"\bname=(?:\"|&quot;|&#34;)(?P<v>.*?)(?:\"|&quot;|&#34;)")
_CELL = re.compile(r"><(?=mxCell|object|UserObject|/root)")


def extract(blob: Blob) -> list[Part]:
    syntax = syntax_for(blob.path)
    text = decode(blob, "xml" if syntax == "text" else syntax)
    parts: list[Part] = [text]
    if "diagram" not in text.text:
        return parts
    for number, page in enumerate(_DIAGRAM.finditer(text.text), start=1):
        named = _NAME.search(page.group("attrs"))
        label = f"diagram {named.group('v') if named else number}"
        try:
            xml = _unpack(page.group("data"))
        except (binascii.Error, zlib.error, ValueError):
            parts.append(NotScanned(blob.path, f"{label}: a compressed page that could not be "
                                    "unpacked, so it was not checked", blob.commit))
            continue
        parts.append(Text(blob.path, _CELL.sub(">\n<", xml), "xml", place=label,
                          commit=blob.commit))
    return parts


def _unpack(data: str) -> str:
    packed = base64.b64decode("".join(data.split()), validate=True)
    room = limits.LIMITS.max_expanded - budget().expanded
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    raw = inflater.decompress(packed, room + 1)
    budget().take(len(raw))
    return urllib.parse.unquote(raw.decode("latin-1"))
