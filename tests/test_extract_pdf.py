"""PDF: text by page and metadata are scanned; damaged, locked and oversized files block."""

from __future__ import annotations

from typing import Any

import pytest
from fpdf import FPDF

from conftest import Repo
from safecommit.extract import extract, limits
from safecommit.model import Blob, Text

EMAIL = "f.adeyemi.1204@gmail.com"


def document(pages: int = 3, author: str = "Folake Adeyemi", password: str | None = None) -> bytes:
    pdf = FPDF()
    pdf.set_author(author)
    pdf.set_creator("Report builder")
    pdf.set_font("helvetica", size=12)
    for n in range(1, pages + 1):
        pdf.add_page()
        pdf.multi_cell(0, 8, f"Page {n} of the claim review.\n"
                             + (f"Contact {EMAIL} for details." if n == 2 else "Nothing here."))
    if password:
        pdf.set_encryption(owner_password="owner-pass", user_password=password)
    return bytes(pdf.output())


def test_email_on_page_two_is_reported_with_its_page(repo: Repo, cli: Any) -> None:
    repo.write("review.pdf", document())
    run = cli("scan", "--format", "json", "review.pdf")
    assert run.code == 1
    [found] = [f for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS"]
    assert found["place"] == "page 2" and found["line"] == 2


def test_author_and_creator_are_read_from_the_metadata() -> None:
    parts = extract(Blob("review.pdf", document()))
    assert isinstance(parts, list)
    [props] = [p for p in parts if isinstance(p, Text) and p.place == "document properties"]
    assert "author: Folake Adeyemi" in props.text.split("\n")
    assert "creator: Report builder" in props.text.split("\n")


def test_author_email_in_metadata_is_found(repo: Repo, cli: Any) -> None:
    repo.write("review.pdf", document(pages=1, author=EMAIL))
    run = cli("scan", "--format", "json", "review.pdf")
    assert [f["place"] for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS"] == \
        ["property author"]


@pytest.mark.parametrize(("data", "reason"), [
    (lambda: document()[:400], "not a readable PDF"),
    (lambda: b"%PDF-1.7\n" + b"\x00garbage" * 50, "not a readable PDF"),
    (lambda: document(password="letmein"), "password-protected"),
], ids=["truncated", "garbage", "password"])
def test_unreadable_pdf_is_not_scanned_and_blocks(repo: Repo, cli: Any, data: Any,
                                                  reason: str) -> None:
    repo.write("review.pdf", data())
    run = cli("scan", "--format", "json", "review.pdf")
    assert run.code == 2
    assert reason in run.json["not_scanned"][0]["reason"]


def test_too_many_pages_is_not_scanned(repo: Repo, cli: Any,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "LIMITS", limits.Limits(max_pages=2))
    repo.write("review.pdf", document(pages=3))
    run = cli("scan", "--format", "json", "review.pdf")
    assert run.code == 2
    assert "3 pages, over the 2-page cap" in run.json["not_scanned"][0]["reason"]
