"""A house's name in a delimited file's first address column beside its
row's postcode, and a home's position in a nested block under a home's key. Each a
general rule, with the lookalike it must not raise."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def values(name: str, content: str, type_: str) -> list[str]:
    return sorted(raw(content, f)
                  for f in scanned(name, content) if f.type == type_)


# --- a house's name in a delimited file's first address column -------------------------------
@pytest.mark.parametrize(("name", "content", "house"), [
    ("holdings.csv", "holding,address_line_1,town,postcode\nH1,Windrush,Ledbury,HR8 2QQ\n",
     "Windrush"),
    ("holdings.csv", "ref,Address 1,Town,Postcode\nR7,\"Hill Top\",Sampleton,TR13 0QB\n",
     "Hill Top"),
    ("holdings.tsv", "ref\taddr1\tpostcode\nR7\tLittle Orchard\tTR13 0QB\n", "Little Orchard"),
    ("holdings.csv", "house_name,postcode\nWindrush,HR8 2QQ\n", "Windrush"),
])
def test_a_house_name_in_a_first_address_column_beside_a_postcode_is_found(
        name: str, content: str, house: str) -> None:
    assert house in values(name, content, "STREET_ADDRESS")


@pytest.mark.parametrize("content", [
    # another column's words beside the postcode
    "ref,town,county,postcode\nR7,Sampleton,Kent,TR13 0QB\n",
    # a placeholder, or a business, in the first line's column
    "ref,address_line_1,postcode\nR7,Not Provided,TR13 0QB\nR8,Acme Council,TR13 0QB\n",
    # no postcode in the row: a chart's or a form's label, not an address
    "ref,address_line_1,note\nR7,Windrush,checked\n",
    # an office's address
    "ref,office_address_line_1,postcode\nR7,Windrush,TR13 0QB\n",
])
def test_other_words_beside_a_postcode_are_not_a_house_name(content: str) -> None:
    assert values("rows.csv", content, "STREET_ADDRESS") == []


def test_a_house_name_keys_alternatives_with_no_postcode_are_not_house_names() -> None:
    content = 'HOUSE_NAME_LEADS = "Bryn|Plas|Gwel|Hafod|Llety"\n'
    assert values("leads.py", content, "STREET_ADDRESS") == []


# --- a home's latitude and longitude in a block under a home's key ---------------------------
@pytest.mark.parametrize(("name", "content"), [
    ("farmer.yaml", "farmer:\n  id: 42\n  home_location:\n    lat: 52.0412\n    lon: -2.4391\n"),
    ("farmer.yaml", "keeper:\n  residence:\n    coordinates:\n      lat: 52.0412\n"
                    "      lng: -2.4391\n"),
    ("farmer.json", '{"farmer": {\n  "id": 42,\n  "home": {\n    "lat": 52.0412,\n'
                    '    "lon": -2.4391\n  }\n}}\n'),
])
def test_a_latitude_under_a_homes_block_is_a_location(name: str, content: str) -> None:
    assert "52.0412" in values(name, content, "LOCATION")


@pytest.mark.parametrize(("name", "content"), [
    # a depot's position, and a map's home view with its zoom
    ("sites.yaml", "depot:\n  id: 7\n  location:\n    lat: 52.0412\n    lon: -2.4391\n"),
    ("map.yaml", "map:\n  home:\n    lat: 52.0412\n    lon: -2.4391\n    zoom: 9\n"),
    ("sites.yaml", "home_page:\n  title: Sites\nsite:\n  lat: 52.0412\n  lon: -2.4391\n"),
])
def test_a_latitude_under_another_block_is_not(name: str, content: str) -> None:
    assert values(name, content, "LOCATION") == []


# --- a name that is only a mailto link's text ------------------------------------------------
def test_a_mailto_links_text_beside_a_persons_email_is_a_name() -> None:
    content = ('<p>Contact: <a href="mailto:ann.sample@example.gov.uk">Annika Samplewood</a>'
               '</p>\n')
    assert values("team.html", content, "PERSON") == ["Annika Samplewood"]


def test_a_mailto_links_words_or_address_are_not_a_name() -> None:
    content = ('<p><a href="mailto:team@example.gov.uk">Email the team</a>, '
               '<a href="mailto:help@example.gov.uk">help@example.gov.uk</a>, '
               '<a href="mailto:sfi@example.gov.uk">Sustainable Farming Incentive</a>, '
               '<a href="mailto:us@example.gov.uk">Contact Us</a></p>\n')
    assert values("team.html", content, "PERSON") == []


# --- a BACS Standard 18 record whose originator's name is blank or all digits ----------------
def _bacs(user: str, reference: str, payee: str) -> str:
    return (f"30963441592653099401276830205710000{12550:011d}"
            f"{user:<18}{reference:<18}{payee:<18}")


@pytest.mark.parametrize(("user", "reference"), [
    ("", "4417029"),
    ("718203948571029384", "DDI 7"),
])
def test_a_bacs_record_with_a_blank_or_numeric_originator_is_found(
        user: str, reference: str) -> None:
    assert values("pay.txt", _bacs(user, reference, "A SAMPLEPERSON") + "\n",
                  "UK_BANK_ACCOUNT") == ["30963441592653"]


def test_a_fixed_width_row_of_digits_alone_is_not_a_bacs_record() -> None:
    row = "30963441592653099401276830205710000" + "0" * 11 + "7" * 54
    assert values("readings.dat", row + "\n", "UK_BANK_ACCOUNT") == []


# --- a GOV.UK Notify letters' sheet: its first address line is the addressee ----------------
_NOTIFY_HEADER = ",".join(f"address_line_{n}" for n in range(1, 8)) + ",reference\n"


def test_a_notify_sheets_first_address_line_is_a_persons_name() -> None:
    content = _NOTIFY_HEADER + "Alex Jonesbury,14 Pretend Street,Testville,,,,SW1A 2ZZ,R1\n"
    assert values("letters.csv", content, "PERSON") == ["Alex Jonesbury"]


def test_a_holdings_exports_first_address_line_is_not_a_name() -> None:
    content = ("holding,address_line_1,address_line_2,address_line_3,town,postcode\n"
               "H1,Hill Top,Lower Lane,Ashby,Ledbury,HR8 2QQ\n")
    assert values("holdings.csv", content, "PERSON") == []
    assert "Hill Top" in values("holdings.csv", content, "STREET_ADDRESS")
