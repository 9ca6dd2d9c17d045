"""dBase tables (``.dbf``): the attribute table of every shapefile, where a map's features
keep their owners, addresses and holding numbers.

A table is a header, a 32-byte description of each field, then fixed-width records of
text. Each value is read under its field's name (``OWNER: …``, placed as ``record 3
OWNER``), so a name or a number is judged by its field as in any table.
"""

from __future__ import annotations

from collections.abc import Iterator

from safecommit.extract import Part, limits
from safecommit.extract.errors import ExtractError
from safecommit.extract.props import placed_text
from safecommit.model import Blob

# Field types that hold words, numbers and dates; logical, memo pointers and binary do not.
_READ = frozenset(b"CNFD")
_HEADER, _FIELD = 32, 32


def extract(blob: Blob) -> list[Part]:
    data = blob.data
    if len(data) < _HEADER + 1:
        raise ExtractError("not a readable dBase table (too short)")
    records = int.from_bytes(data[4:8], "little")
    header = int.from_bytes(data[8:10], "little")
    width = int.from_bytes(data[10:12], "little")
    fields = _fields(data, header)
    if not fields or width < 1 or sum(size for _, _, size in fields) + 1 > width \
            or header > len(data):
        raise ExtractError("not a readable dBase table (its header does not add up)")
    # A table cut short (or a header that claims more) is read as far as its records go.
    records = min(records, (len(data) - header) // width)
    if records * len(fields) > limits.LIMITS.max_cells:
        raise ExtractError(f"has {records * len(fields)} values, over the "
                           f"{limits.LIMITS.max_cells} cap")
    text = placed_text(blob, _values(data, fields, header, width, records), "dBase table")
    return [text] if text is not None else []


def _values(data: bytes, fields: list[tuple[str, int, int]], header: int, width: int,
            records: int) -> Iterator[tuple[str, str, str]]:
    """(place, field, value) for each value the table holds, record by record."""
    for number in range(1, records + 1):
        # Past the deletion flag: a deleted record is still in the file, so it is read too.
        at = header + (number - 1) * width + 1
        for name, kind, size in fields:
            raw = data[at:at + size]
            at += size
            if kind not in _READ:
                continue
            value = _decoded(raw)
            if kind == ord("D") and len(value) == 8 and value.isdigit():
                value = f"{value[:4]}-{value[4:6]}-{value[6:]}"
            yield f"record {number} {name}", name, value


def _fields(data: bytes, header: int) -> list[tuple[str, int, int]]:
    """(name, type, width) of each field, up to the descriptors' terminator (0x0D)."""
    found: list[tuple[str, int, int]] = []
    at = _HEADER
    while at + _FIELD <= min(header, len(data)) and data[at] != 0x0D:
        name = data[at:at + 11].split(b"\0", 1)[0].decode("ascii", "replace").strip()
        found.append((name, data[at + 11], data[at + 16]))
        at += _FIELD
    return found


def _decoded(raw: bytes) -> str:
    """A value as its table wrote it: UTF-8 (what a .cpg beside it usually says), else the
    Windows code page that older GIS tools use."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", "replace")
    return " ".join(text.replace("\0", " ").split())
