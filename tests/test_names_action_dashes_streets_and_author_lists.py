"""PERSON: an owner before a dash in a list of actions (``- <Given> - book the room``); each
item of a list of people in code (``spec.authors = ["…", "…"]``), not only the first; not
people: a given name and a surname before a street's or a site's word that no surname
spells (Esplanade, Embankment, Broadway, Laboratory). The names are made up; none is a
real person's."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


@pytest.mark.parametrize("dash", ["-", "\u2013"])
def test_an_owner_before_a_dash_under_actions_is_a_person(dash: str) -> None:
    content = f"# Retro\n\n## Actions\n- Thaddeus {dash} book the retro room\n"
    assert people("retro.md", content) == ["Thaddeus"]


@pytest.mark.parametrize("line", [
    "- Paris - move the region",
    "- Jenkins - rebuild the image",
    "- Runbook - update the alerts section",
    "- Everyone - review the ADR",
])
def test_a_thing_or_a_place_before_a_dash_under_actions_is_not_a_person(line: str) -> None:
    content = f"# Retro\n\n## Actions\n{line}\n"
    assert people("retro.md", content) == []


def test_a_given_name_before_a_dash_in_a_list_of_features_is_not_an_owner() -> None:
    content = "# Release\n\n## Features\n- Thaddeus - adds a new export\n"
    assert people("release.md", content) == []


@pytest.mark.parametrize(("name", "line"), [
    ("grants.gemspec", 'spec.authors = ["Zephyrine Okonjo", "Thaddeus Quarmby"]'),
    ("authors.js", 'const reviewers = ["Zephyrine Okonjo", "Thaddeus Quarmby"];'),
    ("config.php", "'authors' => ['Zephyrine Okonjo', 'Thaddeus Quarmby'],"),
])
def test_every_item_of_a_list_of_people_in_code_is_a_person(name: str, line: str) -> None:
    assert people(name, line + "\n") == ["Zephyrine Okonjo", "Thaddeus Quarmby"]


@pytest.mark.parametrize("line", [
    'PLACES = ["Zephyrine Okonjo", "Thaddeus Quarmby"]',
    'owners = ["Platform Team", "Thaddeus Quarmby"]',
    'authors = ["Zephyrine Okonjo"]; towns = ["Thaddeus Quarmby"]',
])
def test_a_list_of_things_or_of_teams_in_code_stays_quiet(line: str) -> None:
    assert "Thaddeus Quarmby" not in people("lists.py", line + "\n")


@pytest.mark.parametrize("street", ["Esplanade", "Embankment", "Broadway", "Causeway",
                                    "Promenade", "Approach"])
def test_a_name_before_a_streets_word_is_a_street(street: str) -> None:
    content = (f"id,address_line_1,town\n1,9 Amelia Cartwright {street},Leeds\n"
               f"# notes\nWe parked on Amelia Cartwright {street} and walked to the depot.\n")
    assert people("addresses.csv", content) == []
    assert people("visit.md", f"We parked on Amelia Cartwright {street} by the depot.\n") \
        == []


def test_a_name_before_a_laboratory_is_the_laboratorys() -> None:
    content = ("Samples went to Amelia Cartwright Laboratory for testing.\n"
               "Amelia Cartwright Laboratory results are in.\n")
    assert people("notes.md", content) == []


def test_a_person_near_a_street_is_still_found() -> None:
    content = "Amelia Cartwright called about the closure on Broadway.\n"
    assert people("notes.md", content) == ["Amelia Cartwright"]
