"""A birth date's two-digit year split by spaces after its label; dates a test's prose gives
to a check, which are inputs, not birthdays."""

from __future__ import annotations

import pytest

from conftest import found


@pytest.mark.parametrize("line, value", [
    ("DOB 14 03 82", "14 03 82"),
    ("D.O.B.: 7 11 75", "7 11 75"),
    ("my DOB is 14 03 82.", "14 03 82"),
    ('{"dob": "21 09 66"}', "21 09 66"),
])
def test_spaced_birth_date_with_a_two_digit_year_is_found(line: str, value: str) -> None:
    assert found("notes.md", line + "\n", type_="DATE_OF_BIRTH") == [value]


@pytest.mark.parametrize("line", [
    "DOB 14 03 82 12",        # a longer run of numbers
    "dob: 31 02 82",          # no such day
    "Matrix 12 03 82 dob",    # the label after it
    "Scores 14 03 82 today",  # no birth label
])
def test_spaced_short_numbers_that_are_no_birth_date_stay_quiet(line: str) -> None:
    assert found("notes.md", line + "\n", type_="DATE_OF_BIRTH") == []


@pytest.mark.parametrize("line", [
    "- DOB field rejects 29/02/2000 when the user is under 16",
    "- DOB field accepts 29/02/1996 (leap day)",
    "- the date of birth check should accept 14/03/1982",
    "- birth date rejected: 29/02/1996",
])
def test_date_given_to_a_check_in_test_prose_is_no_birth_date(line: str) -> None:
    assert found("test-plan.md", line + "\n", type_="DATE_OF_BIRTH") == []


def test_birth_date_beside_its_label_is_still_found_in_test_prose() -> None:
    assert found("test-plan.md", "Applicant DOB: 29/02/1996\n",
                 type_="DATE_OF_BIRTH") == ["29/02/1996"]
