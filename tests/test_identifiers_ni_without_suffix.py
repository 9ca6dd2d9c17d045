"""An NI number kept without its suffix letter, under its own name."""

from __future__ import annotations

import pytest
from tests.conftest import found


@pytest.mark.parametrize("name, content, value", [
    ("claimant.json", '{"nino": "JT483726"}\n', "JT483726"),
    ("notes.md", "NINO JT483726 is missing its suffix\n", "JT483726"),
    ("notes.md", "National Insurance number: JT 48 37 26\n", "JT 48 37 26"),
    ("payroll.csv", "employee_id,ni_number\n4471,JT483726\n", "JT483726"),
])
def test_an_ni_number_without_its_suffix_under_its_name_is_found(
        name: str, content: str, value: str) -> None:
    assert found(name, content, type_="UK_NINO") == [value]


@pytest.mark.parametrize("content", [
    # Northern Ireland's "NI" names no number
    "Ref JT483726 for NI customers\n",
    # no name at all: a code's shape
    "SKU JT483726 restocked\n",
    # an unissued prefix, and the reserved one
    "NINO QQ483726\n",
    "NINO TN483726\n",
])
def test_two_letters_and_six_digits_not_named_as_an_ni_number_are_not_one(content: str) -> None:
    assert found("notes.md", content, type_="UK_NINO") == []


def test_an_ni_number_with_its_suffix_apart_is_one_finding() -> None:
    assert found("notes.md", "nino=JT483726 C\n", type_="UK_NINO") == ["JT483726 C"]
