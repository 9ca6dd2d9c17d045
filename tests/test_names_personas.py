"""PERSON: a mock's persona, a fictional or famous figure written in two fields (a first
name's and a last name's), is the figure's, as it is written whole; a person the lists know
beside it is still found."""

from __future__ import annotations

import pytest

from conftest import found


def names(name: str, content: str) -> list[str]:
    return found(name, content, type_="PERSON")


@pytest.mark.parametrize(("name", "content"), [
    ("person.js", "module.exports = {\n  first_name: 'Luke',\n  last_name: 'Skywalker',\n}\n"),
    ("persona.yaml", "owner:\n  surname: Potter\n  forename: Harry\n"),
    ("users.json", '{"firstName": "Harry", "lastName": "Potter"}\n'),
])
def test_a_figure_in_two_fields_is_no_person(name: str, content: str) -> None:
    assert names(name, content) == []


def test_a_person_beside_a_figure_is_still_found() -> None:
    content = ('[{"firstName": "Luke", "lastName": "Skywalker"},\n'
               ' {"firstName": "Priya", "lastName": "Raghunathan"}]\n')
    assert names("users.json", content) == ["Priya", "Raghunathan"]
