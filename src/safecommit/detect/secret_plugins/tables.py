"""Credentials in tables: CSV, TSV and Markdown columns, and SQL ``INSERT … VALUES`` rows.

The column name decides, as a key does (``password``, ``api_key``, ``username``), so a row
``jsmith,Tq7…`` under ``username,password`` holds a user name and a password.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from safecommit.detect.secret_plugins.keywords import (
    classify,
    is_named_key,
    names_a_secret,
    strong_enough,
    uuid_is_secret,
)
from safecommit.detect.secret_plugins.model import Hit, Line
from safecommit.detect.secret_plugins.values import (
    is_uuid,
    made_by_a_generator,
    rejection,
    username_rejection,
)
from safecommit.extract.syntax import PROSE
from safecommit.lazyre import lazy

TABULAR = frozenset({"csv", "tsv"})
# Column names the prefilter must see in a header (or an INSERT's column list).
TRIGGERS = frozenset({"pass", "pwd", "secret", "token", "key", "insert"})
USER_TRIGGERS = frozenset({"user", "login", "insert"})

_INSERT = lazy(r"(?i)\bINSERT\s+INTO\s+[\w.\"`\[\]]+\s*\((?P<cols>[^()]*)\)\s*VALUES\s*")
_SQL_VALUE = lazy(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|[^,()\s]+")
_TYPES = {"password": "PASSWORD", "api_key": "API_KEY", "aws": "AWS_SECRET_ACCESS_KEY",
          "secret": "GENERIC_SECRET", "user": "USERNAME", "key": "GENERIC_SECRET",
          "salt": "GENERIC_SECRET", "named key": "GENERIC_SECRET"}


# A column named only "key" (| partner | key | rotated |): a secret only when its value is
# one a generator makes, as a bare "key" is as often a shortcut, a primary key or a cache's.
# A document's table may list a service's key that is a UUID (Companies House's) under it;
# a data file's "key" column of UUIDs is its records' ids.
_BARE_KEY = "key"


def _column_class(name: str) -> str | None:
    cls = _named_column(name)
    if cls is None and name.strip("*`").lower() == _BARE_KEY:
        return _BARE_KEY
    return cls


def _named_column(name: str) -> str | None:
    """A column's class; a salt column is each row's own salt, kept beside its hash (a
    users table), and no more a secret than that hash is."""
    cls = classify(name)
    return None if cls == "salt" else cls


@lru_cache(maxsize=64)
def _columns(header: str, delimiter: str) -> tuple[str | None, ...]:
    """Each column's class (``password``, ``user`` …) from a header row."""
    names = next(csv.reader([header], delimiter=delimiter), [])
    return tuple(_column_class(name.strip()) for name in names)


def _by_column(columns: tuple[str | None, ...], pair: tuple[int, int] | None) -> bool:
    """The header's columns say what each holds: a column of its own class, or a bare key
    column in a table whose rows do not each name their value (``key,value``)."""
    return any(c not in (None, _BARE_KEY) for c in columns) \
        or (pair is None and _BARE_KEY in columns)


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


# A settings table: each row names its own value (``key,value`` above ``smtp_password,…``),
# as a config table in SQLite, a CSV export of app settings or a Markdown table does.
_NAME_COLUMNS = frozenset({"key", "name", "setting", "property", "parameter", "variable",
                           "setting name", "config key", "parameter name", "setting key",
                           "config name", "key name", "field", "item", "attribute"})
_VALUE_COLUMNS = frozenset({"value", "val", "setting value", "config value", "default",
                            "default value"})


@lru_cache(maxsize=64)
def _key_value(header: str, delimiter: str) -> tuple[int, int] | None:
    """The (name, value) columns of a header whose rows each name their own value."""
    names = [n.strip().strip("*`").lower().replace("_", " ")
             for n in next(csv.reader([header], delimiter=delimiter), [])]
    for i, (name, after) in enumerate(pairwise(names)):
        if name in _NAME_COLUMNS and after in _VALUE_COLUMNS:
            return i, i + 1
    return None


