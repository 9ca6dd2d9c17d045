"""Identifiers as a letter or a form's boxes space them out: an account number in two fours,
a number plate spaced at its age, a birth date's two-digit year; and dates a test's prose
gives to a check, which are inputs, not birthdays."""

from __future__ import annotations

import pytest

from conftest import found
from safecommit.reserved import is_team_mailbox


@pytest.mark.parametrize("line, value", [
    ("Account number: 3192 6819", "3192 6819"),
    ("Acct no. 4012 7788", "4012 7788"),
    ("Please pay into account 3192 6819, today.", "3192 6819"),
    ("A/C 3192 6819", "3192 6819"),
    ("ACCOUNT NO: 3192 6819", "3192 6819"),
])
def test_account_number_in_two_fours_after_its_label_is_found(line: str, value: str) -> None:
    assert found("letter.md", line + "\n", type_="UK_BANK_ACCOUNT") == [value]


@pytest.mark.parametrize("line", [
    "Storage account 3192 6819",            # a system's account, not a bank's
    "Account id: 3192 6819",
    "Account number 3192 6819 1234 5678",   # a longer run of numbers
    "Account opened 2019 2020",             # words between the label and the number
    "Account number: 2014 1220",            # a date's digits
    "Accounts: 2023 2024",                  # a financial year
    "Account: 2023 2024",
    "Account number: 1234 5678",            # a placeholder
    "Invoice 3192 6819 paid",               # no account label
])
def test_two_fours_that_are_no_account_stay_quiet(line: str) -> None:
    assert found("letter.md", line + "\n", type_="UK_BANK_ACCOUNT") == []


@pytest.mark.parametrize("line, value", [
    ("Vehicle reg: LD 68 KHT seen at the gate.", "LD 68 KHT"),
    ("Reg no. LD 68 KHT", "LD 68 KHT"),
    ('{"vrm": "LD 68 KHT"}', "LD 68 KHT"),
    ("Registration number LD 68 KHT", "LD 68 KHT"),
    ("number plate: LD 68 KHT", "LD 68 KHT"),
])
def test_plate_spaced_at_its_age_after_a_vehicle_label_is_found(line: str, value: str) -> None:
    assert found("notes.md", line + "\n", type_="UK_VEHICLE_REGISTRATION") == [value]


@pytest.mark.parametrize("line", [
    "Registration: AB 12 CDE",   # the example plate
    "Grid ref SK 12 ABC",        # no vehicle label
    "Sheet SK 68 KHT",
    "reg LD 99 KHT",             # no such age
])
def test_spaced_letters_and_numbers_that_are_no_plate_stay_quiet(line: str) -> None:
    assert found("notes.md", line + "\n", type_="UK_VEHICLE_REGISTRATION") == []


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


@pytest.mark.parametrize("address", [
    "rose.garden@defra.gov.uk",
    "grace.period@defra.gov.uk",
    "amber.quality@environment-agency.gov.uk",
])
def test_given_name_that_is_a_word_before_a_word_opens_a_team_mailbox(address: str) -> None:
    assert is_team_mailbox(address)
    assert found("contacts.md", f"Ask {address} for the file.\n",
                 type_="EMAIL_ADDRESS") == []


@pytest.mark.parametrize("address", [
    "mark.wood@defra.gov.uk",     # a surname after it
    "rose.smith@defra.gov.uk",
    "holly.house@defra.gov.uk",   # a given name that is no common word
])
def test_given_name_before_a_surname_is_still_a_persons_mailbox(address: str) -> None:
    assert not is_team_mailbox(address)
    assert found("contacts.md", f"Ask {address} for the file.\n",
                 type_="EMAIL_ADDRESS") == [address]


@pytest.mark.parametrize("line, value", [
    ("Mobile 7911 123456", "7911 123456"),
    ("Mob: 7911 123 456", "7911 123 456"),
    ("mobile: 7911-123456", "7911-123456"),
    ("Tel: 7911 123456.", "7911 123456"),
])
def test_mobile_in_groups_without_its_trunk_zero_after_its_label_is_found(
        line: str, value: str) -> None:
    assert found("email.md", line + "\n", type_="PHONE_NUMBER") == [value]


@pytest.mark.parametrize("line", [
    "Mobile 7700 900123",         # Ofcom's drama range
    "Hotel 7911 123456",          # no phone label
    "Mobile 7911 123456 789",     # a longer run of numbers
    "Phone count 7911 123456",    # words between the label and the number
    "Order 7911 123456",
])
def test_grouped_numbers_that_are_no_mobile_stay_quiet(line: str) -> None:
    assert found("email.md", line + "\n", type_="PHONE_NUMBER") == []
