"""Shapes shared by the identifiers that are runs of digits."""

from __future__ import annotations

# The end of a number that is an id: not more digits, a decimal or a version. A Java, C#
# or Kotlin long literal's ``L`` (``106998341L``) ends it too, outside the value: a
# pattern that uses it names its value ``(?P<id>…)`` and declares ``group="id"``.
DIGITS_END = r"L?(?![\w]|[.\-]\d)"

# The start of an id that a REST path can hold: not inside a word, a decimal or a version,
# and after a slash only where a word names the segment (``/sbi/…``, ``/customers/…``),
# not a date's or a version's (``12/…``, ``v2/…``) nor a relative path's (``./…``).
PATH_ID_START = r"(?<![\w.+\-])(?<![^A-Za-z]/|^/)"