# A settings table's row named as a .env's key is (| CH_KEY | <key> |): a key when its value
# is one a generator makes, or a UUID under a name that is not a thing's (TENANT_KEY).
_NAMED_KEY = "named key"


def _named_by_row(cells: list[tuple[int, int, str]],
                  columns: tuple[int, int]) -> Iterator[tuple[str, int, int, str]]:
    if len(cells) > columns[1]:
        name = cells[columns[0]][2].strip().strip("*`")  # (a label in bold: **Password**)
        column = classify(name)
        start, end, value = _pipe_cell(*cells[columns[1]])  # (a document's `code` quotes)
        if column is None and is_named_key(name) \
                and (not is_uuid(value) or uuid_is_secret(name)):
            column = _NAMED_KEY
        if column:
            yield column, start, end, value


def _pipe_rule(line: Line) -> int | None:
    """How many lines above a ``| … |`` row its Markdown table's rule is (under the header)."""
    for back in range(1, min(line.index, 200) + 1):
        above = line.before(back).strip()
        if not above.startswith("|"):
            return None
        if set(above) <= set("|:- \t"):
            return back
    return None


def _pipe_header(line: Line) -> str | None:
    """The header of the Markdown table a ``| … |`` row is in, as tab-separated names."""
    back = _pipe_rule(line)
    if back is None:
        return None
    header = line.before(back + 1).strip().strip("|")
    return "\t".join(c.strip() for c in header.split("|"))


# A table's "Key" column of this many distinct UUIDs names its rows (feature flags',
# records'), as a data file's does, when it leads them or another column says the rows are
# such things: a service's key is a UUID in a row that its service or environment leads.
_ID_COLUMN_ROWS = 3
_RECORD_COLUMNS = frozenset({"flag", "feature", "feature flag", "toggle", "record", "item",
                             "entity"})


def _records(header: str) -> bool:
    return any(n.strip().strip("*`").lower() in _RECORD_COLUMNS for n in header.split("\t"))


def _id_column(line: Line, column: int) -> bool:
    """Whether column ``column`` of the Markdown table this row is in holds a UUID of its own
    on each of its rows."""
    back = _pipe_rule(line)
    if back is None:
        return False
    cache = line.locator.cache
    key = f"key-ids:{line.index - back}:{column}"
    found = cache.get(key)
    if found is None:
        uuids: set[str] = set()
        row = line.index - back + 1
        while row < line.locator.line_count and len(uuids) < _ID_COLUMN_ROWS:
            text = line.locator.line_text(row).strip()
            if not text.startswith("|"):
                break
            cells = text.split("|")
            cell = cells[column + 1].strip().strip("`") if len(cells) > column + 1 else ""
            if is_uuid(cell):
                uuids.add(cell)
            row += 1
        found = cache[key] = len(uuids) >= _ID_COLUMN_ROWS
    return bool(found)


def _pipe_cell(start: int, end: int, raw: str) -> tuple[int, int, str]:
    """A Markdown cell's value, without the spaces and the code quotes around it."""
    value = raw.strip()
    start += raw.index(value) if value else 0
    if len(value) > 2 and value[0] == value[-1] == "`":
        value, start = value[1:-1], start + 1
    return start, start + len(value), value


