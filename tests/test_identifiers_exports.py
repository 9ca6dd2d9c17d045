"""Identifiers in exports, logs and forms written in other layouts than the plain fixture:
semicolon-separated CSV, Welsh-language dates, URL-encoded values and lower-case keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import scanned
from safecommit.config import Config
from safecommit.model import Blob
from safecommit.scan import scan_blob

V = {t: e["valid"] for t, e in json.loads(
    (Path(__file__).parent / "data/identifiers/values.json").read_text()).items()}
PHONE, SORT_CODE, ACCOUNT = V["PHONE_NUMBER"][0], V["UK_BANK_ACCOUNT"][0], \
    V["UK_BANK_ACCOUNT_NUMBER"][0]


def found(name: str, content: str) -> set[tuple[str, str]]:
    """(type, value) of every personal-data finding in the file."""
    return {(f.type, f.value) for f in scanned(name, content) if f.kind == "personal-data"}


def test_a_semicolon_csv_names_its_cells_by_its_header() -> None:
    # Excel writes ``;`` where the decimal mark is a comma. Read with commas, the header is
    # one cell, the sort code column's name is context for every six digits on the next
    # line (a phone number's last group) and the phone's own column names nothing.
    text = f"name;telefon;phone;sort_code;account\nAnn;x;{PHONE};{SORT_CODE};{ACCOUNT}\n"
    result = found("export.csv", text)
    assert ("PHONE_NUMBER", PHONE) in result
    assert ("UK_BANK_ACCOUNT", SORT_CODE) in result
    assert ("UK_BANK_ACCOUNT", ACCOUNT) in result
    assert not {v for t, v in result if t == "UK_BANK_ACCOUNT"} - {SORT_CODE, ACCOUNT}


def test_a_welsh_language_form_writes_its_birth_date_with_welsh_months() -> None:
    text = ("Dyddiad geni: 28 Mai 1984\n"
            "Dyddiad geni: 28ain Mehefin 1984\n"
            "Ganwyd ar yr 2il o Fawrth 1984\n")
    assert {v for t, v in found("ffurflen.txt", text) if t == "DATE_OF_BIRTH"} == {
        "28 Mai 1984", "28ain Mehefin 1984", "2il o Fawrth 1984"}


def test_a_welsh_date_is_checked_as_a_date_and_its_fake_is_welsh() -> None:
    # Not a day of the month, and 1 January (a placeholder) in Welsh: neither is found.
    assert found("ffurflen.txt", "Dyddiad geni: 31 Chwefror 1984\n") == set()
    assert found("ffurflen.txt", "Dyddiad geni: 1 Ionawr 1984\n") == set()
    findings, _ = scan_blob(Blob("f.txt", b"Dyddiad geni: 28 Mai 1984\n"), Config(), b"s")
    assert [f.suggestion for f in findings] == ["1 Ionawr 1900"]


def test_a_phone_number_in_a_query_string_has_its_plus_percent_encoded() -> None:
    number = "%2B44" + V["PHONE_NUMBER"][2][3:]
    line = f'10.0.0.5 - - "GET /lookup?phone={number}&ref=1 HTTP/1.1" 200 0\n'
    findings, _ = scan_blob(Blob("access.log", line.encode()), Config(), b"s")
    phones = [f for f in findings if f.type == "PHONE_NUMBER"]
    assert [(f.value, f.suggestion) for f in phones] == [(number, "%2B447700900123")]
    # Ofcom's drama range, encoded alike, is still a drama number.
    assert found("access.log", line.replace(number, "%2B447700900123")) == set()


def test_a_dated_value_beside_a_sort_code_is_a_date() -> None:
    # Two-digit-year dates have a sort code's shape; their own label says they are dates.
    text = (f"Payment date 12-03-24, paid to sort code {SORT_CODE} account {ACCOUNT}.\n"
            f"Sort code: {SORT_CODE}; date paid 01-04-25; due 30-04-25.\n"
            "Bank details updated 14-03-25 (sort code and account number checked)\n"
            "Sort code on file, DOB 03-03-84\n")
    sort_codes = {v for t, v in found("bank.txt", text) if t == "UK_BANK_ACCOUNT"}
    assert sort_codes == {SORT_CODE, ACCOUNT}
    # Under no date's label, the same six digits beside "sort code" are still found.
    assert ("UK_BANK_ACCOUNT", "12-03-24") in found("bank.txt", "Sort code: 12-03-24\n")


def test_a_welsh_forms_labels_name_its_phone_and_tax_numbers() -> None:
    mobile = V["PHONE_NUMBER"][0].replace(" ", "")[1:]  # kept without its trunk 0
    utr = V["UK_UTR"][0]
    text = (f"Rhif ffôn symudol: {mobile}\n\n"
            f"Cyfeirnod Trethdalwr Unigryw: {utr}\n")
    assert found("ffurflen.txt", text) == {("PHONE_NUMBER", mobile), ("UK_UTR", utr)}
    assert found("ffurflen.json", f'{{"rhifFfon": "{mobile}"}}') == {("PHONE_NUMBER", mobile)}


def test_a_pg_dump_kept_as_a_dump_file_names_every_rows_cells_by_its_columns() -> None:
    mobile = V["PHONE_NUMBER"][0].replace(" ", "")[1:]
    rows = "".join(f"{i}\t{mobile}\t{V['DATE_OF_BIRTH'][0]}\n" for i in range(1, 4))
    text = f"COPY public.applicant (id, mobile, dob) FROM stdin;\n{rows}\\.\n"
    for name in ("claims.dump", "claims.pgsql"):
        findings, _ = scan_blob(Blob(name, text.encode()), Config(), b"s")
        assert sorted((f.line, f.type) for f in findings) == [
            (line, kind) for line in (2, 3, 4) for kind in ("DATE_OF_BIRTH", "PHONE_NUMBER")]


def test_a_plate_kept_in_lower_case_is_found_under_a_vehicle_key_only() -> None:
    plate = V["UK_VEHICLE_REGISTRATION"][0].lower()
    assert found("v.json", f'{{"vrm": "{plate}"}}') == {("UK_VEHICLE_REGISTRATION", plate)}
    findings, _ = scan_blob(Blob("v.json", f'{{"vrm": "{plate}"}}'.encode()), Config(), b"s")
    assert [f.suggestion for f in findings] == ["ab12 cde"]
    # the same shape as a slug, in prose, or the example plate: none is a plate
    assert found("v.json", f'{{"slug": "{plate}"}}') == set()
    assert found("v.txt", f"vehicle {plate} seen\n") == set()
    assert found("v.json", '{"registration": "ab12cde"}') == set()


@pytest.mark.parametrize("line", [
    "Call me on {national} 24 hours a day\n",
    "GET /lookup mobile={compact} 443 - curl/8.4.0 200 12\n",
    "Phone {international} 443\n",
    "Tel {national} 7 days a week\n",
])
def test_a_phone_number_followed_by_another_number_is_still_found(line: str) -> None:
    national, international = V["PHONE_NUMBER"][0], V["PHONE_NUMBER"][2]
    text = line.format(national=national, compact=national.replace(" ", ""),
                       international=international)
    phones = {v for t, v in found("app.log", text) if t == "PHONE_NUMBER"}
    assert phones == {national if "{national}" in line else
                      national.replace(" ", "") if "{compact}" in line else international}


def test_a_grouped_card_number_followed_by_its_security_code_or_expiry_is_found() -> None:
    card = V["CREDIT_CARD"][1]
    for after in (" 123", " 12/29", " exp 12/29"):
        assert found("pay.txt", f"Card: {card}{after}\n") == {("CREDIT_CARD", card)}
    # a card of eighteen digits, written in fours and two, is read whole
    long_card = "6214 8839 1752 6408 36"
    assert found("pay.txt", f"Card: {long_card}\n") == {("CREDIT_CARD", long_card)}


def test_values_in_a_query_string_are_found_with_their_spaces_and_slashes_encoded() -> None:
    postcode, dob, phone = V["UK_POSTCODE"][1], V["DATE_OF_BIRTH"][1], V["PHONE_NUMBER"][0]
    for space in ("+", "%20"):
        line = (f"GET /lookup?postcode={postcode.replace(' ', '%20')}"
                f"&dob={dob.replace('/', '%2F')}&phone={phone.replace(' ', space)} HTTP/1.1\n")
        findings, _ = scan_blob(Blob("access.log", line.encode()), Config(), b"s")
        assert sorted((f.type, f.value, f.suggestion) for f in findings) == [
            ("DATE_OF_BIRTH", dob.replace("/", "%2F"), "01%2F01%2F1900"),
            ("PHONE_NUMBER", phone.replace(" ", space), f"07700{space}900123"),
            ("UK_POSTCODE", postcode.replace(" ", "%20"), "ZZ99%209ZZ")]
    # The reserved values stay reserved when encoded; with a + and no key, a sum's digits
    # are not taken for a phone number.
    assert found("access.log", "GET /a?postcode=SW1A%201AA&phone=07700+900123\n") == set()
    assert found("calc.py", f"total = {phone.replace(' ', '+')}\n") == set()


def test_a_postcode_sent_by_an_html_form_has_a_plus_for_its_space() -> None:
    postcode = V["UK_POSTCODE"][1]
    sent = postcode.replace(" ", "+")
    findings, _ = scan_blob(Blob("access.log", f"GET /find?postcode={sent}&r=1\n".encode()),
                            Config(), b"s")
    assert [(f.type, f.value, f.suggestion) for f in findings] == [
        ("UK_POSTCODE", sent, "ZZ99+9ZZ")]
    assert found("access.log", "GET /find?postcode=SW1A+1AA\n") == set()


def test_a_date_labelled_as_another_event_is_not_the_birth_date_on_its_line() -> None:
    dob = V["DATE_OF_BIRTH"][1]
    text = (f"Applicant born {dob}; application received 12 March 2024; decision due "
            "30 April 2024.\n"
            f"DOB: {dob}   Start date: 01/04/2024   End date: 31/03/2025\n"
            f"Date of birth {dob}, date of death 01/02/2024, applied on 03/02/2024\n"
            f"Birth date: {dob}\n")
    assert {v for t, v in found("notes.txt", text) if t == "DATE_OF_BIRTH"} == {dob}
    assert len([f for f in scan_blob(Blob("notes.txt", text.encode()), Config(), b"s")[0]
                if f.type == "DATE_OF_BIRTH"]) == 4


def test_a_hyphenated_welsh_street_name_is_a_street_address() -> None:
    text = "Address: 7 Maes-y-Coed, Llandeilo\n\nCyfeiriad: 3 Heol-yr-Ysgol, Tregaron\n"
    assert {v for t, v in found("form.txt", text) if t == "STREET_ADDRESS"} == {
        "7 Maes-y-Coed", "3 Heol-yr-Ysgol"}
    # with no address word near and no house number, the name is a place's
    assert found("notes.txt", "The Maes-y-Coed project starts soon.\n") == set()


def test_a_birth_date_kept_as_days_since_1970_in_a_kafka_message_is_found() -> None:
    # Avro's date, Kafka Connect's Date and Debezium write a date as days since 1970.
    text = ('{"payload": {"id": 1, "dob": 5261}}\n'
            '{"after": {"date_of_birth": -3650, "created_days": 19800}}\n'
            '{"value": {"dateOfBirth": {"int": 5261}}}\n')
    findings, _ = scan_blob(Blob("events.json", text.encode()), Config(), b"s")
    assert [(f.line, f.value, f.suggestion) for f in findings] == [
        (1, "5261", "-25567"), (2, "-3650", "-25567"), (3, "5261", "-25567")]
    # a year of birth, another key's count, an animal's, and 1 January 1970: none is
    assert found("e.json", '{"dob": 1984}\n{"dobDays": 5261}\n{"dob": 0}\n') == set()
    assert found("e.json", '{"calf": {"breed": "Welsh Black", "dob": 19800}}\n') == set()


def test_an_ni_number_with_its_six_digits_kept_together_between_dashes() -> None:
    nino = V["UK_NINO"][1]  # compact: two letters, six digits, a letter
    dashed = f"{nino[:2]}-{nino[2:8]}-{nino[8]}"
    assert found("form.txt", f"NI number: {dashed}\n") == {("UK_NINO", dashed)}
    # alone, the shape is any reference's: it needs its name
    assert found("notes.txt", f"ref {dashed}\n") == set()


# --- A table laid out with spaces: the header's label over a value is its key -------------
_FIXED = ("SURNAME   FORENAME  NINO      DOB      ORDERED    POSTCODE\n"
          "SMITHSON  JOHN      JR723456C 19840317 2024-06-11 EX4 6PX\n"
          "EXAMPLES  JANE      JR723457D 19720502 2024-06-12 EX4 6PY\n")


@pytest.mark.parametrize("name", ["extract.dat", "extract.txt"])
def test_a_fixed_width_column_names_its_values_and_only_its_own(name: str) -> None:
    dates = {v for t, v in found(name, _FIXED) if t == "DATE_OF_BIRTH"}
    # eight digits need a birth date's key: the column's label is one; the order date
    # beside them is under its own label
    assert dates == {"19840317", "19720502"}


def test_a_printed_data_frame_s_right_aligned_label_names_its_column() -> None:
    text = ("          name       dob  postcode\n"
            "0  Ann Example  19840317   ex4 6px\n"
            "1  Ben Example  19720502   ex4 6py\n")
    result = found("notebook-output.txt", text)
    assert {("DATE_OF_BIRTH", "19840317"), ("UK_POSTCODE", "ex4 6px")} <= result


def test_a_column_under_another_label_is_not_named_by_the_header_s_other_words() -> None:
    text = ("REF       ISSUED     DOB_CHECKED\n"
            "A-100     1984-03-17 Y\n"
            "A-101     1972-05-02 N\n")
    assert not {t for t, _ in found("extract.dat", text)} & {"DATE_OF_BIRTH"}


# --- An ISO 20022 payment file (pain.001): its postal address's short element names ---------
_PAIN = ("<Cdtr><Nm>x</Nm><PstlAdr><StrtNm>Trelowarren Street</StrtNm><BldgNb>14</BldgNb>"
         "<PstCd>{postcode}</PstCd><TwnNm>Camborne</TwnNm></PstlAdr></Cdtr>\n"
         "<Dbtr><PstlAdr><AdrLine>14 Trelowarren Street</AdrLine></PstlAdr></Dbtr>\n")


def test_a_payment_file_s_postal_address_elements_name_their_values() -> None:
    result = found("pain001.xml", _PAIN.format(postcode="tr14 8ag"))
    assert {("UK_POSTCODE", "tr14 8ag"), ("STREET_ADDRESS", "Trelowarren Street"),
            ("STREET_ADDRESS", "14 Trelowarren Street")} <= result


def test_a_birth_date_kept_as_epoch_milliseconds_or_seconds_under_its_key_is_found() -> None:
    # Jackson writes a java.util.Date as milliseconds since 1970 by default; a Unix
    # timestamp is seconds; Avro's timestamp-millis union is {"long": …}
    text = ('{"dateOfBirth": 51840000000}\n'
            '{"date_of_birth": -631065600000}\n'
            '{"dob": 518400000}\n'
            '{"dob": {"long": 51840000000}}\n')
    findings, _ = scan_blob(Blob("customer.json", text.encode()), Config(), b"s")
    assert [(f.line, f.value, f.suggestion) for f in findings] == [
        (1, "51840000000", "-2208988800000"), (2, "-631065600000", "-2208988800000"),
        (3, "518400000", "-2208988800"), (4, "51840000000", "-2208988800000")]


@pytest.mark.parametrize("content", [
    '{"createdAt": 51840000000}\n',  # another key's time
    '{"dob": 95617584000000}\n',  # too many digits: no date
    '{"dob": 4102444800000}\n',  # in the future
    '{"dobUpdatedMs": 51840000000}\n',
])
def test_epoch_counts_that_are_not_a_birth_date_are_not_one(content: str) -> None:
    assert found("customer.json", content) == set()
