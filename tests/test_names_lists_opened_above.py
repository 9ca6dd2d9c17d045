"""PERSON: a list of people in code whose first item is on the line below its key
(``reviewers = [`` ending its line), and a list built by a call (Kotlin's ``listOf(…)``,
Java's ``List.of(…)``) under a key of people; a Swift array typed ``[String]``. Not people:
teams and things in the same lists. The names are made up; none is a real person's."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


@pytest.mark.parametrize(("name", "content"), [
    ("team.py", 'REVIEWERS = [\n    "Hannah Whitcombe",\n    "Gemma Thistlewood",\n]\n'),
    ("Team.kt", 'val reviewers = listOf(\n    "Hannah Whitcombe",\n    "Gemma Thistlewood",\n)\n'),
    ("Team.kt", 'val reviewers = listOf("Hannah Whitcombe", "Gemma Thistlewood")\n'),
    ("Team.java", 'List<String> reviewers = List.of(\n    "Hannah Whitcombe",\n'
                  '    "Gemma Thistlewood");\n'),
    ("Team.swift", 'let maintainers: [String] = [\n    "Hannah Whitcombe",\n'
                   '    "Gemma Thistlewood",\n]\n'),
    ("team.ts", 'const approvers = [\n  "Hannah Whitcombe",\n  "Gemma Thistlewood",\n];\n'),
])
def test_every_item_of_a_list_of_people_opened_above_is_a_person(
        name: str, content: str) -> None:
    assert people(name, content) == ["Hannah Whitcombe", "Gemma Thistlewood"]


@pytest.mark.parametrize(("name", "content"), [
    ("team.py", 'reviewers = [\n    "Security",\n    "Platform Team",\n]\n'),
    ("team.py", 'owners = [\n    "Payments Squad",\n    "Land Services",\n]\n'),
    ("team.py", 'STEPS = [\n    "Hannah Whitcombe",\n]\n'),
    ("Team.kt", 'val places = listOf(\n    "Newton Abbot",\n    "Market Harborough",\n)\n'),
    ("Team.kt", 'val reviewers = listOf(\n    "Payments Squad",\n)\n'),
])
def test_teams_and_lists_of_things_opened_above_stay_quiet(name: str, content: str) -> None:
    assert people(name, content) == []
