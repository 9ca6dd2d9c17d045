"""A birth date beside a placeholder person's name, in a fixture, is made up with it."""

from __future__ import annotations

import pytest
from tests.conftest import found


@pytest.mark.parametrize("name, content", [
    ("people.json", '{"firstName": "Jane", "lastName": "Doe", "dateOfBirth": "1985-04-12"}\n'),
    ("people.json", '{"name": "Joe Bloggs", "dob": "12/04/1985"}\n'),
    ("people.csv", "first_name,last_name,dob\nErika,Mustermann,1985-04-12\n"),
    ("test_age.py", 'person = Person(name="A N Other", date_of_birth="1990-05-17")\n'),
    ("fixture.yaml", "- {name: Test User, dob: 1990-05-17}\n"),
])
def test_a_placeholder_persons_birth_date_is_not_reported(name: str, content: str) -> None:
    assert found(name, content, type_="DATE_OF_BIRTH") == []


@pytest.mark.parametrize("name, content, value", [
    ("people.json", '{"firstName": "Priya", "lastName": "Raman", "dob": "1985-04-12"}\n',
     "1985-04-12"),
    # a doe (a female deer, goat or rabbit) in prose, after the date: no placeholder's name
    ("notes.md", "DOB 12/04/1985, keeps a doe and two bucks\n", "12/04/1985"),
    ("people.csv", "first_name,last_name,dob\nJane,Doering,1985-04-12\n", "1985-04-12"),
])
def test_a_real_looking_persons_birth_date_is_still_reported(
        name: str, content: str, value: str) -> None:
    assert found(name, content, type_="DATE_OF_BIRTH") == [value]
