"""A phone number read out digit by digit, as a call's transcript writes it, is found as
one written in digits is; Ofcom's drama numbers and counting stay quiet."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def phones(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PHONE_NUMBER"]


@pytest.mark.parametrize(("content", "number"), [
    ("Caller: it's oh seven nine double one, four eight two, nine one seven\n",
     "oh seven nine double one, four eight two, nine one seven"),
    ("Caller: oh one nine four three, six oh seven, two eight one\n",
     "oh one nine four three, six oh seven, two eight one"),
    ("Caller: zero seven nine one one four eight two nine one seven\n",
     "zero seven nine one one four eight two nine one seven"),
])
def test_a_phone_number_read_out_in_words_is_found(content: str, number: str) -> None:
    assert phones("call.txt", content) == [number]


def test_a_spoken_number_in_a_transcript_is_found() -> None:
    content = ("WEBVTT\n\n00:00:16.000 --> 00:00:19.000\n"
               "<v Caller>Oh seven nine one one, four eight two, nine one seven.\n")
    assert phones("call.vtt", content) == ["Oh seven nine one one, four eight two, nine one seven"]


@pytest.mark.parametrize("content", [
    "Caller: oh seven seven oh oh, nine oh oh, one two three\n",  # Ofcom's drama range
    "Agent: one two three four five six seven eight nine ten\n",  # counting
    "Agent: oh one two, that's all\n",                              # too short
    "Agent: oh seven nine one one four eight two nine one seven two\n",  # too long
])
def test_counting_short_runs_and_drama_numbers_in_words_stay_quiet(content: str) -> None:
    assert phones("call.txt", content) == []


# --- an NI number spaced as it was read out ------------------------------------------------
@pytest.mark.parametrize(("content", "nino"), [
    ("Caller: my national insurance is J E 4 8 2 9 1 7 B\n", "J E 4 8 2 9 1 7 B"),
    ("Caller: NI number JE 4829 17B\n", "JE 4829 17B"),
    ("Caller: NI number J.E. 48 29 17 B\n", "J.E. 48 29 17 B"),
])
def test_an_ni_number_spaced_unevenly_is_found_beside_its_name(content: str, nino: str) -> None:
    assert [raw(content, f) for f in scanned("call.txt", content)
            if f.type == "UK_NINO"] == [nino]


@pytest.mark.parametrize("content", [
    "Grid square J E 4 8 2 9 1 7 B\n",        # no name beside it
    "NI number Q Q 1 2 3 4 5 6 C\n",          # the reserved example
    "NI number J E 4 8 2 9 1 7 B9\n",         # runs on into another character
])
def test_an_unevenly_spaced_shape_without_its_name_stays_quiet(content: str) -> None:
    assert [f for f in scanned("call.txt", content) if f.type == "UK_NINO"] == []


# --- a number typed straight after "No." ---------------------------------------------------
@pytest.mark.parametrize("content", [
    "Pt NHS No.4945807302\n",
    "NHS no.4945807302 seen today\n",
])
def test_an_nhs_number_typed_straight_after_no_dot_is_found(content: str) -> None:
    assert [raw(content, f) for f in scanned("notes.txt", content)
            if f.type == "UK_NHS"] == ["4945807302"]


@pytest.mark.parametrize("content", [
    "NHS pi is 3.4945807302\n",         # a decimal's digits
    "NHS app version 1.4945807302\n",   # a version's
    "NHS Nano.4945807302\n",             # a word that only ends in "no"
])
def test_digits_after_another_dot_stay_quiet(content: str) -> None:
    assert [f for f in scanned("notes.txt", content) if f.type == "UK_NHS"] == []
