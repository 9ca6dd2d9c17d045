"""Apple iWork's archives (``Index/*.iwa`` inside a ``.pages``, ``.numbers`` or ``.key``):
the text of their protobuf messages, one run a line.

An IWA file is a run of chunks, each a zero byte, a three-byte length and a block of raw
Snappy. Unpacked, the messages keep their strings as UTF-8 between binary fields, so the
printable runs are the document's words, cells and comments. A chunk that is not Snappy
makes the file not scanned rather than read as the noise its compressed bytes are.
"""

from __future__ import annotations

import re

from safecommit.extract import budget, limits
from safecommit.extract.errors import ExtractError
from safecommit.extract.parquet import _Damaged, snappy
from safecommit.model import Blob, Text

# Text in a message: printable ASCII and whole UTF-8 sequences, long enough to say something.
_RUN = re.compile(r"[^\x00-\x1f\x7f\ufffd]{4,}")


def extract(blob: Blob) -> list[Text]:
    data = blob.data
    pos, unpacked = 0, []
    while pos < len(data):
        if data[pos] != 0 or pos + 4 > len(data):
            raise ExtractError("not an iWork archive this version of safecommit can read "
                               "(export the document as PDF or Office to commit it)")
        size = int.from_bytes(data[pos + 1:pos + 4], "little")
        try:
            chunk = snappy(data[pos + 4:pos + 4 + size], limits.LIMITS.max_expanded)
        except (_Damaged, IndexError):
            raise ExtractError("a damaged iWork archive (a chunk is not Snappy data)") from None
        budget().take(len(chunk))
        unpacked.append(chunk)
        pos += 4 + size
    text = b"".join(unpacked).decode("utf-8", "replace")
    runs = [run.strip() for run in _RUN.findall(text)]
    return [Text(blob.path, "\n".join(run for run in runs if run), "text", commit=blob.commit)]
