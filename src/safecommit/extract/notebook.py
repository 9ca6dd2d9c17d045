"""Jupyter notebooks: cell sources and outputs, on the raw file's lines, each naming its cell.

A cell's source is read as its language (``python`` for code, ``markdown``), so detectors
can tell code from prose; outputs (printed text, HTML tables, tracebacks) are read as
text or HTML. A text file attached to a markdown cell is decoded and read on its line; an
image attached to one (a screenshot pasted in) is read as a committed image is: its
metadata, and its text by OCR. Outputs' images (plots) are pixels drawn by code and are
left out. A file that is not notebook JSON is read as plain text.
"""

from __future__ import annotations

import base64
from collections import defaultdict
from collections.abc import Iterator

from safecommit.extract import HANDLERS, Part, extract_member, handler_for, limits
from safecommit.extract.errors import ExtractError
from safecommit.extract.jsonscan import JsonString, read, strings
from safecommit.extract.lines import (
    Piece,
    labelled,
    line_starts,
    one_line,
    one_line_shifted,
    overlay,
    where,
    without,
)
from safecommit.extract.syntax import syntax_for
from safecommit.extract.text import decode, to_str
from safecommit.lazyre import lazy
from safecommit.model import Blob, NotScanned, Text

_ANSI = lazy(r"\x1b\[[0-9;?]*[A-Za-z]")
# Output MIME types that hold text, and how to read them; anything else is skipped.
_MIME_SYNTAX = {
    "text/plain": "text", "text/html": "html", "text/markdown": "markdown",
    "text/latex": "text", "application/json": "json", "image/svg+xml": "xml",
    "application/javascript": "javascript",
}
_MAGIC = {
    "sql": "sql", "bash": "shell", "sh": "shell", "script": "shell", "html": "html",
    "javascript": "javascript", "js": "javascript", "markdown": "markdown", "latex": "text",
    "writefile": "text", "capture": "python", "time": "python", "timeit": "python",
}
# Fields that name the structure, not content.
_SKIP_KEYS = frozenset({"cell_type", "output_type", "id", "name", "execution_count"})


# An attached image's MIME type -> a file name suffix the image handler takes.
_IMAGE_SUFFIX = {"image/png": ".png", "image/jpeg": ".jpg", "image/jpg": ".jpg",
                 "image/tiff": ".tif", "image/webp": ".webp"}


def extract(blob: Blob) -> list[Part]:
    found = read(blob, "notebook JSON")
    if isinstance(found, Text):
        return [found]
    raw, doc = found
    if not isinstance(doc, dict) or not isinstance(doc.get("cells"), list):
        return [decode(blob, "json")]
    cells: list[object] = doc["cells"]
    if len(cells) > limits.LIMITS.max_cells:
        raise ExtractError(f"has {len(cells)} cells, over the {limits.LIMITS.max_cells} cap")
    language = _language(doc)
    starts = line_starts(raw)
    groups: dict[tuple[int, str, str], list[Piece]] = defaultdict(list)
    images: list[JsonString] = []
    for s in strings(raw):
        if _is_image(s.path):
            images.append(s)
            continue
        for group, piece in _route(s, cells, language, starts):
            groups[group].append(piece)
    texts: list[Part] = []
    for (cell, syntax, what), pieces in sorted(groups.items()):
        place = f"notebook{what or ' metadata'}" if cell < 0 else f"cell {cell + 1}{what}"
        text = overlay(blob, pieces, syntax, place)
        if text is not None:
            texts.append(text)
    for s in images:
        texts.extend(_attached_image(blob, s))
    return texts


def _is_image(path: tuple[str | int, ...]) -> bool:
    """cells[i].attachments[name][image/...]: a picture pasted into a markdown cell."""
    return (len(path) == 5 and path[2] == "attachments" and path[0] == "cells"
            and isinstance(path[1], int) and isinstance(path[4], str) and path[4] in _IMAGE_SUFFIX)


def _attached_image(blob: Blob, s: JsonString) -> list[Part]:
    """An image attached to a cell, read as the same image committed on its own would be
    (metadata, OCR, or not scanned and why), placed ``cell 2 attachment shot.png``."""
    cell, name, mime = s.path[1], str(s.path[3]), str(s.path[4])
    label = f"cell {int(cell) + 1} attachment {name}"
    try:
        data = base64.b64decode("".join(s.value.split()), validate=True)
    except ValueError:
        return [NotScanned(blob.path, f"{label}: not valid base64, so the image was not "
                           "checked", blob.commit)]
    image = HANDLERS[".png"]
    stem = name if handler_for(name) == image else name + _IMAGE_SUFFIX[mime]
    return extract_member(blob, stem, data, label)


def _language(doc: dict[str, object]) -> str:
    meta = doc.get("metadata")
    if isinstance(meta, dict):
        for key, field in (("language_info", "name"), ("kernelspec", "language")):
            info = meta.get(key)
            if isinstance(info, dict) and isinstance(info.get(field), str):
                name = str(info[field]).lower()
                guessed = syntax_for(f"x.{_EXT.get(name, name)}")
                return guessed if guessed != "text" else name
    return "python"


