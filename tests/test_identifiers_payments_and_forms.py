"""A forces address's BFPO number, a street under a later address line's key, a payment
file's payee, a Notify letter's addressee, a payroll submission's and a passport zone's
names, and a CHI number under its column. Each a general rule, with the lookalike it must
not raise."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def found(name: str, content: str) -> set[tuple[int, str]]:
    return {(f.line, f.type) for f in scanned(name, content) if f.kind == "personal-data"}


def of_type(name: str, content: str, type_: str) -> list[int]:
    return sorted(line for line, t in found(name, content) if t == type_)


def values(name: str, content: str, type_: str) -> list[str]:
    return sorted(raw(content, f)
                  for f in scanned(name, content) if f.type == type_)


# --- a serving member's address ends in a BFPO number ---------------------------------------
@pytest.mark.parametrize(("name", "content"), [
    ("letter.txt", "Send it to:\n\nCpl Sample Person\nUnit 9 Example Squadron\nBFPO 812\n"),
    ("contact.json", '{"name": "Sample Person", "postcode": "BFPO 47"}\n'),
    ("rows.csv", "name,unit,postcode\nSample Person,Example Squadron,BFPO812\n"),
])
def test_a_bfpo_number_ending_an_address_is_found(name: str, content: str) -> None:
    assert values(name, content, "UK_POSTCODE") in (["BFPO 812"], ["BFPO 47"], ["BFPO812"])


@pytest.mark.parametrize("content", [
    "The form takes forces addresses, for example BFPO 105.\n",
    "Regimental HQ: BFPO 38\n",
    "See BFPO-3, BFPO.12 and BFPO123abc.\n",
])
def test_an_example_an_offices_or_an_ids_bfpo_is_not(content: str) -> None:
    assert of_type("notes.md", content, "UK_POSTCODE") == []


# --- a street under a later address line's key ----------------------------------------------
@pytest.mark.parametrize(("content", "street"), [
    ("applicant:\n  line1: Rose Cottage\n  line2: Heol y Sampl\n", "Heol y Sampl"),
    ("applicant:\n  line1: Rose Cottage\n  address2: Ffordd Sampl\n", "Ffordd Sampl"),
    ("applicant:\n  line1: Rose Cottage\n  line2: Larkspur Lane\n", "Larkspur Lane"),
])
def test_a_street_without_a_number_under_a_later_lines_key_is_found(
        content: str, street: str) -> None:
    assert street in values("contact.yaml", content, "STREET_ADDRESS")


def test_a_streets_words_under_another_numbered_key_are_not() -> None:
    content = "chart:\n  series2: Example Lane\nsteps:\n  stage2: Heol y Sampl\n"
    assert of_type("chart.yaml", content, "STREET_ADDRESS") == []


# --- an ISO 20022 payment's parties -----------------------------------------------------------
PAYMENT = """<Document>
  <CdtTrfTxInf>
    <Dbtr>
      <Nm>Example Payments Agency</Nm>
    </Dbtr>
    <Cdtr>
      <Nm>Jamie Hollowbrook</Nm>
    </Cdtr>
    <CdtrAcct><Nm>Robin Marshwood</Nm></CdtrAcct>
    <GrpHdr><Nm>Batch Run</Nm></GrpHdr>
  </CdtTrfTxInf>
