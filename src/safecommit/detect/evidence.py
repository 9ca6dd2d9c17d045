"""Evidence around a match: the key of the field that holds it, or the words near it.

In structured text and code the key names the value: ``"nhsNumber": "…"`` says NHS
number, a ``postcode`` column says postcode, and ``"createdAt": "…"`` says *not* a
birth date even when the line before holds ``dob``. So a specific key decides on its
own. A generic key (``value``, ``text``, an HTML ``<dd>``) names nothing, and a value
with no key at all falls back to whole words on its line and the line before. In a
transcript the "line before" is the previous utterance, past cue numbers and timings.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate, islice

from safecommit import re2scan
from safecommit.detect.codetext import BRACKETS, open_brackets
from safecommit.detect.context import context_words, normalise_context, words
from safecommit.detect.fields import (
    Field,
    assigned_name,
    date_input_prefix,
    document_fields,
    fields_near,
    list_fields,
)
from safecommit.detect.locate import Locator
from safecommit.extract.syntax import STRUCTURED
from safecommit.lazyre import lazy, lazy_regex

# Keys that say nothing about the value they hold.
GENERIC_KEYS = frozenset({
    "value", "values", "val", "v", "text", "data", "content", "body", "message", "msg",
    "description", "desc", "default", "example", "sample", "input", "output", "result",
    "item", "items", "entry", "field", "str", "string", "s", "x", "line", "raw", "label",
    "title", "detail", "details", "note", "notes", "comment", "answer", "response", "reply",
    "display", "placeholder", "hint", "summary", "info",
    # markup elements that carry other elements' meaning
    "dd", "dt", "td", "th", "li", "p", "span", "div", "b", "strong", "em", "i", "a", "code",
    "pre", "cell", "h1", "h2", "h3", "h4", "h5", "h6", "option", "small", "u", "font",
    # a test's assertion and its expected value: ``expect(customer.crn).toBe(…)``,
    # ``assertEquals(…, keeper.getSbi())``, ``want := …``; what is asserted is on the line
    "expect", "expected", "expects", "expectation", "actual", "want", "wanted", "got",
    "assert", "asserts", "assertion", "to", "be", "is", "not", "that", "equal", "equals",
    "eq", "eql", "strict", "deep", "same", "should", "contain", "contains", "include",
    "includes", "match", "matches", "have", "has", "been", "called", "with", "property",
    "and", "verify", "check", "parse",
    # a browser test's typing into a field, named by the selector or label on its line:
    # ``cy.get('#crn').type(…)``, ``getByLabel('Passport number').fill(…)``, ``sendKeys``
    "type", "fill", "send", "keys", "set", "press", "sequentially", "select", "enter",
    # a collection's builder: R's ``c(…)``, ``list(…)``, Kotlin's ``listOf(…)``, Java's
    # ``List.of(…)``: what it holds is named by the name it is given, on the line
    "c", "list", "array", "vector", "tuple", "seq", "of", "mutable",
    # a message's key on a queue (Kafka's ``key=…``, a record's ``"key": …``): whatever the
    # producer keyed it by, named by the topic and the words on its line
    "key",
})
_PROSE = frozenset({"markdown", "rst", "text", "vtt", "srt", "log", "email", "authors"})
_TRANSCRIPT = frozenset({"vtt", "srt"})
_CUE_NOISE = lazy_regex(r"^\s*(?:\d+|WEBVTT.*|NOTE\b.*|[\d:.,]+\s*-->\s*[\d:.,]+.*)?\s*$")


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the text says about one match, as lower-case words between single spaces."""

    words: str  # the key, or the line and the line before
    line: str  # the key, or the match's own line: where anti-context is looked for
    key: str | None = None  # the field key, when a specific key named the value
    near: str = ""  # the key, or the few words either side of the match on its line
    # With no key: the few words just before the match, when a separator (a comma, a
    # semicolon, a bar) follows it and the words after are the next item's.
    label: str = ""

    def has(self, context: tuple[str, ...]) -> bool:
        return any(entry in self.words for entry in normalise_context(context))

    def contradicts(self, anti: tuple[str, ...], *, near: bool = False,
                    context: tuple[str, ...] = ()) -> bool:
        """Whether an ``anti`` word is on the match's line (or, ``near``, beside it). Beside
        it, a ``context`` word just before it, with no ``anti`` word there, is its label:
        an item's label outweighs the next item's ("NHS No …, Tel …")."""
        where = self.near if near else self.line
        anti_words = normalise_context(anti)
        if not any(entry in where for entry in anti_words):
            return False
        if near and self.label and context \
                and any(entry in self.label for entry in normalise_context(context)):
            return any(entry in self.label for entry in anti_words)
        return True


def field_at(locator: Locator, start: int, end: int) -> Field | None:
    """The innermost field whose value holds ``start:end``."""
    fields, starts, reach = _placed_fields(locator, locator.line_index(start))
    # Fields can nest (a pair inside an XML element): the one that starts last is innermost.
    # Walked back from the last that starts by the match, and only while some field so far
    # ends past the match: a long line's thousands of fields cost a few looks, not all.
    for i in range(bisect_right(starts, start) - 1, -1, -1):
        if reach[i] < end:
            return None
        if end <= fields[i].end:
            return fields[i]
    return None


def _placed_fields(locator: Locator, index: int) -> tuple[list[Field], list[int], list[int]]:
    """The fields near line ``index`` by start, their starts, and the furthest end of each
    prefix of them."""
    cache: dict[int, tuple[list[Field], list[int], list[int]]] = \
        locator.cache.setdefault("placed_fields", {})  # type: ignore[assignment]
    found = cache.get(index)
    if found is None:
        fields = sorted(fields_near(locator, index), key=lambda f: f.start)
        reach = list(accumulate((f.end for f in fields), max))
        found = cache[index] = (fields, [f.start for f in fields], reach)
    return found


def _previous_field_end(locator: Locator, index: int, at: int) -> int:
    """Where the last field on line ``index`` that ends before ``at`` ends; -1 if none."""
    fields, starts, _ = _placed_fields(locator, index)
    line_start = locator.line_span(index)[0]
    for i in range(bisect_right(starts, at) - 1, -1, -1):
        if starts[i] < line_start:
            break
        if fields[i].end < at:
            return fields[i].end
    return -1


def is_generic_key(key: str) -> bool:
    return all(w in GENERIC_KEYS for w in words(key).split())


# A line of markup alone (``<dd>``, ``</dt>``), as a pretty-printed page or a test's
# snapshot of one sets it between a label and its value: the label is read past it.
_MARKUP_ONLY = lazy(
    r"[ \t]*(?:</?[A-Za-z][\w.:\-]*(?:[ \t][^<>\n]{0,200})?/?>[ \t]*){1,3}\r?")
_MARKUP_REACH = 3


def _markup_only(line: str) -> bool:
    return line.lstrip(" \t")[:1] == "<" and _MARKUP_ONLY.fullmatch(line) is not None


def _label_line(locator: Locator, index: int) -> int:
    """The line whose words stand before line ``index``: the one before it, or the first
    above it past up to three lines of markup alone."""
    back = index - 1
    while back > 0 and index - back < _MARKUP_REACH and _markup_only(locator.line_text(back)):
        back -= 1
    return back


