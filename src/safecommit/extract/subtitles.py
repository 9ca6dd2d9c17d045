"""Transcripts (WebVTT ``.vtt``, SubRip ``.srt``): what was said, on the raw lines.

Timings, cue numbers and styling are blanked so they cannot look like phone numbers or
dates. Speaker tags stay as words (``<v Jane Doe>`` reads ``Jane Doe:``, in place), because a
speaker's name is personal data too.
"""

from __future__ import annotations

import html
import re

from safecommit.extract.syntax import syntax_for
from safecommit.extract.text import decode, normalise_newlines, to_str
from safecommit.lazyre import lazy
from safecommit.model import Blob, Text

_TIMING = lazy(r"\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}\s*-->")
_VOICE = lazy(r"<v(?:\.[\w.-]+)?\s+([^>]*)>")
# Other cue markup: <i> <b> <u> <c.x> <lang en> <ruby> <rt> </…> <00:00:01.000> <font …> {\an8}
_TAG = lazy(r"</?(?:[a-z]+|c(?:\.[\w.-]+)?|lang\s[^>]*|font\s[^>]*|\d[\d:.]*)>|\{\\[^}]*\}",
                  re.IGNORECASE)
_BLOCKS = ("STYLE", "REGION")


def _blank(s: str) -> str:
    return " " * len(s)


def _speaker(m: re.Match[str]) -> str:
    """``<v Jane Doe>`` as ``   Jane Doe:``: the name stays where it is on the raw line."""
    name = m.group(1).rstrip()
    lead = m.start(1) - m.start()
    return " " * lead + name + ":" + " " * (len(m.group(0)) - lead - len(name) - 1)


def _payload(line: str) -> str:
    line = _VOICE.sub(_speaker, line)
    line = _TAG.sub(lambda m: _blank(m.group(0)), line)
    if "&" in line:
        line = html.unescape(line)
    return line


def clean(raw: str) -> str:
    """The transcript with only what was said (and notes) left on each line."""
    lines = raw.split("\n")
    out: list[str] = []
    skipping = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            skipping = False
            out.append(line)
        elif skipping or _TIMING.match(stripped):
            out.append("")
        elif i == 0 and stripped.startswith("WEBVTT"):
            out.append(_blank("WEBVTT") + line.lstrip("\ufeff")[6:])
        elif stripped.startswith(_BLOCKS) and (i == 0 or not lines[i - 1].strip()):
            skipping = True
            out.append("")
        elif i + 1 < len(lines) and _TIMING.match(lines[i + 1].strip()):
            out.append("")  # a cue's identifier
        else:
            out.append(_payload(line))
    return "\n".join(out)


def extract(blob: Blob) -> list[Text]:
    syntax = syntax_for(blob.path)
    decoded = to_str(blob.data)
    if decoded is None:
        return [decode(blob, syntax)]
    text = clean(normalise_newlines(decoded[0]))
    return [Text(blob.path, text, syntax, lines=blob.lines, commit=blob.commit)]
