"""Metadata as text: one ``name: value`` line per property, each placed ``property <name>``
(or as its row says: ``record 3 OWNER``)."""

from __future__ import annotations

from collections.abc import Iterable

from safecommit.lazyre import lazy
from safecommit.model import Blob, Text

# A document's classification as LibreOffice writes it (TSCP, Tools > Classification), into
# an ODF file's custom properties and an Office file's: the category's name, and the words
# its header, footer and watermark show. Its other ``urn:bails:`` properties are ids, the
# policy's authority and dates: not content.
_TSCP_LABEL = lazy(r"urn:bails:[A-Za-z]+:(?:BusinessAuthorizationCategory:Name"
                         r"|Marking:[A-Za-z-]+)")
# A label a classification tool keeps under a name of its own: Boldon James Classifier's
# ``bjDocumentSecurityLabel``, a ``SensitivityLabel`` or ``Security_Label`` column.
_NAMED_LABEL = lazy(r"(?i)(?:security|sensitivity)[ _-]?label$")


def custom_property(name: str, value: str) -> tuple[str, str] | None:
    """A custom property's row: a classification's as ``sensitivity label``, None for its
    ids and dates."""
    if name.startswith("MSIP_Label_"):  # Microsoft Purview's
        return ("sensitivity label", value) if name.endswith("_Name") else None
    if name.startswith("urn:bails:"):
        return ("sensitivity label", value) if _TSCP_LABEL.fullmatch(name) else None
    return ("sensitivity label", value) if _NAMED_LABEL.search(name) else (name, value)


def properties_text(blob: Blob, rows: Iterable[tuple[str, str]],
                    place: str = "document properties", prefix: str = "property ") -> Text | None:
    """A Text of the distinct, non-empty ``(name, value)`` rows, or None if there are none.

    Each line's place is ``prefix`` + its name: ``property author``, ``EXIF Artist``.
    """
    distinct = dict.fromkeys((n, " ".join(v.split())) for n, v in rows)
    return placed_text(blob, ((f"{prefix}{n}", n, v) for n, v in distinct), place)


def placed_text(blob: Blob, rows: Iterable[tuple[str, str, str]], place: str) -> Text | None:
    """A Text of one ``name: value`` line per ``(line's place, name, value)`` row with a
    value, each line placed as its row says; None if no row has a value."""
    lines: list[str] = []
    spans: list[tuple[int, str]] = []
    offset = 0
    for where, name, value in rows:
        if not value:
            continue
        line = f"{name}: {value}"
        spans.append((offset, where))
        lines.append(line)
        offset += len(line) + 1
    if not lines:
        return None
    return Text(blob.path, "\n".join(lines), "yaml", place=place, commit=blob.commit,
                spans=tuple(spans))