# An HL7 version 2 segment's start: its three-character name and the field separator.
_HL7_SEGMENT_START = lazy(r"[A-Z][A-Z0-9]{2}\|")


def previous_line(locator: Locator, index: int) -> str:
    """The line before ``index``; in a transcript, the previous utterance; in a table laid
    out with spaces (a data frame printed in a notebook), its header too; in a column of
    values, one a line, the line above the column too."""
    if locator.text.syntax not in _TRANSCRIPT:
        before = locator.line_text(index - 1)
        if before[3:4] == "|" and _HL7_SEGMENT_START.match(before) \
                and _HL7_SEGMENT_START.match(locator.line_text(index)):
            return ""  # an HL7 segment is a record of its own: the one before names nothing
        if locator.text.syntax in _PROSE and (header := _table_header(locator, index)):
            return header + "\n" + before
        if index > 1 and locator.text.syntax in _SCRIPT_SYNTAXES and _may_hold_blocks(locator) \
                and (statement := data_block_header(locator, index)) is not None:
            return statement + "\n" + before
        if (head := column_head(locator, index)) is not None:
            return head + "\n" + before
        if index > 0 and _is_attribute(before):
            # the first row of an attribute's data (@CsvSource({ over "…", "…"):
            # named by the parameters of the method it stands over
            return before + "\n" + _attributed(locator, index - 1)
        if index > 1 and _markup_only(before):
            label = _label_line(locator, index)
            return "\n".join(locator.line_text(i) for i in range(label, index))
        return before
    for back in range(index - 1, max(-1, index - 6), -1):
        line = locator.line_text(back)
        if not _CUE_NOISE.match(line):
            return line
    return ""


# A comment after a value ends its line: ``(117000001, True),  # not a date``.
_END = r"[ \t\r]*(?:(?:\#|//)[^\n]*)?"
# A value alone on its line, maybe as a list's item or a literal: "106000000", "- '1'", "2,".
_LONE_VALUE = lazy(
    r"[ \t]*(?:[-*+][ \t]+)?[\"'`]?([\w./:+\-]+(?: [\w./:+\-]+){0,3})[\"'`]?[,;]?" + _END)
# Or a pair of values, as a map's entry: ``"1100000000": "1900-01-01",`` (an id to its
# date of birth, under a comment that names both), ``1100000000 => 106000000``.
_VALUE_PAIR = lazy(
    r"[ \t]*[\"'`]?([\w./+\-]+)[\"'`]?[ \t]*(?:=>|:|=)"
    r"[ \t]*[\"'`]?([\w./+\-]+)[\"'`]?[,;]?" + _END)
# Or a row of values, as a tuple or a list: ``(106000000, '1900-01-01'),`` under a comment
# or a test's parameter names that say what each is. A test's row also says what it
# expects of them: ``True``, ``false``, ``None``.
_VALUE_ROW = lazy(r"[ \t]*[(\[{]([^(){}\[\]]{3,120})[)\]}][,;]?" + _END)
# Or a row of comma-separated values in one string, as JUnit's @CsvSource holds its rows.
_QUOTED_ROW = lazy(r"[ \t]*\"([^\"\n]{3,120})\"[,;]?" + _END)
_ROW_ITEM_MARKS = " \t\"'`"
_ROW_LITERALS = frozenset({"true", "false", "none", "null", "nil"})
_COLUMN_REACH = 1000


def _lone_value(line: str) -> bool:
    if len(line) > 140:
        return False
    if len(line) <= 60:
        if (m := _LONE_VALUE.fullmatch(line)) is not None:
            return _is_value(m.group(1))
        pair = _VALUE_PAIR.fullmatch(line)
        if pair is not None:
            return _is_value(pair.group(1)) and _is_value(pair.group(2))
    row = _VALUE_ROW.fullmatch(line) or _QUOTED_ROW.fullmatch(line)
    return row is not None and all(
        _is_value(cell := item.strip(_ROW_ITEM_MARKS) or "x") or cell.lower() in _ROW_LITERALS
        for item in row.group(1).split(","))


def column_head(locator: Locator, index: int) -> str | None:
    """The line above the column of values that line ``index`` is in, when the column is
    more than the line and the one before it: ``# SBIs to reprocess`` over a value a line
    names each. Each line's answer is kept, so a column's lines cost one look each."""
    known: dict[int, int | None] = locator.cache.setdefault(  # type: ignore[assignment]
        "column_heads", {})
    head = known.get(index, -1)
    if head == -1:
        head = None
        if index >= 2 and _lone_value(locator.line_text(index)) \
                and _lone_value(locator.line_text(index - 1)):
            back = index - 2
            while back >= max(0, index - _COLUMN_REACH):
                if known.get(back) is not None:  # a line of this column, already read
                    head = known[back]
                    break
                if not _lone_value(locator.line_text(back)):
                    head = back if locator.line_text(back).strip() else None
                    break
                back -= 1
        known[index] = head
    if head is None:
        return None
    line = locator.line_text(head)
    # the rows of an attribute's data: named by the method's parameters below them
    return line + "\n" + _attributed(locator, head) if _is_attribute(line) else line


# A statistics script's inline data: the statement that opens the block names its
# columns, and so every row of it, not only the first. SAS's ``input …;`` over
# ``datalines;`` (or ``cards;``) to the lone ``;``; SPSS's ``DATA LIST …`` over ``BEGIN
# DATA`` to ``END DATA``; Stata's ``input …`` to ``end``; R's ``tribble(`` with its
# ``~column`` header to the closing parenthesis. A block that never ends is none.
_BLOCK_START = (rb"(?im)^[ \t]*(?:(?:datalines|cards|lines)4?[ \t]*;[ \t\r]*$"
                rb"|begin[ \t]+data\.?[ \t\r]*$|input[ \t]+[a-z_]"
                rb"|(?:tribble\([ \t]*)?~[\w.]+[ \t]*,)")
_BLOCK_HEADER = lazy(r"(?i)[ \t]*(?:input|data[ \t]+list)[ \t]")
_BLOCK_END = {"sas": re.compile(r"[ \t]*(?:;+|run;)[ \t\r]*"),
              "spss": re.compile(r"(?i)[ \t]*end[ \t]+data\.?[ \t\r]*"),
              "stata": re.compile(r"[ \t]*end[ \t\r]*"),
              "tribble": re.compile(r"[ \t]*\).*")}
_BLOCK_REACH = 5000  # rows in a block, at most
# R's scripts, and SAS's, Stata's and SPSS's, which have no syntax of their own here (read
# as text, as a test suite's data files are, which never hold such a block): by their names.
_SCRIPT_SYNTAXES = frozenset({"text", "r"})
_SCRIPT_SUFFIXES = (".sas", ".do", ".ado", ".sps", ".spss", ".r", ".rmd", ".qmd")


def _may_hold_blocks(locator: Locator) -> bool:
    known: bool | None = locator.cache.get("may_hold_blocks")  # type: ignore[assignment]
    if known is None:
        known = locator.cache["may_hold_blocks"] = locator.text.syntax == "r" \
            or locator.text.path.lower().endswith(_SCRIPT_SUFFIXES)
    return known
_STATEMENT_REACH = 20  # lines from a SAS or SPSS block up to its input statement


