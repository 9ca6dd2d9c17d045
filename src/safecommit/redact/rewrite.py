"""Rewrite a file's bytes, changing only the values: encoding, BOM and line endings stay.

Findings carry lines and columns in the decoded text, whose line endings extract has
normalised to ``\\n``. Here the bytes are decoded the same way but split on their own
line endings, so a finding's line and column point at the same characters; each edit is
checked against the value before it is made, and the result is encoded back with the
original encoding and BOM. Anything that would not come back byte for byte is refused.
"""

from __future__ import annotations

import codecs
import contextlib
import html
import json
import os
import stat
import tempfile
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from safecommit.extract.text import normalise_newlines, to_str
from safecommit.lazyre import lazy_regex
from safecommit.model import Finding

_LINE_END = lazy_regex(r"\r\n|\r|\n")


class Unwritable(Exception):
    """The file cannot be rewritten safely; the message says why, in a few words."""


@dataclass(frozen=True, slots=True)
class Source:
    """A file's text, with what it takes to turn the text back into the same bytes."""

    text: str
    codec: str
    bom: bytes
    line_starts: tuple[int, ...]

    def encode(self, text: str) -> bytes:
        return self.bom + text.encode(self.codec)

    def offset(self, line: int, column: int) -> int | None:
        """The offset of a 1-based line and column, or None when it is not in the text."""
        if not 1 <= line <= len(self.line_starts) or column < 1:
            return None
        at = self.line_starts[line - 1] + column - 1
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        return at if at <= end else None

    def line(self, offset: int) -> int:
        return bisect_right(self.line_starts, offset)


@dataclass(frozen=True, slots=True)
class Edit:
    start: int
    end: int
    new: str
    finding: Finding


def decode_exact(data: bytes) -> Source:
    """Decode as extract does, and make sure encoding the text gives back ``data``."""
    decoded = to_str(data)
    if decoded is None:
        raise Unwritable("a binary file")
    text, encoding = decoded
    bom, codec = b"", encoding
    if encoding == "utf-8-sig":
        bom, codec = codecs.BOM_UTF8, "utf-8"
    elif encoding == "utf-16":
        bom = data[:2]
        codec = "utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be"
    try:
        same = bom + text.encode(codec) == data
    except UnicodeEncodeError:
        same = False
    if not same:
        raise Unwritable(f"its bytes are not valid {codec}, so they would not survive a rewrite")
    starts = [0, *(m.end() for m in _LINE_END.finditer(text))]
    return Source(text, codec, bom, tuple(starts))


Escape = Callable[[str], str]


def _json(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)[1:-1]


def _markup(s: str) -> str:
    return html.escape(s, quote=True)


# How a value can be written inside each syntax, besides as itself.
_ESCAPES: dict[str, tuple[Escape, ...]] = {
    "json": (_json,), "xml": (_markup,), "html": (_markup,),
}
ESCAPES: tuple[Escape, ...] = (_json, _markup)


def _identity(s: str) -> str:
    return s


def locate(source: Source, finding: Finding, syntax: str) -> tuple[int, int, Escape] | None:
    """Where ``finding.value`` sits in the raw text, and how a replacement must be escaped.

    First at the finding's own line and column; failing that (a format whose extractor
    unescaped the value, or numbered its lines another way), as the nearest copy of the
    value on the finding's lines, written plainly or escaped for the file's syntax.
    """
    start = source.offset(finding.line, finding.column)
    end = source.offset(finding.end_line, finding.end_column)
    if start is not None and end is not None and \
            normalise_newlines(source.text[start:end]) == finding.value:
        return start, end, _identity
    first = source.offset(finding.line, 1)
    if first is None:
        return None
    last_line = max(finding.end_line, finding.line)
    stop = source.line_starts[last_line] if last_line < len(source.line_starts) \
        else len(source.text)
    want = first + finding.column - 1
    best: tuple[int, int, int, Escape] | None = None
    for escape in (_identity, *_ESCAPES.get(syntax, ())):
        needle = escape(finding.value)
        at = source.text.find(needle, first, stop)
        while at != -1:
            distance = abs(at - want)
            if best is None or distance < best[0]:
                best = (distance, at, at + len(needle), escape)
            at = source.text.find(needle, at + 1, stop)
    return None if best is None else best[1:]


def apply(text: str, edits: Iterable[Edit]) -> tuple[str, list[Edit]]:
    """The text with the edits made, and the edits skipped because another covered them.

    Of two overlapping edits the one that starts first and reaches furthest wins: an
    address that holds a postcode is replaced whole, with the postcode's fake inside it.
    """
    ordered = sorted(edits, key=lambda e: (e.start, -e.end))
    out, skipped, at = [], [], 0
    for edit in ordered:
        if edit.start < at:
            skipped.append(edit)
            continue
        out.append(text[at:edit.start])
        out.append(edit.new)
        at = edit.end
    out.append(text[at:])
    return "".join(out), skipped


def write_atomic(path: Path, data: bytes, expected: bytes) -> None:
    """Replace ``path`` with ``data`` in one step, keeping its mode.

    Refused when ``path`` is a link, has other hard links, or no longer holds ``expected``
    (someone changed it since it was read): in each case the file is left as it was.
    """
    try:
        st = path.lstat()
    except OSError as exc:
        raise Unwritable(f"cannot read it again ({exc.strerror or exc})") from None
    if stat.S_ISLNK(st.st_mode):
        raise Unwritable("a symbolic link (redact the file it points to)")
    if not stat.S_ISREG(st.st_mode):
        raise Unwritable("not a regular file")
    if st.st_nlink > 1:
        raise Unwritable("it has other hard links, which a rewrite would split")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".safecommit",
                                   dir=path.parent)
    except OSError as exc:
        raise Unwritable(f"cannot write in its folder ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, stat.S_IMODE(st.st_mode))
        if hasattr(os, "chown"):
            # Not ours to give away? Then it keeps our ownership, as after any edit.
            with contextlib.suppress(OSError):
                os.chown(tmp, st.st_uid, st.st_gid)
        if path.read_bytes() != expected:
            raise Unwritable("it changed while it was being redacted; run redact again")
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise Unwritable(f"cannot write it ({exc.strerror or exc})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
