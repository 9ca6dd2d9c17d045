"""Identifiers written as people type them in notes: a birth date split by spaces, an NHS
number grouped unevenly and bank details after A/C and S/C."""

from __future__ import annotations

import pytest

from conftest import found


@pytest.mark.parametrize("line, value", [
    ("DOB: 14 03 1982", "14 03 1982"),
    ("Date of birth: 07 11 1975", "07 11 1975"),
    ("D.O.B. 3 7 1990", "3 7 1990"),
    ('{"dateOfBirth": "21 09 1966"}', "21 09 1966"),
    ("Hi, my SBI is on file and my DOB is 14 03 1982.", "14 03 1982"),
])
def test_birth_date_split_by_spaces_after_its_label_is_found(line: str, value: str) -> None:
    assert found("notes.md", line + "\n", type_="DATE_OF_BIRTH") == [value]


@pytest.mark.parametrize("line", [
    "Matrix row 12 03 1982 dob",             # the label after it, not before
    "Born 01 01 1900 placeholder",           # the placeholder birth date
    "Event date 14 03 2020 (birth registered)",
    "DOB: 14 03 1982 12 40",                 # a longer run of numbers
    "dob: 31 02 1982",                       # no such day
])
def test_spaced_numbers_that_are_no_birth_date_stay_quiet(line: str) -> None:
    assert found("notes.md", line + "\n", type_="DATE_OF_BIRTH") == []


@pytest.mark.parametrize("line, value", [
    ("Patient NHS number 485 7773 457 was seen.", "485 7773 457"),
    ("NHS No 4010 232 137 referred.", "4010 232 137"),
    ("nhs_number: 612-3456-784", "612-3456-784"),
])
def test_nhs_number_grouped_unevenly_beside_its_name_is_found(line: str, value: str) -> None:
    assert found("notes.md", line + "\n", type_="UK_NHS") == [value]


@pytest.mark.parametrize("line", [
    "Order 485 7773 457 shipped.",            # no NHS word
    "NHS helpline tel 4505 577 104",          # a phone's own word beside it
    "NHS number 485 7773 458",                # fails the check digit
    "Call NHS 111 or 0300 311 2233.",
    "Order ref 485 7773 457 dispatched to NHS trust",   # an order's own label
    "NHS trust invoice 4857 773 457 paid",
    "NHS Digital returned 4857 773 457 bytes",          # a count, its unit after it
])
def test_unevenly_grouped_numbers_that_are_no_nhs_number_stay_quiet(line: str) -> None:
    assert found("notes.md", line + "\n", type_="UK_NHS") == []


@pytest.mark.parametrize("line, value", [
    ("A/C: 31926819", "31926819"),
    ("Bank: Lloyds, a/c 31926819, ask first", "31926819"),
    ("s/c: 404784", "404784"),
])
def test_account_or_sort_code_after_its_slashed_abbreviation_is_found(line: str,
                                                                      value: str) -> None:
    assert found("notes.md", line + "\n", type_="UK_BANK_ACCOUNT") == [value]


@pytest.mark.parametrize("line", [
    "A/C unit 31926819 serviced",     # another word between: an air conditioner's
    "a/c 20240314 build",             # a date's shape
    "A/C: 12345678",                  # a placeholder
    "path/c 31926819",                # a path, not a label
])
def test_numbers_after_a_slashed_c_that_are_no_bank_details_stay_quiet(line: str) -> None:
    assert found("notes.md", line + "\n", type_="UK_BANK_ACCOUNT") == []
