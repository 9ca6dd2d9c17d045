"""Office files (.docx, .xlsx, .pptx): text, tables, notes, comments, headers and footers,
cells, properties and sensitivity labels, each reported with its place in the document."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pptx
import pytest
from openpyxl.comments import Comment

from conftest import Repo
from safecommit.extract import extract, limits
from safecommit.model import Blob, NotScanned, Text

EMAIL = "c.eze.8842@gmail.com"
AUTHOR = "Chidi Eze"
EDITOR = "Amaka Obi"


def word(tmp: Path) -> bytes:
    doc = docx.Document()
    doc.core_properties.author = AUTHOR
    doc.core_properties.last_modified_by = EDITOR
    doc.add_paragraph("Summary of the claim.")
    body = doc.add_paragraph(f"Contact {EMAIL} about it.")
    doc.add_comment(body.runs, text=f"check with {EMAIL}", author="Reviewer One")
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Email"
    table.cell(0, 1).text = EMAIL
    doc.sections[0].header.paragraphs[0].text = f"header {EMAIL}"
    doc.sections[0].footer.paragraphs[0].text = f"footer {EMAIL}"
    out = tmp / "a.docx"
    doc.save(str(out))
    return out.read_bytes()


def workbook(tmp: Path, sheets: int = 2) -> bytes:
    book = openpyxl.Workbook()
    pay = book.active
    pay.title = "Payments"
    pay.append(["name", "email", "amount"])
    pay.append(["Tunde", EMAIL, 120.5])
    pay["C2"].comment = Comment(f"ask {EMAIL}", "Auditor")
    pay.oddFooter.center.text = f"owner {EMAIL}"
    for n in range(2, sheets + 1):
        book.create_sheet(f"Sheet{n}")["D7"] = EMAIL
    book.properties.creator = AUTHOR
    out = tmp / "a.xlsx"
    book.save(str(out))
    return out.read_bytes()


def deck(tmp: Path) -> bytes:
    show = pptx.Presentation()
    show.core_properties.author = AUTHOR
    first = show.slides.add_slide(show.slide_layouts[1])
    first.shapes.title.text = "Findings"
    second = show.slides.add_slide(show.slide_layouts[1])
    second.shapes.title.text = f"Ask {EMAIL}"
    second.notes_slide.notes_text_frame.text = f"Speaker: mention {EMAIL}"
    out = tmp / "a.pptx"
    show.save(str(out))
    return out.read_bytes()


def with_part(data: bytes, name: str, content: str) -> bytes:
    """The same package with one part added or replaced, as Office would store it."""
    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w") as dst:
        for item in src.infolist():
            if item.filename != name:
                dst.writestr(item, src.read(item))
        dst.writestr(name, content)
    return buf.getvalue()


def places(repo: Repo, cli: Any, name: str, data: bytes) -> set[str]:
    repo.write(name, data)
    run = cli("scan", "--format", "json", name)
    assert run.code == 1, run.out + run.err
    return {f.get("place", "") for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS"}


def texts(name: str, data: bytes) -> list[Text]:
    parts = extract(Blob(name, data))
    assert isinstance(parts, list), parts
    return [p for p in parts if isinstance(p, Text)]


def test_word_body_table_comments_header_and_footer_are_scanned(
        repo: Repo, cli: Any, tmp_path: Path) -> None:
    found = places(repo, cli, "a.docx", word(tmp_path))
    assert {"body", "comment 1", "header 1", "footer 1"} <= found


@pytest.mark.parametrize(("said", "expected"), [
    ("OFFICIAL-SENSITIVE", ["OFFICIAL-SENSITIVE"]),  # as a workbook's cell comment is
    ("Should this section be OFFICIAL-SENSITIVE?", []),  # a question about the level
])
def test_a_word_comment_is_read_as_its_words_its_author_a_property(
        repo: Repo, cli: Any, tmp_path: Path, said: str, expected: list[str]) -> None:
    doc = docx.Document()
    body = doc.add_paragraph("Summary of the claim.")
    doc.add_comment(body.runs, text=said, author=AUTHOR)
    doc.save(str(tmp_path / "c.docx"))
    repo.write("c.docx", (tmp_path / "c.docx").read_bytes())
    run = cli("scan", "--format", "json", "c.docx")
    assert [f["masked"] for f in run.json["findings"] if f["kind"] == "marking"] == expected
    props = [t.text for t in texts("c.docx", (tmp_path / "c.docx").read_bytes())
             if t.place == "document properties"]
    assert f"comment author: {AUTHOR}" in props[0]


def test_word_table_row_keeps_label_and_value_on_one_line(tmp_path: Path) -> None:
    [body] = [t for t in texts("a.docx", word(tmp_path)) if t.place == "body"]
    assert f"Email\t{EMAIL}" in body.text.split("\n")


def test_word_properties_name_author_and_last_editor(tmp_path: Path) -> None:
    [props] = [t for t in texts("a.docx", word(tmp_path)) if t.place == "document properties"]
    assert f"author: {AUTHOR}" in props.text
    assert f"last modified by: {EDITOR}" in props.text
    assert "comment author: Reviewer One" in props.text


def test_sensitivity_label_and_company_are_read_from_the_properties(tmp_path: Path) -> None:
    custom = (
        '<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.'
        'org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/'
        'officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-'
        '08002B2CF9AE}" pid="2" name="MSIP_Label_0a1b2c3d-0000-4000-8000-000000000001_Name">'
        "<vt:lpwstr>OFFICIAL-SENSITIVE</vt:lpwstr></property></Properties>")
    app = ('<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/'
           'officeDocument/2006/extended-properties"><Company>Acme Farms Ltd</Company>'
           "</Properties>")
    data = with_part(with_part(word(tmp_path), "docProps/custom.xml", custom),
                     "docProps/app.xml", app)
    [props] = [t for t in texts("a.docx", data) if t.place == "document properties"]
    assert "sensitivity label: OFFICIAL-SENSITIVE" in props.text
    assert "company: Acme Farms Ltd" in props.text


def test_sensitivity_label_blocks_as_a_marking(repo: Repo, cli: Any, tmp_path: Path) -> None:
    custom = (
        '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument'
        '/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" '
        'name="MSIP_Label_0a1b2c3d-0000-4000-8000-000000000001_Name"><vt:lpwstr>'
        "OFFICIAL-SENSITIVE</vt:lpwstr></property></Properties>")
    repo.write("a.docx", with_part(word(tmp_path), "docProps/custom.xml", custom))
    run = cli("scan", "--format", "json", "a.docx")
    marks = [f for f in run.json["findings"] if f["kind"] == "marking"]
    assert marks and marks[0]["place"] == "property sensitivity label"


def test_workbook_cells_are_placed_by_sheet_and_cell(repo: Repo, cli: Any,
                                                     tmp_path: Path) -> None:
    found = places(repo, cli, "a.xlsx", workbook(tmp_path))
    assert {"sheet Payments!B2", "sheet Sheet2!D7", "sheet Payments!C2 comment"} <= found


def test_workbook_line_is_the_row_and_the_header_row_names_columns(tmp_path: Path) -> None:
    [sheet] = [t for t in texts("a.xlsx", workbook(tmp_path)) if t.place == "sheet Payments"]
    rows = sheet.text.split("\n")
    assert rows[0].split("\t") == ["name", "email", "amount"]
    assert rows[1].split("\t") == ["Tunde", EMAIL, "120.5"]
    assert sheet.syntax == "tsv"


def test_workbook_footer_and_author_are_scanned(tmp_path: Path) -> None:
    found = {t.place: t.text for t in texts("a.xlsx", workbook(tmp_path))}
    assert EMAIL in found["sheet Payments header and footer"]
    assert f"author: {AUTHOR}" in found["document properties"]
    assert "comment author: Auditor" in found["document properties"]


def test_a_workbook_header_is_read_without_its_codes_a_section_a_line(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Visits"
    sheet.oddHeader.left.text = "Farm visits"
    sheet.oddHeader.center.text = "OFFICIAL-SENSITIVE"
    sheet.oddHeader.center.font = "Arial,Bold"
    sheet.oddHeader.center.size = 14
    sheet.oddHeader.center.color = "FF0000"  # written as &KFF0000, before the text
    sheet.append(["site"])
    path = tmp_path / "v.xlsx"
    book.save(path)
    assert [t.text for t in texts("v.xlsx", path.read_bytes())
            if t.place == "sheet Visits header and footer"] == ["Farm visits",
                                                                 "OFFICIAL-SENSITIVE"]


def test_a_level_in_each_section_of_a_workbook_header_marks_it(repo: Repo, cli: Any,
                                                               tmp_path: Path) -> None:
    # The left and right of a header are apart on the page: not a list of levels.
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Visits"
    sheet.oddHeader.left.text = "OFFICIAL-SENSITIVE"
    sheet.oddHeader.right.text = "SECRET"
    sheet.append(["site"])
    path = tmp_path / "v.xlsx"
    book.save(path)
    repo.write("visits.xlsx", path.read_bytes())
    run = cli("scan", "--format", "json", "visits.xlsx")
    assert sorted((f["masked"], f["place"]) for f in run.json["findings"]
                  if f["kind"] == "marking") == [
        ("OFFICIAL-SENSITIVE", "sheet Visits header and footer"),
        ("SECRET", "sheet Visits header and footer")]


def test_slides_and_speaker_notes_are_placed(repo: Repo, cli: Any, tmp_path: Path) -> None:
    assert places(repo, cli, "a.pptx", deck(tmp_path)) == {"slide 2", "slide 2 notes"}


def test_too_many_cells_is_not_scanned_and_blocks(repo: Repo, cli: Any, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "LIMITS", limits.Limits(max_cells=3))
    repo.write("a.xlsx", workbook(tmp_path))
    run = cli("scan", "--format", "json", "a.xlsx")
    assert run.code == 2
    assert "over the cap" in run.json["not_scanned"][0]["reason"]


BOMB = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 '
        '"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><w:document xmlns:w="http://'
        'schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol2;'
        "</w:t></w:r></w:p></w:body></w:document>")


@pytest.mark.parametrize(("name", "damage"), [
    ("a.docx", lambda d: d[: len(d) // 2]),
    ("a.docx", lambda d: with_part(d, "word/document.xml", BOMB)),
    ("a.docx", lambda d: with_part(d, "word/document.xml", "<w:document><unclosed>")),
    ("a.docx", lambda d: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512),
    ("a.xlsx", lambda d: d[: len(d) // 2]),
    ("a.xlsx", lambda d: with_part(d, "xl/worksheets/sheet1.xml", BOMB)),
    ("a.pptx", lambda d: d[: len(d) // 3]),
    ("a.pptx", lambda d: with_part(d, "ppt/presentation.xml", BOMB)),
], ids=["docx-truncated", "docx-entity-bomb", "docx-bad-xml", "docx-password-protected",
        "xlsx-truncated", "xlsx-entity-bomb", "pptx-truncated", "pptx-entity-bomb"])
def test_damaged_or_hostile_office_file_is_not_scanned_and_blocks(
        repo: Repo, cli: Any, tmp_path: Path, name: str, damage: Any) -> None:
    make = {"a.docx": word, "a.xlsx": workbook, "a.pptx": deck}[name]
    repo.write(name, damage(make(tmp_path)))
    run = cli("scan", "--format", "json", name)
    assert run.code == 2, run.out
    [problem] = run.json["not_scanned"]
    assert problem["path"] == name and problem["reason"]
    assert "lol" not in run.out


def test_password_protected_office_file_says_what_to_do(tmp_path: Path) -> None:
    result = extract(Blob("a.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512))
    assert isinstance(result, NotScanned)
    assert "password-protected" in result.reason and "do not commit" in result.reason


def test_screenshot_pasted_into_a_word_document_is_read(tmp_path: Path) -> None:
    from PIL import Image, ImageDraw, ImageFont

    shot = Image.new("RGB", (900, 200), "white")
    ImageDraw.Draw(shot).text((30, 60), f"Email: {EMAIL}", fill="black",
                              font=ImageFont.load_default(size=28))
    png = io.BytesIO()
    shot.save(png, "PNG")
    doc = docx.Document()
    doc.add_paragraph("See the screen below.")
    doc.add_picture(io.BytesIO(png.getvalue()))
    out = tmp_path / "pic.docx"
    doc.save(str(out))
    said = [t for t in texts("pic.docx", out.read_bytes()) if EMAIL in t.text]
    assert [t.place for t in said] == ["picture word/media/image1.png, text in image (OCR)"]


def test_a_date_cell_reads_as_the_date_it_shows(repo: Repo, cli: Any, tmp_path: Path) -> None:
    import datetime

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Name", "Date of birth"])
    sheet.append(["x", datetime.date(1984, 3, 17)])
    sheet["B2"].number_format = "dd/mm/yyyy"
    sheet.append(["y", 31.5])  # a plain number stays a number
    out = tmp_path / "staff.xlsx"
    book.save(str(out))
    [text] = [t for t in extract(Blob("staff.xlsx", out.read_bytes()))
              if isinstance(t, Text) and t.place == "sheet Sheet"]
    assert text.text.split("\n")[1:] == ["x\t17/03/1984", "y\t31.5"]
    repo.write("staff.xlsx", out.read_bytes())
    run = cli("scan", "--format", "json", "staff.xlsx")
    assert [f["type"] for f in run.json["findings"]] == ["DATE_OF_BIRTH"]


def test_zip_of_an_unknown_version_is_not_scanned_not_a_crash(tmp_path: Path) -> None:
    data = bytearray(deck(tmp_path))
    entry = data.index(b"PK\x01\x02")  # the first central directory entry
    data[entry + 6:entry + 8] = (250).to_bytes(2, "little")  # "needs zip version 25.0"
    result = extract(Blob("a.pptx", bytes(data)))
    assert isinstance(result, NotScanned)
    assert result.reason.startswith("not a readable .pptx") and "\n" not in result.reason


def _add_link(data: bytes, rels: str, target: str) -> bytes:
    """The package with an external link (a hyperlink's target) added to ``rels``."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        old = zf.read(rels).decode() if rels in zf.namelist() else (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            'relationships"></Relationships>')
    rel = (f'<Relationship Id="rId99" TargetMode="External" Target="{target}" Type="http://'
           'schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"/>')
    return with_part(data, rels, old.replace("</Relationships>", rel + "</Relationships>"))


def test_word_alt_text_link_targets_fields_and_custom_xml_are_read(tmp_path: Path) -> None:
    data = word(tmp_path)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        body = zf.read("word/document.xml").decode()
    extra = ('<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/'
             f'drawingml/2006/wordprocessingDrawing"><wp:docPr id="7" name="Picture 7" '
             f'descr="Photo of the claimant, {AUTHOR}"/></wp:inline></w:drawing></w:r></w:p>'
             f'<w:p><w:fldSimple w:instr="HYPERLINK &quot;mailto:{EMAIL}&quot;"><w:r><w:t>'
             "write</w:t></w:r></w:fldSimple></w:p>")
    data = with_part(data, "word/document.xml", body.replace("<w:sectPr", extra + "<w:sectPr", 1))
    data = _add_link(data, "word/_rels/document.xml.rels", f"mailto:{EMAIL}?subject=claim")
    data = with_part(data, "customXml/item1.xml",
                     f"<p:properties xmlns:p='urn:x'><Owner><DisplayName>{EDITOR}</DisplayName>"
                     "</Owner></p:properties>")
    found = {t.place: t for t in texts("a.docx", data)}
    assert found["picture alt text"].text == f"Photo of the claimant, {AUTHOR}"
    assert f'HYPERLINK "mailto:{EMAIL}" write' in found["body"].text
    assert found["links"].text == f"mailto:{EMAIL}?subject=claim"
    assert found["links"].spans == ((0, "link in word/document.xml"),)
    assert found["custom XML"].text == EDITOR
    assert found["custom XML"].spans == ((0, "custom XML customXml/item1.xml"),)


def test_slide_alt_text_and_a_cell_hyperlink_are_read(tmp_path: Path) -> None:
    show = pptx.Presentation()
    slide = show.slides.add_slide(show.slide_layouts[6])
    box = slide.shapes.add_textbox(0, 0, 100, 100)
    box._element.nvSpPr.cNvPr.set("descr", f"Signature of {AUTHOR}")
    out = tmp_path / "b.pptx"
    show.save(str(out))
    assert f"Signature of {AUTHOR}" in {t.place: t.text for t in texts("b.pptx", out.read_bytes())
                                        }["slide 1 alt text"]
    book = openpyxl.Workbook()
    book.active["A1"] = "email them"
    book.active["A1"].hyperlink = f"mailto:{EMAIL}"
    book.save(str(tmp_path / "b.xlsx"))
    links = {t.place: t for t in texts("b.xlsx", (tmp_path / "b.xlsx").read_bytes())}["links"]
    assert links.text == f"mailto:{EMAIL}" and links.spans[0][1].startswith("link in xl/")


def test_a_charts_data_and_its_embedded_workbook_are_read(tmp_path: Path) -> None:
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE

    show = pptx.Presentation()
    slide = show.slides.add_slide(show.slide_layouts[6])
    data = CategoryChartData()
    data.categories = [AUTHOR, EDITOR]
    data.add_series("Claims", (3, 5))
    slide.shapes.add_chart(XL_CHART_TYPE.COLUMN_CLUSTERED, 0, 0, 100, 100, data)
    out = tmp_path / "c.pptx"
    show.save(str(out))
    found = {t.place: t.text for t in texts("c.pptx", out.read_bytes())}
    assert AUTHOR in found["part ppt/charts/chart1.xml"].split("\n")
    [sheet] = [p for p in found if p.startswith("embedded ppt/embeddings/")
               and p.endswith(", sheet Sheet1")]
    assert f"{AUTHOR}\t3" in found[sheet]


def test_a_pivot_cache_and_smartart_keep_words_that_are_read(tmp_path: Path) -> None:
    # A pivot table keeps a copy of its source rows, values as attributes, after the source
    # sheet is deleted; SmartArt keeps its words in a data part of its own.
    records = ('<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
               f'2006/main" count="1"><r><x v="0"/><s v="{EMAIL}"/><n v="120.5"/></r>'
               "</pivotCacheRecords>")
    data = with_part(workbook(tmp_path), "xl/pivotCache/pivotCacheRecords1.xml", records)
    found = {t.place: t.text for t in texts("a.xlsx", data)}
    assert found["part xl/pivotCache/pivotCacheRecords1.xml"] == f"{EMAIL}\n120.5"
    smartart = ('<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/'
                'diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
                f"<dgm:ptLst><dgm:pt><dgm:t><a:p><a:r><a:t>{AUTHOR}</a:t></a:r></a:p></dgm:t>"
                "</dgm:pt></dgm:ptLst></dgm:dataModel>")
    data = with_part(word(tmp_path), "word/diagrams/data1.xml", smartart)
    assert {t.place: t.text for t in texts("a.docx", data)}["part word/diagrams/data1.xml"] \
        == AUTHOR


def test_a_huge_pivot_cache_is_not_scanned_and_blocks(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "LIMITS", limits.Limits(max_cells=50))
    rows = "".join(f'<r><s v="row {n}"/></r>' for n in range(60))
    data = with_part(workbook(tmp_path, sheets=1), "xl/pivotCache/pivotCacheRecords1.xml",
                     f"<pivotCacheRecords>{rows}</pivotCacheRecords>")
    result = extract(Blob("a.xlsx", data))
    assert isinstance(result, NotScanned) and "over the cap" in result.reason


def test_a_cells_input_prompt_and_a_named_constant_are_read(tmp_path: Path) -> None:
    from openpyxl.workbook.defined_name import DefinedName
    from openpyxl.worksheet.datavalidation import DataValidation

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Claims"
    check = DataValidation(type="list", formula1='"yes,no"', promptTitle="Who to ask",
                           prompt=f"Queries to {EMAIL}", showInputMessage=True)
    sheet.add_data_validation(check)
    check.add("C2:C9")
    book.defined_names["Officer"] = DefinedName("Officer", attr_text=f'"{AUTHOR}"')
    book.defined_names["Totals"] = DefinedName("Totals", attr_text="Claims!$A$1:$A$9")
    sheet.print_area = "A1:C9"  # a built-in name (_xlnm.Print_Area): not read
    book.save(str(tmp_path / "v.xlsx"))
    found = {t.place: t for t in texts("v.xlsx", (tmp_path / "v.xlsx").read_bytes())}
    prompts = found["sheet Claims prompts"]
    assert prompts.text == f"prompt: Who to ask Queries to {EMAIL}"
    assert prompts.spans == ((0, "sheet Claims!C2:C9 prompt"),)
    assert found["defined names"].text.split("\n") == [f'Officer: "{AUTHOR}"',
                                                       "Totals: Claims!$A$1:$A$9"]


def test_text_written_into_a_formula_is_read_with_its_cell(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Contacts"
    book.save(str(tmp_path / "f.xlsx"))
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rows = (f'<row r="1"><c r="A1" t="str"><f>HYPERLINK("mailto:{EMAIL}","email")</f>'
            '<v>email</v></c></row>'
            '<row r="2"><c r="A2" t="str"><f>IF(B2&gt;0,"say ""yes""","no")</f>'
            '<v>no</v></c></row>'
            '<row r="3"><c r="A3"><f>SUM(B1:B2)</f><v>3</v></c></row>')
    data = with_part((tmp_path / "f.xlsx").read_bytes(), "xl/worksheets/sheet1.xml",
                     f'<worksheet xmlns="{main}"><sheetData>{rows}</sheetData></worksheet>')
    [cells] = [t for t in texts("f.xlsx", data) if t.place == "sheet Contacts"]
    assert cells.text.split("\n") == [f"email mailto:{EMAIL}", 'no say "yes"', "3"]


def test_excels_escaped_characters_are_read_as_the_characters_they_stand_for(
        tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active["A1"] = "placeholder"
    out = tmp_path / "notes.xlsx"
    book.save(str(out))
    # Excel keeps a cell's carriage return as _x000D_, and a literal "_x" as _x005F_x
    shared = ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats'
              '.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t xml:space="preserve">'
              f'Call back_x000D_{AUTHOR} at {EMAIL}; ref _x005F_x0041_</t></si></sst>')
    sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlf'
             'ormats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0'
             '</v></c><c r="B1" t="inlineStr"><is><t>Owner_x000D_' + EDITOR + '</t></is></c>'
             '</row></sheetData></worksheet>')
    data = with_part(with_part(out.read_bytes(), "xl/sharedStrings.xml", shared),
                     "xl/worksheets/sheet1.xml", sheet)
    [text] = [t for t in texts("notes.xlsx", data) if t.place == "sheet Sheet"]
    # (a cell's line breaks are blanks in its row)
    assert text.text == f"Call back {AUTHOR} at {EMAIL}; ref _x0041_\tOwner {EDITOR}"


LEVELS = [("OFFICIAL", "Routine business: most of what the team handles."),
          ("SECRET", "Needs heightened protection against serious threats."),
          ("TOP SECRET", "Needs the highest protection; DV clearance.")]


def slides(tmp: Path, shown: list[tuple[str, str]], footer: str = "") -> bytes:
    show = pptx.Presentation()
    for title, body in shown:
        slide = show.slides.add_slide(show.slide_layouts[1])
        slide.shapes.title.text = title
        slide.placeholders[1].text = body
        if footer:
            slide.shapes.add_textbox(0, 0, 100, 100).text_frame.text = footer
    out = tmp / "levels.pptx"
    show.save(str(out))
    return out.read_bytes()


def markings_in(repo: Repo, cli: Any, name: str, data: bytes) -> list[tuple[str, str]]:
    repo.write(name, data)
    run = cli("scan", "--format", "json", name)
    return sorted((f.get("place", ""), f["masked"]) for f in run.json["findings"]
                  if f["kind"] == "marking")


def test_a_deck_that_explains_each_level_on_a_slide_of_its_own_is_not_marked(
        repo: Repo, cli: Any, tmp_path: Path) -> None:
    # Training in the scheme: one slide a level, each titled by its level.
    deck = slides(tmp_path, [("Security classifications", "One slide a level."), *LEVELS])
    assert markings_in(repo, cli, "training/levels.pptx", deck) == []
    # the two levels a team handles
    deck = slides(tmp_path, [("OFFICIAL", "Most of what we handle."),
                             ("OFFICIAL-SENSITIVE", "A subset of OFFICIAL: need to know.")])
    assert markings_in(repo, cli, "training/levels.pptx", deck) == []


def test_a_deck_that_explains_the_levels_and_is_marked_on_every_slide_is_marked(
        repo: Repo, cli: Any, tmp_path: Path) -> None:
    deck = slides(tmp_path, [("Security classifications", "One slide a level."), *LEVELS],
                  footer="OFFICIAL-SENSITIVE")
    assert markings_in(repo, cli, "training/levels.pptx", deck) == \
        [(f"slide {n}", "OFFICIAL-SENSITIVE") for n in range(1, 5)]
    # a deck that names one level as a slide's title is marked, as before
    deck = slides(tmp_path, [("SECRET", "Site visit plan."), ("Route", "North gate."),
                             ("Timings", "Arrive at nine.")])
    assert markings_in(repo, cli, "visits/plan.pptx", deck) == [("slide 1", "SECRET")]


def test_a_sheets_marking_under_its_title_block_is_a_marking(
        repo: Repo, cli: Any, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Summary"
    sheet["B2"] = "Fraud referrals Q1"
    sheet["B3"] = "OFFICIAL SENSITIVE - COMMERCIAL"
    for row in (["", "sbi", "amount"], ["", 1, 200], ["", 2, 300], ["", 3, 400]):
        sheet.append(row)
    book.save(tmp_path / "q1.xlsx")
    data = (tmp_path / "q1.xlsx").read_bytes()
    assert markings_in(repo, cli, "reports/q1.xlsx", data) == \
        [("sheet Summary!B3", "OFFICIAL SENSITIVE - COMMERCIAL")]


def test_a_word_watermark_is_read_with_its_header(repo: Repo, cli: Any, tmp_path: Path) -> None:
    # Word keeps a text watermark as a VML shape in the header, its words in an attribute.
    doc = docx.Document()
    doc.add_paragraph("Minutes of the board meeting.")
    doc.sections[0].header.paragraphs[0].text = ""
    doc.save(str(tmp_path / "m.docx"))
    shape = ('<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" '
             'id="PowerPlusWaterMarkObject1" style="position:absolute;rotation:315">'
             '<v:textpath style="font-family:&quot;Calibri&quot;" string="OFFICIAL-SENSITIVE"/>'
             "</v:shape></w:pict></w:r>")
    data = (tmp_path / "m.docx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        header = zf.read("word/header1.xml").decode()
    at = header.index(">", header.index("<w:p")) + 1
    data = with_part(data, "word/header1.xml", header[:at] + shape + header[at:])
    assert markings_in(repo, cli, "minutes.docx", data) == [("header 1", "OFFICIAL-SENSITIVE")]


def test_a_slide_show_is_read_as_the_deck_it_is(repo: Repo, cli: Any, tmp_path: Path) -> None:
    # PowerPoint's "save as show" (.ppsx) keeps the deck's parts as they are.
    deck = slides(tmp_path, [("Fraud referrals", "Quarterly figures."),
                             ("Cases", "Twelve referred.")], footer="OFFICIAL-SENSITIVE")
    assert markings_in(repo, cli, "briefings/q1.ppsx", deck) == \
        [("slide 1", "OFFICIAL-SENSITIVE"), ("slide 2", "OFFICIAL-SENSITIVE")]


def test_office_templates_are_read_as_the_documents_they_make(
        repo: Repo, cli: Any, tmp_path: Path) -> None:
    # A template (.dotx, .xltx, .potx, and their macro-enabled kin) keeps its kind's parts:
    # its header, cells and slides are placed as a document's are, not read as raw XML.
    assert {"body", "header 1", "footer 1"} <= places(repo, cli, "letter.dotx", word(tmp_path))
    assert "header 1" in places(repo, cli, "letter.dotm", word(tmp_path))
    assert "sheet Payments!B2" in places(repo, cli, "return.xltx", workbook(tmp_path))
    assert "sheet Payments!B2" in places(repo, cli, "return.xltm", workbook(tmp_path))
    assert "slide 2" in places(repo, cli, "briefing.potx", deck(tmp_path))
    deck_ = slides(tmp_path, [("Fraud referrals", "Quarterly figures."),
                              ("Cases", "Twelve referred.")], footer="OFFICIAL-SENSITIVE")
    assert markings_in(repo, cli, "briefings/template.potm", deck_) == \
        [("slide 1", "OFFICIAL-SENSITIVE"), ("slide 2", "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize(("names", "expected"), [
    (["Claims", "OFFICIAL-SENSITIVE"], ["OFFICIAL-SENSITIVE"]),
    (["Claims (OFFICIAL-SENSITIVE)"], ["OFFICIAL-SENSITIVE"]),
    # a workbook with a tab for each level, and tabs with ordinary names
    (["OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET"], []),
    (["Summary", "SECRET_KEYS", "Secret Santa", "Grace Period"], []),
    # the marking run into the tab's other words
    (["Summary", "OFFICIAL-SENSITIVE_Data"], ["OFFICIAL-SENSITIVE"]),
    (["Summary", "Claims OFFICIAL_SENSITIVE"], ["OFFICIAL_SENSITIVE"]),
    (["Official Sensitive Claims"], ["Official Sensitive"]),
    (["OFFICIAL_Data", "OFFICIAL-SENSITIVE_Data", "SECRET_Data"], []),
    (["Summary", "Secret_Santa", "TOP SECRET Projects"], []),
])
def test_a_sheet_named_for_its_marking_marks_the_workbook(
        repo: Repo, cli: Any, names: list[str], expected: list[str]) -> None:
    book = openpyxl.Workbook()
    book.active.title = names[0]
    for name in names[1:]:
        book.create_sheet(name)
    for sheet in book.worksheets:
        sheet["A1"], sheet["A2"] = "claim", "CL1"
    buf = io.BytesIO()
    book.save(buf)
    repo.write("claims.xlsx", buf.getvalue())
    run = cli("scan", "--format", "json", "claims.xlsx")
    assert [(f["masked"], f["place"]) for f in run.json["findings"]] == \
        [(value, "property sheet title") for value in expected]


@pytest.mark.parametrize(("name", "value", "expected"), [
    ("bjDocumentSecurityLabel", "OFFICIAL-SENSITIVE", ["OFFICIAL-SENSITIVE"]),
    ("Sensitivity_Label", "OFFICIAL SENSITIVE PERSONAL", ["OFFICIAL SENSITIVE PERSONAL"]),
    # a label that is no government marking
    ("bjDocumentSecurityLabel", "Internal Only", []),
])
def test_a_label_a_classification_tool_keeps_under_its_own_name_is_read_as_one(
        repo: Repo, cli: Any, tmp_path: Path, name: str, value: str,
        expected: list[str]) -> None:
    custom = (
        '<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument'
        '/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/'
        'docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" '
        f'name="{name}"><vt:lpwstr>{value}</vt:lpwstr></property></Properties>')
    repo.write("a.docx", with_part(word(tmp_path), "docProps/custom.xml", custom))
    run = cli("scan", "--format", "json", "a.docx")
    assert [(f["masked"], f["place"]) for f in run.json["findings"] if f["kind"] == "marking"] \
        == [(value, "property sensitivity label") for value in expected]