</Document>
"""


def test_a_payment_files_creditor_is_a_person_named() -> None:
    assert of_type("pain001.xml", PAYMENT, "PERSON") == [7, 9]


def test_a_statements_party_inside_its_pty_is_named_too() -> None:
    content = "<RltdPties>\n  <Dbtr>\n    <Pty>\n      <Nm>Jamie Hollowbrook</Nm>\n"
    content += "    </Pty>\n  </Dbtr>\n</RltdPties>\n"
    assert of_type("camt053.xml", content, "PERSON") == [4]


# --- a Notify letter's first address line is its addressee ------------------------------------
@pytest.mark.parametrize(("name", "content", "line"), [
    ("letter.json", '{"personalisation": {\n  "address_line_1": "Jamie Hollowbrook",\n'
                    '  "address_line_2": "7 Larkspur Walk",\n  "address_line_3": "ZZ1 1AB"}}\n', 2),
    ("letter.yaml", "personalisation:\n  address_line_1: Jamie Hollowbrook\n"
                    "  address_line_2: 7 Larkspur Walk\n", 2),
])
def test_a_notify_letters_first_line_is_a_person_not_a_street(
        name: str, content: str, line: int) -> None:
    assert of_type(name, content, "PERSON") == [line]
    assert line not in of_type(name, content, "STREET_ADDRESS")
    assert line + 1 in of_type(name, content, "STREET_ADDRESS")


def test_a_first_address_line_elsewhere_is_still_a_house() -> None:
    content = '{"address_line_1": "Windwhistle", "address_line_2": "7 Larkspur Walk"}\n'
    assert values("a.json", content, "STREET_ADDRESS") == ["7 Larkspur Walk", "Windwhistle"]


# --- a home's latitude and longitude, each under a key that says whose -----------------------
@pytest.mark.parametrize(("name", "content", "lines"), [
    ("claim.yaml", "claimant:\n  name: A Person\n  home_lat: 51.015472\n"
                   "  home_lon: -3.102113\n", [3, 4]),
    ("claim.json", '{"homeLatitude": 51.01547, "homeLongitude": -3.10211}\n', [1]),
])
def test_a_homes_latitude_and_longitude_under_their_own_keys_are_found(
        name: str, content: str, lines: list[int]) -> None:
    assert of_type(name, content, "LOCATION") == lines


@pytest.mark.parametrize("content", [
    "depot:\n  lat: 51.0150\n  lon: -3.1000\n",
    "map:\n  centre_lat: 51.0150\n  flat: 12.5000\n",
    "home:\n  zoom: 12\ncentre_lat: 51.0150\n",
])
def test_an_offices_or_a_maps_coordinates_are_not_a_home(content: str) -> None:
    assert of_type("site.yaml", content, "LOCATION") == []


# --- a payroll submission's name parts, and a passport zone's holder --------------------------
def test_an_rti_submissions_fore_and_sur_elements_are_a_persons_name() -> None:
    content = ("<EmployeeDetails>\n  <NINO>QQ123456C</NINO>\n  <Name>\n    <Ttl>Mr</Ttl>\n"
               "    <Fore>Jamie</Fore>\n    <Sur>Hollowbrook</Sur>\n  </Name>\n"
               "</EmployeeDetails>\n")
    assert of_type("fps.xml", content, "PERSON") == [5, 6]


def _check(field: str) -> str:
    values = {c: i for i, c in enumerate("0123456789")} | {
        c: 10 + i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ")} | {"<": 0}
    return str(sum(values[c] * (7, 3, 1)[i % 3] for i, c in enumerate(field)) % 10)


def _zone_line(number: str) -> str:
    line = f"{number}{_check(number)}GBR860314{_check('860314')}M290715{_check('290715')}"
    line += "<" * 14 + _check("<" * 14)
    return line + _check(line[0:10] + line[13:20] + line[21:43])


def test_a_passport_zones_holder_line_is_found_as_the_passports() -> None:
    content = f"P<GBRHOLLOWBROOK<<JAMIE<<<<<<<<<<<<<<<<<<<<<\n{_zone_line('538291746')}\n"
    assert "HOLLOWBROOK<<JAMIE" in values("mrz.txt", content, "UK_PASSPORT")
    assert of_type("mrz.txt", content, "UK_PASSPORT") == [1, 2]


@pytest.mark.parametrize("content", [
    "P<GBRHOLLOWBROOK<<JAMIE<<<<<<<<<<<<<<<<<<<<<\nnot a zone's line\n",
    f"P<GBRSPECIMEN<<ANGELA<ZOE<<<<<<<<<<<<<<<<<<\n{_zone_line('538291746')}\n",
])
def test_capitals_and_chevrons_without_a_zone_or_a_specimens_are_not(content: str) -> None:
    assert 1 not in of_type("mrz.txt", content, "UK_PASSPORT")


# --- a CHI number under its own column's header --------------------------------------------
def _mod11(first_nine: str) -> str:
    total = sum(int(d) * (10 - i) for i, d in enumerate(first_nine))
    check = 11 - total % 11
    return first_nine + str(0 if check == 11 else check)


CHI_VALUE = _mod11("020791456")  # born on the second of July, 1991; made up


def test_a_chi_number_under_a_chi_column_is_found() -> None:
    content = f"CHI,Forename,Surname\n{CHI_VALUE},Robin,Marshwood\n"
    assert of_type("referrals.csv", content, "UK_NHS") == [2]


def test_ten_digits_under_a_chi_squared_column_are_not() -> None:
    content = f"chi_square,p_value\n{CHI_VALUE},0.05\n"
    assert of_type("stats.csv", content, "UK_NHS") == []