def data_block_header(locator: Locator, index: int) -> str | None:
    """The statement naming the columns of the inline data block that line ``index`` is a
    row of, if it is one, in a text that may hold one (``_may_hold_blocks``). The text's
    blocks are found once, when first asked."""
    blocks: dict[int, int] | None = locator.cache.get("data_blocks")  # type: ignore[assignment]
    if blocks is None:
        blocks = locator.cache["data_blocks"] = _data_blocks(locator)
    header = blocks.get(index)
    return locator.line_text(header) if header is not None else None


def _data_blocks(locator: Locator) -> dict[int, int]:
    rows: dict[int, int] = {}
    for index in re2scan.lines_with(_BLOCK_START, locator.utf8):
        line = locator.line_text(index).strip().lower()
        header: int | None = index
        if line.startswith(("tribble", "~")):
            kind = "tribble"
            if not line.startswith("tribble") and "tribble(" not in \
                    locator.line_text(max(index - 1, 0)).replace(" ", ""):
                continue
        elif line.startswith("input"):
            kind = "stata"
        else:
            kind = "spss" if line.startswith("begin") else "sas"
            header = next((back for back in range(index - 1, max(-1, index - _STATEMENT_REACH), -1)
                           if _BLOCK_HEADER.match(locator.line_text(back))), None)
        if header is not None:
            _read_block(locator, index, header, kind, rows)
    return rows


def _read_block(locator: Locator, index: int, header: int, kind: str,
                rows: dict[int, int]) -> None:
    """The rows below line ``index`` to the block's end, if it has one, named by ``header``."""
    end = _BLOCK_END[kind]
    for row in range(index + 1, min(locator.line_count, index + 1 + _BLOCK_REACH)):
        text = locator.line_text(row)
        if kind == "stata" and _BLOCK_START_LINE.match(text):
            return  # SAS's input statement, over its datalines
        if end.fullmatch(text):
            rows.update(dict.fromkeys(range(index + 1, row), header))
            return


_BLOCK_START_LINE = lazy(r"(?i)[ \t]*(?:datalines|cards|lines)4?[ \t]*;")


# Cells of a table laid out with spaces: apart by two or more blanks, or a tab.
_CELL_GAP = lazy(r"[ ]{2,}|\t")
# How far above its rows a space-aligned table's header may be, and how long a row can be.
_TABLE_REACH = 200
_ROW_MAX = 1000


def _row(line: str) -> list[str]:
    """A line's cells, if it is short enough to be a table's row; a table printed in
    comments (R Markdown's ``##`` before each line of output) is read past the marks."""
    if len(line) > _ROW_MAX:
        return []
    stripped = _COMMENT_MARK.sub("", line, count=1).strip()
    return _CELL_GAP.split(stripped) if stripped else []


_COMMENT_MARK = lazy(r"^[ \t]*(?:#+|//|>)[ \t]")
# A number of some length among a row's words: the row is data, never a header.
_NUMBER = lazy(r"(?<![\w.])\d[\d.,:/\-]{2,}(?![\w.])")


def _is_value(cell: str) -> bool:
    return sum(c.isdigit() for c in cell) * 2 >= len(cell)


def _table_header(locator: Locator, index: int) -> str | None:
    """The header of the space-aligned table that line ``index`` is a row of, when it is
    further up than the line before (which evidence reads anyway)."""
    header = _header_of(locator, index)
    return header if header != locator.line_text(index - 1) else None


def _header_of(locator: Locator, index: int) -> str | None:
    """The nearest line above row ``index``, past the table's other rows (each with a
    value: a name with one blank in it can split a row into fewer cells), whose cells
    are all words, as many as the row's. A data frame's header has one cell fewer than
    its rows (the index column has none). Each row's answer is kept, so a table's rows
    cost one look each."""
    known: dict[int, tuple[int, str | None]] = locator.cache.setdefault(  # type: ignore[assignment]
        "table_headers", {})
    if index in known:
        return known[index][1]
    row = _row(locator.line_text(index))
    header: str | None = None
    if len(row) >= 2 and any(_is_value(c) for c in row):
        for back in range(index - 1, max(-1, index - _TABLE_REACH), -1):
            if back in known and known[back][1] is not None:  # a row of this table
                header = known[back][1]
                break
            cells = _row(locator.line_text(back))
            if not cells:
                break
            if any(_is_value(c) for c in cells) or _NUMBER.search(locator.line_text(back)):
                continue
            line = locator.line_text(back)
            if len(cells) in (len(row), len(row) - 1) \
                    or _fixed_width_row(line, locator.line_text(index), len(cells)):
                header = line
            break
    known[index] = (len(row), header)
    return header


# A header's label: words apart by single blanks.
_HEADER_LABEL = lazy(r"\S+(?: \S+)*")


def _column_key(locator: Locator, index: int, start: int, end: int) -> str | None:
    """The label of the column that the value at ``start:end`` is in, in a table laid out
    with spaces whose header names its rows (``_header_of``): the label that starts where
    the value starts (a fixed-width file's columns, left-aligned), or else ends where it
    ends (a data frame's, right-aligned). A generic label names nothing."""
    header = _header_of(locator, index)
    if header is None:
        return None
    row_start = locator.line_span(index)[0]
    labels = list(_HEADER_LABEL.finditer(header))
    for m in labels:
        if m.start() == start - row_start:
            return None if is_generic_key(m.group()) else m.group()
    for m in labels:
        if m.end() == end - row_start:
            return None if is_generic_key(m.group()) else m.group()
    return None


# A header's column: a word at the line's start or after two blanks or more.
_COLUMN_START = lazy(r"(?:^|(?<=[ ]{2}))\S")


def _fixed_width_row(header: str, row: str, cells: int) -> bool:
    """Whether ``row`` is laid out under ``header``'s columns as a fixed-width file's
    record is (a mainframe extract's), where a full field meets the next with one blank
    or none: a character at each column's start, and no blank run that starts a cell
    the header has no column for."""
    if cells < 3 or len(row) < len(header.rstrip()) - 20:
        return False
    starts = [m.start() for m in _COLUMN_START.finditer(header)]
    if any(at >= len(row) or row[at] == " " for at in starts):
        return False
    return all(m.start() in starts for m in _COLUMN_START.finditer(row))


# How far along its line a match's context reaches, either way. Lines are shorter than
# this; a longer one (minified JSON, a one-line CSV) is read only around each match, so
# ten thousand matches on one line cost ten thousand short reads, not quadratic time.
LINE_WINDOW = 2000


