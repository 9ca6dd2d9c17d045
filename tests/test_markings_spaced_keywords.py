"""OFFICIAL-SENSITIVE among a document's keywords parted by spaces (a PDF's
"appeals OFFICIAL-SENSITIVE grants") is a keyword, as it is among keywords parted by commas
or semicolons: it marks the document. A keyword run into other words, or the level as a
topic ("OFFICIAL-SENSITIVE handling"), stays quiet."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from conftest import found
from safecommit.config import Config
from safecommit.model import Blob
from safecommit.scan import scan_blob


def pdf(keywords: str) -> bytes:
    doc = FPDF()
    doc.set_keywords(keywords)
    doc.add_page()
    doc.set_font("Helvetica", size=10)
    doc.cell(0, 10, "Appeals review notes.")
    return bytes(doc.output())


def pdf_markings(keywords: str) -> list[str]:
    findings, _ = scan_blob(Blob("docs/review.pdf", pdf(keywords)), Config(), b"s")
    return [f.value for f in findings if f.kind == "marking"]


@pytest.mark.parametrize(("keywords", "found"), [
    ("appeals OFFICIAL-SENSITIVE grants", "OFFICIAL-SENSITIVE"),
    ("OFFICIAL SENSITIVE appeals", "OFFICIAL SENSITIVE"),
])
def test_a_level_among_spaced_keywords_marks_the_pdf(keywords: str, found: str) -> None:
    assert pdf_markings(keywords) == [found]


def test_a_level_among_spaced_keywords_in_a_metadata_block_marks_it() -> None:
    content = "title: Appeals\nkeywords: appeals OFFICIAL-SENSITIVE\n"
    assert found("docs/meta.yaml", content, kind="marking") == ["OFFICIAL-SENSITIVE"]


@pytest.mark.parametrize("keywords", [
    "appeals OFFICIAL guidance", "markings OFFICIALSENSITIVE_test", "grants appeals 2026",
    "security OFFICIAL-SENSITIVE handling guidance",
])
def test_keywords_without_the_level_stay_quiet(keywords: str) -> None:
    assert pdf_markings(keywords) == []