def _table_cells(line: Line) -> Iterator[tuple[str, int, int, str]]:
    """(column class, start, end, value) for the classed cells of a row."""
    if line.syntax in TABULAR and line.index > 0:
        delimiter = "\t" if line.syntax == "tsv" else ","
        header = line.locator.line_text(0)
        columns = _columns(header, delimiter)
        pair = _key_value(header, delimiter)
        if _by_column(columns, pair):
            for column, (start, end, value) in zip(columns, _cells(line.text, delimiter),
                                                   strict=False):
                if column:
                    yield column, start, end, value
        elif pair is not None:
            yield from _named_by_row(list(_cells(line.text, delimiter)), pair)
    elif line.text.lstrip().startswith("|") and (pipes := _pipe_header(line)) is not None:
        edges = [i for i, c in enumerate(line.text) if c == "|"]
        cells = [(a + 1, b, line.text[a + 1:b]) for a, b in pairwise(edges)]
        if (pair := _key_value(pipes, "\t")) is not None:
            yield from _named_by_row(cells, pair)
        else:  # a table whose columns are named: | environment | username | password |
            for n, (column, cell) in enumerate(zip(_columns(pipes, "\t"), cells, strict=False)):
                if column == _BARE_KEY and is_uuid(cell[2].strip().strip("`")) \
                        and (n == 0 or _records(pipes)) and _id_column(line, n):
                    continue  # | Key | Enabled | over rows of flags' UUIDs
                if column:
                    yield column, *_pipe_cell(*cell)
    elif line.syntax == "html" and ("<td" in line.text or "<TD" in line.text):
        yield from _html_cells(line)
    if "insert" in line.words and _into(line.text):
        yield from _insert_cells(line.text)
        if "VALUES" in line.text.upper() and re.search(_BARE_INSERT, line.text) is not None:
            yield from _bare_insert_cells(line)
    # An UPDATE of a settings row names its secret (…WHERE name = 'smtp_password'): the line
    # is here for that word, so "update" need be no trigger of its own (every dict has one).
    if "UPDATE" in line.text or "update" in line.text:
        yield from _updated_settings(line.text)


# An HTML table's cells (a saved page's, a notebook's DataFrame): a header's <th> names its
# column, and a row's cells, <th> (a DataFrame's index) and <td>, are its columns in order.
# (a cell's text may be wrapped: Confluence's <td><p>…</p></td>, <td><code>…</code></td>)
_WRAP = r"(?:<(?:p|code|span|strong|b|em|tt|kbd)\b[^>]*>\s*)*"
_UNWRAP = r"(?:</(?:p|code|span|strong|b|em|tt|kbd)>\s*)*"
_HTML_CELL = rf"(?i)<t([hd])\b[^>]*>\s*{_WRAP}([^<]*?)\s*{_UNWRAP}</t[hd]>"  # (compiled later)
_HTML_ROW = r"(?i)<tr\b[^>]*>(.*?)</tr>"
_HTML_ROWS = 200  # how far above a row its header may be
_HTML_SIDE_HEADER = (
    rf"(?i)<tr\b[^>]*>\s*<th\b[^>]*>\s*{_WRAP}(?P<n>[^<]{{1,60}}?)\s*{_UNWRAP}</th>\s*"
    rf"<td\b[^>]*>\s*{_WRAP}(?P<v>[^<]*?)\s*{_UNWRAP}</td>\s*</tr>")
# A table of two columns, a label and its value, with no header naming them: a row's first
# cell names the second (<tr><td>Password</td><td>…</td></tr>), on one line or a cell to a
# line.
_HTML_LABEL_ROW = lazy(
    _HTML_SIDE_HEADER.replace("<th\\b", "<t[hd]\\b").replace("</th>", "</t[hd]>"))
_HTML_LONE_CELL = lazy(rf"(?i)\s*<t[hd]\b[^>]*>\s*{_WRAP}(?P<v>[^<]*?)\s*{_UNWRAP}</t[hd]>\s*$")


def _html_header(text: str) -> tuple[str | None, ...] | None:
    """The columns' classes of the first row of a text whose cells are all <th>."""
    for row in re.finditer(_HTML_ROW, text) if "<tr" in text or "<TR" in text else [text]:
        cells = re.findall(_HTML_CELL, row.group(1) if isinstance(row, re.Match) else row)
        if cells and all(kind.lower() == "h" for kind, _ in cells):
            columns = tuple(_column_class(name) for _, name in cells)
            return columns if any(c not in (None, _BARE_KEY) for c in columns) else None
    return None


