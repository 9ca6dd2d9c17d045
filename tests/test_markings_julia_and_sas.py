"""Julia's block comment (``#=`` … ``=#``) at the head or foot of a script holds its
marking, as other languages' block comments do; a rule of ``#=`` is no opener. A SAS
program's TITLE and FOOTNOTE statements print their text at the head and foot of every
page of its output: a marking there (options such as ``j=center`` before it) marks the
program, as SPSS's TITLE command does; a title about a level, listing levels, a code
string, or a sentence naming a title is not one."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize(("content", "line"), [
    ("#=\nOFFICIAL-SENSITIVE\nHerd movement model.\n=#\nmodule HerdModel\nend\n", 2),
    ("module HerdModel\nexport run\nend\n#=\nOFFICIAL-SENSITIVE\n=#\n", 5),
])
def test_a_marking_in_a_julia_block_comment_at_the_head_or_foot_marks_it(
        content: str, line: int) -> None:
    assert markings("models/herd.jl", content) == [(line, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize(("name", "content"), [
    ("models/levels.jl", '#=\nLevels the classifier knows.\n=#\n'
     'const LEVELS = ["OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET"]\n'),
    ("tools/levels.py", '#= header rule\nimport os\nLEVEL = "OFFICIAL-SENSITIVE"\n'),
])
def test_code_under_a_julia_block_comment_or_a_rule_is_not_a_marking(
        name: str, content: str) -> None:
    assert markings(name, content) == []


@pytest.mark.parametrize(("content", "found"), [
    ('title "OFFICIAL-SENSITIVE";\ntitle2 "Bovine TB herd breakdowns";\n'
     "proc print data=work.herds; run;\n", [(1, "OFFICIAL-SENSITIVE")]),
    ("options nodate;\ntitle1 j=center color=red 'OFFICIAL-SENSITIVE - Farm payments';\n"
     "proc means data=pay.claims; run;\n", [(2, "OFFICIAL-SENSITIVE")]),
    ('proc means data=pay.claims; run;\nFOOTNOTE "OFFICIAL-SENSITIVE: PERSONAL";\n',
     [(2, "OFFICIAL-SENSITIVE: PERSONAL")]),
])
def test_a_sas_title_or_footnote_that_is_a_marking_marks_the_program(
        content: str, found: list[tuple[int, str]]) -> None:
    assert markings("reports/herds.sas", content) == found


def test_an_spss_title_command_that_is_a_marking_marks_the_syntax() -> None:
    content = "GET FILE='herds.sav'.\nTITLE 'OFFICIAL-SENSITIVE'.\nFREQUENCIES VARIABLES=region.\n"
    assert markings("analysis/herds.sps", content) == [(2, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize(("name", "content"), [
    ("reports/counts.sas", 'title "Counts of records marked OFFICIAL-SENSITIVE by region";\n'
     "proc freq data=docs; tables region; run;\n"),
    ("reports/levels.sas", 'title "Levels: OFFICIAL, OFFICIAL-SENSITIVE, SECRET";\n'
     "proc freq data=docs; tables marking; run;\n"),
    ("reports/flags.sas", 'data work.flags;\n  set raw.docs;\n'
     '  if marking = "OFFICIAL-SENSITIVE" then flag = 1;\nrun;\n'),
    ("reports/bake.sas", 'title "TOP SECRET recipes for the bake off!";\n'
     "proc print data=cakes; run;\n"),
    ("web/banner.js", 'var shown = true;\ntitle = "OFFICIAL-SENSITIVE";\nrender(shown);\n'),
    ("tools/banner.py", 'def banner():\n    \"\"\"Print the banner.\n\n'
     '    title "OFFICIAL-SENSITIVE" is printed on each page.\n    \"\"\"\n'),
    ("analysis/levels.sps", "GET FILE='herds.sav'.\n"
     "TITLE 'Counts by level: OFFICIAL, OFFICIAL-SENSITIVE'.\n"),
])
def test_a_title_about_levels_or_a_code_string_is_not_a_marking(name: str, content: str) -> None:
    assert markings(name, content) == []
