"""Metadata as text: one ``name: value`` line per property, each placed ``property <name>``."""

from __future__ import annotations

from collections.abc import Iterable

from safecommit.model import Blob, Text


def properties_text(blob: Blob, rows: Iterable[tuple[str, str]],
                    place: str = "document properties", prefix: str = "property ") -> Text | None:
    """A Text of the distinct, non-empty ``(name, value)`` rows, or None if there are none.

    Each line's place is ``prefix`` + its name: ``property author``, ``EXIF Artist``.
    """
    lines: list[str] = []
    spans: list[tuple[int, str]] = []
    offset = 0
    for name, value in dict.fromkeys((n, " ".join(v.split())) for n, v in rows):
        if not value:
            continue
        line = f"{name}: {value}"
        spans.append((offset, f"{prefix}{name}"))
        lines.append(line)
        offset += len(line) + 1
    if not lines:
        return None
    return Text(blob.path, "\n".join(lines), "yaml", place=place, commit=blob.commit,
                spans=tuple(spans))
