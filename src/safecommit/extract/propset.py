"""OLE property sets ([MS-OLEPS]): the string properties of each section of a
``SummaryInformation`` or ``DocumentSummaryInformation`` stream.

Read here rather than by olefile, whose parser trusts the counts it reads (a damaged
vector of four billion elements is a loop of four billion steps): every count is held to
the bytes that are there, so a hostile file costs no more than its size.
"""

from __future__ import annotations

from dataclasses import dataclass, field

_VT_I2, _VT_BSTR, _VT_LPSTR, _VT_LPWSTR = 2, 8, 0x1E, 0x1F
_CODEPAGE, _DICTIONARY = 1, 0
_UTF16 = 1200
_MAX_SECTIONS = 8

# Format ids of the sections this reads.
SUMMARY = bytes.fromhex("e0859ff2f94f6810ab9108002b27b3d9")
DOCUMENT = bytes.fromhex("02d5cdd59c2e1b10939708002b2cf9ae")
USER_DEFINED = bytes.fromhex("05d5cdd59c2e1b10939708002b2cf9ae")


@dataclass(slots=True)
class Section:
    """One section: its string properties by id, and (a user-defined section) the name of
    each id."""

    format_id: bytes
    strings: dict[int, str] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)


def sections(data: bytes) -> list[Section]:
    """The sections of a property set stream, as far as its bytes go."""
    if len(data) < 28 or data[:2] != b"\xfe\xff":
        return []
    found: list[Section] = []
    for i in range(min(_u32(data, 24), _MAX_SECTIONS)):
        at = 28 + 20 * i
        if at + 20 > len(data):
            break
        found.append(_section(data, data[at:at + 16], _u32(data, at + 16)))
    return found


def _section(data: bytes, format_id: bytes, start: int) -> Section:
    section = Section(format_id)
    if start + 8 > len(data):
        return section
    end = min(len(data), start + _u32(data, start))
    count = min(_u32(data, start + 4), max(0, end - start - 8) // 8)
    table = [(_u32(data, start + 8 + 8 * i), start + _u32(data, start + 12 + 8 * i))
             for i in range(count)]
    codepage = next((_u16(data, at + 4) for pid, at in table
                     if pid == _CODEPAGE and at + 6 <= end and _u32(data, at) == _VT_I2), 1252)
    for pid, at in table:
        if pid == _DICTIONARY:
            section.names = _dictionary(data, at, end, codepage)
        elif at + 8 <= end:
            value = _string(data, at, end, codepage)
            if value:
                section.strings[pid] = value
    return section


def _string(data: bytes, at: int, end: int, codepage: int) -> str:
    kind, count = _u32(data, at), _u32(data, at + 4)
    if kind == _VT_LPWSTR or (kind in (_VT_LPSTR, _VT_BSTR) and codepage == _UTF16):
        raw = data[at + 8:min(end, at + 8 + 2 * count)]
        return _clean(raw.decode("utf-16-le", "replace"))
    if kind in (_VT_LPSTR, _VT_BSTR):
        return _clean(data[at + 8:min(end, at + 8 + count)].decode(codec(codepage), "replace"))
    return ""


def _dictionary(data: bytes, at: int, end: int, codepage: int) -> dict[int, str]:
    """A user-defined section's names: (id, length, name) entries, as many as fit."""
    names: dict[int, str] = {}
    if at + 4 > end:
        return names
    count, at = _u32(data, at), at + 4
    wide = codepage == _UTF16
    for _ in range(min(count, (end - at) // 8)):
        if at + 8 > end:
            break
        pid, length = _u32(data, at), _u32(data, at + 4)
        size = 2 * length if wide else length
        raw = data[at + 8:min(end, at + 8 + size)]
        at += 8 + size + ((-size) % 4 if wide else 0)
        names[pid] = _clean(raw.decode("utf-16-le" if wide else codec(codepage), "replace"))
    return names


def codec(codepage: int) -> str:
    """Python's name for a Windows code page (Windows-1252 when unsure)."""
    if codepage == 65001:
        return "utf-8"
    if 874 <= codepage <= 1258:
        return f"cp{codepage}"
    return "cp1252"


def _clean(text: str) -> str:
    return " ".join(text.replace("\x00", " ").split())


def _u32(data: bytes, at: int) -> int:
    return int.from_bytes(data[at:at + 4], "little")


def _u16(data: bytes, at: int) -> int:
    return int.from_bytes(data[at:at + 2], "little")
