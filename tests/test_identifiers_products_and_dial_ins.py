"""Numbers that are a thing's, not a person's: a meeting invite's dial-in (dialled with the
meeting's code after it), a product's or a part's code shaped like an NI number, and a
device's serial number that passes Luhn. The person's value beside each is still found."""

from __future__ import annotations

import pytest

from conftest import raw, scanned

NINO = "JT482719C"  # made up for these tests
CARD = "4539578123649128"  # passes Luhn, made up


def values(name: str, content: str, type_: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == type_]


# --- a meeting's dial-in ---------------------------------------------------------------
TEAMS_INVITE = """Microsoft Teams meeting
Or call in (audio only)
+44 20 3443 8000,,958236719#   United Kingdom, London
Phone Conference ID: 958 236 719#
"""


@pytest.mark.parametrize("name", ["invite.eml", "meeting-notes.md", "invite.txt"])
def test_a_dial_in_with_the_meetings_code_after_it_is_not_a_persons_phone(name: str) -> None:
    assert values(name, TEAMS_INVITE, "PHONE_NUMBER") == []


@pytest.mark.parametrize(("content", "phone"), [
    ("Call me on 07911 123456 after the meeting.\n", "07911 123456"),
    ("Tel: 01904 612345,,221 (my extension)\n", "01904 612345"),
    ("Mobile +44 7911 123456, or dial +44 20 3443 8000,,958236719#\n", "+44 7911 123456"),
])
def test_a_persons_number_beside_or_with_an_extension_is_still_found(
        content: str, phone: str) -> None:
    assert values("notes.md", content, "PHONE_NUMBER") == [phone]


# --- a product's or a part's code -----------------------------------------------------
@pytest.mark.parametrize("content", [
    "Part HP482719A replaced under warranty.\n",
    "SKU TW739152B is back in stock.\n",
    "Catalogue: SK301928A\n",
    '{"product_code": "HP482719A"}\n',
])
def test_a_nino_shaped_product_or_part_code_is_not_a_nino(content: str) -> None:
    assert values("stock.md", content, "UK_NINO") == []


@pytest.mark.parametrize("content", [
    f"NI number {NINO}\n",
    f"Customer NINO: {NINO}, part of the 2024 cohort\n",
    f"Customer {NINO} rang about the refund.\n",
])
def test_an_ni_number_is_still_found(content: str) -> None:
    assert values("notes.md", content, "UK_NINO") == [NINO]


# --- a device's serial number ---------------------------------------------------------
@pytest.mark.parametrize("content", [
    f"Serial number: {CARD}\n",
    f"Laptop serial {CARD} returned to stores.\n",
    f"Barcode {CARD} scanned at the gate.\n",
])
def test_a_luhn_valid_serial_or_barcode_is_not_a_card(content: str) -> None:
    assert values("assets.md", content, "CREDIT_CARD") == []


def test_a_card_number_is_still_found() -> None:
    assert values("notes.md", f"Card number {CARD} exp 09/27\n", "CREDIT_CARD") == [CARD]


# --- the IMEI's published examples ----------------------------------------------------
@pytest.mark.parametrize("imei", ["49-015420-323751-8", "490154203237518", "35-209900-176148-1"])
def test_the_imeis_published_examples_are_not_a_persons_handset(imei: str) -> None:
    assert values("notes.md", f"Device IMEI: {imei}\n", "DEVICE_ID") == []


def test_another_imei_is_still_found() -> None:
    assert values("notes.md", "Device IMEI: 356938035643809\n", "DEVICE_ID") \
        == ["356938035643809"]


# --- ten digits after another id's own label on a patient's log line ----------------------
NHS_NUMBER = "5277562877"  # passes mod 11, made up


@pytest.mark.parametrize("content", [
    f"2024-05-01 10:00:02 INFO Patient lookup ok, trace={NHS_NUMBER}\n",
    f"2024-05-01 10:00:03 INFO job {NHS_NUMBER} completed for patient cohort\n",
    f"2024-05-01 10:00:04 DEBUG nhs_login session sid={NHS_NUMBER}\n",
    f'{{"msg": "patient fetched", "traceId": "{NHS_NUMBER}"}}\n',
    f"INFO patient sync offset={NHS_NUMBER} bytes={NHS_NUMBER}\n",
])
def test_ten_digits_after_another_ids_label_are_not_an_nhs_number(content: str) -> None:
    assert values("app.log", content, "UK_NHS") == []


@pytest.mark.parametrize("content", [
    f"2024-05-01 10:00:01 INFO Looking up patient {NHS_NUMBER} took 120ms\n",
    f"2024-05-01 10:00:01 INFO nhsNumber={NHS_NUMBER} session=abc123\n",
    f'{{"msg": "patient fetched", "traceId": "abc", "nhsNumber": "{NHS_NUMBER}"}}\n',
])
def test_a_patients_nhs_number_on_a_log_line_is_still_found(content: str) -> None:
    assert values("app.log", content, "UK_NHS") == [NHS_NUMBER]
