"""Python's saved objects: pickles (``.pkl``, ``.pickle``), joblib's files (``.joblib``: a
pickle, whole or compressed) and NumPy arrays (``.npy``, and the ``.npz`` zips of them,
through the archive handler).

A pickle is read as a list of its instructions (``pickletools``), never loaded, so nothing
in it runs. Each string it pushes is a line; a short name followed by a string is read as
``name: value``, as a dict or an object's fields pickle so. Raw byte buffers are read for
their strings, and a pandas or Arrow string column, pickled as an offsets buffer followed by
the bytes of every value run together, is split value by value.

A NumPy array of text keeps it in fixed-width cells, UTF-32 for ``str`` (four bytes a
character, which no strings pass reads); each cell is read as a value, placed ``item 3``,
or ``row 3 name`` for a table's column. An array of objects is a pickle, read as above.
"""

from __future__ import annotations

import ast
import itertools
import os
import pickletools
from collections.abc import Callable, Iterator

from safecommit.extract import Part, limits
from safecommit.extract.errors import ExtractError
from safecommit.extract.props import placed_text
from safecommit.extract.text import printable_strings
from safecommit.lazyre import lazy
from safecommit.model import Blob, Text

_NPY_MAGIC = b"\x93NUMPY"
_STRINGS = frozenset({"STRING", "BINSTRING", "SHORT_BINSTRING", "UNICODE", "BINUNICODE",
                      "SHORT_BINUNICODE", "BINUNICODE8"})
_BYTES = frozenset({"BINBYTES", "SHORT_BINBYTES", "BINBYTES8", "BYTEARRAY8"})
_NAME = lazy(r"[A-Za-z_][A-Za-z0-9_]{0,39}")
_UTF32_RUN = lazy(rb"(?:[\x20-\x7e]\x00\x00\x00){4,}")
# A NumPy type: byte order, kind, size (``<U32``, ``|S8``, ``<i8``, ``<M8[ns]``).
_DESCR = lazy(r"[<>|=]?([a-zA-Z])(\d*)")


def extract(blob: Blob) -> list[Part]:
    suffix = os.path.splitext(blob.path)[1].lower()
    if suffix == ".npy":
        text = _npy(blob)
    else:
        # Only joblib compresses: a plain pickle can open with bytes a zlib header also has
        # (protocol 0's "(S"), and must be read as it is.
        data = _unpacked(blob.data) if suffix == ".joblib" else blob.data
        text = _text(blob, _pickle_lines(data), "pickle")
    return [text] if text is not None else []


# The codecs joblib compresses with, by their first bytes; LZ4 needs a library we lack.
_GZIP, _BZIP2, _XZ, _LZ4 = b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00", b"\x04\x22\x4d\x18"


def _unpacked(data: bytes) -> bytes:
    """A pickle as joblib's ``compress=`` stored it, decompressed (within the budget for
    unpacked bytes); a plain pickle as it is."""
    import bz2
    import gzip
    import io
    import lzma
    import zlib

    from safecommit.extract import budget

    if data.startswith(_LZ4):
        raise ExtractError("is compressed with LZ4, which cannot be read here")
    openers: dict[bytes, Callable[[io.BytesIO], io.BufferedIOBase]] = {
        _GZIP: lambda raw: gzip.GzipFile(fileobj=raw),
        _BZIP2: bz2.BZ2File,
        _XZ: lzma.LZMAFile,
    }
    try:
        for magic, opener in openers.items():
            if data.startswith(magic):
                with opener(io.BytesIO(data)) as stream:
                    return budget().read(stream)
        if len(data) > 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0:
            # a zlib stream's header (a pickle opens with 0x80, which never passes this)
            room = limits.limits_now().max_expanded + 1
            unpacked = zlib.decompressobj().decompress(data, room)
            budget().take(len(unpacked))
            return unpacked
    except (OSError, EOFError, lzma.LZMAError, zlib.error) as exc:
        raise ExtractError(f"is not a readable compressed pickle ({exc})") from None
    return data


def _text(blob: Blob, lines: Iterator[str], place: str) -> Text | None:
    said = "\n".join(line for line in lines if line.strip())
    return Text(blob.path, said, "yaml", place=place, commit=blob.commit) if said else None


