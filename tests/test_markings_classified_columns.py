"""Protective markings: a CSV or TSV export whose rows give their classification (or
security level) in a column named for it, every row the same level, is marked by its first
row's level, as JSON records' classification fields are; a column of several levels is a
register."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize(("name", "content", "line", "value"), [
    ("exports/incidents.csv", "number,short_description,u_classification,assigned_to\n"
     "INC1,Export failed,OFFICIAL-SENSITIVE,casework\n"
     'INC2,"Refund, late",OFFICIAL-SENSITIVE,casework\n', 2, "OFFICIAL-SENSITIVE"),
    ("exports/issues.csv", "Issue key,Summary,Security Level,Status\n"
     'CASE-9,"Refund run, May","OFFICIAL-SENSITIVE",Open\n', 2, "OFFICIAL-SENSITIVE"),
    ("exports/issues.tsv", "Issue key\tSummary\tSecurity Level\n"
     "CASE-9\tRefund run\tOFFICIAL-SENSITIVE\n", 2, "OFFICIAL-SENSITIVE"),
    ("exports/docs.csv", "ref;title;classification\nD1;Bee health;SECRET\n", 2, "SECRET"),
])
def test_a_classification_column_of_one_level_marks_the_export(
        name: str, content: str, line: int, value: str) -> None:
    assert markings(name, content) == [(line, value)]


@pytest.mark.parametrize("content", [
    # a register: several levels, or OFFICIAL among them, or other values
    "ref,title,classification\nD1,Bee health,OFFICIAL\nD2,Maps,OFFICIAL-SENSITIVE\n",
    "ref,title,classification\nD1,Bee health,OFFICIAL-SENSITIVE\nD2,Maps,SECRET\n",
    "ref,title,classification\nD1,Bee health,OFFICIAL-SENSITIVE\nD2,Roads,PENDING\n",
    # a commercial scheme's level in lower case, and a column not named for a classification
    "ref,title,classification\nD1,Bee health,secret\n",
    "ref,title,level\nD1,Bee health,OFFICIAL-SENSITIVE\n",
])
def test_a_register_or_another_column_stays_quiet(content: str) -> None:
    assert markings("exports/docs.csv", content) == []
