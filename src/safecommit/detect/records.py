"""The record a value belongs to: the other keys of its row, or of its object.

A key names its own value, but a record says whose it is. ``date_of_birth`` in a row
whose columns include ``ear_tag`` and ``breed`` is a calf's; in a row of ``first_name`` and
``postcode`` it is a person's. Only direct siblings count: an object's nested objects and
lists are records of their own (a keeper's ``animals`` list does not make the keeper one).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from safecommit.detect.context import context_words, normalise_context
from safecommit.detect.fields import date_input_prefix, document_fields, line_fields
from safecommit.detect.locate import Locator
from safecommit.lazyre import lazy

# How far an object's braces are looked for, either side of the value, in characters: a
# record is a few lines, and a brace further away is some outer structure's.
REACH = 4000
_OPEN, _CLOSE = "{[(", "}])"


def sibling_keys(locator: Locator, start: int) -> list[str]:
    """The other keys of the record holding the value at ``start``: the columns of its row
    (CSV, TSV, an SQL tuple, a table), else the keys of the innermost object around it
    (braces in JSON and code, indentation in YAML). Empty when it is in no record."""
    index = locator.line_index(start)
    row_start, row_end = locator.line_span(index)
    document, starts = document_fields(locator)
    row = document[bisect_left(starts, row_start):bisect_right(starts, row_end)]
    if locator.text.syntax == "html" and (form := _form_siblings(locator, index, start)):
        return form
    if row:
        return [f.key for f in row if not f.start <= start <= f.end]
    if locator.text.syntax == "yaml":
        return _yaml_siblings(locator, index, start)
    return _object_siblings(locator, start)


# Lines either side of a form's input that its group's other inputs are looked for in: a
# GOV.UK date input's day, month and year inputs are each a few lines of markup apart.
_FORM_REACH = 30
# A form input's name and the prefix its group shares: dob of dob-day, dob-month, dob-year.
_INPUT_NAMES = frozenset({"name", "id"})
_GROUP_PREFIX = lazy(r"(.+?)[-_.\[](?:day|month|year)\]?$", re.IGNORECASE)
_DATE_PARTS = frozenset({"day", "month", "year"})


def _form_siblings(locator: Locator, index: int, start: int) -> list[str]:
    """In a page's markup, the names of the other inputs of the group the value's input
    belongs to, named with its own prefix: ``dob-day`` and ``dob-month`` beside ``dob-year``."""
    fields = line_fields(locator, index, index)
    at = next((i for i, f in enumerate(fields) if f.start <= start <= f.end), None)
    own = next((f.value for f in reversed(fields[:at]) if f.key in _INPUT_NAMES), None) \
        if at is not None and fields[at].key == "value" else None
    macro = date_input_prefix(locator.text.text, start) \
        if own is not None and own.lower() in _DATE_PARTS else None
    if macro is not None:
        # a GOV.UK date input's macro: its items' names are its prefix's parts
        own = f"{macro}-{own}"

    def named(value: str) -> str:
        return f"{macro}-{value}" if macro is not None and value.lower() in _DATE_PARTS \
            else value

    group = _GROUP_PREFIX.match(own) if own is not None else None
    if group is None:
        return []
    prefix = group.group(1)
    first = max(0, index - _FORM_REACH)
    last = min(locator.line_count - 1, index + _FORM_REACH)
    return list(dict.fromkeys(
        name for f in line_fields(locator, first, last)
        if f.key in _INPUT_NAMES and (name := named(f.value)) != own
        and name[:len(prefix)] == prefix and _GROUP_PREFIX.match(name)))


def record_has(locator: Locator, start: int, entries: tuple[str, ...],
               unless: tuple[str, ...] = ()) -> bool:
    """Whether a sibling key of the value at ``start`` holds any of ``entries`` as words,
    and none holds any of ``unless``."""
    keys = [context_words(key) for key in sibling_keys(locator, start)]
    return any(entry in key for key in keys for entry in normalise_context(entries)) \
        and not any(entry in key for key in keys for entry in normalise_context(unless))


def _object_siblings(locator: Locator, start: int) -> list[str]:
    """The keys of the innermost object or call around ``start`` that has any: the date
    built by ``date(…)`` belongs to the ``Animal(ear_tag=…, born=…)`` around it."""
    text = locator.text.text
    at = start
    for _ in range(3):
        opened = _enclosing(text, at)
        if opened is None or text[opened] == "[":
            return []
        closed, nested = _closing(text, opened)
        if closed is None:
            return []
        first, last = locator.line_index(opened), locator.line_index(closed)
        keys = [f.key for f in line_fields(locator, first, last)
                if opened < f.start < closed and not f.start <= start <= f.end
                and not any(a < f.start < b for a, b in nested)]
        if keys:
            return keys
        at = opened
    return []


def _enclosing(text: str, start: int) -> int | None:
    """Where the innermost bracket still open at ``start`` opens."""
    depth = 0
    for i in range(start - 1, max(-1, start - REACH), -1):
        c = text[i]
        if c in _CLOSE:
            depth += 1
        elif c in _OPEN:
            if depth == 0:
                return i
            depth -= 1
    return None


def _closing(text: str, opened: int) -> tuple[int | None, list[tuple[int, int]]]:
    """Where the bracket at ``opened`` closes, and the spans of the brackets nested in it."""
    stack: list[int] = []  # the brackets open inside it
    nested: list[tuple[int, int]] = []
    for i in range(opened + 1, min(len(text), opened + 2 * REACH)):
        c = text[i]
        if c in _OPEN:
            stack.append(i)
        elif c in _CLOSE:
            if not stack:
                return i, nested
            outer = stack.pop()
            if not stack:
                nested.append((outer, i))
    return None, nested


def _indent(line: str) -> int | None:
    """A YAML line's indentation, counting a list item's dash as blank; None for a blank
    or comment line."""
    stripped = line.lstrip(" ")
    if not stripped or stripped.startswith("#"):
        return None
    indent = len(line) - len(stripped)
    while stripped.startswith("- "):
        after = stripped[2:].lstrip(" ")
        indent += len(stripped) - len(after)
        stripped = after
    return indent


def _opens_item(line: str) -> bool:
    return line.lstrip(" ").startswith("- ")


def _yaml_siblings(locator: Locator, index: int, start: int) -> list[str]:
    own = _indent(locator.line_text(index))
    if own is None:
        return []
    lines = [index]
    # A list item's first line opens its record: what is above it is another's.
    for step in (1,) if _opens_item(locator.line_text(index)) else (-1, 1):
        i = index + step
        while 0 <= i < locator.line_count and abs(i - index) < 200:
            line = locator.line_text(i)
            indent = _indent(line)
            if indent is not None:
                if indent < own or (step == 1 and indent == own and _opens_item(line)):
                    break
                if indent == own:
                    lines.append(i)
                    if _opens_item(line):
                        break
            i += step
    keys: list[str] = []
    for i in sorted(lines):
        keys.extend(f.key for f in line_fields(locator, i, i) if not f.start <= start <= f.end)
    return keys