def _html_cells(line: Line) -> Iterator[tuple[str, int, int, str]]:
    """The classed cells of an HTML table's rows on this line, by the header above them (or
    before them on this line: a DataFrame's table is one line)."""
    text = line.text
    first = text.lower().find("<td")
    sideways = re.search(_HTML_SIDE_HEADER, text)
    if sideways is not None and (column := _named_column(sideways.group("n"))):
        # <tr><th>Password</th><td>…</td></tr>: the row names its value
        if sideways.group("v"):
            yield column, sideways.start("v"), sideways.end("v"), sideways.group("v")
        return
    opens = text.lower().rfind("<tr", 0, first)
    skip, back = 0, 1
    if opens == -1:  # a row written a cell to a line: its cells above come first
        if (earlier := _cells_above(line)) is None:
            return
        skip, back = earlier[0], earlier[1] + 1
    columns = _html_header(text[:first])
    while columns is None and back <= min(line.index, _HTML_ROWS):
        above = line.before(back)
        low = above.lower()
        if "<th" in low:
            columns = _html_header(_html_row_around(line, back))
            break
        if "<table" in low or "</table" in low:
            return
        back += 1
    if columns is None:
        if opens != -1 and (label := _HTML_LABEL_ROW.search(text)) is not None \
                and (column := _named_column(label.group("n"))) and label.group("v"):
            yield column, label.start("v"), label.end("v"), label.group("v")
        return
    columns = columns[skip:]
    rows = [(m.start(1), m.group(1)) for m in re.compile(_HTML_ROW).finditer(text, max(opens, 0))] \
        if opens != -1 else [(0, text)]
    for base, row in rows:
        for column, cell in zip(columns, re.finditer(_HTML_CELL, row), strict=False):
            if column and column != _BARE_KEY and cell.group(2):
                yield column, base + cell.start(2), base + cell.end(2), cell.group(2)


_HTML_ROW_LINES = 40  # how many lines one row written a cell to a line may take
_CELL_OPEN = lazy(r"<t[hd][\s>]")  # (not <thead>)


def _cells_above(line: Line) -> tuple[int, int] | None:
    """For a line of cells in a row opened above it (``<tr>``, then a cell to a line): how
    many of the row's cells come before this line, and how many lines above it the row
    opens; None when the line is in no open row."""
    cells = 0
    for back in range(1, min(line.index, _HTML_ROW_LINES) + 1):
        low = line.before(back).lower()
        at = max(low.rfind("<tr"), 0)
        if "</tr" in low[at:] or "<table" in low[at:] or "</table" in low[at:]:
            return None
        cells += len(_CELL_OPEN.findall(low, at))
        if low.startswith("<tr", at):
            return cells, back
    return None


def _html_row_around(line: Line, back: int) -> str:
    """The whole row the line ``back`` lines above sits in, its lines joined: a header
    written a cell to a line (``<tr>``, ``<th>System</th>``, …, ``</tr>``)."""
    above = line.before(back)
    if "<tr" in above.lower() and "</tr" in above.lower():
        return above
    start = back
    while start < min(line.index, back + _HTML_ROW_LINES) \
            and "<tr" not in line.before(start).lower():
        start += 1
    end = back
    while end > 1 and "</tr" not in line.before(end).lower():
        end -= 1
    return " ".join(line.before(n) for n in range(start, end - 1, -1))


# A row of VALUES: its literals, and calls with their own parentheses (now(), NEWID()).
# (A quote doubled inside a literal reads as two literals side by side: each text has one
# reading, so no text makes the search backtrack.)
_ROW = lazy(r"\(((?:[^()'\"]|'[^']*'|\"[^\"]*\"|\([^()]*\))*)\)")
# An INSERT whose rows follow on the lines below: a seed file's one row to a line.
# (in code, the statement's first string may end there: "INSERT … (cols) " + "VALUES …")
_INSERT_HEAD = lazy(
    r"(?i)\bINSERT\s+INTO\s+[\w.\"`\[\]]+\s*\((?P<cols>[^()]*)\)\s*(?:VALUES\s*(?P<open>\()?\s*)?"
    r"(?:[\"'`]\s*(?:\+|\.|&|\|\|)?\s*)?$")
