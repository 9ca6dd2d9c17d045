"""A house's name in a delimited file's row whose postcode comes first, and
a Notify sheet's addressee found once. Each a general rule, with the lookalike it must not
raise or the reading it must keep."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def found(name: str, content: str) -> list[tuple[str, str]]:
    return sorted((f.type, raw(content, f)) for f in scanned(name, content))


def values(name: str, content: str, type_: str) -> list[str]:
    return [v for t, v in found(name, content) if t == type_]


# --- a house's name in a row, its postcode before it or after a name's column ---------------
@pytest.mark.parametrize(("name", "content", "house"), [
    ("holdings.csv", "ref,postcode,house_name,town\nR1,HR8 2QQ,Windrush,Ledbury\n", "Windrush"),
    ("holdings.csv", 'ref,Postcode,Address 1,Town\nR7,TR13 0QB,"Little Orchard",Sampleton\n',
     "Little Orchard"),
    ("holdings.tsv", "postcode\taddr1\ttown\nTR13 0QB\tSunnyside\tSampleton\n", "Sunnyside"),
    # a person's name in an earlier column, then the house and its postcode after it
    ("claims.csv", "name,address_line_1,town,postcode\nAnn Example,Pant Glas,Sampleton,"
     "SY20 8EB\n", "Pant Glas"),
    ("claims.tsv", "Claimant\tAddress line 1\tPostcode\nAnn Example\tSunnyside\tTR13 0QB\n",
     "Sunnyside"),
    # an SQL row's single-quoted values, named by its column list
    ("seed.sql", "INSERT INTO keepers (id, surname, house_name, postcode) VALUES "
     "(1, 'Example', 'Tan y Bryn', 'LL26 0HJ');\n", "Tan y Bryn"),
])
def test_a_house_name_beside_its_rows_postcode_is_an_address(
        name: str, content: str, house: str) -> None:
    assert house in values(name, content, "STREET_ADDRESS")


@pytest.mark.parametrize("content", [
    # a town's column after the postcode is no first line's
    "ref,postcode,town\nR1,HR8 2QQ,Ledbury\n",
    # nor a scheme's name in a column that is not an address's
    "ref,postcode,scheme\nR1,HR8 2QQ,Countryside Stewardship\n",
])
def test_a_cell_after_a_postcode_under_another_key_is_not_a_house(content: str) -> None:
    assert values("holdings.csv", content, "STREET_ADDRESS") == []


# --- a Notify sheet's addressee, once --------------------------------------------------------
_NOTIFY = "address_line_1,address_line_2,address_line_3,postcode\n"


@pytest.mark.parametrize("addressee", ["Mr Ifor Samplewood", "Gareth Llewellyn", "G Llewellyn"])
def test_a_notify_sheets_addressee_is_one_persons_finding(addressee: str) -> None:
    content = f"{_NOTIFY}{addressee},1 Sample Street,Sampleton,CF10 1AA\n"
    at_line_1 = [(t, v) for t, v in found("letters.csv", content) if v == addressee]
    assert at_line_1 == [("PERSON", addressee)]


@pytest.mark.parametrize("house", ["Hill Top", "The Old Rectory"])
def test_a_house_name_on_a_notify_sheets_first_line_is_still_an_address(house: str) -> None:
    content = f"{_NOTIFY}{house},Church Lane,Sampleton,CF10 1AA\n"
    assert house in values("letters.csv", content, "STREET_ADDRESS")



# --- a HAR capture's server address ----------------------------------------------------------
def test_a_har_entrys_server_address_is_not_a_persons() -> None:
    content = ('{"log": {"entries": [{"request": {"headers": [{"name": "X-Forwarded-For", '
               '"value": "81.2.69.160"}]}, "serverIPAddress": "81.2.69.161"}]}}\n')
    assert values("session.har", content, "IP_ADDRESS") == ["81.2.69.160"]


# --- a first address line that holds a person's name: one finding, the name's ---------------
def test_a_first_address_line_holding_a_persons_name_is_one_finding() -> None:
    content = ("preview:\n  address_line_1: Ffion Pritchard-Owen\n  address_line_2: 2 Sample Lane\n"
               "  postcode: LL26 0HJ\n")
    at_line_1 = [(t, v) for t, v in found("templates.yaml", content) if "Ffion" in v]
    assert at_line_1 == [("PERSON", "Ffion Pritchard-Owen")]