def may_hold(locator: Locator, start: int, near: re.Pattern[str]) -> bool:
    """Whether the evidence for a match at ``start`` can hold words that ``near`` (a
    context gate, over lower-cased text) finds. False only when neither the match's line
    nor the line before, where the key of its field also sits, has them: then a
    recognizer that requires context has no finding there, and no field need be read. A
    transcript's "line before" reaches further, and a long line is read only around the
    match: those always may. A document's field (a CSV header, a list's key) can name the
    match from further up, and so can a list's (an item's key is its list's): their keys
    are looked at too."""
    if locator.text.syntax in _TRANSCRIPT:
        return True
    index = locator.line_index(start)
    first = locator.line_span(max(_label_line(locator, index), 0))[0]
    line_start, last = locator.line_span(index)
    text = locator.text.text
    if last - first > LINE_WINDOW:
        # Only what ``evidence`` reads of a long line: around the match, the end of the
        # line before, and the key of the field that holds the match.
        around = text[max(line_start, start - LINE_WINDOW):min(last, start + LINE_WINDOW)]
        before = text[first:line_start][-LINE_WINDOW:]
        field = field_at(locator, start, start)
        if near.search(f"{before}\n{around}\n{field.key if field else ''}".lower()):
            return True
    elif near.search(text[first:last].lower()) is not None:
        return True
    if _is_attribute(locator.text.text, line_start, last) \
            and near.search(_attributed(locator, index).lower()) is not None:
        return True
    if index > 0 and _is_attribute(text, first, line_start) \
            and near.search(_attributed(locator, index - 1).lower()) is not None:
        return True  # the first row of an attribute's data, on the lines below it
    header = _table_header(locator, index) if locator.text.syntax in _PROSE else None
    if header is not None and near.search(header.lower()) is not None:
        return True
    head = column_head(locator, index) if locator.text.syntax not in _TRANSCRIPT else None
    if head is not None and near.search(head.lower()) is not None:
        return True
    if index > 1 and locator.text.syntax in _SCRIPT_SYNTAXES and _may_hold_blocks(locator) \
            and (statement := data_block_header(locator, index)) is not None \
            and near.search(statement.lower()) is not None:
        return True
    if any(near.search(f.key.lower()) is not None
           for f in (*_document_fields_holding(locator, start, line_start),
                     *list_fields(locator, index))):
        return True
    if locator.text.syntax == "html" and (prefix := date_input_prefix(text, start)) \
            and near.search(prefix.lower()) is not None:
        return True  # a GOV.UK date input macro's item, named by the macro's prefix
    if index > 1 and locator.text.syntax in _PROSE \
            and _filler(locator.line_text(index - 1)) \
            and _speaker_label(text[line_start:start]) \
            and near.search(_question_above(locator, index).lower()) is not None:
        return True  # an answer, its question over a blank or a filler line
    if _WEAK_KEY_ON_LINE.search(text, line_start, start) is None:
        return False  # no weak key before the match: its fields need not be read
    field = field_at(locator, start, start)
    return field is not None and context_words(field.key) in _WEAK_KEYS \
        and near.search(_enclosing_key(locator, index, field.start).lower()) is not None


def _document_fields_holding(locator: Locator, start: int, line_start: int) -> Iterator[Field]:
    """The document's fields whose value holds ``start``: each value is on one line, so
    only the fields that start on the match's line, before it, are looked at."""
    found, starts = document_fields(locator)
    i = bisect_right(starts, start) - 1
    while i >= 0 and starts[i] >= line_start:
        if found[i].end >= start:
            yield found[i]
        i -= 1


def evidence(locator: Locator, start: int, end: int) -> Evidence:
    index = locator.line_index(start)
    line_start, line_end = locator.line_span(index)
    line_start = max(line_start, start - LINE_WINDOW)
    line = locator.text.text[line_start:min(line_end, end + LINE_WINDOW)]
    field = field_at(locator, start, end)
    answer = locator.text.syntax in _TRANSCRIPT  # an utterance: the one before asked for it
    if (query := _QUERY_KEY.search(line, 0, start - line_start)) is not None:
        # ?crn=…&sbi=… inside a url: the parameter's name is the key, not the url's
        field = Field(query.group(1), line[start - line_start:end - line_start], start, end)
    if field is None and not answer and locator.text.syntax in _PROSE \
            and (column := _column_key(locator, index, start, end)) is not None:
        # a table laid out with spaces: the header's label over the value names it
        key = context_words(column)
        return Evidence(key, key, key, key)
    if field is not None and (locator.text.syntax in _TRANSCRIPT or (
            locator.text.syntax in _PROSE and words(field.key) in _SPEAKERS)) \
            and _speaker_label(locator.text.text[line_start:field.start]):
        # who said it, not what it is: the words are read instead, and the line before,
        # where the question was asked ("Agent: and your CRN?" over "Customer: …")
        field, answer = None, True
    attribute = _is_attribute(line)
    a_start = start - line_start
    if field is not None and attribute and words(field.key) in _TEST_DATA:
        field = None  # the test's data: its parameters' names are on the method below
    if field is None and line[max(0, a_start - 3):a_start].rstrip(" \t")[-1:] == "(" \
            and (built := _built_by(line, a_start)) is not None:
        field = Field(built, line[a_start:end - line_start], start, end)
    if (field is None or is_generic_key(field.key)) and not answer \
            and ":" in line[max(0, a_start - 4):a_start] \
            and locator.text.syntax in _PROSE and (label := _prose_label(line[:a_start])):
        field = Field(label, line[a_start:end - line_start], start, end)
    if field is not None and not is_generic_key(field.key):
        key = context_words(field.key)
        if field.path:
            # applicant.passport.number, sam.lab.sample.ref=…: every part of a dotted key
            # says what it holds, and whose
            key = context_words(f"{field.path}.{field.key}")
        elif key in _WEAK_KEYS and locator.text.syntax == "xml":
            # <Passport><Number>…, ISO 20022's <DbtrAcct><Id><Othr><Id>…: the element
            # that holds it, out past the elements that only say "id" or "other", names
            # what it is, as a parent object's key does in JSON
            key = _xml_owner(locator, start) or key
        elif key == " year " and locator.text.syntax == "html" \
                and (prefix := date_input_prefix(locator.text.text, start)) is not None:
            key = context_words(prefix) + key[1:]  # a GOV.UK date input macro's item
        elif key in _WEAK_KEYS:
            # {"passport": {"number": …}}: the object's own key says what the number is,
            # or a sibling that types it: {"type": "PASSPORT", "number": …}
            key = context_words(_enclosing_key(locator, index, field.start)) + key[1:] \
                + _typed_as(locator, index)
        if locator.text.syntax in _PROSE:
            # "Customer SBI number: …" — in prose the whole lead-in is the key: from the
            # pair before it on the line, if any (a log line's ``crn=… order=…``, or its
            # JSON: each pair's lead-in is its own).
            lead_start = max(line_start, _previous_field_end(locator, index, field.start))
            lead = context_words(line[lead_start - line_start:start - line_start])
            return Evidence(lead + key, lead + key, key, _last_words(lead) + key)
        if field.start < start:
            # A sentence as the value ("reason": "Duplicate claim (SBI …)"): the few words
            # just before the match name it too, beside the key. Only those: in "Date of
            # birth must be on or before …" the date is a rule's, not a birth date.
            inner = context_words(locator.text.text[max(field.start, start - 80):start])
            return Evidence(key + _last_words(inner) + _comment_after(line, end - line_start),
                            key, key, key)
        return Evidence(key + _comment_after(line, end - line_start), key, key, key)
    # The value itself is not its own context: "Downing Street" holds the word "street".
    # Words are read on either side of it, and the line's are those joined: each piece of
    # the text is read once (words never run across the blank the value leaves, nor
    # across a line break, so joining them loses nothing).
    a, b = max(0, start - line_start), max(0, min(end, line_start + len(line)) - line_start)
    before, after = context_words(line[:a]), context_words(line[b:])
    own = before[:-1] + after
    asked_line = previous_line(locator, index)
    if answer and locator.text.syntax not in _TRANSCRIPT and _filler(asked_line):
        asked_line = _question_above(locator, index)
    asked = context_words(asked_line[-LINE_WINDOW:])
    around = asked[:-1] + own
    near = _last_words(before) + _first_words(after)
    label = _last_words(before) if _NEXT_ITEM.match(line, b) else ""
    if attribute:
        around += context_words(_attributed(locator, index))[1:]
    if field is not None:
        around += context_words(field.key)
    # An answer is named by its question as a key names its value: "What's the first line
    # of your address?" over "Farmer: 3 Glan yr Afon".
    return Evidence(around, own, key=asked if answer and asked.strip() else None, near=near,
                    label=label)


