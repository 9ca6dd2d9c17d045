"""Statistics packages' data sets: Stata (``.dta``) and SAS transport (``.xpt``) files.

Both keep a table as fixed-width rows with no separator between one value and the next, so
their printable strings run a row's name, email and phone number together and none of them
reads whole. Each text value is read under its variable's name instead (``email: …``,
placed ``row 3 email``), so it is judged by its column as in any table. Numbers are left
out: they are binary, and a number alone names no one.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Literal

from safecommit.extract import Part, limits
from safecommit.extract.errors import ExtractError
from safecommit.extract.props import placed_text
from safecommit.lazyre import lazy
from safecommit.model import Blob

Row = tuple[str, str, str]  # (place, variable, value)
# A variable: (name, width in the row, True if it holds text, True if a Stata strL).
Var = tuple[str, int, bool, bool]


def extract(blob: Blob) -> list[Part]:
    suffix = os.path.splitext(blob.path)[1].lower()
    what = "SAS transport file" if suffix == ".xpt" else "Stata data set"
    try:
        rows = list(_xport(blob.data) if suffix == ".xpt" else _stata(blob.data))
    except (IndexError, ValueError, KeyError) as exc:
        raise ExtractError(f"not a readable {what} ({type(exc).__name__})") from None
    text = placed_text(blob, rows, what)
    return [text] if text is not None else []


def _table(data: bytes, start: int, end: int, variables: list[Var], strls: dict[bytes, str],
           count: int | None = None) -> Iterator[Row]:
    """Each text value of the fixed-width rows in ``data[start:end]``."""
    width = sum(v[1] for v in variables)
    if width <= 0:
        return
    rows = (end - start) // width if count is None else min(count, (end - start) // width)
    if rows * len(variables) > limits.LIMITS.max_cells:
        raise ExtractError(f"has {rows * len(variables)} values, over the "
                           f"{limits.LIMITS.max_cells} cap")
    at = start
    for number in range(1, rows + 1):
        for name, size, text, strl in variables:
            raw = data[at:at + size]
            at += size
            if not text:
                continue
            value = strls.get(raw, "") if strl else _decoded(raw)
            if value:
                yield f"row {number} {name}", name, value


def _decoded(raw: bytes) -> str:
    raw = raw.split(b"\0", 1)[0]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", "replace")
    return " ".join(text.split())


# Stata: the widths of its numeric types, by type code (format 117 on; 113-115 below).
_STATA_NUMBERS = {65526: 8, 65527: 4, 65528: 4, 65529: 2, 65530: 1}
_OLD_NUMBERS = {251: 1, 252: 2, 253: 4, 254: 4, 255: 8}
_STRL = 32768


def _stata(data: bytes) -> Iterator[Row]:
    if data.startswith(b"<stata_dta>"):
        yield from _stata_tagged(data)
        return
    release = data[0]
    if release not in (113, 114, 115) or data[1] not in (1, 2):
        raise ValueError("not a Stata 8 or later data set")
    order: Literal["little", "big"] = "big" if data[1] == 1 else "little"
    nvar = int.from_bytes(data[4:6], order)
    nobs = int.from_bytes(data[6:10], order)
    at = 109
    types = list(data[at:at + nvar])
    at += nvar
    names = [_decoded(data[at + 33 * i:at + 33 * (i + 1)]) for i in range(nvar)]
    at += 33 * nvar + 2 * (nvar + 1) + (12 if release == 113 else 49) * nvar + 33 * nvar \
        + 81 * nvar
    while True:  # expansion fields: a type byte, a length, contents; (0, 0) ends them
        kind, size = data[at], int.from_bytes(data[at + 1:at + 5], order)
        at += 5 + size
        if kind == 0 and size == 0:
            break
    variables: list[Var] = [(name, t if t <= 244 else _OLD_NUMBERS[t], t <= 244, False)
                            for name, t in zip(names, types, strict=True)]
    yield from _table(data, at, len(data), variables, {}, nobs)


def _stata_tagged(data: bytes) -> Iterator[Row]:
    """Stata 13 on (formats 117-119): tagged sections found through the file's map."""
    release = int(_between(data, b"<release>", b"</release>"))
    order: Literal["little", "big"] = "big" if _between(
        data, b"<byteorder>", b"</byteorder>") == b"MSF" else "little"
    k_at = data.index(b"<K>") + 3
    nvar = int.from_bytes(data[k_at:k_at + (4 if release >= 119 else 2)], order)
    n_at = data.index(b"<N>") + 3
    nobs = int.from_bytes(data[n_at:n_at + (4 if release == 117 else 8)], order)
    m_at = data.index(b"<map>") + 5
    where = [int.from_bytes(data[m_at + 8 * i:m_at + 8 * (i + 1)], order) for i in range(14)]
    t_at = where[2] + len(b"<variable_types>")
    types = [int.from_bytes(data[t_at + 2 * i:t_at + 2 * (i + 1)], order) for i in range(nvar)]
    width = 33 if release == 117 else 129
    v_at = where[3] + len(b"<varnames>")
    names = [_decoded(data[v_at + width * i:v_at + width * (i + 1)]) for i in range(nvar)]
    variables: list[Var] = [
        (name, 8 if t == _STRL else t if t <= 2045 else _STATA_NUMBERS[t], t <= 2045 or
         t == _STRL, t == _STRL) for name, t in zip(names, types, strict=True)]
    start = where[9] + len(b"<data>")
    end = data.index(b"</data>", start + sum(v[1] for v in variables) * nobs)
    yield from _table(data, start, end, variables, _strls(data, where[10], release, order), nobs)


