"""PERSON: under a key or a column that names a party to a case or a record (a customer,
an applicant, a keeper, an owner), a given name and a surname that are both common words
("<Mark> <Day>", "<Grace> <Hope>") are a person's, though prose and plain name keys leave
them alone. The names are made up from common given names and surnames."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("claims.csv", "id,applicant,status\n1,Mark Day,PAID\n2,Grace Hope,HELD\n",
     ["Mark Day", "Grace Hope"]),
    ("case.json", '{"customer": "Jack Long", "keeper": "Frank Little"}\n',
     ["Jack Long", "Frank Little"]),
    ("case.yaml", "case:\n  owner: Amber Rose\n", ["Amber Rose"]),
])
def test_two_common_words_under_a_partys_key_are_a_person(
        name: str, content: str, expected: list[str]) -> None:
    assert people(name, content) == expected


@pytest.mark.parametrize(("name", "content"), [
    ("claims.csv", "id,applicant,status\n1,Grace Period,HELD\n2,Rose Gold,HELD\n"),
    ("service.yaml", "service:\n  owner: Platform Team\n  contact: Service Desk\n"),
    # a plain name key and a generic agent's keep the stricter rule
    ("images.json", '{"name": "Mark Day", "agent": "Guy Fry"}\n'),
    # and prose
    ("notes.md", "Mark Day is on the calendar.\n"),
])
def test_the_same_words_elsewhere_stay_quiet(name: str, content: str) -> None:
    assert people(name, content) == []
