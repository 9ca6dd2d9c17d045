"""Email files (``.eml``): headers, every text body, and every attachment.

Headers and plain or quoted-printable bodies stay on their raw lines: encoded words
(``=?utf-8?b?…?=``) and soft line breaks are decoded in place. A base64 body has no
raw lines to keep, so its place names the part. Attachments go through the extract
dispatch like archive members (``attachment report.pdf, page 2``).
"""

from __future__ import annotations

import base64
import email
import email.header
import email.policy
import quopri
import re
from email.message import Message

from safecommit.extract import Part, extract_member
from safecommit.extract.html import clean as clean_html
from safecommit.extract.lines import one_line
from safecommit.extract.text import decode, normalise_newlines, to_str
from safecommit.lazyre import lazy
from safecommit.model import Blob, Text

_WORD = r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?="
# Adjacent encoded words, folded or not, are one piece of text (RFC 2047: the white space
# between them is not part of it), so a subject a mailer split mid-address reads whole.
_ENCODED_WORDS = lazy(rf"{_WORD}(?:[ \t]*\n?[ \t]+{_WORD})*")
# The headers of a message forwarded as an attachment that name people.
_PEOPLE_HEADERS = ("from", "sender", "reply-to", "to", "cc", "bcc", "subject", "date")


def extract(blob: Blob) -> list[Part]:
    decoded = to_str(blob.data)
    if decoded is None:
        return [decode(blob, "binary")]
    raw = normalise_newlines(decoded[0])
    message = email.message_from_string(raw, policy=email.policy.compat32)
    head_end = raw.find("\n\n")
    head = raw if head_end < 0 else raw[:head_end]
    parts: list[Part] = [Text(blob.path, _ENCODED_WORDS.sub(_word, head), "email",
                              lines=blob.lines, commit=blob.commit)]
    searched_from = len(head)
    for number, part in enumerate(message.walk(), start=1):
        if part.is_multipart():
            if part.get_content_type() == "message/rfc822":
                parts.extend(_forwarded(blob, part, number))
            continue
        name = part.get_filename()
        kind = part.get_content_type()
        if name or part.get_content_maintype() not in ("text",):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes) and payload:
                label = f"attachment {_decode_words(name)}" if name else f"part {number} ({kind})"
                parts.extend(extract_member(blob, _decode_words(name) or f"part{number}", payload,
                                            label))
            continue
        text, searched_from = _body(blob, raw, part, number, searched_from)
        if text is not None:
            parts.append(text)
    return parts


def _word(m: re.Match[str]) -> str:
    """The decoded words on the line the first starts on; the lines they were folded
    over stay, empty, so the header's later lines keep their numbers."""
    return one_line(_decode_words(m.group())) + "\n" * m.group().count("\n")


def _forwarded(blob: Blob, part: Message, number: int) -> list[Text]:
    """The sender, recipients and subject of a message attached whole (message/rfc822);
    its bodies are read as the walk reaches them."""
    out: list[Text] = []
    inner = part.get_payload()
    for message in inner if isinstance(inner, list) else []:
        if not isinstance(message, Message):
            continue
        said = "\n".join(f"{key}: {one_line(_decode_words(str(value)))}"
                         for key, value in message.items()
                         if key.lower() in _PEOPLE_HEADERS)
        if said:
            out.append(Text(blob.path, said, "email", place=f"part {number} (message/rfc822) "
                            "headers", commit=blob.commit))
    return out


def _decode_words(value: str | None) -> str:
    if not value:
        return ""
    try:
        return str(email.header.make_header(email.header.decode_header(value)))
    except (ValueError, LookupError, UnicodeError):
        return value


def _body(blob: Blob, raw: str, part: Message, number: int,
          searched_from: int) -> tuple[Text | None, int]:
    syntax = "html" if part.get_content_subtype() == "html" else "email"
    body = part.get_payload(decode=False)
    if not isinstance(body, str) or not body.strip():
        return None, searched_from
    encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    charset = _charset(part)
    at = raw.find(body, searched_from)
    if encoding == "base64" and at >= 0 and not _is_base64(body):
        encoding = ""  # labelled base64 but written plain (a hand-made fixture): read as is
    if at < 0 or encoding == "base64":
        payload = part.get_payload(decode=True)
        said = payload.decode(charset, "replace") if isinstance(payload, bytes) else ""
        said = normalise_newlines(said)
        if syntax == "html":
            said = clean_html(said)
        text = Text(blob.path, said, syntax, place=f"part {number} ({part.get_content_type()})",
                    commit=blob.commit)
        return (text if said.strip() else None), searched_from
    first_line = raw.count("\n", 0, at) + 1
    said = _quoted_printable(body, charset) if encoding == "quoted-printable" else body
    if syntax == "html":
        said = clean_html(said)
    return (Text(blob.path, said, syntax, first_line=first_line, lines=blob.lines,
                 commit=blob.commit), at + len(body))


def _is_base64(body: str) -> bool:
    try:
        base64.b64decode("".join(body.split()), validate=True)
    except ValueError:  # binascii.Error: a character or padding base64 does not have
        return False
    return True


def _charset(part: Message) -> str:
    import codecs

    name = part.get_content_charset() or "utf-8"
    try:
        codecs.lookup(name)
    except LookupError:
        return "utf-8"
    return name


def _quoted_printable(body: str, charset: str) -> str:
    """Decode, keeping each logical line on the raw line where it starts."""
    out: list[str] = []
    pending: list[str] = []
    for line in body.split("\n"):
        if line.endswith("="):  # a soft break: the line goes on below
            pending.append(line[:-1])
            continue
        joined = "".join([*pending, line])
        decoded = quopri.decodestring(joined.encode("latin-1", "replace"))
        out.append(one_line(decoded.decode(charset, "replace")))
        out.extend("" for _ in pending)
        pending = []
    if pending:
        out.append("".join(pending))
        out.extend("" for _ in pending[1:])
    return "\n".join(out)
