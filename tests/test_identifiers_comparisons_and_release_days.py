"""A birth date compared by a method (``isAfter``, ``isBefore``) is a rule's bound, and a
date after a release's version and "on" is the release's day."""

from __future__ import annotations

import pytest
from tests.conftest import found


@pytest.mark.parametrize("line", [
    "boolean tooYoung(LocalDate dob) { return dob.isAfter(LocalDate.of(2006, 4, 1)); }",
    "const minor = moment(dob).isAfter('2006-04-01');",
    "if dob.before(date(1953, 12, 5)): rate = OLD_RATE  # dob bound",
])
def test_a_birth_date_compared_by_a_method_is_a_bound(line: str) -> None:
    assert found("Rules.java", line + "\n", type_="DATE_OF_BIRTH") == []


def test_a_birth_date_passed_to_another_method_is_still_found() -> None:
    content = "Person grace = new Person(\"JE482917B\", dob(LocalDate.of(1985, 3, 3)));\n"
    assert found("Fixture.java", content, type_="DATE_OF_BIRTH") == ["1985, 3, 3"]


def test_a_date_after_a_releases_version_and_on_is_the_releases() -> None:
    content = "- DOB field added in release 2.3 on 12/03/2024\n"
    assert found("CHANGELOG.md", content, type_="DATE_OF_BIRTH") == []


def test_a_date_of_birth_after_on_with_no_version_before_is_still_found() -> None:
    content = "Patient 2 on 12/03/1984 DOB recorded\n"
    assert found("notes.md", content, type_="DATE_OF_BIRTH") == ["12/03/1984"]
