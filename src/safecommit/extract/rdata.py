"""R's saved objects: ``.rds`` (one object, ``saveRDS``) and ``.RData``/``.rda``
(``save``: named objects), gzip-, bzip2- or xz-compressed as R writes them.

The file is R's serialization (XDR). It is read, never evaluated, into its vectors and
lists, and each string is given under its name: a data frame's value as ``email: …``,
placed ``people$email[3]``, so it is judged by its column as in any table. A factor's
levels and the labels haven keeps on columns are read the same way. A file this reader
cannot follow (byte code, an unknown type) is read as its strings, as before.

``.rds`` is also a SQL Server Reporting Services data source: XML text, read as XML (its
connection string, user and password are a data file's keys and values), not as R's bytes.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from safecommit.extract import Part, budget, compression, limits
from safecommit.extract.errors import ExtractError
from safecommit.extract.props import placed_text
from safecommit.extract.text import decode, printable_strings, to_str
from safecommit.model import Blob, Text

Row = tuple[str, str, str]
_SKIP_ATTRS = frozenset({"names", "row.names", "class", "levels", "dim", "dimnames", "tzone",
                         "format.stata", "format.spss", "format.sas"})


@dataclass
class RObject:
    kind: int
    items: list[Any] = field(default_factory=list)  # strings, child objects or (tag, car)
    attrs: dict[str, object] = field(default_factory=dict)


class _Symbol(str):
    """A name in R's code or a tag (``names``, a function's argument): not data."""


class _Unsupported(Exception):
    pass


class _Reader:
    def __init__(self, data: bytes) -> None:
        self.data, self.at = data, 0
        self.refs: list[object] = []
        self.cells = 0

    def int32(self) -> int:
        if self.at + 4 > len(self.data):
            raise ValueError("past the end")
        self.at += 4
        return int.from_bytes(self.data[self.at - 4:self.at], "big", signed=True)

    def skip(self, size: int) -> None:
        if size < 0 or self.at + size > len(self.data):
            raise ValueError("past the end")
        self.at += size

    def length(self) -> int:
        n = self.int32()
        return (self.int32() << 32) + self.int32() if n == -1 else n

    def chars(self) -> str | None:
        n = self.int32()
        if n == -1:
            return None
        self.skip(n)
        raw = self.data[self.at - n:self.at]
        self.cells += 1
        if self.cells > limits.LIMITS.max_cells:
            raise ExtractError(f"has over {limits.LIMITS.max_cells} strings, over the cap")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("latin-1")

    def item(self) -> object:
        flags = self.int32()
        kind = flags & 0xFF
        has_attr, has_tag = flags & (1 << 9), flags & (1 << 10)
        if kind == 255:  # a reference to a symbol or environment read before
            index = (flags >> 8) or self.int32()
            return self.refs[index - 1]
        if kind in (254, 253, 252, 251, 250, 242, 241):
            return None
        if kind in (249, 248, 247):  # a namespace, package or persistent name
            self.int32()
            names = [self.item() for _ in range(self.int32())]
            self.refs.append(None)
            return RObject(kind, names)
        if kind == 1:  # a symbol: its name
            name = _Symbol(self.item() or "")
            self.refs.append(name)
            return name
        if kind == 9:
            return self.chars()
        if kind == 4:  # an environment: its frame of bindings
            self.int32()
            obj = RObject(kind)
            self.refs.append(obj)
            obj.items = [self.item() for _ in range(3)]  # enclosure, frame, hash table
            self._attributes(obj, True)
            return obj
        if kind in (2, 3, 5, 6, 17, 239, 240):  # pairlists, calls, closures, promises
            obj = RObject(2)
            self._attributes(obj, bool(has_attr))
            tag = self.item() if has_tag else None
            obj.items.append((tag, self.item()))
            rest = self.item()
            if isinstance(rest, RObject) and rest.kind == 2:
                obj.items.extend(rest.items)
            return obj
        if kind == 238:  # ALTREP: its class, its state (the data), its attributes
            self.item()
            state = self.item()
            self.item()
            return state
        obj = RObject(kind)
        if kind in (10, 13):
            self.skip(4 * self.length())
        elif kind == 14:
            self.skip(8 * self.length())
        elif kind == 15:
            self.skip(16 * self.length())
        elif kind == 24:
            self.skip(self.length())
        elif kind in (16, 19, 20):
            obj.items = [self.item() for _ in range(self.length())]
        elif kind in (7, 8):
            self.chars()
        elif kind == 22:  # an external pointer
            self.refs.append(obj)
            self.item()
            self.item()
        elif kind == 23:
            self.refs.append(obj)
        elif kind != 25:
            raise _Unsupported(kind)
        self._attributes(obj, bool(has_attr))
        return obj

    def _attributes(self, obj: RObject, present: bool) -> None:
        if not present:
            return
        pairs = self.item()
        if isinstance(pairs, RObject):
            for tag, value in pairs.items:
                if isinstance(tag, str):
                    obj.attrs[tag] = value


def extract(blob: Blob) -> list[Part]:
    if _is_xml(blob.data):
        return [decode(blob, "xml")]
    data = _unpacked(blob.data)
    head = data[:5]
    start = 5 if head in (b"RDX2\n", b"RDX3\n") else 0
    if data[start:start + 2] != b"X\n":  # ASCII or native R formats: read as strings
        return _strings(blob, data)
    r = _Reader(data)
    r.at = start + 2
    try:
        version = r.int32()
        r.skip(8)
        if version == 3:
            r.skip(r.int32())
        top = r.item()
    except (_Unsupported, ValueError, IndexError, RecursionError):
        return _strings(blob, data)
    text = placed_text(blob, _walk(top, "", ""), "R data")
    return [text] if text is not None else []


def _is_xml(data: bytes) -> bool:
    """Whether ``data`` is XML text (in any encoding), which R's formats never are."""
    said = to_str(data[:256])
    return said is not None and said[0].lstrip().startswith("<")


