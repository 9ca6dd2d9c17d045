"""A house's number and name with no street word, before its town and postcode: after a
label's dash too, and with a county cut short by a full stop between."""

from __future__ import annotations

import pytest

from conftest import found


@pytest.mark.parametrize("line, value", [
    ("Address - 12 Oakfield, Leek ST13 5QT", "12 Oakfield"),
    ("- 12 Oakfield, Leek ST13 5QT", "12 Oakfield"),
    ("Correspondence: 3 Meadowbank, Cheddleton, Staffs. ST13 7HP", "3 Meadowbank"),
    ("Send it to 27 Brambles, Ware, Herts. SG12 9AB", "27 Brambles"),
])
def test_house_number_and_name_before_its_town_and_postcode_is_found(line: str,
                                                                       value: str) -> None:
    assert found("letter.md", line + "\n", type_="STREET_ADDRESS") == [value]


@pytest.mark.parametrize("line", [
    "Our office - 2 Marsham, London SW1P 4DF",        # an organisation's place
    "Head office: 2 Marsham, London, Middx. SW1P 4DF",
    "Sprint - 12 Oakfield, Leek, ZZ99 9ZZ",           # the fake postcode
    "Sprint 12 Oakfield, Leek, Staffs. ST13 5QT",     # the number is the sprint's
])
def test_numbered_names_that_are_no_home_stay_quiet(line: str) -> None:
    assert found("letter.md", line + "\n", type_="STREET_ADDRESS") == []
