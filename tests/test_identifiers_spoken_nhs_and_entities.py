"""NHS numbers, postcodes and NI numbers read out in words, and numbers held together by
no-break spaces in HTML pages and email bodies."""

from __future__ import annotations

import pytest
from tests.conftest import found, scanned

TRANSCRIPT = (
    "WEBVTT\n\n"
    "00:00:01.000 --> 00:00:04.000\n"
    "<v Agent>Can I take your NHS number please?\n\n"
    "00:00:05.000 --> 00:00:09.000\n"
    "<v Caller>Yes it's {said}.\n"
)


@pytest.mark.parametrize("said", [
    "four eight five, seven seven seven, three four five seven",
    "four eight five seven seven seven three four five seven",
    "four eight five, triple seven, three four five seven",
    "four-eight-five seven-seven-seven three-four-five-seven",
])
def test_an_nhs_number_read_out_in_words_under_its_question_is_found(said: str) -> None:
    content = TRANSCRIPT.format(said=said)
    assert found("call.vtt", content, type_="UK_NHS") == [said]


def test_an_nhs_number_in_words_in_a_call_note_is_found() -> None:
    content = "Caller gave NHS number four oh one, oh two three, two one three seven.\n"
    assert found("notes.md", content, type_="UK_NHS") == [
        "four oh one, oh two three, two one three seven"]


@pytest.mark.parametrize("said", [
    # fails the check digit
    "four eight five, seven seven seven, three four five six",
    # the published test range
    "nine nine nine, oh oh oh, oh oh one eight",
    # nine digits, not ten
    "four eight five, seven seven seven, three four five",
])
def test_digits_in_words_that_are_no_nhs_number_are_not_one(said: str) -> None:
    assert found("call.vtt", TRANSCRIPT.format(said=said), type_="UK_NHS") == []


def test_ten_digits_in_words_with_no_nhs_word_near_are_not_one() -> None:
    content = ("The count went four eight five seven seven seven three four five seven "
               "and then stopped.\n")
    assert found("notes.md", content, type_="UK_NHS") == []


@pytest.mark.parametrize("label, cell, type_", [
    ("Mobile", "07911&nbsp;123&nbsp;456", "PHONE_NUMBER"),
    ("Mobile", "+44&nbsp;7911&nbsp;123456", "PHONE_NUMBER"),
    ("NHS number", "485&nbsp;777&nbsp;3457", "UK_NHS"),
    ("NHS number", "485\u00a0777\u00a03457", "UK_NHS"),
    ("NHS number", "485&#160;777&#160;3457", "UK_NHS"),
])
def test_a_number_whose_groups_a_no_break_space_holds_together_is_found(
        label: str, cell: str, type_: str) -> None:
    content = f"<table><tr><th>{label}</th><td>{cell}</td></tr></table>\n"
    assert [f.type for f in scanned("export.html", content)] == [type_]


def test_a_drama_number_held_together_by_no_break_spaces_stays_quiet() -> None:
    content = "<p>Phone: 07700&nbsp;900&nbsp;123</p>\n"
    assert scanned("page.html", content) == []


CALL = (
    "00:00:10.000 --> 00:00:13.000\n"
    "<v Agent>And your postcode?\n\n"
    "00:00:14.000 --> 00:00:18.000\n"
    "<v Caller>It's {said}.\n"
)


@pytest.mark.parametrize("said", [
    "L S one one, six A B",
    "B S one four, eight X Y",
    "O L one two, three A B",
    "L S 1 1 6 A B",
    "S W one A, two A B",
])
def test_a_postcode_read_out_a_character_at_a_time_under_its_question_is_found(
        said: str) -> None:
    content = "WEBVTT\n\n" + CALL.format(said=said)
    assert found("call.vtt", content, type_="UK_POSTCODE") == [said]


@pytest.mark.parametrize("said", [
    # no such postcode area
    "X Q one one, six A B",
    # the reserved pseudo-postcode
    "Z Z nine nine, nine Z Z",
    # an inward code's letters are never C, I, K, M, O or V
    "L S one one, six C I",
])
def test_a_spoken_shape_that_is_no_postcode_is_not_one(said: str) -> None:
    content = "WEBVTT\n\n" + CALL.format(said=said)
    assert found("call.vtt", content, type_="UK_POSTCODE") == []


def test_spaced_letters_and_digits_with_no_postcode_word_near_are_not_one() -> None:
    content = "See figure B S one four, eight X Y in the appendix.\n"
    assert found("notes.md", content, type_="UK_POSTCODE") == []


NI_CALL = (
    "<v Agent>Can I take your national insurance number?\n\n"
    "<v Caller>{said}.\n"
)


@pytest.mark.parametrize("said", [
    "J T four eight three seven two six C",
    "J T, four eight, three seven, two six, C",
    "J T double four, three seven, two six C",
])
def test_an_ni_number_read_out_with_its_digits_in_words_is_found(said: str) -> None:
    assert found("call.vtt", "WEBVTT\n\n" + NI_CALL.format(said=said), type_="UK_NINO") == [said]


@pytest.mark.parametrize("said", [
    # Q is never issued
    "Q Q one two three four five six C",
    # five digits
    "J T four eight three seven two C",
])
def test_a_spoken_shape_that_is_no_ni_number_is_not_one(said: str) -> None:
    assert found("call.vtt", "WEBVTT\n\n" + NI_CALL.format(said=said), type_="UK_NINO") == []


def test_letters_and_digits_in_words_with_no_ni_word_near_are_not_one() -> None:
    content = "Row J T four eight three seven two six C of the seating plan.\n"
    assert found("notes.md", content, type_="UK_NINO") == []


def test_the_last_ten_digits_of_a_longer_number_read_out_are_not_an_nhs_number() -> None:
    # eleven digits' words: the last ten pass the NHS number's check digit
    content = ("<v Agent>Your NHS number, or any number we can find you by?\n\n"
               "<v Caller>one four eight five seven seven seven three four five seven.\n")
    assert found("call.vtt", "WEBVTT\n\n" + content, type_="UK_NHS") == []


@pytest.mark.parametrize("question, said, type_", [
    ("What's your SBI?", "One oh six, five four three, two one oh", "DEFRA_SBI"),
    ("And your customer reference number?", "one one oh one, two three four, five six seven",
     "DEFRA_CRN"),
])
def test_a_defra_id_read_out_in_words_under_its_question_is_found(
        question: str, said: str, type_: str) -> None:
    content = f"WEBVTT\n\n<v Agent>{question}\n\n<v Caller>{said}.\n"
    assert found("call.vtt", content, type_=type_) == [said]
