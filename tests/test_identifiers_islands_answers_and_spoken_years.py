"""Round 24's gaps: the Channel Islands' French street names and houses' names before
the islands' postcodes, a transcript's answer below its question past a blank or a filler
line, birth dates whose year is spoken, and UK mobiles in blocks the phone library does
not list as allocated."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def found(name: str, content: str) -> set[tuple[int, str]]:
    return {(f.line, f.type) for f in scanned(name, content) if f.kind == "personal-data"}


def spans(name: str, content: str, type_: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == type_]


# --- the Crown dependencies' streets, and a rural house's name, before a postcode ----------
@pytest.mark.parametrize(("line", "street"), [
    ("Lives at La Rue des Sapins, St Ouen, JE3 2ZX.", "La Rue des Sapins"),
    ("Send it to Rue de la Pompe, St Sampson, GY2 4ZX please.", "Rue de la Pompe"),
    ("Address: Les Tamaris, Castel, GY5 7ZX", "Les Tamaris"),
    ("Le Chemin du Four, Grouville, JE3 9ZX", "Le Chemin du Four"),
    ("Visit at Ballafesson Cottage, Onchan, IM3 4ZX next week.", "Ballafesson Cottage"),
    ("Holding: Lower Glebe Farm, Torteval, GY8 0ZX", "Lower Glebe Farm"),
])
def test_a_french_street_or_a_houses_name_before_its_postcode_is_an_address(
        line: str, street: str) -> None:
    assert spans("notes.md", line + "\n", "STREET_ADDRESS") == [street]


@pytest.mark.parametrize("line", [
    # elsewhere, "Le" and a capital is a sentence's French
    "Notre voyage: Le Mans, puis Rouen, SW1A 2ZX pour le retour.",
    # an organisation's farm, named as such before it
    "Sample Agency, Home Farm, St Ouen, JE3 0ZX",
])
def test_no_address_line_without_the_islands_postcode_or_for_an_organisation(
        line: str) -> None:
    assert spans("notes.md", line + "\n", "STREET_ADDRESS") == []


# --- a transcript's answer, its question two lines up ----------------------------------------
@pytest.mark.parametrize(("question", "filler", "answer", "type_"), [
    ("Q: What is your date of birth?", "", "A: 14 June 1978", "DATE_OF_BIRTH"),
    ("Agent: And your date of birth?", "(pause)", "Caller: 03/02/1981", "DATE_OF_BIRTH"),
    ("Q: Can I take your date of birth", "...", "A: 1979-12-30", "DATE_OF_BIRTH"),
])
def test_an_answer_below_a_blank_or_filler_line_is_named_by_its_question(
        question: str, filler: str, answer: str, type_: str) -> None:
    content = f"Call notes\n\n{question}\n{filler}\n{answer}\n"
    assert (5, type_) in found("call.txt", content)


def test_an_answer_two_lines_below_a_statement_is_not_named_by_it() -> None:
    # a heading that mentions birth dates, then a blank, then a speaker's dated line
    content = "Updating the date of birth field\n\nA: 14 June 2021\n"
    assert found("notes.txt", content) == set()


# --- a birth date whose year is spoken ------------------------------------------------------
@pytest.mark.parametrize("line", [
    "She gave her date of birth as the fourteenth of June nineteen seventy-eight.",
    "Caller confirmed date of birth as 14 June nineteen eighty-one.",
    "DOB given as March 3rd, two thousand and two.",
    "He was born on the first of May two thousand.",
])
def test_a_birth_date_with_its_year_in_words_is_found(line: str) -> None:
    assert found("call.txt", line + "\n") == {(1, "DATE_OF_BIRTH")}


@pytest.mark.parametrize("line", [
    # no birth words beside it
    "The meeting on the fourteenth of June nineteen seventy-eight was cancelled.",
])
def test_a_spoken_date_that_is_no_birth_is_not_found(line: str) -> None:
    assert found("notes.txt", line + "\n") == set()


# --- UK mobiles outside the blocks the phone library lists -----------------------------------
@pytest.mark.parametrize("number", ["07700 912345", "07911 312345", "+44 7700 412345"])
def test_a_uk_mobile_in_an_unlisted_block_is_still_a_phone_number(number: str) -> None:
    assert found("contacts.csv", f"name,mobile\nA Sample,{number}\n") == {(2, "PHONE_NUMBER")}


@pytest.mark.parametrize("number", ["07700 900123", "07700 900999", "07603 412345"])
def test_ofcoms_drama_block_and_an_unlisted_pager_block_are_not(number: str) -> None:
    assert found("contacts.csv", f"name,mobile\nA Sample,{number}\n") == set()


# --- an address's first line answering a call's question -------------------------------------
@pytest.mark.parametrize("content", [
    "Interviewer: What's the first line of your address?\nRespondent: 3 Glan yr Wenallt\n",
    "Agent: And your home address?\n\nCaller: 12 Gwel Tremarrow\n",
])
def test_a_house_number_and_words_answering_an_address_question_are_its_street(
        content: str) -> None:
    assert (content.count("\n"), "STREET_ADDRESS") in found("call.txt", content)


def test_an_answer_to_another_question_is_no_street() -> None:
    content = "Agent: How many animals are on the holding?\nCaller: 12 Hereford Heifers\n"
    assert found("call.txt", content) == set()
