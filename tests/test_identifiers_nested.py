"""Whose a nested value is: the keys of the objects around it, as well as its own key.
Every value here is made up."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def spans(name: str, content: str) -> set[tuple[str, str]]:
    """Each personal-data finding's type and the text it covers."""
    return {(f.type, raw(content, f)) for f in scanned(name, content) if f.kind == "personal-data"}


_COMPANY_JSON = """{
  "company": {
    "name": "Harbourside Feeds Ltd",
    "registered_office": {
      "line1": "14 Harbour Road",
      "town": "Bristol",
      "postcode": "BS1 6QR"
    },
    "office_address": {"addressLine1": "22 Mill Street", "postcode": "LS2 7HY"},
    "business_address": {
      "address": {"street": "5 Quarry Street", "postcode": "CF10 2BH"}
    },
    "director": {
      "home_address": {
        "line1": "31 Larch Grove",
        "postcode": "NG5 1AB"
      }
    }
  }
}
"""

_COMPANY_YAML = """company:
  name: Harbourside Feeds Ltd
  registered_office:
    line1: 14 Harbour Road
    town: Bristol
    postcode: BS1 6QR
  branches:
    - name: North
      address:
        line1: 22 Mill Street
        postcode: LS2 7HY
  home_address:
    line1: 31 Larch Grove
    postcode: NG5 1AB
"""

_COMPANY_XML = """<Company>
  <Name>Harbourside Feeds Ltd</Name>
  <RegisteredOffice>
    <Line1>14 Harbour Road</Line1>
    <Postcode>BS1 6QR</Postcode>
  </RegisteredOffice>
  <Director>
    <HomeAddress>
      <Line1>31 Larch Grove</Line1>
      <Postcode>NG5 1AB</Postcode>
    </HomeAddress>
  </Director>
</Company>
"""

_PERSONS = {("STREET_ADDRESS", "31 Larch Grove"), ("UK_POSTCODE", "NG5 1AB")}


@pytest.mark.parametrize(("name", "content"), [
    ("company.json", _COMPANY_JSON),
    ("company.yaml", _COMPANY_YAML),
    ("company.xml", _COMPANY_XML),
])
def test_a_business_s_address_object_names_its_nested_lines_but_a_person_s_is_found(
        name: str, content: str) -> None:
    found = {(t, v) for t, v in spans(name, content)
             if t in ("STREET_ADDRESS", "UK_POSTCODE")}
    assert found == _PERSONS


@pytest.mark.parametrize(("name", "content"), [
    # an address object that says nothing of whose it is, at the top
    ("applicant.json", '{"address": {\n  "line1": "31 Larch Grove",\n'
                       '  "postcode": "NG5 1AB"\n}}\n'),
    # a business's object holding its owner's home: the nearer key decides
    ("farm.yaml", "premises:\n  owner:\n    postcode: NG5 1AB\n"),
])
def test_a_nested_address_with_no_business_key_around_it_is_found(name: str,
                                                                 content: str) -> None:
    assert ("UK_POSTCODE", "NG5 1AB") in spans(name, content)


def test_a_flat_business_address_key_is_the_business_s() -> None:
    content = '{"business_address": "5 Quarry Street", "business_postcode": "CF10 2BH"}\n'
    assert spans("company.json", content) == set()


_COMPANY_INI = """[registered_office]
line1 = 14 Harbour Road
postcode = BS1 6QR

[director.home_address]
line1 = 31 Larch Grove
postcode = NG5 1AB
"""


@pytest.mark.parametrize(("name", "content"), [
    ("company.ini", _COMPANY_INI),
    ("company.toml", _COMPANY_INI.replace("= ", '= "').replace("\n", '"\n')
     .replace(']"', "]").replace('\n"\n', "\n\n")),
])
def test_an_ini_or_toml_section_names_whose_its_address_is(name: str, content: str) -> None:
    found = {(t, v) for t, v in spans(name, content)
             if t in ("STREET_ADDRESS", "UK_POSTCODE")}
    assert found == _PERSONS


def test_an_api_schema_s_business_property_names_its_nested_sample() -> None:
    content = """components:
  schemas:
    Business:
      type: object
      properties:
        registeredOffice:
          type: object
          properties:
            postcode:
              type: string
              example: BS1 6QR
        contactPerson:
          type: object
          properties:
            postcode:
              type: string
              example: NG5 1AB
"""
    assert {(t, v) for t, v in spans("openapi.yaml", content)} == {("UK_POSTCODE", "NG5 1AB")}


_BUILDER_JAVA = """class Fixtures {
    static final Business ACME = Business.builder()
        .registeredOffice(Address.builder().line1("14 Harbour Road").postcode("BS1 6QR").build())
        .owner(Person.builder()
            .homeAddress(Address.builder().line1("31 Larch Grove").postcode("NG5 1AB").build())
            .build())
        .build();
}
"""
_KWARGS_PY = """COMPANY = Company(
    registered_office=Address(line1="14 Harbour Road", postcode="BS1 6QR"),
    director=Person(home_address=Address(line1="31 Larch Grove", postcode="NG5 1AB")),
)
"""


@pytest.mark.parametrize(("name", "content"), [
    ("Fixtures.java", _BUILDER_JAVA),
    ("fixtures.py", _KWARGS_PY),
])
def test_a_builder_s_or_a_constructor_s_business_argument_names_its_address(
        name: str, content: str) -> None:
    found = {(t, v) for t, v in spans(name, content)
             if t in ("STREET_ADDRESS", "UK_POSTCODE")}
    assert found == _PERSONS
