"""A birth date's key whose words are joined by an underscore (``birth_date``, ``dob_date``,
``BIRTH_DATE``) names a birth date in config, YAML and .env files, where the value has no
quotes: it is not another event's ``<word>_date``."""

from __future__ import annotations

import pytest

from conftest import found


@pytest.mark.parametrize("name, content, value", [
    ("person.yaml", "person:\n  birth_date: 1982-03-14\n", "1982-03-14"),
    ("person.yaml", "person:\n  dob_date: 14/03/1982\n", "14/03/1982"),
    (".env", "BIRTH_DATE=1982-03-14\n", "1982-03-14"),
    ("seed.ini", "[client]\nbirth_date = 14/03/1982\n", "14/03/1982"),
    ("notes.md", "birth_date: 14-MAR-1982\n", "14-MAR-1982"),
])
def test_birth_date_under_an_underscored_birth_key_is_found(name: str, content: str,
                                                              value: str) -> None:
    assert found(name, content, type_="DATE_OF_BIRTH") == [value]


@pytest.mark.parametrize("name, content", [
    ("person.yaml", "person:\n  start_date: 1982-03-14\n"),
    ("person.yaml", "person:\n  review_date: 14/03/2020\n  dob_verified: true\n"),
    (".env", "RELEASE_DATE=2020-03-14\n"),
    ("notes.md", "start_date: 14/03/1982 (birth registered later)\n"),
])
def test_another_events_underscored_date_key_stays_quiet(name: str, content: str) -> None:
    assert found(name, content, type_="DATE_OF_BIRTH") == []
