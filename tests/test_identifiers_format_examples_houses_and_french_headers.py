"""A date shown as a format's example, a numbered house with no street's word before its
town and postcode, and a French export's birth date column. Each a general rule, with the
lookalike it must not raise or the reading it must keep."""

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
    ("Apartment 4, The Maltings, Gloucester GL1 2AB", "Apartment 4, The Maltings"),
    ('"2 Brookside, Ivybridge PL21 3XY"', "2 Brookside"),
    # a home's name, English or Welsh, in its place
    ("The farmer lives at Rose Cottage, Hexham, NE46 3PL.", "Rose Cottage"),
    ("Address: Pen y Bryn, Llanbrynmair, SY19 7AA", "Pen y Bryn"),
    ("He moved to Ty Gwyn, Sampleton SA19 6AB last year.", "Ty Gwyn"),
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


# --- a UK mobile written in prose without its trunk 0 --------------------------------------
@pytest.mark.parametrize(("line", "number"), [
    ("If you can't get through, call 7911 123456 and ask for Sam.", "7911 123456"),
    ("Her mobile is 7911 123 456.", "7911 123 456"),
    ("Sam's phone: 7911 123456", "7911 123456"),
])
def test_a_mobile_without_its_trunk_zero_beside_a_phone_word_is_found(
        line: str, number: str) -> None:
    assert values("notes.md", f"{line}\n", "PHONE_NUMBER") == [number]


@pytest.mark.parametrize("line", [
    "Call 7700 900123 for the demo.",  # Ofcom's drama range
    "Invoice 7911 123456 was paid; call the office.",
    "Build 7911 123456 passed; call the tests.",
    "Reference 7911 123456 is in the call log.",
    "Order 7911 123456 shipped.",  # no phone word
])
def test_a_mobiles_shape_without_its_zero_that_is_another_number_stays_quiet(
        line: str) -> None:
    assert values("notes.md", f"{line}\n", "PHONE_NUMBER") == []


# --- an organisation's team as a sentence's subject, its number at the end ---------------------
@pytest.mark.parametrize("line", [
    "Our customer service team is available Monday to Friday, 9am to 5pm, and can be "
    "reached on 0161 555 1234.",
    "The helpdesk is open weekdays from 8.30am and can be called on 01904 555123.",
    "Our team is on 0113 555 0142 during office hours.",
])
def test_a_number_at_the_end_of_a_sentence_about_an_organisations_team_is_its_line(
        line: str) -> None:
    assert values("README.md", f"# Contact\n\n{line}\n", "PHONE_NUMBER") == []


@pytest.mark.parametrize(("line", "number"), [
    # a person named between the team and the number
    ("The team lead, Sam, is on 01228 555 611.", "01228 555 611"),
    ("Our team can be reached via Dave on 01228 555 612.", "01228 555 612"),
    # a mobile is a person's, whoever's sentence it ends
    ("Our support team is on 07911 123456 out of hours.", "07911 123456"),
    ("- Out of hours: 0151 594 1913", "0151 594 1913"),
])
def test_a_persons_number_in_a_sentence_about_a_team_is_still_found(
        line: str, number: str) -> None:
    assert values("README.md", f"{line}\n", "PHONE_NUMBER") == [number]

