"""Figma files (``.fig``): the text of a design's layers, as printable runs.

A canvas is a header (``fig-kiwi``, or ``fig-jam.`` for a board), a version, then chunks,
each a four-byte length and a block of raw deflate data: the first the message schema, the
next the nodes. A node keeps its layer name and a text layer's characters as UTF-8 between
binary fields, so the printable runs are the words on the design: the names and addresses
typed into a mock-up are read as any text is. A local copy saved from Figma today is a zip
that holds the canvas (``canvas.fig``), its metadata and its pictures: it is read as a zip,
and the canvas inside it as a canvas. A chunk compressed with Zstandard cannot be read with
the standard library: the file is not scanned, and says so. Other programs' ``.fig`` files
(a MATLAB figure, an Xfig drawing) are read as they would be under any other name.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

from safecommit.extract import Part, budget, limits
from safecommit.extract.errors import ExtractError
from safecommit.extract.syntax import syntax_for
from safecommit.extract.text import decode
from safecommit.lazyre import lazy
from safecommit.model import Blob, Text

_ZSTD = b"\x28\xb5\x2f\xfd"
# Text in a node: printable characters, whole UTF-8 sequences, long enough to say something.
_RUN = lazy(r"[^\x00-\x1f\x7f\ufffd]{4,}")


def extract(blob: Blob) -> Iterable[Part]:
    data = blob.data
    if data[:4] == b"PK\x03\x04":
        from safecommit.extract import archive

        return archive.extract(blob)
    if data[:6] == b"MATLAB":  # a MATLAB figure is a MAT-file
        from safecommit.extract import matlab

        return matlab.extract(blob)
    if data[:4] != b"fig-" or len(data) < 12:
        # Another program's .fig (an Xfig drawing is text): read as any other file is.
        return [decode(blob, syntax_for(blob.path))]
    pos, runs = 12, []
    while pos + 4 <= len(data):
        size = int.from_bytes(data[pos:pos + 4], "little")
        chunk = data[pos + 4:pos + 4 + size]
        pos += 4 + size
        runs.extend(_RUN.findall(_unpacked(chunk).decode("utf-8", "replace")))
    text = "\n".join(run.strip() for run in runs if run.strip())
    return [Text(blob.path, text, "text", place="canvas", commit=blob.commit)] if text else []


def _unpacked(chunk: bytes) -> bytes:
    if chunk[:4] == _ZSTD:
        raise ExtractError("a Figma file compressed with Zstandard, which safecommit cannot "
                           "read, so its layers were not checked (export the frames as PDF "
                           "or PNG to commit them)")
    spent = budget()
    room = limits.LIMITS.max_expanded - spent.expanded
    try:
        out = zlib.decompressobj(-zlib.MAX_WBITS).decompress(chunk, room + 1)
    except zlib.error:
        raise ExtractError("a damaged Figma file (a chunk is not deflate data)") from None
    spent.take(len(out))
    return out
