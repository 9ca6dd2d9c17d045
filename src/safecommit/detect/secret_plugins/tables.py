"""Credentials in tables: CSV and TSV columns, and SQL ``INSERT … (cols) VALUES (…)`` rows.

The column name decides, as a key does (``password``, ``api_key``, ``username``), so a row
``jsmith,Tq7…`` under ``username,password`` holds a user name and a password.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from functools import lru_cache

from safecommit.detect.secret_plugins.keywords import classify, strong_enough
from safecommit.detect.secret_plugins.model import Hit, Line
from safecommit.detect.secret_plugins.values import rejection, username_rejection

TABULAR = frozenset({"csv", "tsv"})
# Column names the prefilter must see in a header (or an INSERT's column list).
TRIGGERS = frozenset({"pass", "pwd", "secret", "token", "key", "insert"})
USER_TRIGGERS = frozenset({"user", "login", "insert"})

_INSERT = re.compile(r"(?i)\bINSERT\s+INTO\s+[\w.\"`\[\]]+\s*\((?P<cols>[^()]*)\)\s*VALUES\s*")
_SQL_VALUE = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|[^,()\s]+")
_TYPES = {"password": "PASSWORD", "api_key": "API_KEY", "aws": "AWS_SECRET_ACCESS_KEY",
          "secret": "GENERIC_SECRET", "user": "USERNAME"}


@lru_cache(maxsize=64)
def _columns(header: str, delimiter: str) -> tuple[str | None, ...]:
    """Each column's class (``password``, ``user`` …) from a header row."""
    names = next(csv.reader([header], delimiter=delimiter), [])
    return tuple(classify(name.strip()) for name in names)


def _cells(row: str, delimiter: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, value) of each cell of a CSV row, quotes stripped."""
    i, n = 0, len(row)
    while i <= n:
        if i < n and row[i] == '"':
            j = i + 1
            while j < n and not (row[j] == '"' and row[j + 1:j + 2] != '"'):
                j += 2 if row[j] == '"' else 1
            yield i + 1, j, row[i + 1:j].replace('""', '"')
            i = row.find(delimiter, j)
        else:
            j = row.find(delimiter, i)
            end = n if j == -1 else j
            yield i, end, row[i:end]
            i = j
        if i == -1:
            return
        i += 1


def _table_cells(line: Line) -> Iterator[tuple[str, int, int, str]]:
    """(column class, start, end, value) for the classed cells of a row."""
    if line.syntax in TABULAR and line.index > 0:
        delimiter = "\t" if line.syntax == "tsv" else ","
        columns = _columns(line.locator.line_text(0), delimiter)
        if any(columns):
            for column, (start, end, value) in zip(columns, _cells(line.text, delimiter),
                                                   strict=False):
                if column:
                    yield column, start, end, value
    if "insert" in line.words:
        for m in _INSERT.finditer(line.text):
            named = [classify(c.strip().strip('"`[]')) for c in m.group("cols").split(",")]
            if not any(named):
                continue
            for row in re.finditer(r"\(([^()]*)\)", line.text[m.end():]):
                base = m.end() + row.start(1)
                values = list(_SQL_VALUE.finditer(row.group(1)))
                for column, v in zip(named, values, strict=False):
                    raw = v.group()
                    if column and raw[:1] in ("'", '"'):
                        yield column, base + v.start() + 1, base + v.end() - 1, raw[1:-1]


def find(line: Line) -> Iterator[Hit]:
    for column, start, end, value in _table_cells(line):
        if column == "user" or rejection(value, column) \
                or not strong_enough(value, column, line.syntax):
            continue
        yield Hit(start, end, value, _TYPES[column], "table-column", 0.9, priority=10)


def find_users(line: Line) -> Iterator[Hit]:
    for column, start, end, value in _table_cells(line):
        if column == "user" and username_rejection(value) is None:
            yield Hit(start, end, value, "USERNAME", "table-column", 0.85, priority=10,
                      kind="personal-data")
