"""Shapes shared by the identifiers that are runs of digits."""

from __future__ import annotations

# The end of a number that is an id: not more digits, a decimal or a version. A Java, C#
# or Kotlin long literal's ``L`` (``106998341L``) ends it too, outside the value: a
# pattern that uses it names its value ``(?P<id>…)`` and declares ``group="id"``.
DIGITS_END = r"L?(?![\w]|[.\-]\d)"
