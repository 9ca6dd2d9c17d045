"""Birth dates written out in words (a transcript's, a letter's), FHIR's first address line,
and the tables and rows that hold businesses' addresses. Each a general rule, with the
lookalike it must still pass. Every value here is made up."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def found(name: str, content: str) -> set[tuple[str, str]]:
    return {(f.type, raw(content, f)) for f in scanned(name, content) if f.kind == "personal-data"}


# --- a birth date's day as an ordinal word ----------------------------------------------------
@pytest.mark.parametrize(("line", "value"), [
    ("Caller: my date of birth is the fourteenth of June 1978.", "fourteenth of June 1978"),
    ("Agent: and you were born on the twenty-first of May, 1990?",
     "twenty-first of May, 1990"),
    ("DOB given as Twenty Third of March 1966 by the applicant.",
     "Twenty Third of March 1966"),
    ("She said her birthday is the thirty-first of October 1984.",
     "thirty-first of October 1984"),
    ("Date of birth: second of Feb 1971", "second of Feb 1971"),
])
def test_a_birth_date_with_its_day_in_words_is_found(line: str, value: str) -> None:
    assert ("DATE_OF_BIRTH", value) in found("transcript.txt", line + "\n")


@pytest.mark.parametrize("line", [
    # no birth words: a meeting's date
    "The board met on the fourteenth of June 1978 to agree the plan.",
    # not a day: the thirty-second is no date
    "Date of birth: thirty-second of June 1978",
    # the service's launch, "the" between its label and the date
    "The service was born on the 1st of April 2019.",
    # a word ending "th" that is no day
    "Births by month of June 1978 are in the cohort table.",
])
def test_a_date_in_words_without_a_birth_is_not_reported(line: str) -> None:
    assert not {t for t, _ in found("notes.txt", line + "\n") if t == "DATE_OF_BIRTH"}


# --- a table of suppliers, vendors or contractors holds businesses' addresses --------------
@pytest.mark.parametrize("table", ["suppliers", "vendor", "approved_contractors", "companies"])
def test_an_address_in_a_trading_party_s_table_is_the_business_s(table: str) -> None:
    sql = (f"INSERT INTO {table} VALUES (1, 'Brackenfold Fencing', '14 Quillet Lane', "
           "'Tollbridge', 'LS6 2QT');\n"
           f"INSERT INTO {table} (id, name, street, postcode) VALUES (2, 'Marsh Haulage', "
           "'3 Tanner Road', 'LS6 2QT');\n")
    assert not {t for t, _ in found("seed.sql", sql)
                if t in ("UK_POSTCODE", "STREET_ADDRESS")}


def test_an_address_in_a_customers_table_is_still_a_person_s() -> None:
    sql = ("INSERT INTO customers VALUES (1, 'Brackenfold Fencing', '14 Quillet Lane', "
           "'Tollbridge', 'LS6 2QT');\n")
    assert ("UK_POSTCODE", "LS6 2QT") in found("seed.sql", sql)


# --- FHIR's address lines: a house's name as the first line -------------------------------
_FHIR_PATIENT_JSON = """{
  "resourceType": "Patient",
  "address": [
    {
      "use": "home",
      "line": ["Marigold Cottage", "Quillet Lane"],
      "city": "Tollbridge"
    },
    {
      "line": [
        "Windyridge",
        "Quillet Lane"
      ],
      "city": "Tollbridge"
    }
  ]
}
"""
_FHIR_PATIENT_XML = """<Patient xmlns="http://hl7.org/fhir">
  <address>
    <use value="home"/>
    <line value="Windyridge"/>
    <line value="Quillet Lane"/>
    <city value="Tollbridge"/>
  </address>
</Patient>
"""


def test_a_house_name_as_fhir_s_first_address_line_is_found() -> None:
    assert {("STREET_ADDRESS", "Marigold Cottage"), ("STREET_ADDRESS", "Windyridge")} \
        <= found("patient.json", _FHIR_PATIENT_JSON)
    assert ("STREET_ADDRESS", "Windyridge") in found("patient.xml", _FHIR_PATIENT_XML)


@pytest.mark.parametrize(("name", "content"), [
    # an organisation's address
    ("org.json", _FHIR_PATIENT_JSON.replace('"Patient"', '"Organization"')
     .replace('"use": "home",', '"use": "work",')),
    # a chart's lines, the word "address" beside them but no address around them
    ("chart.json", '{\n  "chart": {\n    "title": "Address lookups",\n'
                   '    "line": ["Monthly Totals", "Weekly Totals"]\n  }\n}\n'),
    ("chart.xml", '<chart>\n  <title value="Address lookups"/>\n'
                  '  <line value="Monthly Totals"/>\n</chart>\n'),
])
def test_a_line_that_is_not_a_person_s_address_is_not_a_house(name: str, content: str) -> None:
    assert not {v for t, v in found(name, content)
                if t == "STREET_ADDRESS" and v in ("Windyridge", "Marigold Cottage",
                                                   "Monthly Totals")}


# --- a row that opens with an organisation's name holds its address -----------------------
@pytest.mark.parametrize(("name", "content"), [
    ("suppliers.csv", "Brackenfold Agency,Quillet House,Marsh Road,Tollbridge,LS6 2QT\n"),
    ("suppliers.csv", "Tollbridge Parish Council;3 Tanner Road;Tollbridge;LS6 2QT\n"),
    ("suppliers.csv", '"Marsh Haulage Ltd","3 Tanner Road","Tollbridge","LS6 2QT"\n'),
    ("seed.sql", "INSERT INTO contacts VALUES (4, 'Marsh Haulage Ltd', '3 Tanner Road', "
                 "'Tollbridge', 'LS6 2QT');\n"),
])
def test_an_address_in_a_row_headed_by_an_organisation_is_the_organisation_s(
        name: str, content: str) -> None:
    assert not {t for t, _ in found(name, content) if t in ("UK_POSTCODE", "STREET_ADDRESS")}


@pytest.mark.parametrize("row", [
    # a person's row, their employer in a later cell
    "Jo Bloggs,Brackenfold Ltd,14 Quillet Lane,Tollbridge,LS6 2QT\n",
    "Jo Bloggs,14 Quillet Lane,Tollbridge,LS6 2QT\n",
])
def test_a_person_s_row_is_still_read_as_a_person_s(row: str) -> None:
    assert ("UK_POSTCODE", "LS6 2QT") in found("people.csv", row)