# An INSERT whose column list opens or starts below its head: INSERT INTO t over (a, b)
# (compiled when first needed, as are the COPY's and the HTML table's patterns below)
_OPEN_INSERT = r"(?i)\bINSERT\s+INTO\s+[\w.\"`\[\]]+\s*(?:\((?P<cols>[^()]*))?$"
_COLUMN_LINES = 12  # how many lines an INSERT's column list may take
_INSERT_LINES = 200
Columns = tuple[list[str | None], tuple[int, int] | None]


def _insert_columns(cols: str) -> Columns | None:
    """The class of each column, or a settings table's (name, value) columns."""
    names = [c.strip().strip('"`[]') for c in cols.split(",")]
    named: list[str | None] = [_named_column(c) for c in names]
    pair = None if any(named) else _key_value("\t".join(names), "\t")
    return (named, pair) if any(named) or pair is not None else None


def _row_cells(columns: Columns, text: str, start: int) -> Iterator[tuple[str, int, int, str]]:
    """The classed values of the rows in ``text[start:]``: by column name, or, in a settings
    table (``name, value``), by the name each row gives its value."""
    named, pair = columns
    for row in _ROW.finditer(text, start):
        base = row.start(1)
        values = list(_SQL_VALUE.finditer(row.group(1)))
        if pair is not None:
            if len(values) <= pair[1]:
                continue
            column = classify(values[pair[0]].group().strip("'\""))
            cells = [(column, values[pair[1]])]
        else:
            cells = list(zip(named, values, strict=False))
        for column, v in cells:
            raw = v.group()
            if column and raw[:1] in ("'", '"'):
                yield column, base + v.start() + 1, base + v.end() - 1, raw[1:-1]


def _into(text: str) -> bool:
    """INSERT INTO's second word, in either case: code's list.insert(…) has none."""
    return "INTO" in text or "into" in text or "Into" in text


def _insert_cells(text: str) -> Iterator[tuple[str, int, int, str]]:
    """The classed values of ``INSERT … (cols) VALUES (…), (…)`` on one line."""
    for m in _INSERT.finditer(text):
        columns = _insert_columns(m.group("cols"))
        if columns is not None:
            yield from _row_cells(columns, text, m.end())


# An INSERT with no column list: its columns are the ones its table was created with in
# the same script (CREATE TABLE app_users (id int, username text, password text))
# (compiled when first needed)
_BARE_INSERT = r"(?i)\bINSERT\s+INTO\s+(?P<t>[\w.\"`\[\]]+)\s+VALUES\s*(?=\()"
_CREATE_TABLE = (r"(?i)\bCREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:[\w\"`\[\]]+\.)?"
                 r"[\"`\[]?{}[\"`\]]?\s*\(")
# A table's constraint, not a column: PRIMARY KEY (…), CONSTRAINT …, UNIQUE (…)
_CONSTRAINTS = frozenset({"primary", "constraint", "unique", "foreign", "check", "index", "key",
                          "exclude"})


def _bare_insert_cells(line: Line) -> Iterator[tuple[str, int, int, str]]:
    for m in re.finditer(_BARE_INSERT, line.text):
        table = m.group("t").rsplit(".", 1)[-1].strip('"`[]')
        columns = _created_columns(line.locator.text.text, table) if table else None
        if columns is not None:
            yield from _row_cells(columns, line.text, m.end())


