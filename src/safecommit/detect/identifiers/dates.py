"""Dates of birth: a date counts only when the text says it is a birth date.

``createdAt: <date>`` is not personal data; ``dob: <date>`` is. The date itself
must be real and in the past (1900 to today), in any common written form.
"""

from __future__ import annotations

import datetime

import regex

from safecommit.detect.recognizer import Recognizer
from safecommit.reserved import is_placeholder_birth_date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_ORD = r"(?:st|nd|rd|th)?"

_NUMERIC = regex.compile(r"(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})")
_WORDY = regex.compile(r"(?i)(?:(\d{1,2})" + _ORD + r"\s+(?:of\s+)?([A-Za-z]+)\.?,?\s+(\d{4})"
                       r"|([A-Za-z]+)\.?\s+(\d{1,2})" + _ORD + r",?\s+(\d{4}))")


def _date(year: int, month: int, day: int) -> datetime.date | None:
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def _candidates(value: str) -> list[datetime.date]:
    """Every reading of the value as a date (day-first and month-first where ambiguous)."""
    m = _NUMERIC.fullmatch(value)
    found: list[datetime.date | None] = []
    if m:
        a, b, c = (int(g) for g in m.groups())
        if len(m.group(1)) == 4:
            found.append(_date(a, b, c))
        elif len(m.group(3)) in (2, 4):
            full = c if len(m.group(3)) == 4 else (1900 + c if c > 30 else 2000 + c)
            found += [_date(full, b, a), _date(full, a, b)]
    else:
        w = _WORDY.fullmatch(value)
        if w:
            day, name, year = w.group(1, 2, 3) if w.group(1) else w.group(5, 4, 6)
            number = _MONTHS.get(name[:3].lower())
            if number:
                found.append(_date(int(year), number, int(day)))
    return [d for d in found if d is not None]


def _is_birth_date(value: str) -> bool:
    today = datetime.date.today()
    return any(datetime.date(1900, 1, 1) <= d <= today for d in _candidates(value))


def _placeholder(value: str) -> bool:
    return any(is_placeholder_birth_date(d.year, d.month, d.day) for d in _candidates(value))


def _suggestion(value: str) -> str:
    if regex.match(r"\d{4}", value):
        return "1900-01-01"
    if value[:1].isdigit() and regex.search(r"[A-Za-z]", value):
        return "1 January 1900"
    if not value[:1].isdigit():
        return "January 1, 1900"
    return "01/01/1900"


DATE_OF_BIRTH = Recognizer(
    type="DATE_OF_BIRTH",
    name="date-of-birth",
    pattern=(
        r"(?<![\w/.\-])(?<![\d:]:)(?:"
        r"\d{4}-\d{1,2}-\d{1,2}"
        r"|\d{1,2}([/.\-])\d{1,2}\1(?:\d{4}|\d{2})"
        rf"|\d{{1,2}}{_ORD}[ \t]+(?:of[ \t]+)?{_MONTH},?[ \t]+\d{{4}}"
        rf"|{_MONTH}[ \t]+\d{{1,2}}{_ORD},?[ \t]+\d{{4}}"
        # A date with a time of day is when something happened, not when someone was born.
        r")(?![\w/\-]|[.:]\d|[ \t]\d{1,2}:\d{2})"
    ),
    why="A date of birth, with almost anything else, identifies a person.",
    context=("dob", "d o b", "date of birth", "birth", "born", "birthday", "birthdate", "bday",
             "birth date", "date of birth dd mm yyyy"),
    requires_context=True,
    heads_entries=True,
    validate=_is_birth_date,
    reserved=_placeholder,
    suggest=_suggestion,
)

RECOGNIZERS = (DATE_OF_BIRTH,)
