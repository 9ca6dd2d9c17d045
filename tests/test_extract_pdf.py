"""PDF: text by page and metadata are scanned; damaged, locked and oversized files block."""

from __future__ import annotations

import io
from typing import Any

import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

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


def filled_form(fields: dict[str, str], comment: tuple[str, str] | None = None) -> bytes:
    """A one-page PDF with text fields filled in (as a form filler leaves them), and a
    sticky-note comment (author, text)."""
    from pypdf import PdfWriter
    from pypdf.annotations import Text as Note
    from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject
    from pypdf.generic import TextStringObject as Str

    writer = PdfWriter()
    writer.add_blank_page(612, 792)
    refs = []
    for name, value in fields.items():
        widget = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"), NameObject("/FT"): NameObject("/Tx"),
            NameObject("/T"): Str(name), NameObject("/V"): Str(value),
            NameObject("/Rect"): ArrayObject([FloatObject(0)] * 4)})
        refs.append(writer._add_object(widget))
    writer.pages[0][NameObject("/Annots")] = ArrayObject(refs)
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {NameObject("/Fields"): ArrayObject(refs)})
    if comment is not None:
        note = Note(rect=(50, 550, 200, 650), text=comment[1])
        note[NameObject("/T")] = Str(comment[0])
        writer.add_annotation(0, note)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_what_was_typed_into_a_form_is_read_under_each_fields_name(repo: Repo,
                                                                   cli: Any) -> None:
    repo.write("samples/application.pdf", filled_form(
        {"applicant_name": "Folake Adeyemi", "contact_email": EMAIL, "scheme": "SFI"}))
    run = cli("scan", "--format", "json", "samples/application.pdf")
    assert run.code == 1
    assert sorted((f["type"], f["place"]) for f in run.json["findings"]) == [
        ("EMAIL_ADDRESS", "form field contact_email"), ("PERSON", "form field applicant_name")]


def test_a_comment_and_its_author_are_read_with_their_page(repo: Repo, cli: Any) -> None:
    repo.write("review.pdf", filled_form({}, comment=("Folake Adeyemi", f"Ask {EMAIL} first")))
    run = cli("scan", "--format", "json", "review.pdf")
    assert sorted((f["type"], f["place"]) for f in run.json["findings"]) == [
        ("EMAIL_ADDRESS", "page 1 comment comment"), ("PERSON", "page 1 comment author")]


def test_an_empty_form_and_a_page_without_comments_add_nothing() -> None:
    parts = extract(Blob("blank.pdf", filled_form({"applicant_name": ""})))
    assert isinstance(parts, list)
    assert [p.place for p in parts if isinstance(p, Text)] == ["document properties"]


def scanned(lines: list[str]) -> bytes:
    """A PDF whose page is a picture of text, as a scanner makes one (no text layer)."""
    im = Image.new("L", (1200, 400), 255)
    draw = ImageDraw.Draw(im)
    font = ImageFont.load_default(size=28)
    for i, line in enumerate(lines):
        draw.text((40, 40 + 80 * i), line, fill=0, font=font)
    out = io.BytesIO()
    im.convert("1", dither=Image.Dither.NONE).save(out, "PDF", resolution=150)
    return out.getvalue()


def test_a_scanned_page_is_read_by_ocr(repo: Repo, cli: Any) -> None:
    repo.write("letter.pdf", scanned(["Check your answers", f"Email address: {EMAIL}",
                                      "Phone number: 07912 345678"]))
    run = cli("scan", "--format", "json", "letter.pdf")
    assert run.code == 1
    assert {(f["type"], f.get("place")) for f in run.json["findings"]} == {
        ("EMAIL_ADDRESS", "page 1 (scanned, OCR)"), ("PHONE_NUMBER", "page 1 (scanned, OCR)")}


@pytest.mark.usefixtures("no_tesseract")
def test_without_tesseract_a_scanned_page_is_not_scanned_and_says_so(
        repo: Repo, cli: Any) -> None:
    repo.write("letter.pdf", scanned([f"Email address: {EMAIL}"]))
    run = cli("scan", "--format", "json", "letter.pdf")
    assert run.code == 2
    [problem] = run.json["not_scanned"]
    assert problem["reason"].startswith("page 1 (a scan): not checked for text: tesseract is "
                                        "not installed")


def test_a_page_with_text_of_its_own_is_not_sent_to_ocr() -> None:
    parts = extract(Blob("report.pdf", document()))
    assert isinstance(parts, list)
    assert not any(isinstance(p, Text) and "OCR" in (p.place or "") for p in parts)


def test_a_link_target_and_custom_metadata_are_read() -> None:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.cell(0, 10, "Write to the case officer", link=f"mailto:{EMAIL}")
    pdf.add_page()
    pdf.cell(0, 10, "Nothing here.")
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(bytes(pdf.output()))))
    writer.add_metadata({"/Case officer": "Folake Adeyemi", "/ModDate": "D:20240101"})
    out = io.BytesIO()
    writer.write(out)
    parts = extract(Blob("letter.pdf", out.getvalue()))
    assert isinstance(parts, list)
    found = {p.place: p for p in parts if isinstance(p, Text)}
    assert found["page 1 links"].text == f"link: mailto:{EMAIL}"
    assert found["page 1 links"].spans == ((0, "page 1 link"),)
    assert "page 2 links" not in found
    props = found["document properties"].text.split("\n")
    assert "Case officer: Folake Adeyemi" in props and not any("D:2024" in p for p in props)