@lru_cache(maxsize=16)
def _created_columns(text: str, table: str) -> Columns | None:
    """The columns ``CREATE TABLE <table> (…)`` gives, in order, from the script's text."""
    create = re.search(_CREATE_TABLE.format(re.escape(table)), text)
    if create is None:
        return None
    names: list[str] = []
    depth, start = 0, create.end()
    for i in range(create.end(), min(len(text), create.end() + 20000)):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")" and depth:
            depth -= 1
        elif c in ",)" and not depth:
            words = text[start:i].split()
            if words and words[0].lower() not in _CONSTRAINTS:
                names.append(words[0].strip('"`[]'))
            if c == ")":
                return _insert_columns(", ".join(names)) if names else None
            start = i + 1
    return None


# A settings table's row changed in place: UPDATE settings SET value = '…' WHERE name = '…'
# (the WHERE first, too: … SET value = '…' WHERE key = 'smtp_password').
_UPDATE_SETTING = lazy(
    r"(?i)\bSET\s+[\"`\[]?(?P<vc>\w+)[\"`\]]?\s*=\s*'(?P<v>(?:[^'\n]|''){1,512})'"
    r"\s+WHERE\s+[\"`\[]?(?P<nc>\w+)[\"`\]]?\s*=\s*'(?P<n>[\w.:-]{1,128})'")


def _updated_settings(text: str) -> Iterator[tuple[str, int, int, str]]:
    for m in _UPDATE_SETTING.finditer(text):
        if m.group("vc").lower().replace("_", " ") in _VALUE_COLUMNS \
                and m.group("nc").lower().replace("_", " ") in _NAME_COLUMNS \
                and (column := classify(m.group("n"))) is not None:
            yield column, m.start("v"), m.end("v"), m.group("v")


def _insert_rows_below(line: Line) -> Iterator[tuple[str, int, int, str, int]]:
    """The classed values of an INSERT's rows on the lines below its head, each with how
    many lines below it sits; to the statement's ";" (or the next INSERT)."""
    m = _INSERT_HEAD.search(line.text)
    columns = _insert_columns(m.group("cols")) if m is not None else None
    first = 1
    if columns is None:
        below_head = _columns_below(line)
        if below_head is None:
            return
        columns, closed, after = below_head
        rest = line.locator.line_text(line.index + closed)
        for column, start, end, value in _row_cells(columns, rest, after):
            yield column, start, end, value, closed
        if rest.rstrip().endswith(";"):
            return
        first = closed + 1
    locator = line.locator
    spread: int | None = None  # the column of the next value of a row one value a line
    if (m is not None and m.group("open")) \
            or (first > 1 and locator.line_text(line.index + first - 1).rstrip().endswith("(")):
        spread = 0  # VALUES ( over a row's values, one to a line
    for delta in range(first, min(_INSERT_LINES, locator.line_count - line.index)):
        below = locator.line_text(line.index + delta)
        if "insert" in below.lower():
            return
        if spread is not None:
            if below.lstrip().startswith(")"):
                spread = None
            else:
                for v in _SQL_VALUE.finditer(below):
                    raw = v.group()
                    named = columns[0][spread] if spread < len(columns[0]) else None
                    spread += 1
                    if named and raw[:1] in ("'", '"'):
                        yield named, v.start() + 1, v.end() - 1, raw[1:-1], delta
                continue
        for column, start, end, value in _row_cells(columns, below, 0):
            yield column, start, end, value, delta
        if below.rstrip().endswith(";"):
            return
        if below.rstrip().endswith("("):
            spread = 0  # VALUES ( over a row's values, one to a line


def _columns_below(line: Line) -> tuple[Columns, int, int] | None:
    """The columns of an INSERT whose list is on the lines below its head, how many lines
    below the list closes, and where on that line its rows may start."""
    m = re.search(_OPEN_INSERT, line.text)
    if m is None:
        return None
    names = m.group("cols") or ""
    opened = m.group("cols") is not None
    locator = line.locator
    for delta in range(1, min(_COLUMN_LINES, locator.line_count - line.index)):
        below = locator.line_text(line.index + delta)
        start = 0
        if not opened:
            if not below.lstrip().startswith("("):
                return None
            opened, start = True, below.index("(") + 1
        close = below.find(")", start)
        if "(" in below[start:close if close != -1 else len(below)]:
            return None  # a call or a type's length: no column list
        names += " " + below[start:close if close != -1 else len(below)]
        if close != -1:
            columns = _insert_columns(names)
            return None if columns is None else (columns, delta, close + 1)
    return None


