"""Parquet files: the values of their text, whole-number and date columns, each under its
column's name (``column email``).

Parquet keeps a table column by column, in pages that are usually compressed (Snappy, by
default, in pandas, pyarrow and Spark), so its raw bytes show nothing: an export of
personal data would pass unread as binary strings. This reads the footer (Thrift's compact
encoding), then each column's pages: the values a dictionary page lists, and those a
plain-encoded data page holds. Snappy is decoded here (a simple format) and gzip by zlib;
a column compressed another way (zstd, Brotli, LZ4) cannot be read, and says so.
"""

from __future__ import annotations

import datetime
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any

from safecommit.extract import Part, budget, limits
from safecommit.extract.errors import ExtractError
from safecommit.extract.props import properties_text
from safecommit.extract.text import printable_strings
from safecommit.model import Blob, NotScanned

MAGIC = b"PAR1"

# Thrift compact protocol types.
_STOP, _TRUE, _FALSE, _BYTE, _I16, _I32, _I64, _DOUBLE, _BINARY, _LIST, _SET, _MAP, _STRUCT = \
    range(13)
_MAX_NESTING = 32

# Parquet's own enumerations (parquet.thrift).
_INT32, _INT64, _BYTE_ARRAY = 1, 2, 6
_REQUIRED, _REPEATED = 0, 2
_UNCOMPRESSED, _SNAPPY, _GZIP = 0, 1, 2
_CODECS = {3: "LZO", 4: "Brotli", 5: "LZ4", 6: "zstd", 7: "LZ4"}
_DATA_PAGE, _DICTIONARY_PAGE, _DATA_PAGE_V2 = 0, 2, 3
_PLAIN, _RLE = 0, 3
_DICTIONARY_INDEXES = frozenset({2, 8})  # PLAIN_DICTIONARY, RLE_DICTIONARY
_DATE = 6  # ConvertedType DATE: days since 1970-01-01
_NOT_PEOPLE = frozenset({7, 8, 9, 10})  # ConvertedType TIME_* and TIMESTAMP_*: instants
_EPOCH = datetime.date(1970, 1, 1)
# The groups a list or map is nested in (``aliases.list.element``): the column is ``aliases``.
_LIST_PARTS = frozenset({"list", "element", "item", "array", "bag", "key_value"})


class _Damaged(Exception):
    """The bytes do not hold what the footer says they do."""


class _Reader:
    """Thrift's compact protocol, read into plain values: a struct is ``{field id: value}``."""

    __slots__ = ("data", "pos")

    def __init__(self, data: bytes, pos: int = 0) -> None:
        self.data = data
        self.pos = pos

    def byte(self) -> int:
        if self.pos >= len(self.data):
            raise _Damaged("past the end")
        self.pos += 1
        return self.data[self.pos - 1]

    def varint(self) -> int:
        result = shift = 0
        while True:
            b = self.byte()
            result |= (b & 0x7F) << shift
            if b < 0x80:
                return result
            shift += 7
            if shift > 63:
                raise _Damaged("a number too long")

    def zigzag(self) -> int:
        n = self.varint()
        return (n >> 1) ^ -(n & 1)

    def binary(self) -> bytes:
        size = self.varint()
        end = self.pos + size
        if end > len(self.data):
            raise _Damaged("past the end")
        out = self.data[self.pos:end]
        self.pos = end
        return out

    def struct(self, depth: int = 0) -> dict[int, Any]:
        if depth > _MAX_NESTING:
            raise _Damaged("nested too deep")
        fields: dict[int, Any] = {}
        last = 0
        while (head := self.byte()) & 0x0F != _STOP:
            kind = head & 0x0F
            last = last + (head >> 4) if head >> 4 else self.zigzag()
            fields[last] = kind == _TRUE if kind in (_TRUE, _FALSE) else self.value(kind, depth)
        return fields

    def value(self, kind: int, depth: int) -> Any:
        if kind == _BYTE:
            return self.byte()
        if kind in (_I16, _I32, _I64):
            return self.zigzag()
        if kind == _DOUBLE:
            self.pos += 8
            return None
        if kind == _BINARY:
            return self.binary()
        if kind in (_LIST, _SET):
            head = self.byte()
            size, element = head >> 4, head & 0x0F
            if size == 15:
                size = self.varint()
            if size > len(self.data) - self.pos:  # every element takes a byte at least
                raise _Damaged("a list longer than the file")
            if element in (_TRUE, _FALSE):
                return [self.byte() == _TRUE for _ in range(size)]
            return [self.value(element, depth + 1) for _ in range(size)]
        if kind == _MAP:  # key-value metadata: nothing this reads
            size = self.varint()
            if size:
                types = self.byte()
                for _ in range(size):
                    self.value(types >> 4, depth + 1)
                    self.value(types & 0x0F, depth + 1)
            return None
        if kind == _STRUCT:
            return self.struct(depth + 1)
        raise _Damaged(f"unknown field type {kind}")


def _int(fields: dict[int, Any], key: int, default: int = 0) -> int:
    value = fields.get(key, default)
    if not isinstance(value, int) or isinstance(value, bool):
        raise _Damaged(f"field {key} is not a number")
    return value


