"""A notebook's code cell whose source is written as a one-line JSON list (``["# <level>\\n",
"import …"]``) holds its source lines on one raw line: a comment or docstring that opens it
ends with its own source line, so a marking heading the cell marks the notebook as it does
when the list is written a line an entry. Code after it, and a comment that only mentions
a level, stay quiet."""

from __future__ import annotations

import json

import pytest

from conftest import scanned


def notebook(source: str) -> str:
    cell = ('{"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], '
            f'"source": {source}}}')
    return ('{\n "cells": [\n  ' + cell + '\n ],\n "metadata": {"kernelspec": {"name": '
            '"python3", "display_name": "Python 3", "language": "python"}},\n'
            ' "nbformat": 4,\n "nbformat_minor": 5\n}\n')


def markings(source: list[str]) -> list[str]:
    return [f.value for f in scanned("analysis/herds.ipynb", notebook(json.dumps(source)))
            if f.kind == "marking"]


@pytest.mark.parametrize("source", [
    ["# OFFICIAL-SENSITIVE\n", "import pandas as pd"],
    ['"""OFFICIAL-SENSITIVE\n', "Herd movement analysis.\n", '"""\n', "import numpy as np"],
    ["# TOP SECRET\n", "df = load()"],
])
def test_a_marking_heading_a_one_line_code_cell_marks_the_notebook(source: list[str]) -> None:
    assert markings(source) == [source[0].strip(' #"\n')]


@pytest.mark.parametrize("source", [
    ["# Flag every file marked OFFICIAL-SENSITIVE\n", "flag(files)"],
    ["# SECRET: read the token from Key Vault\n", 'token = vault.get("api")'],
    ["# Levels, lowest first: OFFICIAL, OFFICIAL-SENSITIVE, SECRET\n", "levels = load()"],
    ['LEVELS = ["OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET"]\n', "print(LEVELS)"],
])
def test_a_one_line_code_cell_that_mentions_a_level_is_not_marked(source: list[str]) -> None:
    assert markings(source) == []