# What a written-up call or interview puts between a question and its answer: a blank
# line, an ellipsis or a dash, a bracketed aside ("(pause)", "[inaudible]").
_FILLER_MARKS = " \t\r.-*_~\u2013\u2014\u2026"
_FILLER_REACH = 3


def _filler(line: str) -> bool:
    rest = line.strip(" \t\r")
    return not rest.strip(_FILLER_MARKS) or (
        len(rest) <= 42 and rest[0] + rest[-1] in ("()", "[]") and "\n" not in rest)


def _asking(line: str) -> bool:
    """A question's line: a speaker's words ("Q: …", "Agent: …"), or any line that asks."""
    head = line.lstrip(" \t")
    colon = head.find(":", 0, 32)
    return (colon > 0 and head[:1].isalpha()) or line.rstrip(" \t\r").endswith("?")


def _question_above(locator: Locator, index: int) -> str:
    """An answer's question over the filler between them: the first line above that is
    not filler, when it is a speaker's or asks; else no question ("")."""
    for back in range(index - 2, max(-1, index - 2 - _FILLER_REACH), -1):
        line = locator.line_text(back)
        if not _filler(line):
            return line if _asking(line) else ""
    return ""


# A prose line's label that the field readers take for no key: words apart by blanks, or
# one ending in a number ("Address line 1: …", "Post code: …"), maybe in bold or a list.
_PROSE_LABEL = lazy(
    r"[ \t]*(?:[-*+>][ \t]+)?(?:\*\*)?(?P<label>[A-Za-z][A-Za-z0-9 '/\-]{0,48}?)"
    r"(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*")


def _prose_label(lead: str) -> str | None:
    """The label a prose line's value follows, unless it names who speaks (a chat's)."""
    m = _PROSE_LABEL.fullmatch(lead)
    if m is None:
        return None
    label = m.group("label")
    if " " not in label and not label[-1].isdigit():
        return None  # one word: a pair, which the field readers have read
    return None if words(label.split()[0]) in _SPEAKERS else label


# A call that builds a value from its arguments (``new DateTime(``, ``date(``,
# ``NaiveDate::from_ymd_opt(``) and, in a Ruby factory, the attribute's block around it.
_CALLEE_CHARS = frozenset("_$.:")
_BLOCK_ATTRIBUTE = lazy(r"^[ \t]*(?P<name>[A-Za-z_]\w{0,80})[ \t]*\{[ \t]*\Z")


def _built_by(line: str, at: int) -> str | None:
    """The key of a value a call builds, spread over its arguments (``CreatedOn = new
    DateTime(2024, 6, 11)``): the name its result is given, and the callee. A value the
    field readers cut at its first comma is named so, as one value under a key is."""
    bracket = line.rindex("(", 0, at)
    # Read back a character at a time to the callee's start: a search would try every start.
    begin = bracket
    while begin > 0 and bracket - begin < 80 \
            and (line[begin - 1].isalnum() or line[begin - 1] in _CALLEE_CHARS):
        begin -= 1
    if begin == bracket or not (line[begin].isalpha() or line[begin] in "_$"):
        return None
    name = assigned_name(line, begin)
    if name is None and (block := _BLOCK_ATTRIBUTE.search(line, 0, begin)):
        name = block.group("name")
    if name is None or is_generic_key(name):
        return None
    return f"{name} {line[begin:bracket]}"


# Keys that name a kind of value but not whose or which: a number, an id. Within an
# object, the object's key names it: ``passport: {number: …}``, ``sbi: {id: …}``.
_WEAK_KEYS = frozenset({" number ", " no ", " num ", " nr ", " id ", " ref ", " reference ",
                        " code ", " document number ", " document no ", " doc number ",
                        " id number ", " identifier ", " identity number ",
                        # a date, or its part: {"birth": {"date": …}}, {"dob": {"year": …}}
                        " date ", " year "})
# A sibling key that says which kind of thing its object holds, and its word value.
_TYPE_SIBLING = lazy(
    r"[\"']?(?:[A-Za-z]*[Tt]ype|[Kk]ind|[Ss]cheme|[Dd]ocument)[\"']?[ \t]*[:=][ \t]*"
    r"[\"']?([A-Za-z][A-Za-z _\-]{1,40})")


def _typed_as(locator: Locator, index: int) -> str:
    """The words of the type that a sibling on the value's line, or the line before, gives
    its object: ``"type": "PASSPORT"`` beside ``"number": …``."""
    found = " ".join(m.group(1) for back in (index - 1, index)
                     for m in _TYPE_SIBLING.finditer(locator.line_text(back)))
    return context_words(found)[1:] if found else ""


# A weak key before a match on its line: only then are the line's fields read for it.
_WEAK_KEY_ON_LINE = lazy(
    r"(?:[Nn](?:umber|o|um|r)|[Ii][Dd]|[Rr]ef(?:erence)?|[Cc]ode|[Ii]dentifier|[Yy]ear|[Dd]ate)"
    r"[\"']?[ \t]*[:=]")
_ENCLOSING_REACH = 400  # characters back to the brace that opens the value's object
# A message's name before its brace with no colon, as protobuf's text format writes it:
# ``date_of_birth { year: … }``.
_KEY_BEFORE_BRACE = lazy(
    r"[\"']?([A-Za-z_][\w\-]{0,60})[\"']?(?:[ \t]*[:=][ \t]*|[ \t]+)\Z")
_YAML_PARENT = lazy(r"([ \t]*)(?:-[ \t]+)?[\"']?([A-Za-z_][\w\-]{0,60})[\"']?:[ \t]*\Z")
_YAML_REACH = 8  # lines up to the mapping's own key
# An INI file's or a TOML file's section names the keys under it: [keeper.passport].
_SECTION = lazy(r"[ \t]*\[\[?([^\[\]\n]{1,80})\]\]?[ \t\r]*")
_SECTIONED = frozenset({"ini", "toml"})
_SECTION_REACH = 200  # lines up to the section's header


def _enclosing_key(locator: Locator, index: int, at: int) -> str:
    """The key of the object that holds the field whose value starts at ``at``: before
    the brace that opens it (JSON, HCL, code), the type or constructor named before the
    bracket that opens it (code), a less indented ``key:`` line above it (YAML), or the
    section it is in (INI, TOML). Empty when there is none near."""
    text, syntax = locator.text.text, locator.text.syntax
    if syntax in _SECTIONED:
        return _section(locator, index)
    calls = syntax not in _PROSE and syntax not in STRUCTURED  # a parenthesis is code
    depth = 0
    for i in range(at - 1, max(-1, at - _ENCLOSING_REACH), -1):
        c = text[i]
        if c == "}" or (c == ")" and calls):
            depth += 1
        elif c == "{" or (c == "(" and calls):
            if depth > 0:
                depth -= 1
                continue
            if c == "(":
                return _name_before(text, i, blanks=False)
            m = _KEY_BEFORE_BRACE.search(text, max(0, i - 80), i)
            if m is not None:
                return m.group(1)
            if not calls:
                return ""
            if text[max(0, i - 80):i].rstrip().endswith("("):
                continue  # new Passport({ number: … }): the call's name is further out
            return _name_before(text, i, blanks=True)
    line = locator.line_text(index)
    indent = len(line) - len(line.lstrip(" \t"))
    for above in range(index - 1, max(-1, index - _YAML_REACH), -1):
        m = _YAML_PARENT.fullmatch(locator.line_text(above))
        if m is not None and len(m.group(1)) < indent:
            return m.group(2)
        if locator.line_text(above)[:indent].strip():
            return ""  # a line less indented that opens no mapping: the field is in none
    return ""