# pg_dump's COPY t (cols) FROM stdin; its rows follow, a tab between cells, to "\."
_COPY = r"COPY\s+[\w.\"]+\s*\((?P<cols>[^()]*)\)\s+FROM\s+stdin;\s*$"
_COPY_ROWS = 1000


def _copied_rows(line: Line) -> Iterator[tuple[str, int, int, str, int]]:
    """The classed cells of a COPY's rows, each with how many lines below its head it is."""
    m = re.match(_COPY, line.text)
    columns = _insert_columns(m.group("cols")) if m is not None else None
    if columns is None:
        return
    named = columns[0]
    locator = line.locator
    for delta in range(1, min(_COPY_ROWS, locator.line_count - line.index)):
        row = locator.line_text(line.index + delta)
        if row.startswith("\\."):
            return
        for column, (start, end, value) in zip(named, _cells(row, "\t"), strict=False):
            if column and value != "\\N":
                yield column, start, end, value, delta


def _labelled_cell_below(line: Line) -> Iterator[tuple[str, int, int, str, int]]:
    """A row of two cells written a cell to a line (``<tr>``, ``<td>Password</td>``,
    ``<td>…</td>``, ``</tr>``): the first cell, on this line, names the value below it."""
    if not 0 < line.index < line.locator.line_count - 2 \
            or (label := _HTML_LONE_CELL.match(line.text)) is None \
            or not line.before().strip().lower().startswith("<tr") \
            or not line.locator.line_text(line.index + 2).strip().lower().startswith("</tr") \
            or (column := _named_column(label.group("v"))) is None:
        return
    value = _HTML_LONE_CELL.match(below := line.locator.line_text(line.index + 1))
    if value is not None and value.group("v") and "<td" in below.lower():
        yield column, value.start("v"), value.end("v"), value.group("v"), 1


def _cells_here_and_below(line: Line) -> Iterator[tuple[str, int, int, str, int]]:
    for column, start, end, value in _table_cells(line):
        yield column, start, end, value, 0
    if line.syntax == "html" and "</t" in line.text:
        yield from _labelled_cell_below(line)
    if "insert" in line.words and _into(line.text):
        yield from _insert_rows_below(line)
    elif line.text.startswith("COPY ") and "stdin" in line.text:
        yield from _copied_rows(line)


def find(line: Line) -> Iterator[Hit]:
    for column, start, end, value, delta in _cells_here_and_below(line):
        why = rejection(value, column)
        issued = why == "uuid" and value.strip("0-") != "" and (
            column in ("api_key", _NAMED_KEY)
            or (column == _BARE_KEY and line.syntax not in TABULAR))
        if issued:
            why = None  # an API key column's UUIDs are keys (Companies House's, Heroku's)
        if column == "user" or why \
                or not strong_enough(value, column, line.syntax) \
                or (line.syntax in PROSE and names_a_secret(value)) \
                or (column in (_BARE_KEY, _NAMED_KEY) and not issued
                    and not made_by_a_generator(value)):
            continue
        yield Hit(start, end, value, _TYPES[column], "table-column", 0.9, priority=10,
                  line_delta=delta)


def find_users(line: Line) -> Iterator[Hit]:
    for column, start, end, value, delta in _cells_here_and_below(line):
        if column == "user" and username_rejection(value) is None:
            yield Hit(start, end, value, "USERNAME", "table-column", 0.85, priority=10,
                      kind="personal-data", line_delta=delta)
