"""Data files safecommit reads only as strings, or cannot read: Arrow and Feather, ORC, SAS
data sets (``.sas7bdat``) and HDF5.

Arrow, Feather and ORC keep a column's values in one buffer with no separator between one
and the next (their lengths are elsewhere), often compressed as well, so a name, an email
and a phone number run together and none of them reads whole: such a file is not scanned,
and says so, rather than passing unread. Its strings are still checked, so what can be seen
is reported. A SAS data set or an HDF5 file keeps text readable unless it was compressed:
it is read as its strings, and is not scanned when its data is compressed.
"""

from __future__ import annotations

import os

from safecommit.extract import Part
from safecommit.extract.text import printable_strings
from safecommit.model import Blob, NotScanned, Text

_ARROW = ("an Arrow/Feather file: its columns' values run together or are compressed, so "
          "safecommit cannot check them (commit the data as CSV or Parquet)")
_ORC = ("an ORC file: its columns' values run together or are compressed, so safecommit "
        "cannot check them (commit the data as CSV or Parquet)")
_SAS = ("a compressed SAS data set: safecommit cannot read its rows, so they were not "
        "checked (save it with COMPRESS=NO, or export it as .xpt or CSV)")
_HDF5 = ("its HDF5 datasets are compressed ({}), so safecommit cannot read them and they "
         "were not checked (write them uncompressed, or export the data as CSV)")
# HDF5's filter pipeline names each filter it applies; these compress.
_HDF5_FILTERS = (b"deflate\0", b"szip\0", b"lzf\0", b"blosc\0", b"bzip2\0", b"zstd\0", b"lz4\0")


def extract(blob: Blob) -> list[Part]:
    data = blob.data
    suffix = os.path.splitext(blob.path)[1].lower()
    reason: str | None = None
    if suffix in (".feather", ".arrow", ".arrows"):
        reason = _ARROW
    elif suffix == ".orc":
        reason = _ORC
    elif suffix == ".sas7bdat":
        # A compressed data set names its compression: SASYZCRL (RLE) or SASYZCR2 (RDC).
        reason = _SAS if b"SASYZCR" in data else None
    elif data.startswith(b"\x89HDF\r\n\x1a\n"):
        used = [f.rstrip(b"\0").decode() for f in _HDF5_FILTERS if f in data]
        reason = _HDF5.format(", ".join(used)) if used else None
    parts: list[Part] = []
    strings = printable_strings(data)
    if strings.strip():
        parts.append(Text(blob.path, strings, "binary", place="binary strings",
                          commit=blob.commit))
    if reason is not None:
        parts.append(NotScanned(blob.path, reason, blob.commit))
    return parts
