"""A date shown as a format's example, a numbered house with no street's word (or a home's
name) before its town and postcode, and a French export's birth date column. Each a
general rule, with the lookalike it must not raise or the reading it must keep."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def values(name: str, content: str, type_: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == type_]


# --- a date that shows a format is no one's birth date ---------------------------------------
@pytest.mark.parametrize("line", [
    "DOB format example: 14/03/1987",
    "Date of birth format: 1987-03-14",
    "dob - example format 14/03/1987",
    "The birth date is formatted as 14-03-1987 in the export.",
    "Enter the date of birth (format is '14/03/1987').",
])
def test_a_date_that_shows_a_format_is_not_a_birth_date(line: str) -> None:
    assert values("docs/import.md", f"# Import\n\n{line}\n", "DATE_OF_BIRTH") == []


@pytest.mark.parametrize("line", [
    "DOB: 14/03/1987",
    "Date of birth 14/03/1987, format checked by the importer.",
])
def test_a_birth_date_beside_a_format_word_elsewhere_is_still_found(line: str) -> None:
    assert values("notes.md", f"{line}\n", "DATE_OF_BIRTH") == ["14/03/1987"]


# --- a numbered house with no street's word, before its town and postcode ----------------------
@pytest.mark.parametrize(("line", "street"), [
    ("3 The Paddocks, Little Harwood, Blackburn, BB1 5QT", "3 The Paddocks"),
    ("Send the letter to 3 The Paddocks, Little Harwood, BB1 5QT today.", "3 The Paddocks"),
    ("Address: 7 Highfield, Kendal, LA9 4QD", "7 Highfield"),
    ('"2 Brookside, Ivybridge PL21 3XY"', "2 Brookside"),
    # a home's name, English or Welsh, in its place
    ("The farmer lives at Rose Cottage, Hexham, NE46 3PL.", "Rose Cottage"),
    ("He moved to Manor Farm, Sampleton SA19 6AB last year.", "Manor Farm"),
])
def test_a_numbered_house_before_its_town_and_postcode_is_a_street_address(
        line: str, street: str) -> None:
    assert values("letters.md", f"{line}\n", "STREET_ADDRESS") == [street]


@pytest.mark.parametrize("line", [
    # a number that belongs to the word before it: a unit's, a sprint's, a count
    "Unit 4 Riverside, Carlisle CA3 9BX",
    "Sprint 3 Retro, Leeds LS1 4AP",
    "we have 3 Offices, Leeds LS1 4AP",
    # before the fake postcode, the address is a fake too
    "Send it to 1 The Sample, Sampletown, ZZ99 9ZZ",
    "at 3 Fake Grange, London ZZ99 3AB",
    # an organisation's words before a farm's name: a business's address
    "Sample Dairies Ltd, Manor Farm, Wigton CA7 9LP",
    # a farm's name in a sentence, with no postcode after its town
    "The trial ran at Manor Farm, Wigton, in the spring.",
])
def test_a_number_that_is_not_a_house_stays_quiet(line: str) -> None:
    assert values("notes.md", f"{line}\n", "STREET_ADDRESS") == []


# --- a French export's birth date column ---------------------------------------------------
def test_a_date_under_a_french_date_of_birth_header_is_a_birth_date() -> None:
    content = ("\ufeffNom;Prénom;Date de naissance;Code postal\r\n"
               "Exemple;Anne;14/07/1971;SA19 6AB\r\n")
    assert values("export.csv", content, "DATE_OF_BIRTH") == ["14/07/1971"]


def test_a_date_under_another_french_header_is_not_a_birth_date() -> None:
    content = "Nom;Date de création\r\nExemple;14/07/1971\r\n"
    assert values("export.csv", content, "DATE_OF_BIRTH") == []

