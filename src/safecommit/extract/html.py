"""HTML (mockups, saved pages, email bodies): text and attribute values, on the raw lines.

The markup stays, so detectors can read ``<dt>``/``<dd>`` pairs and ``value="…"``
attributes. Character references are decoded (``jane&#64;example.com`` is an email
address), and the base64 payloads of inline images and fonts are blanked: they are
pixels, not text, and only look like keys.
"""

from __future__ import annotations

import html
import re

from safecommit.extract.text import decode, normalise_newlines, to_str
from safecommit.lazyre import lazy
from safecommit.model import Blob, Text

_DATA_URI = lazy(
    r"data:(?:image|font|audio|video)/[\w.+-]+(?:;[\w.+-]+=[\w.+-]+)*;base64,"
    r"(?P<payload>[A-Za-z0-9+/=\s]{16,})", re.IGNORECASE)
_REFERENCE = lazy(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _blank_payload(m: re.Match[str]) -> str:
    head = m.group(0)[: m.start("payload") - m.start(0)]
    return head + re.sub(r"[^\n]", " ", m.group("payload"))


# A no-break space (``&nbsp;``, or typed as one) holds a number's groups together in a
# page's table cell: it reads as the space it stands for, so the number is whole.
_NO_BREAK = str.maketrans({"\xa0": " ", "\u202f": " "})


def _unescape(m: re.Match[str]) -> str:
    decoded = html.unescape(m.group(0))
    # A decoded line break would shift every line below; a space reads the same.
    return decoded.replace("\n", " ").replace("\r", " ").translate(_NO_BREAK)


def clean(raw: str) -> str:
    """``raw`` HTML with references decoded and inline binaries blanked; same lines."""
    if "base64," in raw:
        raw = _DATA_URI.sub(_blank_payload, raw)
    if "&" in raw:
        raw = _REFERENCE.sub(_unescape, raw)
    if "\xa0" in raw or "\u202f" in raw:
        raw = raw.translate(_NO_BREAK)
    return raw


def extract(blob: Blob) -> list[Text]:
    decoded = to_str(blob.data)
    if decoded is None:
        return [decode(blob, "html")]
    text = clean(normalise_newlines(decoded[0]))
    return [Text(blob.path, text, "html", lines=blob.lines, commit=blob.commit)]
