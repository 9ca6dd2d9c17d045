"""A Python module gives itself metadata at module level beside ``__author__``: a
``__classification__`` (or ``__marking__``) that is a marking marks the module, as a head
comment's would. A class attribute, a list of levels or another name holding levels is
code about markings."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned("herds/export.py", content)
            if f.kind == "marking"]


@pytest.mark.parametrize(("content", "line"), [
    ('"""Herd export."""\n__author__ = "Data team"\n__classification__ = "OFFICIAL-SENSITIVE"\n'
     "\nimport csv\n", 3),
    ('import csv\n\n__protective_marking__: str = "OFFICIAL-SENSITIVE"  # set by the team\n', 3),
])
def test_a_modules_own_classification_marks_it(content: str, line: int) -> None:
    assert markings(content) == [(line, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize("content", [
    '__all__ = ["classify"]\n__classification_levels__ = ("OFFICIAL", "OFFICIAL-SENSITIVE")\n',
    '__marking__ = "OFFICIAL, OFFICIAL-SENSITIVE or SECRET"\n',
    'class Document:\n    __classification__ = "SECRET"\n',
])
def test_code_holding_levels_is_not_a_modules_marking(content: str) -> None:
    assert markings(content) == []