_EXT = {"python": "py", "r": "r", "javascript": "js", "typescript": "ts", "scala": "scala",
        "julia": "jl", "csharp": "cs", "c#": "cs", "bash": "sh", "sql": "sql"}


def _cell_syntax(cell: object, language: str, first_line: str) -> str:
    kind = cell.get("cell_type") if isinstance(cell, dict) else None
    if kind == "markdown":
        return "markdown"
    if kind != "code":
        return "text"
    if first_line.startswith("%%"):
        magic = first_line[2:].split(None, 1)[0] if first_line[2:].strip() else ""
        return _MAGIC.get(magic, language)
    return language


def _route(s: JsonString, cells: list[object], language: str,
           starts: list[int]) -> Iterator[tuple[tuple[int, str, str], Piece]]:
    """Which text of which cell a string belongs to, and the piece it makes there."""
    path = s.path
    if not path or path[0] != "cells" or len(path) < 3 or not isinstance(path[1], int):
        if _shown_by_a_widget(s):
            yield (-1, "text", " widgets"), _piece(s, starts)
        elif _authors(path):
            yield (-1, "yaml", ""), _keyed(s, starts, "author")
        elif s.key not in _SKIP_KEYS:
            yield (-1, "yaml", ""), _keyed(s, starts)
        return
    cell, field = path[1], path[2]
    if field == "source":
        first = _first_source_line(cells[cell])
        yield (cell, _cell_syntax(cells[cell], language, first), ""), _piece(s, starts)
    elif field == "outputs":
        syntax = _output_syntax(path)
        if syntax is not None:
            yield (cell, syntax, " output"), _piece(s, starts, strip_ansi=True)
    elif field == "metadata" and s.key not in _SKIP_KEYS:
        yield (cell, "yaml", " metadata"), _keyed(s, starts)
    elif field == "attachments" and len(path) == 5 and _is_text(path[4]):
        # A file attached to a markdown cell (dragged in): base64, decoded in place.
        said = _unbase64(s.value)
        if said is not None:
            line, col = where(starts, s.start + 1)
            yield (cell, "text", " attachment"), Piece(line, col, one_line(said))


def _is_text(mime: object) -> bool:
    return isinstance(mime, str) and (mime.startswith("text/") or mime.endswith(("/json",
                                                                                  "+json")))


def _unbase64(value: str) -> str | None:
    try:
        data = base64.b64decode("".join(value.split()), validate=True)
    except ValueError:
        return None
    decoded = to_str(data)
    return decoded[0] if decoded is not None else None


def _first_source_line(cell: object) -> str:
    source = cell.get("source") if isinstance(cell, dict) else None
    if isinstance(source, list):
        source = source[0] if source and isinstance(source[0], str) else ""
    return source.lstrip().split("\n", 1)[0] if isinstance(source, str) else ""


def _output_syntax(path: tuple[str | int, ...]) -> str | None:
    """outputs[j].text, .traceback, .evalue → text; outputs[j].data[mime] → by MIME type."""
    if len(path) < 5:
        return None
    field = path[4]
    if field in ("text", "traceback", "evalue", "ename"):
        return "text"
    if field == "data" and len(path) > 5 and isinstance(path[5], str):
        mime = path[5]
        if mime in _MIME_SYNTAX:
            return _MIME_SYNTAX[mime]
        if mime.startswith("text/") or mime.endswith("+json"):
            return "text"
    return None


def _piece(s: JsonString, starts: list[int], strip_ansi: bool = False) -> Piece:
    line, col = where(starts, s.start + 1)
    value, shifts = s.value, s.shifts
    if value.endswith("\n"):  # a list item's own line break is the raw line break
        value = value[:-1]
        # and its escape's shift, past the end, would move the next piece on the line
        shifts = tuple(shift for shift in shifts if shift[0] <= len(value))
    if strip_ansi and "\x1b" in value:
        value, shifts = without(value, shifts, [m.span() for m in _ANSI.finditer(value)])
    value, shifts = one_line_shifted(value, shifts)
    return Piece(line, col, value, shifts=shifts)


# What a widget shows its reader, as the notebook's saved widget state keeps it
# (metadata.widgets[<widget-state MIME type>].state[<id>].state.<key>): a label's value,
# a control's description and tooltip. Its other keys lay it out.
_WIDGET_TEXT = frozenset({"value", "description", "tooltip", "description_tooltip",
                          "placeholder"})


def _shown_by_a_widget(s: JsonString) -> bool:
    path = s.path
    return len(path) == 7 and path[:2] == ("metadata", "widgets") and path[3] == "state" \
        and path[5] == "state" and s.key in _WIDGET_TEXT


def _authors(path: tuple[str | int, ...]) -> bool:
    """metadata.authors[i].name: a person who wrote the notebook, not a kernel's name."""
    return len(path) == 4 and path[:2] == ("metadata", "authors") and path[3] == "name"


def _keyed(s: JsonString, starts: list[int], key: str | None = None) -> Piece:
    """``key: value``, with the value kept at its raw column where there is room."""
    line, col = where(starts, s.start + 1)
    key = key or s.key
    return labelled(line, col, f"{key}: " if key else "", s.value, s.shifts)
