"""Apple iWork's archives (``Index/*.iwa`` inside a ``.pages``, ``.numbers`` or ``.key``):
the text of their protobuf messages, one run a line.

An IWA file is a run of chunks, each a zero byte, a three-byte length and a block of raw
Snappy. Unpacked, the messages keep their strings as UTF-8 between binary fields: each a
field's tag, its length, then its bytes. Those read whole are the document's words, cells
and comments, a line each; a field's tag and length may be printable too ("R" then "(" for a
string of forty bytes), so reading the printable runs alone would glue them to its words.
A chunk that is not Snappy makes the file not scanned rather than read as the noise its
compressed bytes are.
"""

from __future__ import annotations

from safecommit.extract import budget, limits
from safecommit.extract.errors import ExtractError
from safecommit.extract.parquet import _Damaged, snappy
from safecommit.lazyre import lazy
from safecommit.model import Blob, Text

# Text in a message: printable ASCII and whole UTF-8 sequences, long enough to say something.
_RUN = lazy(r"[^\x00-\x1f\x7f\ufffd]{4,}")
# A length-delimited field's tag (wire type 2), of one byte (fields 1 to 15) or two.
_TAG = lazy(rb"[\x0a\x12\x1a\x22\x2a\x32\x3a\x42\x4a\x52\x5a\x62\x6a\x72\x7a]"
                  rb"|[\x82\x8a\x92\x9a\xa2\xaa\xb2\xba\xc2\xca\xd2\xda\xe2\xea\xf2\xfa][\x00-\x7f]")
_TEXT = lazy(rb"[^\x00-\x08\x0b-\x1f\x7f]+")
_SHORTEST = 3


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
    data = b"".join(unpacked)
    runs = [run.strip() for run in _strings(data)] or \
        [run.strip() for run in _RUN.findall(data.decode("utf-8", "replace"))]
    return [Text(blob.path, "\n".join(run for run in runs if run), "text", commit=blob.commit)]


def _strings(data: bytes) -> list[str]:
    """The string fields of the messages in ``data``: each a tag, a length, then that many
    bytes of text (a message inside a field is read for its own)."""
    found: list[str] = []
    end = 0
    for tag in _TAG.finditer(data):
        if tag.start() < end:
            continue  # a byte of a string already read
        size, at, shift = 0, tag.end(), 0
        while at < len(data) and shift < 21:
            size |= (data[at] & 0x7F) << shift
            at += 1
            shift += 7
            if data[at - 1] < 0x80:
                break
        else:
            continue
        if size < _SHORTEST or at + size > len(data) \
                or _TEXT.fullmatch(data, at, at + size) is None:
            continue
        try:
            found.append(data[at:at + size].decode("utf-8"))
        except UnicodeDecodeError:
            continue
        end = at + size
    return found
