"""PERSON: a school, a hospital, a museum or a trust named for a knight or a dame, in lower
case after the name ("Sir <Given> <Surname> school"), is a place; the same name doing
something, and a Mr's or a Dr's "hospital visit", is a person."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


@pytest.mark.parametrize("line", [
    "Pupils from Sir John Cass school visited.",
    "The Dame Alice Owen academy site is closed.",
    "Records held at the Sir Thomas Browne library.",
])
def test_an_institution_named_for_a_knight_or_a_dame_is_a_place(line: str) -> None:
    assert people("notes.md", line + "\n") == []


@pytest.mark.parametrize(("line", "expected"), [
    ("A letter from Sir Dominic Hill about the museum.", "Sir Dominic Hill"),
    ("Mr Dominic Hill hospital visit booked.", "Mr Dominic Hill"),
    ("Dr Clare Marsh school visit on Friday.", "Dr Clare Marsh"),
])
def test_a_titled_person_beside_such_words_is_still_a_person(line: str, expected: str) -> None:
    assert people("notes.md", line + "\n") == [expected]
