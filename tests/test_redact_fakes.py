"""Fake values: one generator per personal-data type, each safe, in the original's shape,
and passed by the real detectors. Every input here is generated, never a real person's."""

from __future__ import annotations

import ipaddress
import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import iban, luhn
from stdnum.gb import nhs, utr

from safecommit.config import Config
from safecommit.redact import vocab
from safecommit.redact.fakes import TYPES, fake_type
from safecommit.redact.mapping import Mapper
from safecommit.redact.probe import Probe

SALT = bytes(range(32))
PROBE = Probe(Config(), SALT)


def _luhn(body: str) -> str:
    return body + luhn.calc_check_digit(body)


def _nhs(body: str) -> str:
    check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
    assert check != 10, "pick another body"
    return body + str(check % 11)


NHS = _nhs("770914534")
UTR = utr.calc_check_digit("275686410") + "275686410"
IMEI = _luhn("35693803564380")
AMEX = _luhn("37421234567890")
IBAN = "GB" + iban.calc_check_digits("GB00NWBK29908388164971") + "NWBK29908388164971"

FORMS: dict[str, tuple[str, ...]] = {
    "PERSON": ("Alice Smith", "Mr Jay O'Neill", "Smith, Alice", "ALICE SMITH", "Alice B. Smith",
               "Dr Sian Matthews-Jones", "Walsh"),
    "EMAIL_ADDRESS": ("alice.smith@gmail.com", "asmith@yahoo.co.uk", "alice_smith85@outlook.com",
                      "ALICE@GMAIL.COM"),
    "USERNAME": ("farm_inspections_app", "alice.smith", "asmith", "alice.smith@gov.uk"),
    "PHONE_NUMBER": ("07912 345678", "+44 7912 345678", "+447912345678", "+44 (0)7912 345678",
                     "0113 234 5678", "020 7123 4567", "(023) 8012 3456", "01584 123456",
                     "028 9012 3456", "0191 234 5678", "0300 123 4567", "0808 123 4567",
                     "07912-345-678", "+1 415 555 2671"),
    "UK_POSTCODE": ("SW1A 1AA", "LS1 4AP", "m14 5rq", "B11AA"),
    "STREET_ADDRESS": ("12 High Street", "Flat 3, 27 Mill Lane",
                       "Rose Cottage, Church Road, Ludlow, SY8 1AA",
                       "45 Park Avenue, Leeds, LS1 4AP"),
    "IP_ADDRESS": ("86.154.32.17", "2a00:23c4:1234:5678:9abc:def0:1234:5678", "2A00:23C4::1",
                   "::ffff:86.154.32.17"),
    "MAC_ADDRESS": ("3C:22:FB:12:34:56", "3c-22-fb-12-34-56", "3c22.fb12.3456"),
    "DEVICE_ID": (IMEI, "3c:22:fb:12:34:56", "6f1c2a9e-4b7d-4e21-9a3c-5d8e7f6a1b2c",
                  "SN-A1B2C3D4E5"),
    "DATE_OF_BIRTH": ("1981-03-14", "14/03/1981", "14 March 1981", "March 14th, 1981",
                      "14th Mar 1981", "14.03.81"),
    "UK_NINO": ("JT 48 27 91 A", "JT482791A", "jt482791a"),
    "UK_NHS": (f"{NHS[:3]} {NHS[3:6]} {NHS[6:]}", NHS, f"{NHS[:3]}-{NHS[3:6]}-{NHS[6:]}"),
    "UK_PASSPORT": ("548213907",),
    "UK_DRIVING_LICENCE": ("WALSH712054J99XY", "walsh712054j99xy"),
    "UK_UTR": (UTR, f"{UTR[:5]} {UTR[5:]}"),
    "CREDIT_CARD": ("4539 5964 8540 6408", "4539596485406408", "5412-2752-2239-5799", AMEX),
    "UK_BANK_ACCOUNT": ("20-45-77 41234567", "204577 41234567", "41234567", "20-45-77"),
    "IBAN_CODE": (IBAN, " ".join(IBAN[i:i + 4] for i in range(0, len(IBAN), 4))),
    "UK_VEHICLE_REGISTRATION": ("LK19 ZXY", "LK19ZXY", "A123 BCD"),
    "DEFRA_CPH": ("41/276/0193", "412760193", "41-276-0193"),
    "DEFRA_SBI": ("106284731",),
    "DEFRA_CRN": ("1102847561",),
    "DEFRA_FRN": ("1100987654",),
}
CASES = [(t, v) for t, values in FORMS.items() for v in values]
# Forms whose fake keeps every separator in place and every letter's case.
SAME_LAYOUT = [(t, v) for t, v in CASES if t not in (
    "PERSON", "EMAIL_ADDRESS", "USERNAME", "STREET_ADDRESS", "IP_ADDRESS", "UK_POSTCODE",
    "DATE_OF_BIRTH") and v not in ("+1 415 555 2671", "6f1c2a9e-4b7d-4e21-9a3c-5d8e7f6a1b2c")]


