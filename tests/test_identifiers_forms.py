"""The forms an identifier takes in the wild: how it is written, where it is written and
the lookalikes that share its shape. Every value here is made up."""

from __future__ import annotations

import pytest

from safecommit.config import Config
from safecommit.model import Blob
from safecommit.scan import scan_blob


def found(name: str, content: str) -> set[tuple[int, str]]:
    findings, problems = scan_blob(Blob(name, content.encode()), Config(), b"s")
    assert problems == []
    return {(f.line, f.type) for f in findings if f.kind == "personal-data"}


def types(name: str, content: str) -> set[str]:
    return {t for _, t in found(name, content)}


def spans(name: str, content: str) -> set[tuple[str, str]]:
    """Each finding's type and the text it covers."""
    findings, _ = scan_blob(Blob(name, content.encode()), Config(), b"s")
    lines = content.splitlines()
    return {(f.type, lines[f.line - 1][f.column - 1:f.end_column - 1]) for f in findings
            if f.kind == "personal-data"}


# --- Firm Reference Number ---------------------------------------------------------------
@pytest.mark.parametrize(("name", "content"), [
    ("payment-request.json", '{"frn": 1102876453, "marketingYear": 2024}\n'),
    ("values.yaml", "testFrn: 1102876453\n"),
    ("terraform.tfvars", "test_frn = 1102876453\n"),
    ("payments.tsv", "Payee\tFRN\tAmount\nx\t1102876453\t150.00\n"),
    ("worker.log", "2024-06-11 10:15:36,000 INFO worker Payment sent for FRN 1102876453\n"),
    ("notes.md", "Their firm reference number is 1102876453.\n"),
    ("Payment.cs", 'var request = new PaymentRequest { Frn = 1102876453 };\n'),
])
def test_a_firm_reference_number_is_found_by_its_name(name: str, content: str) -> None:
    assert "DEFRA_FRN" in types(name, content)


@pytest.mark.parametrize(("name", "content"), [
    ("payment-request.json", '{"invoiceNumber": 1102876453, "marketingYear": 2024}\n'),
    ("payment-request.json", '{"frn": 1234567890}\n'),  # a placeholder
    ("payment-request.json", '{"frn": 9991102876}\n'),  # how redaction writes one
    ("payment-request.json", '{"frn": 110287645}\n'),  # nine digits
    ("notes.md", "Build 1102876453 passed.\n"),
])
def test_ten_digits_without_the_name_or_a_fake_frn_is_not_one(name: str, content: str) -> None:
    assert "DEFRA_FRN" not in types(name, content)


# --- Long literals -------------------------------------------------------------------------
@pytest.mark.parametrize(("content", "type_", "value"), [
    ("static final long SBI = 117234906L;\n", "DEFRA_SBI", "117234906"),
    ("private const long Crn = 1103587264L;\n", "DEFRA_CRN", "1103587264"),
    ("val frn: Long = 1102876453L\n", "DEFRA_FRN", "1102876453"),
    ("static final long NHS_NUMBER = 7542555030L;\n", "UK_NHS", "7542555030"),
    ("static final long PASSPORT_NUMBER = 512390875L;\n", "UK_PASSPORT", "512390875"),
])
def test_an_id_written_as_a_long_literal_is_found_without_its_suffix(content: str, type_: str,
                                                                    value: str) -> None:
    assert (type_, value) in spans("Fixtures.java", content)


@pytest.mark.parametrize("content", [
    "static final long SBI = 117234906Lx;\n",
    "static final long SBI = 117234906LL;\n",
    "static final long SBI = 1172349061L;\n",  # ten digits: not an SBI
])
def test_a_long_suffix_does_not_end_a_longer_word(content: str) -> None:
    assert "DEFRA_SBI" not in types("Fixtures.java", content)
