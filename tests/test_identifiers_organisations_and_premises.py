"""An organisation's record read in YAML as it is in JSON (its address and
its bank details are a business's), a premises table's rows, and a house's name under a
bare first-line key. Each a general rule, with the person's record it must still flag."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from safecommit.config import Config
from safecommit.model import Blob
from safecommit.scan import scan_blob


def found(name: str, content: str) -> list[tuple[str, str]]:
    return sorted((f.type, raw(content, f)) for f in scanned(name, content))


def types(name: str, content: str) -> set[str]:
    return {t for t, _ in found(name, content)}


# --- an organisation's record, in YAML as in JSON ---------------------------------------------
_ORG_YAML = """payees:
  - organisationName: Sample Payments Agency
    addressLine1: Example House
    addressLine2: Sample Court
    postcode: NE4 7YH
    sortCode: 20-00-00
    accountNumber: 55779911
"""
_ORG_JSON = ('{"payees": [{"organisationName": "Sample Payments Agency", '
             '"addressLine1": "Example House", "addressLine2": "Sample Court", '
             '"postcode": "NE4 7YH", "bankDetails": {"sortCode": "20-00-00", '
             '"accountNumber": "55779911"}}]}\n')
_ORG_NESTED_YAML = """suppliers:
  - company_name: Example Haulage Ltd
    type: supplier
    address:
      line1: 4 Sample Road
      postcode: NE4 7YH
    bank:
      sort_code: 20-00-00
      account_number: 55779911
"""


@pytest.mark.parametrize(("name", "content"), [
    ("payees.yaml", _ORG_YAML),
    ("payees.json", _ORG_JSON),
    ("suppliers.yml", _ORG_NESTED_YAML),
])
def test_an_organisations_record_holds_no_persons_address_nor_account(
        name: str, content: str) -> None:
    assert found(name, content) == []


_PERSON_YAML = """payees:
  - name: Ann Example
    address:
      line1: 4 Sample Road
      postcode: NE4 7YH
    bankDetails:
      sortCode: 20-00-00
      accountNumber: 55779911
  - organisationName: Sample Payments Agency
    postcode: NE4 7YH
"""


def test_a_persons_record_beside_an_organisations_is_still_flagged() -> None:
    got = found("payees.yaml", _PERSON_YAML)
    assert ("UK_POSTCODE", "NE4 7YH") in got
    assert [t for t, _ in got].count("UK_BANK_ACCOUNT") == 2
    # the organisation's own postcode, on line ten, is not
    findings, _ = scan_blob(Blob("payees.yaml", _PERSON_YAML.encode()), Config(), b"s")
    assert all(f.line < 9 for f in findings)


# --- a premises table's rows ----------------------------------------------------------------
@pytest.mark.parametrize("content", [
    "INSERT INTO offices (id, name, line1, postcode) VALUES (1, 'Sampleton', "
    "'12 Mill Street', 'WR1 2AB');\n",
    # schema-qualified and quoted, several rows
    'INSERT INTO public."depots" (id, line1, postcode) VALUES\n'
    "  (1, '12 Mill Street', 'WR1 2AB'),\n  (2, '4 Station Road', 'EX4 4NT');\n",
    # no column list: the table's CREATE TABLE names them
    "CREATE TABLE branch_offices (id INT, line1 TEXT, postcode TEXT);\n"
    "INSERT INTO branch_offices VALUES (1, '12 Mill Street', 'WR1 2AB');\n",
])
def test_an_offices_or_depots_tables_rows_hold_no_persons_address(content: str) -> None:
    assert found("seed.sql", content) == []


@pytest.mark.parametrize("table", ["keepers", "applicants", "sites"])
def test_another_tables_rows_are_still_addresses(table: str) -> None:
    content = (f"INSERT INTO offices (id, line1) VALUES (1, 'Head Office');\n"
               f"INSERT INTO {table} (id, line1, postcode) VALUES "
               "(1, '12 Mill Street', 'WR1 2AB');\n")
    assert types("seed.sql", content) == {"STREET_ADDRESS", "UK_POSTCODE"}


# --- a house's name under a bare first-line key, inside an address's block -------------------
@pytest.mark.parametrize(("name", "content"), [
    ("applicant.yaml", "applicant:\n  name: Ann Example\n  address:\n    line1: Windrush\n"
     "    town: Sampleton\n"),
    ("applicant.json", '{"homeAddress": {\n  "line_1": "Sunnyside",\n  "town": "Sampleton"\n}}\n'),
    ("applicant.yml", "correspondenceAddress:\n  postcode: YO1 7HH\n  Line1: Little Orchard\n"),
])
def test_a_house_name_under_line1_in_an_address_block_is_an_address(
        name: str, content: str) -> None:
    got = [v for t, v in found(name, content) if t == "STREET_ADDRESS"]
    assert any(v in ("Windrush", "Sunnyside", "Little Orchard") for v in got)


@pytest.mark.parametrize(("name", "content"), [
    # a banner's first line, in a text that says "address" elsewhere
    ("chart.yaml", "server:\n  address: localhost\nbanner:\n  line1: Welcome Aboard\n"),
    # an address of another kind's block
    ("net.json", '{"ipAddress": {"line1": "Primary Gateway"}}\n'),
    # code's first line of a fixture
    ("test_parse.py", 'def test_address():\n    line1 = "Hello World"\n'),
])
def test_line1_outside_an_address_block_is_no_house(name: str, content: str) -> None:
    assert found(name, content) == []