def fake(type: str, value: str) -> str:
    return Mapper(SALT).fake(type, value)


def test_every_personal_data_type_in_the_design_has_a_generator() -> None:
    assert set(TYPES) == set(FORMS)


@pytest.mark.parametrize(("type", "value"), CASES)
def test_fake_is_a_safe_value_of_its_type_that_the_scanner_passes(type: str, value: str) -> None:
    made = fake(type, value)
    assert made != value
    assert fake_type(type).is_fake(made)
    assert not PROBE(type, made), f"{type} fake {made!r} is flagged by the detectors"


@pytest.mark.parametrize(("type", "value"), CASES)
def test_fake_adds_no_character_that_would_need_escaping(type: str, value: str) -> None:
    added = set(fake(type, value)) - set(value)
    assert added <= set(string.ascii_letters + string.digits + ".-")


@pytest.mark.parametrize(("type", "value"), SAME_LAYOUT)
def test_fake_keeps_the_originals_separators_length_and_case(type: str, value: str) -> None:
    made = fake(type, value)

    def layout(s: str) -> str:
        return re.sub(r"[a-z]", "a", re.sub(r"[A-Z]", "A", re.sub(r"\d", "9", s)))

    assert len(made) == len(value)
    assert re.sub(r"[Aa9]", "x", layout(made)) == re.sub(r"[Aa9]", "x", layout(value))
    assert not any(c.isupper() for c in made) if value.islower() else True


@pytest.mark.parametrize("value", FORMS["UK_NHS"] + (_nhs("465382896"), _nhs("612345678")))
def test_nhs_fake_is_in_the_999_range_with_a_valid_check_digit(value: str) -> None:
    made = re.sub(r"\D", "", fake("UK_NHS", value))
    assert made.startswith("999") and nhs.is_valid(made)


@pytest.mark.parametrize("value", FORMS["UK_NINO"])
def test_nino_fake_has_the_qq_prefix_and_a_real_suffix(value: str) -> None:
    assert re.fullmatch(r"QQ\d{6}[A-D]", re.sub(r"\s", "", fake("UK_NINO", value)).upper())


@pytest.mark.parametrize("value", FORMS["UK_UTR"])
def test_utr_fake_has_a_valid_check_digit(value: str) -> None:
    assert utr.is_valid(re.sub(r"\D", "", fake("UK_UTR", value)))


@pytest.mark.parametrize(("value", "scheme"), [
    ("4539 5964 8540 6408", "visa"), ("5412-2752-2239-5799", "mastercard"),
    (_luhn("222177728401818"), "mastercard"), (AMEX, "amex"), (_luhn("601112345678901"),
                                                               "discover"),
])
def test_card_fake_is_a_published_test_card_of_the_same_scheme(value: str, scheme: str) -> None:
    made = re.sub(r"\D", "", fake("CREDIT_CARD", value))
    assert made in vocab.TEST_CARDS[scheme] and luhn.is_valid(made)
    assert len(made) == len(re.sub(r"\D", "", value))


@pytest.mark.parametrize("value", FORMS["IBAN_CODE"])
def test_iban_fake_passes_the_mod_97_check(value: str) -> None:
    assert iban.is_valid(fake("IBAN_CODE", value))


def test_imei_fake_has_a_test_type_allocation_code_and_a_valid_check_digit() -> None:
    made = fake("DEVICE_ID", IMEI)
    assert made.startswith("00") and len(made) == 15 and luhn.is_valid(made)