def _unpacked(data: bytes) -> bytes:
    kind = compression(data[:10])
    if kind is None:
        return data
    raw = io.BytesIO(data)
    try:
        with (gzip.GzipFile(fileobj=raw) if kind == "gzip" else bz2.BZ2File(raw)
              if kind == "bzip2" else lzma.LZMAFile(raw)) as stream:
            return budget().read(stream)
    except (OSError, EOFError, lzma.LZMAError) as exc:
        raise ExtractError(f"not a readable R data file ({type(exc).__name__})") from None


def _strings(blob: Blob, data: bytes) -> list[Part]:
    said = printable_strings(data)
    return [Text(blob.path, said, "binary", place="binary strings",
                 commit=blob.commit)] if said.strip() else []


def _walk(obj: object, name: str, place: str) -> Iterator[Row]:
    """(place, name, string) for each string in ``obj``, named by where it is."""
    if isinstance(obj, _Symbol):
        return
    if isinstance(obj, str):
        yield place or name or "value", name or "value", " ".join(obj.split())
        return
    if not isinstance(obj, RObject):
        return
    if obj.kind == 2:  # a pairlist: the objects a .RData file saves, by name
        for tag, value in obj.items:
            label = tag if isinstance(tag, str) else name
            yield from _walk(value, label, _join(place, label))
        return
    names = obj.attrs.get("names")
    labels = names.items if isinstance(names, RObject) else []
    if obj.kind == 16:
        for number, value in enumerate(obj.items, start=1):
            label = _label(labels, number, name)
            at = f"{place}[{number}]" if len(obj.items) > 1 or not place else place
            yield from _walk(value, label, at)
    elif obj.kind in (19, 20):
        for number, child in enumerate(obj.items, start=1):
            label = _label(labels, number, f"[[{number}]]")
            yield from _walk(child, label, _join(place, label))
    elif obj.kind == 4 and len(obj.items) > 1:  # an environment's bindings
        yield from _walk(obj.items[1], name, place)
    levels = obj.attrs.get("levels")
    if levels is not None:  # a factor's values are its levels
        yield from _walk(levels, name, f"{place} levels")
    for attr, value in obj.attrs.items():
        if attr not in _SKIP_ATTRS:  # a column's label (haven), a comment
            yield from _walk(value, f"{name} {attr}".strip(), f"{place} {attr}".strip())


def _label(labels: list[Any], number: int, default: str) -> str:
    """The name of item ``number`` (from 1), or ``default`` when it has none."""
    label = labels[number - 1] if number <= len(labels) else None
    return label if isinstance(label, str) and label else default


def _join(place: str, label: str) -> str:
    if not place:
        return label
    return f"{place}${label}"
