"""PERSON: a programme's senior responsible owner under an ``sro:`` key in YAML, a name
the lists do not know too; not people: a firm named by its founder's initials and
surname (``J.P. Morgan``, ``W.H. Smith``) and a locomotive named for a knight (``the Sir
<Given> <Surname> locomotive``, ``loco 4498 Sir …``). The names are made up, or a firm's
or an engine's."""

from __future__ import annotations

import pytest

from conftest import found


def people(name: str, content: str) -> list[str]:
    return found(name, content, type_="PERSON")


def test_an_sro_key_in_yaml_names_a_person() -> None:
    content = "programme:\n  sro: Helen Marchbank\n  budget: 120000\n"
    assert people("programme.yaml", content) == ["Helen Marchbank"]


def test_an_sro_key_holding_a_body_stays_quiet() -> None:
    content = "programme:\n  sro: Rural Payments Agency\n"
    assert people("programme.yaml", content) == []


@pytest.mark.parametrize("line", [
    "We bank with J.P. Morgan for the escrow account.",
    "The card scheme is run by JP Morgan Chase.",
    "Stationery came from W.H. Smith at the station.",
    "The pub chain J.D. Wetherspoon sponsors the show.",
])
def test_a_firm_named_by_initials_and_a_surname_is_not_a_person(line: str) -> None:
    assert people("suppliers.md", f"# Suppliers\n\n{line}\n") == []


def test_an_initial_and_the_same_surname_is_still_a_person() -> None:
    content = "# Suppliers\n\nJ. Morgan signed off the audit.\n"
    assert people("suppliers.md", content) == ["J. Morgan"]


@pytest.mark.parametrize("line", [
    "The Sir Nigel Gresley locomotive is at York this weekend.",
    "Ride behind steam locomotive Sir Nigel Gresley on Sunday.",
    "Loco No. 4498 Sir Nigel Gresley needs a boiler check.",
])
def test_a_locomotive_named_for_a_knight_is_not_a_person(line: str) -> None:
    assert people("railway.md", f"# Heritage railway\n\n{line}\n") == []


def test_a_knight_who_does_a_thing_is_still_a_person() -> None:
    content = "# Heritage railway\n\nSir Harold Pemberton visited the engine shed.\n"
    assert people("railway.md", content) == ["Sir Harold Pemberton"]
