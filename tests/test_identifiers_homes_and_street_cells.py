"""An office key qualified by "home" (a person working from home) is a
person's home, not an organisation's office; and an SQL or CSV row's street cell before
its town's and a valid postcode's cells. Each a general rule, with the lookalike it must
still pass. Every value here is made up."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def found(name: str, content: str) -> set[tuple[str, str]]:
    return {(f.type, raw(content, f)) for f in scanned(name, content) if f.kind == "personal-data"}


# --- a home office is a person's home ---------------------------------------------------------
_HOME_OFFICE_JSON = """{
  "employee": {
    "staffId": 7,
    "home_office": {
      "line1": "14 Brackenfold Avenue",
      "town": "Tollbridge",
      "postcode": "LS6 2QT"
    }
  }
}
"""
_HOME_OFFICE_YAML = """staff:
  - staffId: 7
    homeOffice:
      street: 22 Quillet Close
      postcode: LS6 2QT
"""
_HOME_OFFICE_FLAT = "home_office_postcode: LS6 2QT\n"


@pytest.mark.parametrize(("name", "content", "value"), [
    ("staff.json", _HOME_OFFICE_JSON, "LS6 2QT"),
    ("staff.yaml", _HOME_OFFICE_YAML, "LS6 2QT"),
    ("staff.yaml", _HOME_OFFICE_FLAT, "LS6 2QT"),
])
def test_an_address_under_a_home_office_key_is_a_person_s(name: str, content: str,
                                                           value: str) -> None:
    assert ("UK_POSTCODE", value) in found(name, content)


@pytest.mark.parametrize(("name", "content"), [
    ("org.json", _HOME_OFFICE_JSON.replace("home_office", "head_office")),
    ("org.yaml", _HOME_OFFICE_YAML.replace("homeOffice", "regionalOffice")),
    ("org.yaml", _HOME_OFFICE_FLAT.replace("home_office", "area_office")),
])
def test_an_address_under_an_organisation_s_office_key_is_still_the_business_s(
        name: str, content: str) -> None:
    assert found(name, content) == set()


# --- a row's street cell before its town's and its postcode's ---------------------------------
_ROWS_SQL = """-- seed data
INSERT INTO public.keeper VALUES
  (1, 'Sample', 'Person', 'Rose Cottage', 'Quillet Lane', 'Tollbridge', 'LS6 2QT'),
  (2, 'Example', 'Person', '7', 'Brackenfold Close', 'Wendlecombe', 'BS8 1TH');