def _pickle_lines(data: bytes) -> Iterator[str]:
    """The strings a pickle pushes, a line each, in order; what follows a damaged point
    (or a raw array that joblib writes after its pickle) is read as binary strings."""
    key: str | None = None
    buffers: list[bytes] = []
    at = 0
    cells = 0
    try:
        for op, arg, pos in pickletools.genops(data):
            at = pos if pos is not None else at
            if op.name in _STRINGS and isinstance(arg, (str, bytes)):
                value = arg if isinstance(arg, str) else arg.decode("latin-1")
                cells += 1
                if cells > limits.LIMITS.max_cells:
                    raise ExtractError(f"holds over {limits.LIMITS.max_cells} strings, over "
                                       "the cap")
                if key is not None and not _NAME.fullmatch(value):
                    yield f"{key}: {' '.join(value.split())}"
                    key = None
                    continue
                if key is not None:
                    yield key
                key = value if _NAME.fullmatch(value) else None
                if key is None:
                    yield " ".join(value.split())
            elif op.name in _BYTES and isinstance(arg, (bytes, bytearray)):
                buffers.append(bytes(arg))
                yield from _buffer(buffers)
            if op.name == "STOP":
                at = len(data) if pos is None else pos + 1
    except ValueError:  # not a pickle from here on: read the rest as any binary file
        yield printable_strings(data[at:])
        return
    if key is not None:
        yield key
    if at + 1 < len(data):  # more after the pickle's end (joblib's raw arrays)
        yield printable_strings(data[at:])


def _buffer(buffers: list[bytes]) -> Iterator[str]:
    """The text in the latest raw buffer: split by the offsets buffer before it where that
    is what it is, else its printable and UTF-32 runs."""
    data = buffers[-1]
    offsets = _offsets(buffers[-2], len(data)) if len(buffers) > 1 else None
    if offsets is not None:
        for start, end in itertools.pairwise(offsets):
            yield " ".join(data[start:end].decode("utf-8", "replace").split())
        return
    yield printable_strings(data)
    yield from (run.decode("utf-32-le") for run in _UTF32_RUN.findall(data))


def _offsets(raw: bytes, size: int) -> list[int] | None:
    """``raw`` as Arrow's value offsets into a buffer of ``size`` bytes: 32- or 64-bit,
    from 0 up to ``size``, never going down."""
    for width in (8, 4):
        if len(raw) < 2 * width or len(raw) % width or any(raw[:width]) \
                or int.from_bytes(raw[-width:], "little") != size:
            continue  # the first and last offsets first: most buffers are not offsets
        values = [int.from_bytes(raw[i:i + width], "little") for i in range(0, len(raw), width)]
        if all(a <= b for a, b in itertools.pairwise(values)):
            return values
    return None


def _npy(blob: Blob) -> Text | None:
    data = blob.data
    if not data.startswith(_NPY_MAGIC) or len(data) < 10:
        raise ExtractError("not a readable NumPy array file")
    major = data[6]
    size_bytes = 2 if major == 1 else 4
    start = 8 + size_bytes
    length = int.from_bytes(data[8:start], "little")
    try:
        header = ast.literal_eval(data[start:start + length].decode("latin-1"))
        descr, shape = header["descr"], header["shape"]
    except (ValueError, SyntaxError, KeyError, TypeError, MemoryError, RecursionError):
        raise ExtractError("not a readable NumPy array file (its header)") from None
    body = data[start + length:]
    if descr == "|O":  # objects: pickled
        return _text(blob, _pickle_lines(body), "array")
    fields = _fields(descr)
    if fields is None:  # a type this reader does not know: its strings, as before
        return _text(blob, iter([printable_strings(body)]), "array")
    width = sum(size for _, _, size in fields)
    count = 1
    for n in shape if isinstance(shape, tuple) else ():
        count *= int(n)
    if not any(kind in "USa" for _, kind, _ in fields) or width == 0:
        return None  # numbers only
    count = min(count, len(body) // width)
    if count * len(fields) > limits.LIMITS.max_cells:
        raise ExtractError(f"has {count * len(fields)} values, over the "
                           f"{limits.LIMITS.max_cells} cap")
    return placed_text(blob, _cells(body, fields, count), "array")


def _fields(descr: object) -> list[tuple[str, str, int]] | None:
    """(name, kind, bytes) of each field of a NumPy type: one, unnamed, for a plain array."""
    if isinstance(descr, str):
        descr = [("", descr)]
    if not isinstance(descr, list):
        return None
    out: list[tuple[str, str, int]] = []
    for field in descr:
        if not (isinstance(field, tuple) and len(field) == 2 and isinstance(field[1], str)):
            return None  # nested or shaped fields
        m = _DESCR.fullmatch(field[1].split("[", 1)[0])
        if m is None or not m.group(2):
            return None
        kind, size = m.group(1), int(m.group(2))
        out.append((str(field[0]), kind, size * 4 if kind == "U" else size))
    return out


def _cells(body: bytes, fields: list[tuple[str, str, int]], count: int
           ) -> Iterator[tuple[str, str, str]]:
    at = 0
    for number in range(1, count + 1):
        for name, kind, size in fields:
            raw = body[at:at + size]
            at += size
            if kind == "U":
                value = raw.decode("utf-32-le", "replace").rstrip("\0")
            elif kind in "Sa":
                value = raw.rstrip(b"\0").decode("utf-8", "replace")
            else:
                continue
            place = f"row {number} {name}" if name else f"item {number}"
            yield place, name or "value", " ".join(value.split())
