"""MATLAB data files (``.mat``): the text of their variables, however MATLAB saved them.

A version 5 or 7 file is a 128-byte header, then data elements; since version 7 each
variable is one zlib-compressed element by default, so the file's own bytes show nothing.
Each compressed element is unpacked, and the variables' names and text (character arrays
are UTF-16) are read as the printable strings of the result. A version 7.3 file is HDF5
behind a 512-byte header, read as HDF5 files are.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import replace

from safecommit.extract import Part, budget, limits
from safecommit.extract.errors import ExtractError
from safecommit.extract.text import decode, printable_strings
from safecommit.model import Blob, Text

_HDF5 = b"\x89HDF\r\n\x1a\n"
_COMPRESSED = 15  # miCOMPRESSED


def extract(blob: Blob) -> list[Part]:
    data = blob.data
    if data[512:520] == _HDF5:
        from safecommit.extract import columnar

        return columnar.extract(replace(blob, data=data[512:]))
    if not data.startswith(b"MATLAB") or len(data) < 128:
        return [decode(blob, "text")]  # not MATLAB's: a text file by that name, say
    order = "<" if data[126:128] == b"IM" else ">"
    pieces, pos = [], 128
    while pos + 8 <= len(data):
        kind, size = struct.unpack_from(f"{order}II", data, pos)
        if kind >> 16:  # a small element: its type, size and data in eight bytes
            pieces.append(data[pos + 4:pos + 8])
            pos += 8
            continue
        body = data[pos + 8:pos + 8 + size]
        if kind == _COMPRESSED:
            pieces.append(_inflate(body))
            pos += 8 + size  # a compressed element is not padded
        else:
            pieces.append(body)
            pos += 8 + size + (-size % 8)
    return [Text(blob.path, printable_strings(b"".join(pieces)), "text", place="variables",
                 commit=blob.commit)]


def _inflate(body: bytes) -> bytes:
    spent = budget()
    room = limits.LIMITS.max_expanded - spent.expanded
    try:
        out = zlib.decompressobj().decompress(body, room + 1)
    except zlib.error:
        raise ExtractError("a damaged MATLAB file (a variable is not zlib data)") from None
    spent.take(len(out))
    return out