@pytest.mark.parametrize(("value", "start"), [
    ("07912 345678", "07700 900"), ("+44 7912 345678", "+44 7700 900"),
    ("+447912345678", "+447700900"), ("+44 (0)7912 345678", "+44 (0)7700 900"),
    ("0113 234 5678", "0113 496 0"), ("020 7123 4567", "020 7946 0"),
    ("028 9012 3456", "028 9649 6"), ("0191 234 5678", "0191 498 0"),
    ("01584 123456", "01632 960"), ("0808 123 4567", "0808 157 0"),
    ("(023) 8012 3456", "(020) 7946 0"), ("+1 415 555 2671", "+44 7700 900"),
])
def test_phone_fake_is_a_drama_number_of_the_same_sort_written_the_same_way(
        value: str, start: str) -> None:
    made = fake("PHONE_NUMBER", value)
    assert made.startswith(start)
    assert len(re.sub(r"\D", "", made)) == len(re.sub(r"\D", "", value)) or value.startswith("+1")


@pytest.mark.parametrize(("value", "expected"), [
    ("1981-03-14", "1981-01-01"), ("14/03/1981", "01/01/1981"), ("14 March 1981", "1 January 1981"),
    ("March 14th, 1981", "January 1st, 1981"), ("14th Mar 1981", "1st Jan 1981"),
    ("14.03.81", "01.01.81"), ("4/3/1981", "1/1/1981"),
])
def test_date_of_birth_fake_is_1_january_of_the_same_year_in_the_same_format(
        value: str, expected: str) -> None:
    assert fake("DATE_OF_BIRTH", value) == expected


@pytest.mark.parametrize("value", FORMS["IP_ADDRESS"])
def test_ip_fake_is_in_a_documentation_range(value: str) -> None:
    address = ipaddress.ip_address(fake("IP_ADDRESS", value))
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    docs = ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
    assert any(address in ipaddress.ip_network(n) for n in docs)


@pytest.mark.parametrize("value", FORMS["MAC_ADDRESS"])
def test_mac_fake_is_in_the_documentation_block(value: str) -> None:
    assert re.sub(r"[^0-9A-F]", "", fake("MAC_ADDRESS", value).upper()).startswith("00005E0053")


@pytest.mark.parametrize(("value", "shape"), [
    ("Mr Jay O'Neill", r"Mr [A-Z][a-z]+ [A-Z][a-z]+"),
    ("Alice B. Smith", r"[A-Z][a-z]+ [A-Z]\. [A-Z][a-z]+"),
    ("Smith, Alice", r"[A-Z][a-z]+, [A-Z][a-z]+"),
    ("ALICE SMITH", r"[A-Z]+ [A-Z]+"),
    ("Walsh", r"[A-Z][a-z]+"),
])
def test_person_fake_keeps_titles_initials_order_and_case(value: str, shape: str) -> None:
    made = fake("PERSON", value)
    assert re.fullmatch(shape, made), made
    surname = made.split(",")[0] if "," in made else made.split()[-1]
    assert surname.title() in vocab.SURNAMES


def test_name_written_either_way_round_gets_the_same_fake() -> None:
    mapper = Mapper(SALT)
    forward = mapper.fake("PERSON", "Alice Smith")
    backward = mapper.fake("PERSON", "Smith, Alice")
    first, last = forward.split()
    assert backward == f"{last}, {first}"


@pytest.mark.parametrize("value", FORMS["EMAIL_ADDRESS"])
def test_email_fake_is_at_example_com(value: str) -> None:
    assert fake("EMAIL_ADDRESS", value).endswith("@example.com")


def test_address_fake_keeps_its_parts_and_its_postcode_gets_the_postcodes_own_fake() -> None:
    mapper = Mapper(SALT)
    made = mapper.fake("STREET_ADDRESS", "45 Park Avenue, Leeds, LS1 4AP")
    street, town, postcode = made.split(", ")
    assert re.fullmatch(r"\d+ [A-Z][a-z]+ Avenue", street) and town in vocab.TOWNS
    assert postcode == mapper.fake("UK_POSTCODE", "LS1 4AP")
    assert postcode.startswith("ZZ99 ")


@pytest.mark.parametrize("type", sorted(TYPES))
@settings(max_examples=40, deadline=None)
@given(value=st.text(st.characters(codec="utf-8"), min_size=1, max_size=30))
def test_any_value_gets_a_fake_without_error(type: str, value: str) -> None:
    assert isinstance(Mapper(SALT).fake(type, value), str)
