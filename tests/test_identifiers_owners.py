"""Whose an address or a map's point is: a record that says it is an organisation's or a
site's (FHIR's Organization, a depot's map feature, a company's inline XBRL accounts) holds
a business's address; a person's record holds a person's, whatever its ``use``."""

from __future__ import annotations

import pytest

from conftest import scanned


def found(name: str, content: str) -> set[tuple[int, str]]:
    return {(f.line, f.type) for f in scanned(name, content) if f.kind == "personal-data"}


def lines_of(name: str, content: str, *types: str) -> list[int]:
    return sorted({line for line, t in found(name, content) if t in types})


_ADDRESS = ("STREET_ADDRESS", "UK_POSTCODE")

# --- FHIR: the resource that holds the address says whose ----------------------------------
_FHIR_BUNDLE = """{"resourceType": "Bundle", "entry": [
 {"resource": {"resourceType": "Organization", "name": "Penwith Animal Health",
   "address": [{"use": "work", "line": ["Polwhele", "12 Newquay Road"], "city": "Truro",
                "postalCode": "TR4 9AD"}]}},
 {"resource": {"resourceType": "Location", "name": "Penryn Clinic",
   "address": {"line": ["14 Saracen Way"], "city": "Penryn", "postalCode": "TR10 8HX"}}},
 {"resource": {"resourceType": "Patient", "name": [{"family": "Penhallow"}],
   "address": [{"use": "home", "line": ["22 Trelowarren Street"], "postalCode": "TR14 8AG"},
               {"use": "work", "line": ["7 Fore Street"], "postalCode": "TR15 2BL"}]}}
]}
"""


def test_an_organisations_or_a_locations_fhir_address_is_a_business_address() -> None:
    assert lines_of("bundle.json", _FHIR_BUNDLE, *_ADDRESS) == [8, 9]


def test_a_patients_work_address_is_still_reported() -> None:
    assert (9, "UK_POSTCODE") in found("bundle.json", _FHIR_BUNDLE)


def test_a_home_address_in_an_organisations_record_is_still_reported() -> None:
    content = ('{"resourceType": "Organization", "address": [{"use": "home", '
               '"line": ["22 Trelowarren Street"], "postalCode": "TR14 8AG"}]}\n')
    assert lines_of("org.json", content, *_ADDRESS) == [1]


def test_fhir_xml_organisation_address_parts_are_named_by_the_elements_around_them() -> None:
    content = ('<Bundle xmlns="http://hl7.org/fhir">\n'
               '  <entry><resource><Organization>\n'
               '    <address>\n'
               '      <line value="12 Newquay Road"/>\n'
               '      <postalCode value="TR4 9AD"/>\n'
               '    </address>\n'
               '  </Organization></resource></entry>\n'
               '  <entry><resource><Patient>\n'
               '    <address>\n'
               '      <line value="22 Trelowarren Street"/>\n'
               '      <postalCode value="TR14 8AG"/>\n'
               '    </address>\n'
               '  </Patient></resource></entry>\n'
               '</Bundle>\n')
    assert lines_of("bundle.xml", content, *_ADDRESS) == [10, 11]


def test_an_employers_address_element_is_a_business_address() -> None:
    content = ("<Employer><Address><Line1>12 Newquay Road</Line1>"
               "<Postcode>TR4 9AD</Postcode></Address></Employer>\n"
               "<Claimant><Address><Line1>22 Trelowarren Street</Line1>"
               "<Postcode>TR14 8AG</Postcode></Address></Claimant>\n")
    assert lines_of("claim.xml", content, *_ADDRESS) == [2]


