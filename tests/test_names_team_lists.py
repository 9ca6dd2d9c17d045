"""PERSON: a delivery team's role written out in brackets after a name ("<Given> <Unknown>
(Product Owner)"), and the next names in a list that a found full name opens ("contact
<Given> <Surname> or <Given> <Unknown>"). The names are made up from common given names and
invented surnames; none is a real person's."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


@pytest.mark.parametrize(("content", "expected"), [
    ("Kick-off\n\nMegan Tamberley (Product Owner) walked us through the roadmap.\n",
     ["Megan Tamberley"]),
    ("Kick-off\n\nWe met Rhys Drewitt (tech lead) on Monday.\n", ["Rhys Drewitt"]),
    ("# Team\n\n- Nadia (Delivery Manager)\n", ["Nadia"]),
])
def test_a_name_before_a_delivery_teams_role_in_brackets(content: str,
                                                         expected: list[str]) -> None:
    assert people("team.md", content) == expected


@pytest.mark.parametrize("content", [
    "# Team\n\n- Payments API (Product Owner)\n",
    "# Team\n\n- Keeper Service (Service Owner)\n",
    "# Team\n\n- Jenkins (Developer)\n",
])
def test_a_thing_before_a_role_in_brackets_stays_quiet(content: str) -> None:
    assert people("team.md", content) == []


@pytest.mark.parametrize(("content", "expected"), [
    ("For access, contact Rhys Drewitt or Nadia Marlowby.\n",
     ["Rhys Drewitt", "Nadia Marlowby"]),
    ("Meeting with Priya Quarrington and Gareth Fenwright.\n",
     ["Priya Quarrington", "Gareth Fenwright"]),
    ("Present: Helen Brackwell, Priya Patel, Tobias Hollisworth and Oliver Pellingham\n",
     ["Helen Brackwell", "Priya Patel", "Tobias Hollisworth", "Oliver Pellingham"]),
])
def test_the_next_names_in_a_list_of_people(content: str, expected: list[str]) -> None:
    assert people("notes.md", content) == expected


@pytest.mark.parametrize("content", [
    "Meeting with Priya Quarrington and Natural England.\n",
    "Spoke to Priya Quarrington, Hazel Grove and Newton Abbot.\n",
    "Meeting with Priya Quarrington and Joe Bloggs.\n",
    "Meeting with Priya Quarrington and Power Apps.\n",
])
def test_a_body_a_place_or_a_placeholder_after_a_name_stays_quiet(content: str) -> None:
    assert people("notes.md", content) == ["Priya Quarrington"]
