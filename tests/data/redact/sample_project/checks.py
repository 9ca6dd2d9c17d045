"""The sample service's own tests: its fixtures are valid and agree with each other.

safecommit's tests copy this project to a temporary folder, run these checks, redact the
fixtures, and run them again: redaction must keep every one of them passing.
"""

from __future__ import annotations

import csv
import datetime
import ipaddress
import json
import re
from pathlib import Path
from typing import Any

import yaml

FIXTURES = Path(__file__).parent / "fixtures"


def customers() -> list[dict[str, Any]]:
    return json.loads((FIXTURES / "customers.json").read_text(encoding="utf-8"))


def orders() -> list[dict[str, str]]:
    with open(FIXTURES / "orders.csv", newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def settings() -> dict[str, Any]:
    return yaml.safe_load((FIXTURES / "settings.yaml").read_text(encoding="utf-8"))


def digits(value: str) -> str:
    return re.sub(r"\D", "", value)


def test_every_order_belongs_to_a_customer_with_that_phone() -> None:
    by_email = {c["email"]: c for c in customers()}
    for order in orders():
        assert order["customer_email"] in by_email
        assert order["contact_phone"] == by_email[order["customer_email"]]["phone"]


def test_the_support_contact_is_a_customer() -> None:
    support = settings()["support"]
    by_email = {c["email"]: c for c in customers()}
    assert by_email[support["contact_email"]]["phone"] == support["escalation_phone"]


def test_customer_emails_and_ids_are_unique() -> None:
    emails = [c["email"] for c in customers()]
    assert len(set(emails)) == len(emails)
    assert all(re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", e) for e in emails)


def test_nhs_numbers_have_a_valid_check_digit() -> None:
    for c in customers():
        nhs = digits(c["nhsNumber"])
        check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(nhs[:9])) % 11
        assert len(nhs) == 10 and check != 10 and check % 11 == int(nhs[9])


def test_card_numbers_pass_the_luhn_check() -> None:
    for c in customers():
        number = digits(c["cardNumber"])
        total = sum(int(d) if i % 2 == 0 else sum(divmod(int(d) * 2, 10))
                    for i, d in enumerate(reversed(number)))
        assert len(number) in (15, 16) and total % 10 == 0


def test_ibans_pass_the_mod_97_check() -> None:
    for c in customers():
        iban = c["iban"].replace(" ", "")
        moved = iban[4:] + iban[:4]
        assert int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


def test_ni_numbers_postcodes_and_phones_are_well_formed() -> None:
    for c in customers():
        assert re.fullmatch(r"[A-Z]{2} \d{2} \d{2} \d{2} [A-D]", c["niNumber"])
        assert re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}", c["postcode"])
        assert re.fullmatch(r"(?:0\d{4}|\+44 \d{4}) \d{6}", c["phone"])


def test_customers_are_adults() -> None:
    today = datetime.date(2024, 6, 1)
    for c in customers():
        born = datetime.date.fromisoformat(c["dateOfBirth"])
        assert (today - born).days // 365 >= 18


def test_allowed_ips_are_addresses() -> None:
    assert all(ipaddress.ip_address(ip) for ip in settings()["allowed_ips"])
