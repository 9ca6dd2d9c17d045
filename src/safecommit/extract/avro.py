"""Avro object container files (``.avro``): the records a data pipeline writes.

The file carries its own schema (JSON) and its records in blocks, each compressed by the
file's codec (deflate, as most writers are set to, bzip2 or xz; snappy and Zstandard need
libraries safecommit does not have, so such a file is not scanned, and says so). A
string is its length then its bytes, so a record's values run together in the file's
strings; each is read through the schema instead, under its field's name (``email: …``,
placed ``record 3 email``).
"""

from __future__ import annotations

import bz2
import json
import lzma
import zlib
from collections.abc import Iterator
from typing import Any

from safecommit.extract import Part, budget, limits
from safecommit.extract.errors import ExtractError
from safecommit.extract.props import placed_text
from safecommit.model import Blob

MAGIC = b"Obj\x01"
_FIXED = {"null": 0, "boolean": 1, "float": 4, "double": 8}


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0

    def long(self) -> int:
        shift = value = 0
        while True:
            byte = self.data[self.at]
            self.at += 1
            value |= (byte & 0x7F) << shift
            if not byte & 0x80:
                return (value >> 1) ^ -(value & 1)
            shift += 7
            if shift > 63:
                raise ValueError("a number too long")

    def bytes(self) -> bytes:
        size = self.long()
        if size < 0 or self.at + size > len(self.data):
            raise ValueError("a length past the end")
        self.at += size
        return self.data[self.at - size:self.at]

    def skip(self, size: int) -> None:
        if self.at + size > len(self.data):
            raise ValueError("past the end")
        self.at += size


def extract(blob: Blob) -> list[Part]:
    if not blob.data.startswith(MAGIC):
        raise ExtractError("not an Avro object container file")
    try:
        rows = list(_rows(blob.data))
    except (IndexError, ValueError, KeyError, TypeError, RecursionError, zlib.error,
            OSError, lzma.LZMAError) as exc:
        raise ExtractError(f"not a readable Avro file ({type(exc).__name__})") from None
    text = placed_text(blob, rows, "Avro records")
    return [text] if text is not None else []


def _rows(data: bytes) -> Iterator[tuple[str, str, str]]:
    head = _Reader(data)
    head.at = len(MAGIC)
    meta: dict[str, bytes] = {}
    for key, value in _blocks(head, lambda r: (r.bytes().decode("utf-8"), r.bytes())):
        meta[key] = value
    schema = json.loads(meta["avro.schema"])
    codec = meta.get("avro.codec", b"null").decode("ascii", "replace")
    if codec not in ("null", "deflate", "bzip2", "xz"):
        raise ExtractError(f"its records are {codec}-compressed, which safecommit cannot "
                           "read, so they were not checked: write it with the deflate codec")
    head.skip(16)  # the sync marker
    names: dict[str, Any] = {}
    _name(schema, names)
    number = 0
    while head.at < len(data):
        count, size = head.long(), head.long()
        raw = data[head.at:head.at + size]
        head.skip(size + 16)
        budget().take(size)
        block = _Reader(_inflate(raw, codec))
        for _ in range(count):
            number += 1
            if number > limits.LIMITS.max_cells:
                raise ExtractError(f"has over {limits.LIMITS.max_cells} records, over the cap")
            yield from _values(block, schema, names, f"record {number}", "")


def _name(schema: Any, names: dict[str, Any]) -> None:
    """Register every named type in ``schema`` (a field may refer to one by name)."""
    if isinstance(schema, list):
        for branch in schema:
            _name(branch, names)
    elif isinstance(schema, dict):
        if isinstance(schema.get("name"), str) and schema.get("type") in (
                "record", "error", "enum", "fixed"):
            full = schema["name"]
            if "." not in full and isinstance(schema.get("namespace"), str):
                names[f"{schema['namespace']}.{full}"] = schema
            names[full] = names[full.rsplit(".", 1)[-1]] = schema
        for key in ("type", "items", "values"):
            if isinstance(schema.get(key), (dict, list)):
                _name(schema[key], names)
        for f in schema.get("fields") or []:
            if isinstance(f, dict):
                _name(f.get("type"), names)


def _inflate(raw: bytes, codec: str) -> bytes:
    if codec == "deflate":
        out = zlib.decompressobj(-15)
        data = out.decompress(raw, limits.LIMITS.max_expanded + 1)
    elif codec == "bzip2":
        data = bz2.decompress(raw)
    elif codec == "xz":
        data = lzma.decompress(raw)
    else:
        return raw
    budget().take(len(data))
    return data


def _blocks(r: _Reader, item: Any) -> Iterator[Any]:
    """The items of an array or map: blocks of a count (negative: then a byte size) and
    that many items, up to a count of 0."""
    while True:
        count = r.long()
        if count == 0:
            return
        if count < 0:
            count = -count
            r.long()
        for _ in range(count):
            yield item(r)


def _values(r: _Reader, schema: Any, names: dict[str, Any], place: str,
            field: str) -> Iterator[tuple[str, str, str]]:
    """(place, field, text) for each string the value of ``schema`` at ``r`` holds."""
    if isinstance(schema, list):  # a union: the branch's index, then its value
        yield from _values(r, schema[r.long()], names, place, field)
        return
    if isinstance(schema, str) and schema in names:
        schema = names[schema]
    kind = schema.get("type") if isinstance(schema, dict) else schema
    if isinstance(kind, (dict, list)):
        yield from _values(r, kind, names, place, field)
        return
    if kind in ("string", "bytes"):
        value = r.bytes().decode("utf-8", "replace")
        yield f"{place} {field}".strip(), field or "value", " ".join(value.split())
    elif kind in ("int", "long"):
        r.long()
    elif kind in _FIXED:
        r.skip(_FIXED[kind])
    elif kind == "fixed":
        r.skip(int(schema["size"]))
    elif kind == "enum":
        symbol = schema["symbols"][r.long()]
        yield f"{place} {field}".strip(), field or "value", str(symbol)
    elif kind in ("record", "error"):
        for f in schema["fields"]:
            yield from _values(r, f["type"], names, place,
                               f"{field}.{f['name']}" if field else str(f["name"]))
    elif kind == "array":
        for batch in _blocks(r, lambda rr: list(_values(rr, schema["items"], names, place,
                                                        field))):
            yield from batch
    elif kind == "map":
        for batch in _blocks(r, lambda rr: _entry(rr, schema["values"], names, place,
                                                  field)):
            yield from batch
    else:
        raise ValueError(f"an Avro type safecommit does not know ({kind})")


def _entry(r: _Reader, values: Any, names: dict[str, Any], place: str,
           field: str) -> list[tuple[str, str, str]]:
    key = r.bytes().decode("utf-8", "replace")
    return list(_values(r, values, names, place, f"{field}.{key}" if field else key))
