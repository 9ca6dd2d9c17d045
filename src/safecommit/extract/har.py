"""HAR captures (browser and proxy recordings): every header, cookie, query value and body.

Each value is read on the raw line it sits on, labelled by what it is: a header value
reads ``Authorization: Bearer …``, a body reads ``text: {"email": …}`` with its JSON
escapes decoded, and base64 bodies are decoded when they hold text. Each line's place
names the entry (``entry 3 request``). A file that is not HAR JSON is read as text.
"""

from __future__ import annotations

import base64
import binascii

from safecommit.extract.jsonscan import JsonString, read, strings
from safecommit.extract.lines import Piece, labelled, line_starts, one_line, overlay, where
from safecommit.extract.text import to_str
from safecommit.model import Blob, Text

# Bookkeeping fields: never personal, and noisy (timestamps, versions, MIME types).
_SKIP = frozenset({"httpVersion", "mimeType", "method", "statusText", "startedDateTime",
                   "encoding", "version", "_resourceType", "_priority", "connection",
                   "redirectURL", "expires", "id", "pageref", "title", "name"})


def extract(blob: Blob) -> list[Text]:
    found = read(blob, "HAR JSON")
    if isinstance(found, Text):
        return [found]
    raw, doc = found
    starts = line_starts(raw)
    pieces = [p for s in strings(raw) for p in _pieces(s, doc, starts)]
    text = overlay(blob, pieces, "yaml", "HAR capture")
    return [text] if text is not None else []


def _node(doc: object, path: tuple[str | int, ...]) -> object:
    for part in path:
        if isinstance(doc, dict) and isinstance(part, str):
            doc = doc.get(part)
        elif isinstance(doc, list) and isinstance(part, int) and part < len(doc):
            doc = doc[part]
        else:
            return None
    return doc


def _pieces(s: JsonString, doc: object, starts: list[int]) -> list[Piece]:
    key = s.key
    parent = _node(doc, s.path[:-1])
    label = key
    if key == "value" and isinstance(parent, dict) and isinstance(parent.get("name"), str):
        label = parent["name"]  # a header, cookie, query or form field: name it
    elif key in _SKIP:
        return []
    value = written = s.value
    if key == "text" and isinstance(parent, dict) and parent.get("encoding") == "base64":
        value = _unbase64(value)
    line, col = where(starts, s.start + 1)
    place = _place(s.path)
    pairs = [(label, value)]
    if key == "text" and isinstance(parent, dict) and _form_encoded(parent.get("mimeType")):
        # postcode=ZZ99+9ZZ&name=…: each field read as it would be in queryString
        pairs = _form_fields(value) or pairs
    elif key == "url" and "?" in value:
        # ?name=Ann%20Example: each query field decoded, as its queryString entry holds it
        address, _, query = value.partition("?")
        pairs = [(label, address), *_form_fields(query)]
    elif len(s.path) >= 3 and s.path[-3] == "queryString" and "%" in value:
        pairs = [(label, _unquoted(value))]  # some browsers keep the query's encoding
    # A cookie reads as the header that sent it: its name says whether it holds a session.
    cookie = len(s.path) >= 3 and s.path[-3] == "cookies" and label != key
    heads = [f"Cookie: {name}=" if cookie else f"{name}: " for name, _ in pairs]
    if len(pairs) == 1 and pairs[0][1] is written:  # not decoded: its escapes place it
        return [labelled(line, col, heads[0], written, s.shifts, place)]
    return [Piece(line, max(0, col - len(heads[0])), head + one_line(v), place)
            for head, (_, v) in zip(heads, pairs, strict=True)]


def _form_encoded(mime: object) -> bool:
    return isinstance(mime, str) and "x-www-form-urlencoded" in mime.lower()


def _unquoted(value: str) -> str:
    from urllib.parse import unquote_plus

    return unquote_plus(value)


def _form_fields(body: str) -> list[tuple[str, str]]:
    from urllib.parse import parse_qsl

    return parse_qsl(body.strip(), keep_blank_values=True)


def _unbase64(value: str) -> str:
    try:
        data = base64.b64decode(value, validate=False)
    except (binascii.Error, ValueError):
        return value
    decoded = to_str(data)
    return decoded[0] if decoded is not None else ""


def _place(path: tuple[str | int, ...]) -> str | None:
    if len(path) >= 4 and path[:2] == ("log", "entries") and isinstance(path[2], int):
        side = path[3] if path[3] in ("request", "response") else "timing"
        return f"entry {path[2] + 1} {side}"
    return None