# --- a map's features: what the properties say the point is ---------------------------------
_SITES = """{"type": "FeatureCollection", "features": [
 {"type": "Feature", "properties": {"type": "depot", "address": "12 Whittington Road",
    "postcode": "WR5 2LQ"},
  "geometry": {"type": "Point", "coordinates": [-2.1879, 52.1845]}},
 {"type": "Feature", "properties": {"name": "Penryn office",
    "address": "Tremough House, Deanery Road", "postcode": "TR10 9FE"},
  "geometry": {"type": "Point", "coordinates": [-5.1214, 50.1701]}},
 {"type": "Feature", "properties": {"keeper": "Sam Penhallow",
    "address": "22 Trelowarren Street", "postcode": "TR14 8AG"},
  "geometry": {"type": "Point", "coordinates": [-5.2952, 50.2129]}}
]}
"""


def test_a_depots_or_an_offices_map_feature_holds_a_business_address() -> None:
    assert lines_of("sites.geojson", _SITES, *_ADDRESS) == [9]


def test_an_offices_point_is_not_a_location_even_if_a_building_is_named_house() -> None:
    assert lines_of("sites.geojson", _SITES, "LOCATION") == [10]


def test_a_keepers_point_is_a_location_when_its_properties_come_after_its_geometry() -> None:
    content = ('{"type": "FeatureCollection", "features": [\n'
               ' {"type": "Feature",\n'
               '  "geometry": {"type": "Point", "coordinates": [-5.2952, 50.2129]},\n'
               '  "properties": {"keeper": "Sam Penhallow", "postcode": "TR14 8AG"}}\n'
               ']}\n')
    assert lines_of("keepers.geojson", content, "LOCATION") == [3]


def test_a_point_with_nothing_about_a_person_is_not_a_location() -> None:
    content = ('{"type": "Feature",\n'
               ' "geometry": {"type": "Point", "coordinates": [-5.2952, 50.2129]},\n'
               ' "properties": {"species": "otter", "count": 2}}\n')
    assert lines_of("sightings.geojson", content, "LOCATION") == []


# --- a company's inline XBRL accounts ---------------------------------------------------------
def test_an_inline_xbrl_registered_office_is_a_business_address() -> None:
    content = ('<html xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"><body>\n'
               '<p>Registered office: <ix:nonNumeric name="uk-bus:AddressLine1" contextRef="D1">'
               '12 Newquay Road</ix:nonNumeric>,\n'
               '<ix:nonNumeric name="uk-bus:PostalCodeZip" contextRef="D1">'
               'TR4 9AD</ix:nonNumeric></p>\n'
               '</body></html>\n')
    assert lines_of("accounts.xhtml", content, *_ADDRESS) == []


# --- a label before an address on its line says whose -------------------------------------
@pytest.mark.parametrize("content", [
    "Our office: Cathays Park, Cardiff CF10 3NQ\n",
    "Head office - 17 Smith Square, London SW1P 3JR\n",
    "Depot: Unit 4, Whittington Road, Worcester WR5 2LQ\n",
    "Office address: Tremough House, Deanery Road, Penryn TR10 9FE\n",
])
def test_an_address_after_a_business_places_label_is_a_business_address(content: str) -> None:
    assert lines_of("contact.md", content, *_ADDRESS) == []


@pytest.mark.parametrize("content", [
    "Home office: 22 Trelowarren Street, Camborne TR14 8AG\n",
    "Home: 22 Trelowarren Street, Camborne TR14 8AG\n",
    "Office hours 9-5. Her address: 22 Trelowarren Street, Camborne TR14 8AG\n",
])
def test_a_home_address_after_another_label_is_still_reported(content: str) -> None:
    assert lines_of("contact.md", content, *_ADDRESS) == [1]


@pytest.mark.parametrize("kind", ["business", "site", "sole trader"])
def test_a_record_typed_as_a_business_or_a_site_may_be_a_persons(kind: str) -> None:
    # a sole trader's business is the person; a site visit is to someone's holding
    content = (f'{{"customerType": "{kind}", "address": {{"line1": "22 Trelowarren Street", '
               '"postcode": "TR14 8AG"}}\n')
    assert lines_of("customer.json", content, *_ADDRESS) == [1]