def _strls(data: bytes, at: int, release: int, order: Literal["little", "big"]) -> dict[bytes, str]:
    """Stata's long strings (strL), by the 8 bytes a row holds for each: ``GSO``, then
    where it belongs (v, o), its type, its length and its bytes."""
    found: dict[bytes, str] = {}
    o_size = 4 if release == 117 else 8
    at = data.index(b"<strls>", at) + len(b"<strls>")
    while data.startswith(b"GSO", at):
        v = int.from_bytes(data[at + 3:at + 7], order)
        o = int.from_bytes(data[at + 7:at + 7 + o_size], order)
        at += 7 + o_size
        size = int.from_bytes(data[at + 1:at + 5], order)
        value = _decoded(data[at + 5:at + 5 + size])
        at += 5 + size
        # The row's 8 bytes: v then o, in 4 + 4 (117), 2 + 6 (118) or 3 + 5 (119) bytes.
        v_size = 4 if release == 117 else 2 if release == 118 else 3
        found[v.to_bytes(v_size, order) + o.to_bytes(8 - v_size, order)] = value
    return found


def _between(data: bytes, start: bytes, end: bytes) -> bytes:
    at = data.index(start) + len(start)
    return data[at:data.index(end, at)]


# SAS transport (XPORT, versions 5 and 8): 80-byte header records, then a 140-byte NAMESTR
# per variable, then the rows.
_HEADER = lazy(rb"HEADER RECORD\*{7}(NAMESTR |NAMSTV[89] |OBS     |OBSV[89]   )"
                     rb"HEADER RECORD!{7}")


def _xport(data: bytes) -> Iterator[Row]:
    if not data.startswith(b"HEADER RECORD*******LIB"):
        raise ValueError("not a SAS transport file")
    variables: list[Var] = []
    headers = list(_HEADER.finditer(data))
    if not headers or not headers[0].group(1).startswith(b"NAM"):
        raise ValueError("no variables")
    for number, header in enumerate(headers):
        at = header.start() + 80
        if header.group(1).startswith(b"NAM"):
            count = int(data[header.start() + 54:header.start() + 58])
            variables = [_namestr(data[at + 140 * i:at + 140 * (i + 1)]) for i in range(count)]
        else:
            # Rows run to the next member's header (or the end), space-padded to 80 bytes.
            end = data.find(b"HEADER RECORD*******MEMB", at)
            nxt = headers[number + 1].start() if number + 1 < len(headers) else len(data)
            yield from _table(data, at, end if 0 <= end < nxt else len(data), variables, {})


def _namestr(record: bytes) -> Var:
    kind, size = int.from_bytes(record[0:2], "big"), int.from_bytes(record[4:6], "big")
    long_name = _decoded(record[88:120])  # version 8's long name, where it has one
    return long_name or _decoded(record[8:16]), size, kind == 2, False