# Elements that say only that they hold an identifier: ISO 20022's <Id> and <Othr> (an
# identification "other" than an IBAN or a BIC) between an account and its number.
_XML_NEUTRAL = frozenset({*_WEAK_KEYS, " othr ", " other ", " othr id ", " other id "})
_XML_OWNER_LEVELS = 4


def _xml_owner(locator: Locator, start: int) -> str:
    """The words of the first element out from the value's own that says more than "id"."""
    for name in _parent_elements(locator.text.text, start, _XML_OWNER_LEVELS):
        spaced = context_words(name)
        if spaced not in _XML_NEUTRAL:
            return spaced
    return ""


def _name_before(text: str, at: int, *, blanks: bool) -> str:
    """The name of the type or the constructor just before the bracket at ``at``:
    Passport(number=…), Passport.new(…), new Passport { Number = … }, Passport{Number: …}.
    Read back a character at a time: a pattern would try every start in its window."""
    end = at
    if blanks:
        while end > 0 and at - end < 40 and text[end - 1] in " \t\r\n":
            end -= 1
    for suffix in (".new", "::new"):
        if text.endswith(suffix, 0, end):
            end -= len(suffix)
    begin = end
    while begin > 0 and end - begin < 60 and (text[begin - 1].isalnum() or text[begin - 1] == "_"):
        begin -= 1
    return text[begin:end] if begin < end and not text[begin].isdigit() else ""


def _section(locator: Locator, index: int) -> str:
    for above in range(index - 1, max(-1, index - _SECTION_REACH), -1):
        if (m := _SECTION.fullmatch(locator.line_text(above))) is not None:
            return m.group(1)
    return ""


# A test's data as an attribute or an annotation over the test method, whose parameters
# name the values: [InlineData("…")] or @CsvSource({"…"}) over lookup(string crn).
_TEST_DATA = frozenset({" inline data ", " test case ", " data row ", " csv source ",
                        " value source ", " strings ", " ints ", " longs ", " values ",
                        " arguments ", " params ", " example ", " test "})
_ATTRIBUTE = lazy(r"[ \t]*(?:\[[A-Z]\w*\(|@[A-Z]\w*\()")
_ATTRIBUTE_REACH = 12  # lines from a test's data to its method, past other attributes


