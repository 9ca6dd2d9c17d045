"""Protective markings in a few more shapes: a head comment boxed by rules ("# -----") has
its banner on its first line of text; a classification key may open with underscores, as
metadata keys in data files do (``"_classification"``); a definition list's term names a
field whose value is its definition (``<dt>Security Level</dt>`` over ``<dd>…</dd>``)."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize(("name", "content"), [
    ("config/thresholds.yaml", "# " + "-" * 60 + "\n#  OFFICIAL-SENSITIVE  |  Owner: Fraud "
     "analytics  |  Review: 2027\n# " + "-" * 60 + "\nthresholds:\n  score: 0.7\n"),
    ("fraud/score.py", "# " + "=" * 40 + "\n# OFFICIAL-SENSITIVE | Owner: Fraud analytics\n# "
     + "=" * 40 + "\nimport pandas\n"),
    ("src/score.ts", "// " + "-" * 40 + "\n// OFFICIAL-SENSITIVE | Owner: Fraud analytics\n"
     "// " + "-" * 40 + "\nexport const x = 1;\n"),
])
def test_a_banner_boxed_by_rules_in_a_head_comment_marks_the_file(
        name: str, content: str) -> None:
    assert markings(name, content) == [(2, "OFFICIAL-SENSITIVE")]


def test_a_rule_boxed_head_comment_about_levels_is_not_a_marking() -> None:
    content = ("# " + "-" * 40 + "\n# Levels: OFFICIAL | OFFICIAL-SENSITIVE | SECRET\n# "
               + "-" * 40 + "\nlevels = load()\n")
    assert markings("marking/levels.py", content) == []


@pytest.mark.parametrize("key", ["_classification", "__classification", "_protectiveMarking"])
def test_a_classification_key_opening_with_underscores_is_a_field(key: str) -> None:
    content = f'{{\n  "{key}": "OFFICIAL-SENSITIVE",\n  "cases": [{{"id": "C-1"}}]\n}}\n'
    assert markings("exports/cases.json", content) == [(2, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize("key", ["auto_classification", "pre_classification"])
def test_a_key_with_a_word_before_classification_is_still_not_a_field(key: str) -> None:
    content = f'{{\n  "{key}": "OFFICIAL-SENSITIVE",\n  "cases": [{{"id": "C-1"}}]\n}}\n'
    assert markings("exports/cases.json", content) == []


def test_a_definition_lists_security_level_term_over_its_value_is_a_field() -> None:
    content = ("<h1>FRAUD-412 Referral triage backlog</h1>\n<dl>\n<dt>Status:</dt>\n"
               "<dd>Open</dd>\n<dt>Security Level:</dt>\n<dd>OFFICIAL-SENSITIVE</dd>\n</dl>\n"
               "<p>Details of the backlog.</p>\n")
    assert markings("exports/FRAUD-412.html", content) == [(6, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize("content", [
    # a definition that explains the field and its levels
    "<dl>\n<dt>Security Level</dt>\n<dd>Who can see the issue: OFFICIAL, OFFICIAL-SENSITIVE "
    "or SECRET.</dd>\n<dt>Status</dt>\n<dd>Open or closed.</dd>\n</dl>\n",
    # a glossary whose terms are the levels
    "<p>Levels</p>\n<dl>\n<dt>OFFICIAL</dt>\n<dd>Most of our work.</dd>\n"
    "<dt>OFFICIAL-SENSITIVE</dt>\n<dd>Needs extra care.</dd>\n</dl>\n<p>See the guide.</p>\n",
])
def test_definition_lists_about_levels_are_not_markings(content: str) -> None:
    assert markings("docs/fields.html", content) == []


@pytest.mark.parametrize(("name", "content"), [
    ("docs/levels.md", "Levels: OFFICIAL | OFFICIAL-SENSITIVE | SECRET\n\nHow we use them.\n"),
    ("marking/levels.py", "# OFFICIAL | OFFICIAL-SENSITIVE | SECRET\nlevels = load()\n"),
])
def test_levels_parted_by_pipes_are_a_list(name: str, content: str) -> None:
    assert markings(name, content) == []


def test_a_footer_parted_by_pipes_still_marks() -> None:
    content = "Body text.\n\nMore text.\n\nDefra | Casework | OFFICIAL-SENSITIVE\n"
    assert markings("docs/casework.txt", content) == [(5, "OFFICIAL-SENSITIVE")]