def _struct(fields: dict[int, Any], key: int) -> dict[int, Any]:
    value = fields.get(key) or {}
    if not isinstance(value, dict):
        raise _Damaged(f"field {key} is not a structure")
    return value


def _list(fields: dict[int, Any], key: int) -> list[Any]:
    value = fields.get(key) or []
    if not isinstance(value, list):
        raise _Damaged(f"field {key} is not a list")
    return value


def _structs(fields: dict[int, Any], key: int) -> list[dict[int, Any]]:
    found = _list(fields, key)
    if not all(isinstance(item, dict) for item in found):
        raise _Damaged(f"field {key} is not a list of structures")
    return found


def snappy(data: bytes, limit: int) -> bytes:
    """Snappy's raw format (as Parquet stores each page): a length, then literals and
    back-references. ``limit`` caps the length claimed."""
    reader = _Reader(data)
    size = reader.varint()
    if size > limit:
        raise ExtractError(f"a page unpacks to more than {limit // limits.MiB} MiB (a zip bomb?)")
    out = bytearray()
    pos, end, made = reader.pos, len(data), 0  # made: len(out), kept by hand (hot loop)
    while pos < end:
        tag = data[pos]
        kind = tag & 3
        if kind == 0:  # a literal: its length in the tag, or in the 1-4 bytes after it
            length = (tag >> 2) + 1
            if length > 60:
                width = length - 60
                length = int.from_bytes(data[pos + 1:pos + 1 + width], "little") + 1
                pos += width
            literal = data[pos + 1:pos + 1 + length]
            out += literal
            made += len(literal)
            pos += 1 + length
            continue
        if kind == 1:
            length = ((tag >> 2) & 7) + 4
            offset = ((tag >> 5) << 8) | data[pos + 1]
            pos += 2
        elif kind == 2:
            length = (tag >> 2) + 1
            offset = int.from_bytes(data[pos + 1:pos + 3], "little")
            pos += 3
        else:
            length = (tag >> 2) + 1
            offset = int.from_bytes(data[pos + 1:pos + 5], "little")
            pos += 5
        start = made - offset
        if not 0 < offset <= made or made + length > size:
            raise _Damaged("a Snappy back-reference out of range")
        if offset >= length:
            out += out[start:start + length]
        else:  # the copy overlaps what it writes: the last ``offset`` bytes, repeated
            out += (out[start:] * (length // offset + 1))[:length]
        made += length
    if made != size:
        raise _Damaged("a Snappy page of the wrong length")
    return bytes(out)


@dataclass(slots=True)
class _Table:
    """What the reading has found: each distinct (column, value) once, in order; the
    columns it could not read, with why; and how many values it has read."""

    rows: dict[tuple[str, str], None] = field(default_factory=dict)
    unread: dict[str, str] = field(default_factory=dict)
    count: int = 0


@dataclass(frozen=True, slots=True)
class _Column:
    name: str
    type: int
    converted: int | None
    max_definition: int
    max_repetition: int


def extract(blob: Blob) -> list[Part]:
    data = blob.data
    if len(data) < 12 or not data.startswith(MAGIC) or not data.endswith(MAGIC):
        raise ExtractError("not a readable Parquet file (no footer)")
    footer = int.from_bytes(data[-8:-4], "little")
    if len(data) - 8 - footer < 4:
        raise ExtractError("not a readable Parquet file (its footer is longer than the file)")
    try:
        meta = _Reader(data[len(data) - 8 - footer:-8]).struct()
        columns = _columns(_structs(meta, 2))
        table = _Table()
        for group in _structs(meta, 4):
            for chunk in _structs(group, 1):
                _read_chunk(data, _struct(chunk, 3), columns, table)
    except (_Damaged, IndexError, struct.error, zlib.error) as exc:
        raise ExtractError(f"not a readable Parquet file ({exc})") from None
    parts: list[Part] = []
    text = properties_text(blob, list(table.rows), place="Parquet data", prefix="column ")
    if text is not None:
        parts.append(text)
    for codec in sorted(set(table.unread.values())):
        names = ", ".join(name for name, why in table.unread.items() if why == codec)
        parts.append(NotScanned(blob.path, f"compressed with {codec}, which safecommit cannot "
                                f"read, so these columns were not checked: {names}",
                                blob.commit))
    return parts


def _columns(schema: list[dict[int, Any]]) -> dict[str, _Column]:
    """Each leaf column by its dotted path, with the most its definition and repetition
    levels can be (the bytes of levels before a page's values depend on them)."""
    found: dict[str, _Column] = {}

    def walk(i: int, path: tuple[str, ...], shown: tuple[str, ...], definition: int,
             repetition: int, depth: int) -> int:
        if i >= len(schema) or depth > _MAX_NESTING:
            raise _Damaged("a schema that does not add up")
        element = schema[i]
        if i:  # the root is the table itself
            name = _text(element.get(4))
            path = (*path, name)
            if not (shown and name in _LIST_PARTS):  # a list's inner groups add nothing
                shown = (*shown, name)
            how = _int(element, 3, _REQUIRED)
            definition += how != _REQUIRED
            repetition += how == _REPEATED
        children = _int(element, 5)
        i += 1
        if not children and path:
            converted = _int(element, 6, -1)
            found[".".join(path)] = _Column(".".join(shown), _int(element, 1, -1),
                                            converted if converted >= 0 else None,
                                            definition, repetition)
            return i
        for _ in range(children):
            i = walk(i, path, shown, definition, repetition, depth + 1)
        return i

    if schema:
        walk(0, (), (), 0, 0, 0)
    return found


def _text(raw: object) -> str:
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else ""


def _read_chunk(data: bytes, meta: dict[int, Any], columns: dict[str, _Column],
                table: _Table) -> None:
    column = columns.get(".".join(_text(p) for p in _list(meta, 3)))
    if column is None or column.type not in (_INT32, _INT64, _BYTE_ARRAY) \
            or column.converted in _NOT_PEOPLE:
        return  # floats, booleans, instants: nothing that names a person
    codec = _int(meta, 4, _UNCOMPRESSED)
    if codec not in (_UNCOMPRESSED, _SNAPPY, _GZIP):
        table.unread[column.name] = _CODECS.get(codec, f"codec {codec}")
        return
    start = _int(meta, 11) or _int(meta, 9)
    end = start + _int(meta, 7)
    if not 4 <= start <= end <= len(data):
        raise _Damaged("a column outside the file")
    pos = start
    while pos < end:
        reader = _Reader(data, pos)
        header = reader.struct()
        body_end = reader.pos + _int(header, 3)
        if body_end > end:
            raise _Damaged("a page past its column")
        values = list(_page_values(column, codec, header, data[reader.pos:body_end]))
        table.count += len(values)
        table.rows.update(dict.fromkeys(zip(repeat(column.name), values)))
        if table.count > limits.LIMITS.max_cells:
            raise ExtractError(f"has over {limits.LIMITS.max_cells} values, over the cap")
        pos = body_end


def _page_values(column: _Column, codec: int, header: dict[int, Any],
                 body: bytes) -> Iterator[str]:
    kind = _int(header, 1, -1)
    size = _int(header, 2)
    if kind == _DICTIONARY_PAGE:
        yield from _plain(column, _unpacked(codec, body, size))
    elif kind == _DATA_PAGE:
        page = _struct(header, 5)
        if _int(page, 2, -1) in _DICTIONARY_INDEXES:
            return  # indexes into the dictionary page, read already
        values = _unpacked(codec, body, size)
        at = 0
        for most, encoding in ((column.max_repetition, _int(page, 4, _RLE)),
                               (column.max_definition, _int(page, 3, _RLE))):
            if most and encoding != _RLE:  # bit-packed levels (old writers): no length
                yield from _values(column, None, values)
                return
            if most:  # levels, run-length encoded after their length
                at += 4 + int.from_bytes(values[at:at + 4], "little")
        yield from _values(column, _int(page, 2, -1), values[at:])
    elif kind == _DATA_PAGE_V2:
        page = _struct(header, 8)
        if _int(page, 4, -1) in _DICTIONARY_INDEXES:
            return
        levels = _int(page, 5) + _int(page, 6)
        if not 0 <= levels <= len(body):
            raise _Damaged("levels longer than their page")
        values = body[levels:]
        if page.get(7, True):
            values = _unpacked(codec, values, size - levels)
        yield from _values(column, _int(page, 4, -1), values)


def _values(column: _Column, encoding: int | None, values: bytes) -> Iterator[str]:
    if encoding == _PLAIN:
        yield from _plain(column, values)
    elif column.type == _BYTE_ARRAY:  # a delta encoding: the text is there, run together
        yield from printable_strings(values).splitlines()


def _unpacked(codec: int, body: bytes, size: int) -> bytes:
    if size < 0:
        raise _Damaged("a page of negative size")
    budget().take(size)
    if codec == _SNAPPY:
        return snappy(body, limits.LIMITS.max_expanded)
    if codec == _GZIP:
        out = zlib.decompressobj(wbits=31).decompress(body, size + 1)
        if len(out) > size:
            raise _Damaged("a page longer than its header says")
        return out
    return body


def _plain(column: _Column, values: bytes) -> Iterator[str]:
    if column.type == _BYTE_ARRAY:
        at, end = 0, len(values)
        while at + 4 <= end:
            length = int.from_bytes(values[at:at + 4], "little")
            if at + 4 + length > end:
                return
            yield values[at + 4:at + 4 + length].decode("utf-8", "replace")
            at += 4 + length
        return
    width, form = (4, "<i") if column.type == _INT32 else (8, "<q")
    numbers = (n for (n,) in struct.iter_unpack(form, values[:len(values) // width * width]))
    if column.converted == _DATE:
        for days in numbers:
            if -700_000 < days < 2_900_000:  # within the dates Python can hold
                yield (_EPOCH + datetime.timedelta(days=days)).isoformat()
        return
    yield from map(str, numbers)