def _is_attribute(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether the line ``text[start:end]`` opens with an attribute (read in place: this
    is asked of every candidate that has no context words on its lines)."""
    return text[start:start + 1] in ("[", "@", " ", "\t") \
        and _ATTRIBUTE.match(text, start, len(text) if end is None else end) is not None


def _attributed(locator: Locator, index: int) -> str:
    """The declaration that the attribute on line ``index`` and any below it stand over,
    past the attributes' own rows of data (each answer kept: every row asks it)."""
    known: dict[int, str] = locator.cache.setdefault("attributed", {})  # type: ignore[assignment]
    found = known.get(index)
    if found is None:
        found, other = "", 0
        for below in range(index + 1, min(index + _COLUMN_REACH, locator.line_count)):
            line = locator.line_text(below)
            if _lone_value(line):
                continue  # a row of the attribute's data
            other += 1
            if other >= _ATTRIBUTE_REACH:
                break
            if line.strip() and not _is_attribute(line) and not line.lstrip().startswith(
                    ("//", "#", "*", "/*", ")", "}")):
                found = line
                break
        known[index] = found
    return found


# A comment that ends a line of code: ``f("…"), // crn``, ``want := … // SBI``.
_LINE_COMMENT = lazy(r"[ \t](?://|/\*|#|--)[ \t]*(\S.*)")


def _comment_after(line: str, end: int) -> str:
    """The words of the comment after a value on its line, which name it beside its key
    (a call's argument is keyed by the callee, which says nothing of what it is)."""
    comment = _LINE_COMMENT.search(line, end) if end < len(line) else None
    return context_words(comment.group(1))[1:] if comment is not None else ""


# The name of the URL query parameter whose value starts where the search ends.
_QUERY_KEY = lazy(r"[?&;]([A-Za-z_][\w.\-\[\]]{0,60})=\Z")


# The parts in a chat or a call written down as text: ``Customer: …`` names who speaks.
_SPEAKERS = frozenset(f" {w} " for w in (
    "customer", "caller", "agent", "advisor", "adviser", "operator", "user", "assistant",
    "bot", "support", "staff", "officer", "interviewer", "respondent", "client", "me",
    "them", "farmer", "keeper", "vet", "inspector", "q", "a"))


# When a line was said, before who said it: "[10:14] ", "2024-06-12 14:03:30 ".
_SAID_AT = lazy(r"[ \t]*[\[(]?\d[\d:\-./, T]*(?:Z|[+\-]\d\d:?\d\d)?[\])]?[ \t]+")


def _speaker_label(before: str) -> bool:
    """Whether what comes before a value is a transcript line's ``Speaker:`` and no more,
    maybe after the time it was said."""
    label = before.rstrip()
    if label[:1].isdigit() or label[:1] in "[( \t":
        label = _SAID_AT.sub("", label, count=1)
    return label.endswith(":") and ":" not in label[:-1]


# "version 2.18.4.117" is a version; a user agent's "Version/17.4" a sentence away is not
# evidence about the address at the start of an access log line.
_NEAR_BEFORE, _NEAR_AFTER = 3, 2
# What ends an item of a list on one line: "NHS No …, Tel …", "DOB …; created …", and a
# tab or a run of blanks before the next item's words, as a form's lines lay them out.
_NEXT_ITEM = lazy(r"[\"'`)\]]*(?:[ \t]*[,;|]|\t|[ ]{2,}(?=\S))")


def _last_words(spaced: str) -> str:
    return " " + " ".join(spaced.split()[-_NEAR_BEFORE:]) + " "


def _first_words(spaced: str) -> str:
    return " " + " ".join(spaced.split()[:_NEAR_AFTER]) + " "


# Whose an object's value is: the keys of the objects around it, out from the innermost.
# ``{"registered_office": {"postcode": …}}``, ``registered_office:`` over an indented
# ``postcode: …``, ``<RegisteredOffice><Postcode>…``. A list's item has no key of its own:
# its list's key is the next one out.
_OWNER_REACH = 1500  # characters back to the outermost key looked for
_OWNER_LINES = 60  # lines up to a YAML mapping's key
_KEY_BEFORE_OPENER = lazy(r"[\"']?([A-Za-z_$@][\w\-$@]{0,60})[\"']?[ \t]*[:=][ \t]*\Z")


def _key_before(text: str, bound: int, opener: int) -> re.Match[str] | None:
    """``_KEY_BEFORE_OPENER`` in the 80 characters before ``opener``; most brackets (a
    list's item, an argument) have no ``:`` or ``=`` before them, and are told apart here
    without the search, which tries a key from every one of those characters."""
    lo = max(bound, opener - 80)
    end = opener
    while end > lo and text[end - 1] in " \t":
        end -= 1
    if end == lo or text[end - 1] not in ":=":
        return None
    return _KEY_BEFORE_OPENER.search(text, lo, opener)
_TAG = lazy(r"<(/?)([A-Za-z_][\w.\-:]{0,80})(?:\s[^<>]{0,300})?(/?)>")


def enclosing_keys(locator: Locator, start: int, levels: int = 3) -> list[str]:
    """The keys of up to ``levels`` objects around the value at ``start``, innermost first:
    by their elements in XML and HTML, by its section in INI and TOML, by indentation in
    YAML, else by brackets."""
    syntax = locator.text.syntax
    if syntax in ("xml", "html"):
        return _parent_elements(locator.text.text, start, levels)
    if syntax in _SECTIONED:  # [director.home_address]: its parts, innermost first
        section = _section(locator, locator.line_index(start))
        return [part.strip(" \"'") for part in reversed(section.split("."))][:levels] \
            if section else []
    if syntax == "yaml":
        index = locator.line_index(start)
        line_start = locator.line_span(index)[0]
        inline = _bracket_keys(locator.text.text, start, levels,
                               max(line_start, start - _OWNER_REACH))
        return (inline + _yaml_parents(locator, index, levels))[:levels]
    return _bracket_keys(locator.text.text, start, levels, max(0, start - _OWNER_REACH),
                         calls=syntax not in _PROSE and syntax not in STRUCTURED)


# The brackets of a span of text, found in C: the walks below visit only them, not every
# character of the up to _OWNER_REACH (or _OBJECT_REACH) they cover.
def _bracket_keys(text: str, start: int, levels: int, bound: int,
                  calls: bool = False) -> list[str]:
    """Out from ``start`` to ``bound``: the key before each bracket still open, past a
    list's (or an item's) bracket that has none; in code (``calls``), a call's parenthesis
    too, named by the argument it is given as (``registered_office=Address(``) or else by
    its callee (a builder's ``.registeredOffice(``)."""
    keys: list[str] = []
    for opened, i in enumerate(open_brackets(text, start, bound, calls), 1):
        if text[i] == "(":
            m = _ARGUMENT_BEFORE_CALL.search(text, max(bound, i - 120), i)
            if m is not None and m.group(2) not in _VALUES:
                keys.append(m.group(1) or m.group(2))
            elif _row_before(text, i, bound) and (table := _insert_table(text, i, bound)):
                keys.append(table)  # an SQL row is its table's: ``INSERT INTO offices``
        elif (m := _key_before(text, bound, i)) is not None:
            keys.append(m.group(1))
        if len(keys) >= levels or opened > 2 * levels:
            break
    return keys


_VALUES = frozenset({"VALUES", "values", "Values"})


def _row_before(text: str, opener: int, bound: int) -> bool:
    """Whether ``VALUES`` or the row before it comes before an SQL row's parenthesis."""
    before = text[max(bound, opener - 12):opener].rstrip()
    return before[-1:] == "," or before[-6:] in _VALUES
_INSERT_INTO = lazy(
    r"(?i:insert)[ \t\r\n]+(?i:into)[ \t\r\n]+([\w.\"`\[\]]{1,120})")
# A statement's end before the row: a semicolon closing its line.
_STATEMENT_END = lazy(r";[ \t]*(?:--[^\n]*)?\r?\n")


def _insert_table(text: str, opener: int, bound: int) -> str | None:
    """The table of the ``INSERT INTO`` whose row opens at ``opener``, in the same
    statement: its name without schema or quotes."""
    window = text[bound:opener]
    at = max(window.rfind("INSERT"), window.rfind("insert"), window.rfind("Insert"))
    if at < 0 or _STATEMENT_END.search(window, at) is not None:
        return None
    m = _INSERT_INTO.match(window, at)
    return m.group(1).rsplit(".", 1)[-1].strip("\"`[]") if m is not None else None


# The name a call's result is given as an argument or a key (``registered_office=Address(``,
# ``office: new Address(``), or else the callee's own last name (``.registeredOffice(``).
_ARGUMENT_BEFORE_CALL = lazy(
    r"(?:[\"']?([A-Za-z_$][\w$]{0,60})[\"']?[ \t]*[:=][ \t]*(?:new[ \t]+)?[\w.$]{0,60}"
    r"|([A-Za-z_$][\w$]{0,60}))[ \t]*\Z")


def _yaml_parents(locator: Locator, index: int, levels: int) -> list[str]:
    """The keys of the mappings that line ``index`` is in, by indentation; a list item's
    dash counts as indentation, and its list's key is the next one out."""
    keys: list[str] = []
    line = locator.line_text(index)
    indent = len(line) - len(line.lstrip(" -"))
    for above in range(index - 1, max(-1, index - _OWNER_LINES), -1):
        text = locator.line_text(above)
        stripped = text.lstrip(" ")
        if not stripped or stripped[0] == "#":
            continue
        own = len(text) - len(stripped)
        if own >= indent:
            continue
        item = stripped[:2] in ("- ", "-\t")
        m = _YAML_PARENT.fullmatch(text.rstrip("\r"))
        if m is not None:
            keys.append(m.group(2))
            if len(keys) >= levels:
                break
        elif not item:
            break  # a less indented line that opens no mapping: in none
        indent = own
    return keys


def _parent_elements(text: str, start: int, levels: int) -> list[str]:
    """The names of the elements still open at ``start``, innermost first, past the one
    whose text the value is (the value's own key)."""
    window = text[max(0, start - _OWNER_REACH):start]
    closed: list[str] = []
    names: list[str] = []
    own = window.rstrip(" \t").endswith(">")
    for m in reversed(list(_TAG.finditer(window))):
        if m.group(3) or m.group(0).endswith("/>"):
            continue  # <Empty/>, <line value="…"/>
        name = m.group(2)
        if m.group(1):
            closed.append(name)
        elif closed and closed[-1] == name:
            closed.pop()
        elif own:
            own = False
        else:
            names.append(name.rsplit(":", 1)[-1])
            if len(names) >= levels:
                break
    return names


# What a record says it is, in a member of its own: FHIR's ``"resourceType": …``, a map
# feature's ``"type": …`` or ``"site_type": …`` among its properties, an address's own
# ``"use": …``.
# (A key that ends in one of the words, ``siteType`` or ``addressUse``, read from its first
# letter: a search that tried every letter of every word as a key's start was most of
# the cost of reading a record.)
_TYPE_MEMBER = lazy(
    r"(?<![A-Za-z_])[\"']?[A-Za-z_]*(?:[Tt]ype|[Kk]ind|[Cc]ategory|[Uu]se)[\"']?[ \t]*:[ \t]*"
    r"[\"']([A-Za-z][A-Za-z _\-]{0,40})[\"']")
_OBJECT_REACH = 4000  # characters of an object read for its own members
# A record's own name, or an organisation's under its own key: ``organisationName``,
# ``company_name``, ``tradingName`` (not a person's ``firstName``: whose the record is, not
# what a person is called).
_NAME_KEY = (r"(?:(?:[Oo]rgani[sz]ation|ORGANI[SZ]ATION|[Oo]rg|ORG|[Cc]ompany|COMPANY|"
             r"[Bb]usiness|BUSINESS|[Tt]rading|TRADING|[Ll]egal|LEGAL|[Rr]egistered|"
             r"REGISTERED)[_\-]?)?(?:[Nn]ame|NAME)")
_NAME_ENDING = lazy(
    rf"[\"']{_NAME_KEY}[\"'][ \t]*:[ \t]*[\"'][^\"'\n]{{0,60}}?([A-Za-z]+)[\"']")
# A YAML mapping's member on its own line, its key and its plain or quoted value.
_YAML_MEMBER = lazy(
    r"[ \t]*(?:-[ \t]+)*[\"']?([A-Za-z_][\w\-]{0,60})[\"']?:[ \t]+"
    r"[\"']?([^\"'#\n]{0,80}?)[\"']?[ \t\r]*(?:#.*)?")
_YAML_TYPE_KEY = lazy(r"[A-Za-z_]*(?:[Tt]ype|[Kk]ind|[Cc]ategory|[Uu]se)")
_NAME_KEY_ALONE = lazy(_NAME_KEY)


def _own_members(text: str, opener: int) -> str:
    """The text of the object that opens at ``opener`` at its own depth: what its nested
    objects and lists hold is left out."""
    parts: list[str] = []
    depth, piece = 0, opener + 1
    for m in BRACKETS.finditer(text, opener + 1, min(len(text), opener + _OBJECT_REACH)):
        i = m.start()
        c = text[i]
        if c in "{[":
            if depth == 0:
                parts.append(text[piece:i])
            depth += 1
        elif c in "}]":
            if depth == 0:
                parts.append(text[piece:i])
                return "".join(parts)
            depth -= 1
            if depth == 0:
                piece = i + 1
    return "".join(parts)


def enclosing_records(locator: Locator, start: int,
                      levels: int = 6) -> list[tuple[str, str, str]]:
    """Out from the value at ``start``, innermost first, the objects still open around it
    in bracketed text (JSON, code): each one's key (empty for a list's item), the words
    of what its own type members say it is (empty when it has none), and the last word
    of its own ``name`` (a ``Worcester depot``)."""
    syntax = locator.text.syntax
    if syntax == "yaml":
        return _yaml_records(locator, locator.line_index(start), levels)
    if syntax in ("xml", "html") or syntax in _SECTIONED or syntax in _PROSE:
        return []
    text = locator.text.text
    bound = max(0, start - _OWNER_REACH)
    found: list[tuple[str, str, str]] = []
    for i in open_brackets(text, start, bound):
        m = _key_before(text, bound, i)
        own = _own_members(text, i) if text[i] == "{" else ""
        kinds = " ".join(t.group(1) for t in _TYPE_MEMBER.finditer(own))
        named = " ".join(t.group(1) for t in _NAME_ENDING.finditer(own))
        found.append((m.group(1) if m is not None else "", context_words(kinds),
                      context_words(named)))
        if len(found) >= levels:
            break
    return found


def _yaml_indent(line: str) -> int | None:
    """A YAML line's indentation, a list item's dash counted as blank; None for a blank or
    comment line."""
    stripped = line.lstrip(" -")
    if not stripped or stripped[0] == "#" or stripped[0] in "\r\n":
        return None
    return len(line) - len(stripped)


def _opens_item(line: str) -> bool:
    return line.lstrip(" ")[:2] in ("- ", "-\t")


def _yaml_records(locator: Locator, index: int, levels: int) -> list[tuple[str, str, str]]:
    """``enclosing_records`` in YAML, by indentation: out from line ``index``, each
    mapping's key (its parent's), the words of its own type members, and the last word of
    its own name (a list item is one record, from its dash to the next item's)."""
    found: list[tuple[str, str, str]] = []
    at = index
    indent = _yaml_indent(locator.line_text(at))
    while indent is not None and len(found) < levels:
        members = [at]
        steps = (1,) if _opens_item(locator.line_text(at)) else (-1, 1)
        for step in steps:
            i = at + step
            while 0 <= i < locator.line_count and abs(i - at) < _OWNER_LINES:
                line = locator.line_text(i)
                own = _yaml_indent(line)
                if own is not None:
                    if own < indent or (step == 1 and own == indent and _opens_item(line)):
                        break
                    if own == indent:
                        members.append(i)
                        if _opens_item(line):
                            break
                i += step
        # the line that opens it: the first above it less indented (a list's key, above
        # an item, or the mapping's own key)
        opener, first = -1, min(members)
        for i in range(first - 1, max(-1, first - _OWNER_LINES), -1):
            own = _yaml_indent(locator.line_text(i))
            if own is not None and own < indent:
                opener = i
                break
        kinds: list[str] = []
        named: list[str] = []
        for i in members:
            m = _YAML_MEMBER.fullmatch(locator.line_text(i))
            if m is None or not m.group(2):
                continue
            if _YAML_TYPE_KEY.fullmatch(m.group(1)):
                kinds.append(m.group(2))
            elif _NAME_KEY_ALONE.fullmatch(m.group(1)):
                named.append(m.group(2).rsplit(None, 1)[-1] if m.group(2).split() else "")
        parent = _YAML_PARENT.fullmatch(locator.line_text(opener).rstrip("\r")) \
            if opener >= 0 else None
        found.append((parent.group(2) if parent is not None else "",
                      context_words(" ".join(kinds)), context_words(" ".join(named))))
        if opener < 0:
            break
        at = opener
        indent = _yaml_indent(locator.line_text(at))
    return found


# A GeoJSON point's coordinates, the pair right after its key: ``"coordinates": [``.
_POINT_BEFORE = lazy(r"[\"']coordinates[\"'][ \t]*:[ \t]*\[[ \t]*\Z")


def _object_text(text: str, opener: int) -> str:
    """The object that opens at ``opener``, to its closing bracket (or the reach)."""
    depth = 0
    for m in BRACKETS.finditer(text, opener, min(len(text), opener + _OBJECT_REACH)):
        i = m.start()
        c = text[i]
        if c in "{[":
            depth += 1
        elif c in "}]":
            depth -= 1
            if depth == 0:
                return text[opener:i + 1]
    return text[opener:opener + _OBJECT_REACH]


def point_feature(locator: Locator, start: int) -> tuple[str, str, str] | None:
    """For a GeoJSON point's coordinates at ``start``, the feature that holds its
    geometry, whose properties say what the point is, before or after the geometry: the
    feature's text, the words of its type members (its own and its properties') and the
    last words of its names."""
    text = locator.text.text
    if _POINT_BEFORE.search(text, max(0, start - 40), start) is None:
        return None
    open_ = open_brackets(text, start, max(0, start - _OWNER_REACH + 1))
    objects = list(islice((i for i in open_ if text[i] == "{"), 2))
    if len(objects) < 2:  # the geometry's, then the feature's
        return None
    feature = _object_text(text, objects[1])
    kinds = " ".join(m.group(1) for m in _TYPE_MEMBER.finditer(feature))
    named = " ".join(m.group(1) for m in _NAME_ENDING.finditer(feature))
    return feature, context_words(kinds), context_words(named)
