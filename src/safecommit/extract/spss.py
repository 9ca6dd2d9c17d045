"""SPSS data files (``.sav``, ``.zsav``): each text value under its variable's name.

A case is a row of 8-byte slots. SPSS compresses them by default: each slot is a code in
a command block (a small number, all spaces, missing) or the next 8 raw bytes, so a value
longer than 8 characters may be split by a command block; a ``.zsav`` deflates that again.
The strings pass reads neither whole, so the dictionary is read, the cases unpacked, and
each text value given as ``name: value`` placed ``case 3 name``. The variables' labels, the
value labels and the file's documents are read as well: a label may name a person.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from typing import Literal

from safecommit.extract import Part, budget, limits
from safecommit.extract.errors import ExtractError
from safecommit.extract.props import placed_text
from safecommit.model import Blob

Row = tuple[str, str, str]


class _Reader:
    def __init__(self, data: bytes, order: Literal["little", "big"]) -> None:
        self.data, self.at, self.order = data, 0, order

    def take(self, size: int) -> bytes:
        if size < 0 or self.at + size > len(self.data):
            raise ValueError("past the end")
        self.at += size
        return self.data[self.at - size:self.at]

    def int32(self) -> int:
        return int.from_bytes(self.take(4), self.order, signed=True)


def extract(blob: Blob) -> list[Part]:
    portable = b"SPSSPORT" in blob.data[:1000]
    if blob.data[:4] not in (b"$FL2", b"$FL3") and not portable:
        raise ExtractError("not an SPSS data file")
    try:
        rows = list(_portable(blob.data) if portable else _rows(blob.data))
    except (ValueError, IndexError, KeyError, zlib.error, struct.error) as exc:
        raise ExtractError(f"not a readable SPSS data file ({type(exc).__name__})") from None
    text = placed_text(blob, rows, "SPSS data")
    return [text] if text is not None else []


def _text(raw: bytes) -> str:
    try:
        value = raw.decode("utf-8")
    except UnicodeDecodeError:
        value = raw.decode("cp1252", "replace")
    return " ".join(value.replace("\0", " ").split())


def _rows(data: bytes) -> Iterator[Row]:
    order: Literal["little", "big"] = "little" if data[64:68] in (
        b"\x02\0\0\0", b"\x03\0\0\0") else "big"
    r = _Reader(data, order)
    r.at = 68
    slots = r.int32()
    compression = r.int32()
    r.at = 176
    # (name, width in slots, is text); a string's continuation slots are folded into it.
    variables: list[list[object]] = []
    short_to_long: dict[str, str] = {}
    labels: list[Row] = []
    while True:
        kind = r.int32()
        if kind == 2:
            vtype, has_label, missing = r.int32(), r.int32(), r.int32()
            r.take(8)  # print and write formats
            name = _text(r.take(8))
            if has_label:
                size = r.int32()
                label = _text(r.take((size + 3) // 4 * 4)[:size])
                labels.append((f"variable {name}", name, label))
            r.take(8 * abs(missing))
            if vtype == -1 and variables:
                variables[-1][1] = int(str(variables[-1][1])) + 1
            else:
                variables.append([name, 1, vtype > 0])
        elif kind == 3:
            for _ in range(r.int32()):
                r.take(8)
                size = r.take(1)[0]
                labels.append(("value labels", "value label",
                               _text(r.take((size + 8) // 8 * 8 - 1)[:size])))
            if r.int32() != 4:
                raise ValueError("value labels without their variables")
            r.take(4 * r.int32())
        elif kind == 6:
            for line in range(r.int32()):
                labels.append((f"document line {line + 1}", "document", _text(r.take(80))))
        elif kind == 7:
            subtype, size, count = r.int32(), r.int32(), r.int32()
            body = r.take(size * count)
            if subtype == 13:  # long variable names: SHORT=Long, tab-separated
                for pair in _text(body.replace(b"\t", b" ")).split(" "):
                    short, _, long = pair.partition("=")
                    short_to_long[short] = long
        elif kind == 999:
            r.int32()
            break
        else:
            raise ValueError(f"an unknown record type {kind}")
    for where, name, label in labels:  # a variable's label under its long name
        if where.startswith("variable "):
            long = short_to_long.get(name, name)
            yield f"variable {long} label", f"{long} label", label
        else:
            yield where, name, label
    if sum(int(str(v[1])) for v in variables) != slots and slots > 0:
        raise ValueError("the variables do not fill a case")
    named: list[tuple[str, int, bool, bool]] = []
    for n, w, t in variables:
        if short_to_long and str(n) not in short_to_long and named and named[-1][2] and t \
                and named[-1][1] % 32 == 0:
            # a text over 255 bytes is kept as 255-byte segments (32 slots, one byte of
            # padding), each a variable with no long name: read it whole, as one variable
            named[-1] = (named[-1][0], named[-1][1] + int(str(w)), True, True)
            continue
        named.append((short_to_long.get(str(n), str(n)), int(str(w)), bool(t), False))
    body = data[r.at:]
    if compression == 2:
        body = _unzip(body, r.at, order)
    stream = _unpack(body) if compression in (1, 2) else _plain(body)
    yield from _cases(stream, named)


def _plain(body: bytes) -> Iterator[bytes]:
    for at in range(0, len(body) - 7, 8):
        yield body[at:at + 8]


def _unpack(body: bytes) -> Iterator[bytes | None]:
    """The slots of bytecode-compressed cases: raw bytes for text, None for a number."""
    at = 0
    while at + 8 <= len(body):
        codes, at = body[at:at + 8], at + 8
        for code in codes:
            if code == 0:
                continue
            if code == 252:
                return
            if code == 253:
                if at + 8 > len(body):
                    return
                yield body[at:at + 8]
                at += 8
            elif code == 254:
                yield b"        "
            else:
                yield None  # a small whole number, or missing


def _unzip(body: bytes, start: int, order: Literal["little", "big"]) -> bytes:
    """A .zsav's cases: zlib blocks between its header and trailer, then bytecode."""
    trailer = int.from_bytes(body[8:16], order) - start
    out: list[bytes] = []
    rest = body[24:trailer]
    spent = budget()
    while rest:
        inflate = zlib.decompressobj()
        chunk = inflate.decompress(rest, limits.LIMITS.max_expanded + 1)
        spent.take(len(chunk))
        out.append(chunk)
        rest = inflate.unused_data
    return b"".join(out)


