"""PERSON: a stand-up's line that opens with a given name, a dash and how that person's
day goes ("<Given> - blocked on …", "- <Given> - off sick", "<Given> (en dash) on leave") names
them; a glossary's "<Tool> - what it is" does not. The names are common given names;
none is a real person's."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


@pytest.mark.parametrize(("line", "expected"), [
    ("Tom - blocked on the sandbox", "Tom"),
    ("- Gareth - off sick", "Gareth"),
    ("- Sarah - pairing on the map layer", "Sarah"),
    ("- **Aisha** \u2013 on leave until Monday", "Aisha"),
    ("Megan \u2014 working on the payments export", "Megan"),
    ("* Priya - nothing to report", "Priya"),
])
def test_a_given_name_a_dash_and_a_stand_up_status_names_a_person(
        line: str, expected: str) -> None:
    content = f"# Stand-up 3 March\n\n{line}\n"
    assert people("standup.md", content) == [expected]


@pytest.mark.parametrize("line", [
    "- Hugo - a static site generator",     # a tool that is a given name, and what it is
    "- Bruno - the API client we use",
    "- Jasmine - still on the old major",   # a status a tool has too
    "- Jenkins - blocked on agents",        # a tool's name
    "- Paris - on leave",                   # a place better known than the given name
    "Dominic - the new region",             # a codename and its description
    "- Fixed - blocked requests are retried",
])
def test_a_tool_a_place_or_a_term_before_a_dash_stays_quiet(line: str) -> None:
    assert people("notes.md", f"# Notes\n\n{line}\n") == []


def test_a_comment_in_code_is_not_a_stand_up() -> None:
    assert people("jobs.py", "# Tom - blocked on the sandbox\nrun()\n") == []
