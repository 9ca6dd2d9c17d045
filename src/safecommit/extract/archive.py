"""Archives and compressed files (``.zip``, ``.tar`` with or without gzip, bzip2 or xz,
and ``.gz``, ``.bz2``, ``.xz`` alone): every member, read like a file.

Members go through the same extract dispatch, so a PDF inside a zip inside a tarball is
read as a PDF. Nothing is written to disk. The running budget caps the bytes unpacked and
the member count across the whole nest, so a zip bomb stops early and is reported as not
scanned. Members are read one at a time, as the caller asks for them (``stream``), so a
scan holds one member's texts in memory, not the whole archive's. A zip's comment and its
members' comments are read as texts of their own.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import PurePosixPath

from safecommit.extract import Part, budget, compression, extract_member, limits, pages
from safecommit.extract.errors import ExtractError
from safecommit.extract.text import normalise_newlines, to_str
from safecommit.lazyre import lazy
from safecommit.model import Blob, NotScanned, Text

# What a damaged archive raises, from the archive modules and the decompressors below them.
_BROKEN = (zipfile.BadZipFile, tarfile.TarError, zlib.error, EOFError, OSError, ValueError,
           NotImplementedError, KeyError, IndexError, gzip.BadGzipFile, lzma.LZMAError)
_TARS = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz")
# The reader that unpacks each compression (known by the file's first bytes: a name can lie).
_READERS: dict[str, Callable[[io.BytesIO], io.BufferedIOBase]] = {
    "gzip": lambda raw: gzip.GzipFile(fileobj=raw), "bzip2": bz2.BZ2File, "xz": lzma.LZMAFile,
}
_COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz", ".lzma")
# Zips, whatever else they are called: Java archives, and packages of other formats (a
# binary workbook, a Visio drawing, an e-book, Google Earth's places, a QGIS project).
_ZIPS = (".zip", ".jar", ".war", ".ear", ".xlsb", ".vsdx", ".vsdm", ".epub", ".kmz", ".qgz")
# Keynote keeps each slide in an archive of its own: the deck's slides are read together
# (``pages``), so a deck that explains the classification scheme reads as one.
_KEYNOTE_SLIDE = lazy(r"Index/Slide-[^/]*\.iwa")
# An Office package's properties (author, last modified by, custom): read as properties,
# each named, not as raw XML where a name has no label.
_PROPERTY_PARTS = frozenset({"docProps/core.xml", "docProps/app.xml", "docProps/custom.xml"})


def extract(blob: Blob, read_as: Callable[[str, bytes], list[Part] | None] | None = None
            ) -> Iterator[Part]:
    """The members of ``blob``; ``read_as`` as ``_zip`` takes it, for a zip."""
    name = PurePosixPath(blob.path).name.lower()
    try:
        if name.endswith(_ZIPS) or blob.data[:4] == b"PK\x03\x04":
            yield from _zip(blob, read_as)
        elif name.endswith(_TARS):
            yield from _tar(blob, blob.data)
        else:
            yield from _unpacked(blob)
    except _BROKEN as exc:
        # tarfile's message lists every method it tried, a line each: the first line says it.
        detail = str(exc).split("\n", 1)[0].rstrip(": ")
        raise ExtractError(f"not a readable archive ({type(exc).__name__}: {detail})") from None


def _zip(blob: Blob, read_as: Callable[[str, bytes], list[Part] | None] | None = None
         ) -> Iterator[Part]:
    """Every member of a zip; ``read_as`` may read a member its own way (a package's parts),
    or return None to have it read as a file."""
    spent = budget()
    with zipfile.ZipFile(io.BytesIO(blob.data)) as zf:
        infos = [i for i in zf.infolist() if not i.is_dir()]
        if len(infos) > limits.LIMITS.max_members:
            raise ExtractError(f"holds {len(infos)} files, "
                               f"over the {limits.LIMITS.max_members} cap")
        package = _PROPERTY_PARTS & {i.filename for i in infos}
        slides: list[tuple[str, str]] = []  # a Keynote deck's slides, read together at the end
        for info in infos:
            if info.filename in package:
                continue
            if info.flag_bits & 0x1:
                yield NotScanned(blob.path, f"{info.filename}: encrypted, so it cannot be "
                                 "checked (commit it unencrypted, or not at all)", blob.commit)
                continue
            with zf.open(info) as stream:
                data = spent.read(stream)
            own = read_as(info.filename, data) if read_as is not None else None
            parts = own if own is not None else extract_member(blob, info.filename, data)
            if _KEYNOTE_SLIDE.fullmatch(info.filename):
                slides += [(p.place or info.filename, p.text) for p in parts
                           if isinstance(p, Text)]
                parts = [p for p in parts if not isinstance(p, Text)]
            yield from parts
        yield from pages.texts(blob, slides)
        yield from _comments(blob, zf.comment, "zip comment")
        for info in infos:
            yield from _comments(blob, info.comment, f"{info.filename} comment")
        if package:
            from safecommit.extract.office_props import properties

            yield from properties(blob, zf)


def _comments(blob: Blob, comment: bytes, place: str) -> Iterator[Text]:
    """A zip's comment, or a member's: words of their own (``zip -z`` writes a note about
    the archive, a banner or a contact there), read as a document."""
    said = to_str(comment) if comment.strip() else None
    if said is not None and said[0].strip():
        yield Text(blob.path, normalise_newlines(said[0]), "text", place=place,
                   commit=blob.commit)


def _tar(blob: Blob, data: bytes) -> Iterator[Part]:
    spent = budget()
    seen = 0
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:*") as tf:
        for member in tf:
            seen += 1
            if seen > limits.LIMITS.max_members:
                raise ExtractError(f"holds over {limits.LIMITS.max_members} files (a tar bomb?)")
            if not member.isfile():
                continue  # folders, links and devices hold no bytes of their own
            stream = tf.extractfile(member)
            if stream is None:
                continue
            with stream:
                content = spent.read(stream)
            yield from extract_member(blob, member.name, content)


def _unpacked(blob: Blob) -> Iterator[Part]:
    """One compressed file: its content read as the file it was before compression."""
    kind = compression(blob.data)
    # An .lzma file has no magic of its own: its suffix says what it is.
    opener = _READERS[kind] if kind is not None else \
        lzma.LZMAFile if blob.path.lower().endswith(".lzma") else None
    if opener is None:
        raise ExtractError("not a readable archive (not gzip, bzip2 or xz data)")
    with opener(io.BytesIO(blob.data)) as stream:
        data = budget().read(stream)
    if data[257:262] == b"ustar":  # a tarball that lost its .tar in the name
        yield from _tar(blob, data)
        return
    inner = PurePosixPath(blob.path).name
    for suffix in _COMPRESSED_SUFFIXES:
        if inner.lower().endswith(suffix):
            inner = inner[:-len(suffix)]
            break
    yield from extract_member(blob, inner, data)