def _cases(slots: Iterator[bytes | None], variables: list[tuple[str, int, bool, bool]]
           ) -> Iterator[Row]:
    number = 0
    cells = 0
    while True:
        number += 1
        for name, width, text, segmented in variables:
            taken = [s for _, s in zip(range(width), slots, strict=False)]
            if len(taken) < width:
                return
            cells += 1
            if cells > limits.LIMITS.max_cells:
                raise ExtractError(f"has over {limits.LIMITS.max_cells} values, over the cap")
            if text:
                raw = b"".join(s or b"" for s in taken)
                if segmented:  # each 256-byte segment's last byte is padding
                    raw = b"".join(raw[at:at + 255] for at in range(0, len(raw), 256))
                value = _text(raw)
                if value:
                    yield f"case {number} {name}", name, value


# SPSS portable files (.por): text in 80-character lines; a string is its length in base 30,
# a slash, then its characters; a number is base-30 digits ended by a slash; missing is "*.".
# Each dictionary record is a tag and a set number of fields.
_POR_FIELDS = {"1": "s", "2": "s", "3": "s", "4": "n", "5": "n", "6": "s", "C": "s"}


class _Portable:
    def __init__(self, text: str, at: int) -> None:
        self.text, self.at = text, at

    def number(self) -> str:
        if self.text.startswith("*.", self.at):
            self.at += 2
            return ""
        end = self.text.index("/", self.at)
        value, self.at = self.text[self.at:end].strip(), end + 1
        return value

    def string(self) -> str:
        size = int(self.number().split(".")[0] or "0", 30)
        if size < 0 or self.at + size > len(self.text):
            raise ValueError("a string past the end")
        self.at += size
        return self.text[self.at - size:self.at]

    def value(self, text: bool) -> str:
        return self.string() if text else self.number()


def _portable(data: bytes) -> Iterator[Row]:
    lines = data.decode("latin-1").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    text = "".join(line.ljust(80) for line in lines)
    r = _Portable(text, text.index("SPSSPORT") + 9)  # then the format version, one letter
    r.string()  # date
    r.string()  # time
    variables: list[tuple[str, bool]] = []
    while r.at < len(text):
        tag = text[r.at]
        r.at += 1
        if tag in _POR_FIELDS:
            value = r.string() if _POR_FIELDS[tag] == "s" else r.number()
            if tag == "C" and variables:
                yield f"variable {variables[-1][0]} label", f"{variables[-1][0]} label", value
        elif tag == "7":
            width = int(r.number() or "0", 30)
            variables.append((r.string().strip(), width > 0))
            for _ in range(6):
                r.number()
        elif tag in "89A":
            r.value(bool(variables) and variables[-1][1])
        elif tag == "B":
            for _ in range(2):
                r.value(bool(variables) and variables[-1][1])
        elif tag == "D":
            names = [r.string().strip() for _ in range(int(r.number() or "0", 30))]
            text_values = any(t for n, t in variables if n in names)
            for _ in range(int(r.number() or "0", 30)):
                r.value(text_values)
                yield "value labels", "value label", _text(r.string().encode("latin-1"))
        elif tag == "E":
            for line in range(int(r.number() or "0", 30)):
                yield f"document line {line + 1}", "document", r.string()
        elif tag == "F":
            yield from _portable_cases(r, variables)
            return
        else:
            raise ValueError(f"an unknown portable record {tag!r}")


def _portable_cases(r: _Portable, variables: list[tuple[str, bool]]) -> Iterator[Row]:
    number = 0
    cells = 0
    while r.at < len(r.text) and r.text[r.at] != "Z":
        number += 1
        for name, text in variables:
            cells += 1
            if cells > limits.LIMITS.max_cells:
                raise ExtractError(f"has over {limits.LIMITS.max_cells} values, over the cap")
            value = r.value(text)
            if text and value.strip():
                yield f"case {number} {name}", name, " ".join(value.split())
