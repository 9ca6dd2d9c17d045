"""Decode bytes to text once, whatever the encoding, keeping line numbers intact."""

from __future__ import annotations

import codecs
import re

from safecommit import re2scan
from safecommit.lazyre import lazy
from safecommit.model import Blob, Text

_SNIFF = 8192
# Printable runs in a binary file: long enough to hold an identifier or a key.
_PRINTABLE_RUN = lazy(rb"[\x20-\x7e\t]{6,}")
_UTF16_RUN = lazy(rb"(?:[\x20-\x7e\t]\x00){6,}")


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text without a BOM shows NULs in every other byte."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        encoding = "utf-16-le"
    elif even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        encoding = "utf-16-be"
    else:
        return None
    # Binary data can show the same NUL rhythm; text files in a repository that are UTF-16
    # without a BOM (Windows tool output) decode to mostly printable ASCII.
    sample = head[: len(head) // 2 * 2].decode(encoding, "replace")
    ascii_text = sum(ch.isascii() and (ch.isprintable() or ch in "\t\r\n") for ch in sample)
    return encoding if ascii_text >= 0.7 * len(sample) else None


def to_str(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) for text bytes; None when the bytes are binary."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace"), "utf-16"
    head = data[:_SNIFF]
    if b"\0" in head:
        enc = _utf16_without_bom(head)
        if enc is None:
            return None
        return data.decode(enc, "replace"), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        # Not UTF-8: latin-1 maps every byte to one character, so nothing is lost or hidden.
        return data.decode("latin-1"), "latin-1"


def normalise_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def printable_strings(data: bytes) -> str:
    """The printable runs of a binary file, one a line, as `strings` would show them, then
    its runs of UTF-16 text (``strings -el``): Outlook's .msg, Word 97's .doc and Excel 97's
    .xls keep their text so, and would otherwise pass unread."""
    return "\n".join([*(run.decode("ascii") for run in _runs(_PRINTABLE_RUN, data)),
                      *(run.decode("utf-16-le") for run in _runs(_UTF16_RUN, data))])


def _runs(pattern: re.Pattern[bytes], data: bytes) -> list[bytes]:
    search = re2scan.search_for(pattern.pattern)
    if search is None:  # pragma: no cover - google-re2 is a dependency
        return pattern.findall(data)
    return [data[s:e] for s, e in re2scan.spans(search, data)]


def decode(blob: Blob, syntax: str) -> Text:
    decoded = to_str(blob.data)
    if decoded is None:
        return Text(blob.path, printable_strings(blob.data), "binary", place="binary strings",
                    commit=blob.commit)
    return Text(blob.path, normalise_newlines(decoded[0]), syntax, lines=blob.lines,
                commit=blob.commit)