insert into holder values (3, 'The Old Barn', 'Ormsgill Road', 'Tollbridge', 'EX4 3SR');
"""
_ROWS_CSV = "1,Sample,Person,Rose Cottage,Quillet Lane,Tollbridge,LS6 2QT\n"
_ROWS_TSV = "1\tSample\tPerson\tQuillet Lane\tTollbridge\tLS6 2QT\n"


@pytest.mark.parametrize(("name", "content", "streets"), [
    ("seed.sql", _ROWS_SQL, {"Quillet Lane", "Brackenfold Close", "Ormsgill Road"}),
    ("keepers.csv", _ROWS_CSV, {"Quillet Lane"}),
    ("keepers.tsv", _ROWS_TSV, {"Quillet Lane"}),
])
def test_a_row_s_street_cell_before_its_town_and_postcode_is_found(
        name: str, content: str, streets: set[str]) -> None:
    assert {v for t, v in found(name, content) if t == "STREET_ADDRESS"} == streets


@pytest.mark.parametrize("content", [
    # an organisation's table: its rows are its offices
    "INSERT INTO offices VALUES (1, 'Tollbridge office', 'Ormsgill Walk', 'Leeds', 'LS11 9AT');\n",
    # a street's name in a row with no postcode is a place's
    "INSERT INTO routes VALUES (1, 'Quillet Lane', 'Tollbridge', 'closed');\n",
])
def test_a_street_cell_with_no_person_s_postcode_beside_it_is_not_found(content: str) -> None:
    assert {t for t, _ in found("seed.sql", content)} == set()


# --- a contact card's and a calendar's address parts ------------------------------------------
_HOME_CARD = """BEGIN:VCARD
VERSION:3.0
N:Ardley;Tobin;;;
ADR;TYPE=HOME:;;Quillet Lane;Tollbridge;;TR1 2HE;United Kingdom
END:VCARD
"""
_VISIT = """BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:visit-1@example.org
DTSTART:20240612T100000Z
SUMMARY:Site visit
LOCATION:Quillet Lane\\, Tollbridge\\, TR1 2HE
END:VEVENT
END:VCALENDAR
"""


@pytest.mark.parametrize(("name", "content"), [
    ("contact.vcf", _HOME_CARD),
    ("visit.ics", _VISIT),
])
def test_a_card_s_or_an_invite_s_street_before_its_town_and_postcode_is_found(
        name: str, content: str) -> None:
    assert ("STREET_ADDRESS", "Quillet Lane") in found(name, content)


_AWAY_DAY = """BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
UID:away-1@example.org
DTSTART:20240612T100000Z
SUMMARY:Team away day
LOCATION:Tollbridge District Council\\, Council Offices\\, 14 Ormsgill Road\\, Tollbridge LS6 2QT
END:VEVENT
END:VCALENDAR
"""


def test_an_invite_s_organisation_address_with_escaped_commas_is_the_organisation_s() -> None:
    assert found("away.ics", _AWAY_DAY) == set()


# --- a street's line in upper case, as an address file or a legacy export prints it ----------
_UPPER_CSV = """UPRN,BUILDING_NUMBER,THOROUGHFARE,POST_TOWN,POSTCODE
100098765432,27,BRACKENFOLD ROAD,TOLLBRIDGE,TR1 2HE
"""
_UPPER_ROWS = "7,T ARDLEY,27 QUILLET LANE,TOLLBRIDGE,TR1 2HE\n"
_UPPER_HL7 = ("MSH|^~\\&|PAS|TOLL|EPR|TOLL|20240612101500||ADT^A04|MSG2|P|2.5.1\n"
              "PID|1||||ARDLEY^TOBIN||19750611|M|||ROSE COTTAGE^QUILLET LANE^TOLLBRIDGE^^"
              "TR1 2HE^GBR^H\n")
_UPPER_JSON = ('{"addressLine1": "ROSE COTTAGE", "addressLine2": "QUILLET LANE", '
               '"postcode": "TR1 2HE"}\n')


@pytest.mark.parametrize(("name", "content", "streets"), [
    ("addresses.csv", _UPPER_CSV, {"BRACKENFOLD ROAD"}),
    ("rows.csv", _UPPER_ROWS, {"27 QUILLET LANE"}),
    ("adt.hl7", _UPPER_HL7, {"ROSE COTTAGE", "QUILLET LANE"}),
    ("customer.json", _UPPER_JSON, {"ROSE COTTAGE", "QUILLET LANE"}),
])
def test_an_upper_case_street_cell_on_a_postcode_s_line_is_found(
        name: str, content: str, streets: set[str]) -> None:
    assert {v for t, v in found(name, content) if t == "STREET_ADDRESS"} == streets


@pytest.mark.parametrize(("name", "content"), [
    # capitals that end in no street's word, and a street's word in a line with no postcode
    ("codes.csv", "7,LICENCE HOLDER,TOLLBRIDGE DISTRICT,TR1 2HE\n"),
    ("notes.csv", "7,QUILLET LANE,TOLLBRIDGE,closed\n"),
    # an office's, by its column
    ("offices.csv", "office_name,office_address,postcode\nTOLLBRIDGE,14 ORMSGILL ROAD,LS6 2QT\n"),
])
def test_upper_case_cells_that_are_no_person_s_street_are_not_found(name: str,
                                                                      content: str) -> None:
    assert {v for t, v in found(name, content) if t == "STREET_ADDRESS"} == set()
