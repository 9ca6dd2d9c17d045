"""SQLite databases committed as fixtures: the values of every table, one row a line.

A table is one tab-separated text under a header line of its column names, so detectors
read each value with its column; each value's place reads ``table users, row 3, email``.
The file is opened read-only and immutable from a private temporary copy; only tables
are read (no views, no triggers run), with a time cap and a cap on values.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from collections.abc import Sequence

from safecommit.extract import limits
from safecommit.extract.errors import ExtractError
from safecommit.extract.syntax import syntax_for
from safecommit.extract.text import decode, printable_strings, to_str
from safecommit.model import Blob, Text

MAGIC = b"SQLite format 3\0"


def extract(blob: Blob) -> list[Text]:
    if not blob.data.startswith(MAGIC):
        return [decode(blob, syntax_for(blob.path))]  # a .db that is not SQLite
    fd, path = tempfile.mkstemp(suffix=".sqlite")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(blob.data)
        return _read(blob, path)
    except sqlite3.Error as exc:
        raise ExtractError(f"not a readable SQLite database ({exc})") from None
    finally:
        os.unlink(path)


def _read(blob: Blob, path: str) -> list[Text]:
    deadline = time.monotonic() + limits.LIMITS.parse_seconds
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        # Abort any statement that runs past the deadline (a hostile or huge file).
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
        conn.text_factory = lambda b: b.decode("utf-8", "replace")
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name")]
        left = limits.LIMITS.max_cells
        texts = []
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            cursor = conn.execute(f"SELECT * FROM {quoted}")
            columns = [d[0] for d in cursor.description]
            rows = []
            for row in cursor:
                left -= len(row)
                if left < 0:
                    raise ExtractError(f"has over {limits.LIMITS.max_cells} values, over the cap")
                rows.append(row)
            text = _table(blob, table, columns, rows)
            if text is not None:
                texts.append(text)
    except sqlite3.OperationalError as exc:
        if time.monotonic() > deadline:
            raise ExtractError(f"took over {limits.LIMITS.parse_seconds:.0f} s to read, "
                               "over the cap") from None
        raise ExtractError(f"not a readable SQLite database ({exc})") from None
    finally:
        conn.close()
    return texts


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        # A BLOB is read as a file's bytes are: UTF-8, UTF-16 (with or without a BOM) or
        # Latin-1 text as text; binary (a pickle, a serialised record) by its printable runs.
        decoded = to_str(value)
        value = decoded[0] if decoded is not None else printable_strings(value)
    return " ".join(str(value).split())


def _table(blob: Blob, name: str, columns: Sequence[str],
           rows: Sequence[Sequence[object]]) -> Text | None:
    if not rows:
        return None
    header = "\t".join(" ".join(c.split()) for c in columns)
    lines = [header]
    spans: list[tuple[int, str]] = [(0, f"table {name}, columns")]
    offset = len(header) + 1
    for number, row in enumerate(rows, start=1):
        line = ""
        for index, (column, value) in enumerate(zip(columns, row, strict=False)):
            if index:
                line += "\t"
            spans.append((offset + len(line), f"table {name}, row {number}, {column}"))
            line += _cell(value)
        lines.append(line)
        offset += len(line) + 1
    return Text(blob.path, "\n".join(lines), "tsv", place=f"table {name}", commit=blob.commit,
                spans=tuple(spans))