def test_a_pdf_that_explains_each_level_on_a_page_of_its_own_is_not_marked(
        repo: Repo, cli: Any) -> None:
    def pdf(footer: str) -> bytes:
        out = FPDF()
        out.set_font("helvetica", size=12)
        for title, body in [("Security classifications", "One page a level."),
                            ("OFFICIAL", "Routine business."), ("SECRET", "Serious threats."),
                            ("TOP SECRET", "The gravest threats.")]:
            out.add_page()
            out.multi_cell(0, 8, f"{title}\n{body}" + (f"\n\n{footer}" if footer else ""))
        return bytes(out.output())

    def found(data: bytes) -> list[tuple[str, str]]:
        repo.write("training/levels.pdf", data)
        run = cli("scan", "--format", "json", "training/levels.pdf")
        return [(f["place"], f["masked"]) for f in run.json["findings"] if f["kind"] == "marking"]

    assert found(pdf("")) == []
    assert found(pdf("OFFICIAL-SENSITIVE")) == \
        [(f"page {n}", "OFFICIAL-SENSITIVE") for n in range(1, 5)]


_XMP = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
        '22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/'
        '1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">{}</rdf:Description></rdf:RDF>'
        "</x:xmpmeta>")


@pytest.mark.parametrize(("xmp", "expected"), [
    ('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">OFFICIAL-SENSITIVE - Hedgerow survey'
     "</rdf:li></rdf:Alt></dc:title>", ["OFFICIAL-SENSITIVE"]),
    ("<dc:subject><rdf:Bag><rdf:li>hedgerows</rdf:li><rdf:li>SECRET</rdf:li></rdf:Bag>"
     "</dc:subject>", ["SECRET"]),
    ("<pdf:Keywords>hedgerows; OFFICIAL-SENSITIVE [PERSONAL]</pdf:Keywords>",
     ["OFFICIAL-SENSITIVE [PERSONAL]"]),
    # a description that explains the levels; a title with the word in it
    ('<dc:description><rdf:Alt><rdf:li xml:lang="x-default">How we handle OFFICIAL and '
     "OFFICIAL-SENSITIVE</rdf:li></rdf:Alt></dc:description>", []),
    ('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">Keeping secrets out of code</rdf:li>'
     "</rdf:Alt></dc:title>", []),
])
def test_a_marking_in_a_pdfs_xmp_title_subject_or_keywords_is_found(
        repo: Repo, cli: Any, xmp: str, expected: list[str]) -> None:
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.multi_cell(0, 8, "Survey results for the region.")
    pdf.set_xmp_metadata(_XMP.format(xmp))
    repo.write("survey.pdf", bytes(pdf.output()))
    run = cli("scan", "--format", "json", "survey.pdf")
    assert [f["masked"] for f in run.json["findings"]] == expected


def boxed(*boxes: str, page_text: bool = True) -> bytes:
    """A one-page PDF of a sentence, with text boxes typed onto the page (FreeText)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import FreeText

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(document(pages=1)))) if page_text \
        else PdfWriter()
    if not page_text:
        writer.add_blank_page(612, 792)
    for n, words in enumerate(boxes):
        writer.add_annotation(0, FreeText(text=words, rect=(50, 740 - 40 * n, 300, 770 - 40 * n)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_marking_typed_onto_a_page_in_a_text_box_marks_it(repo: Repo, cli: Any) -> None:
    repo.write("reports/visit.pdf", boxed("OFFICIAL-SENSITIVE"))
    run = cli("scan", "--format", "json", "reports/visit.pdf")
    assert [(f["type"], f["place"]) for f in run.json["findings"]
            if f["kind"] == "marking"] == [("PROTECTIVE_MARKING", "page 1 text boxes")]


def test_a_text_box_that_only_mentions_a_marking_is_not_one(repo: Repo, cli: Any) -> None:
    repo.write("reports/draft.pdf",
               boxed("Please mark this OFFICIAL-SENSITIVE before sending", page_text=False))
    run = cli("scan", "--format", "json", "reports/draft.pdf")
    assert run.json["findings"] == []


@pytest.mark.parametrize("note", ["OFFICIAL-SENSITIVE", "  OFFICIAL-SENSITIVE [PERSONAL]\n"])
def test_a_sticky_note_that_is_only_a_marking_marks_its_page(repo: Repo, cli: Any,
                                                            note: str) -> None:
    repo.write("reports/visit.pdf", filled_form({}, comment=("Reviewer", note)))
    run = cli("scan", "--format", "json", "reports/visit.pdf")
    assert [(f["type"], f["place"]) for f in run.json["findings"]
            if f["kind"] == "marking"] == [("PROTECTIVE_MARKING", "page 1 text boxes")]


@pytest.mark.parametrize("note", ["Should this be OFFICIAL-SENSITIVE?",
                                  "OFFICIAL-SENSITIVE - check with the data owner",
                                  "TODO"])
def test_a_sticky_note_that_discusses_a_marking_is_not_one(repo: Repo, cli: Any,
                                                           note: str) -> None:
    repo.write("reports/draft.pdf", filled_form({}, comment=("Reviewer", note)))
    run = cli("scan", "--format", "json", "reports/draft.pdf")
    assert [f for f in run.json["findings"] if f["kind"] == "marking"] == []
