"""OpenDocument files (.odt, .ods, .odp): body, tables, sheets, headers and footers and
properties, read through the same guards as Office Open XML; and legacy binary files
(.doc, .xls, .msg), whose UTF-16 text is read as strings."""

from __future__ import annotations

import io
import zipfile
from typing import Any

import pytest

from conftest import Repo
from ole_support import compound_file
from safecommit.extract import extract
from safecommit.model import Blob, NotScanned, Text

EMAIL = "c.eze.8842@gmail.com"
NINO = "JT 48 29 17 D"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
DC = "http://purl.org/dc/elements/1.1/"
NS = f'xmlns:office="{OFFICE}" xmlns:text="{TEXT}" xmlns:table="{TABLE}" xmlns:style="{STYLE}"'


def package(mimetype: str, body: str, styles: str = "", meta: str = "") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", mimetype, compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", f'<office:document-content {NS}><office:body>{body}'
                                   "</office:body></office:document-content>")
        if styles:
            zf.writestr("styles.xml", f"<office:document-styles {NS}>{styles}"
                                      "</office:document-styles>")
        if meta:
            zf.writestr("meta.xml", f'<office:document-meta xmlns:office="{OFFICE}" '
                                    f'xmlns:meta="{META}" xmlns:dc="{DC}"><office:meta>{meta}'
                                    "</office:meta></office:document-meta>")
    return out.getvalue()


def running(regions: str) -> str:
    """A page style's headers and footers, as styles.xml keeps them."""
    return (f'<office:master-styles><style:master-page style:name="Standard">{regions}'
            "</style:master-page></office:master-styles>")


def writer() -> bytes:
    body = (f"<office:text><text:h>Claim</text:h><text:p>Contact {EMAIL}, NI number"
            f"<text:s/>{NINO}.</text:p></office:text>")
    styles = running("<style:header><text:p>OFFICIAL-SENSITIVE</text:p></style:header>")
    meta = "<meta:initial-creator>Chidi Eze</meta:initial-creator>"
    return package("application/vnd.oasis.opendocument.text", body, styles, meta)


def calc() -> bytes:
    def row(*cells: str) -> str:
        return "<table:table-row>" + "".join(
            f"<table:table-cell><text:p>{v}</text:p></table:table-cell>" for v in cells
        ) + "</table:table-row>"

    rows = row("Name", "SBI") + row("Farm A", "106112874")
    body = f'<office:spreadsheet><table:table table:name="Holdings">{rows}</table:table>' \
           "</office:spreadsheet>"
    return package("application/vnd.oasis.opendocument.spreadsheet", body)


def texts(path: str, data: bytes) -> list[Text]:
    parts = extract(Blob(path, data))
    assert isinstance(parts, list)
    return [p for p in parts if isinstance(p, Text)]


def test_a_text_document_is_read_whole_with_its_page_styles_and_properties() -> None:
    found = {t.place: t.text for t in texts("report.odt", writer())}
    assert EMAIL in found["document"] and NINO in found["document"]
    assert "OFFICIAL-SENSITIVE" in found["headers and footers"]
    assert "author: Chidi Eze" in found["document properties"]


def test_a_sheet_is_placed_by_its_name_and_its_header_row_names_its_columns(
        repo: Repo, cli: Any) -> None:
    repo.write("exports/holdings.ods", calc())
    run = cli("scan", "--format", "json", "exports/holdings.ods")
    assert [f["type"] for f in run.json["findings"]] == ["DEFRA_SBI"]
    assert [t.place for t in texts("h.ods", calc())] == ["sheet Holdings", "sheet titles"]


def test_a_compressed_odt_blocks_a_commit_for_what_it_holds(repo: Repo, cli: Any) -> None:
    repo.stage("docs/report.odt", writer())
    run = cli("hook", "docs/report.odt")
    assert run.code == 1 and EMAIL not in run.out
    for kind in ("EMAIL_ADDRESS", "UK_NINO", "PROTECTIVE_MARKING", "PERSON"):
        assert kind in run.out


def test_comments_footnotes_links_and_tracked_changes_in_a_text_document_are_read() -> None:
    # Writer keeps a comment and a footnote inside the paragraph they are anchored to.
    ann = (f'<office:annotation><dc:creator xmlns:dc="{DC}">Chidi Eze</dc:creator>'
           f"<text:p>ring {NINO}</text:p></office:annotation>")
    note = (f"<text:note><text:note-citation>1</text:note-citation><text:note-body>"
            f"<text:p>source: {EMAIL}</text:p></text:note-body></text:note>")
    change = (f'<text:tracked-changes><text:changed-region><text:deletion><office:change-info>'
              f'<dc:creator xmlns:dc="{DC}">Amaka Obi</dc:creator></office:change-info>'
              "<text:p>gone</text:p></text:deletion></text:changed-region></text:tracked-changes>")
    link = (f'<text:p><text:a xmlns:xlink="http://www.w3.org/1999/xlink" '
            f'xlink:href="mailto:{EMAIL}">write to us</text:a></text:p>')
    body = f"<office:text>{change}<text:p>Claim{ann}</text:p><text:p>See{note}</text:p>{link}" \
           "</office:text>"
    meta = f'<meta:user-defined meta:name="Case officer">{EMAIL}</meta:user-defined>'
    found = {t.place: t.text.splitlines() for t in texts(
        "r.odt", package("application/vnd.oasis.opendocument.text", body, meta=meta))}
    assert found["document"] == ["tracked change by: Amaka Obi", "gone", "Claim",
                                 f"Chidi Eze: ring {NINO}", "See", f"source: {EMAIL}",
                                 f"write to us <{EMAIL}>"]
    assert found["document properties"] == [f"Case officer: {EMAIL}"]


def test_a_comment_on_a_sheet_cell_is_read_apart_placed_by_its_cell() -> None:
    # As Excel's are: the cell reads as its value, the comment as a line of its own, so a
    # comment that is only a marking is read as one.
    ann = (f'<office:annotation><dc:creator xmlns:dc="{DC}">Chidi Eze</dc:creator>'
           f"<text:p>call {NINO}</text:p></office:annotation>")
    marked = "<office:annotation><text:p>OFFICIAL-SENSITIVE</text:p></office:annotation>"
    body = ('<office:spreadsheet><table:table table:name="Holdings">'
            '<table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>'
            "<table:table-row>"
            f"<table:table-cell><text:p>Farm A</text:p>{ann}</table:table-cell>"
            '<table:table-cell table:number-columns-repeated="2"/>'
            f"<table:table-cell><text:p>x</text:p>{marked}</table:table-cell>"
            "</table:table-row></table:table></office:spreadsheet>")
    [sheet, comments, titles] = texts(
        "h.ods", package("application/vnd.oasis.opendocument.spreadsheet", body))
    assert sheet.text.splitlines()[-1] == "Farm A\t\t\tx"  # the cells, no comment
    assert comments.text == f"call {NINO}\nOFFICIAL-SENSITIVE"
    assert comments.place == "sheet Holdings comments"
    assert comments.spans == ((0, "sheet Holdings!A3 comment"),
                              (len(f"call {NINO}") + 1, "sheet Holdings!D3 comment"))
    assert titles.text == "comment author: Chidi Eze\nsheet title: Holdings"


def test_a_cell_after_repeated_rows_and_columns_is_found_in_its_own_row_and_column(
        repo: Repo, cli: Any) -> None:
    # A sheet writes a run of empty cells (or rows) as one cell repeated: the cells after
    # it are placed by every one of them. The runs to the sheet's edge are not written out.
    def row(cells: str, rows: int = 1) -> str:
        return f'<table:table-row table:number-rows-repeated="{rows}">{cells}</table:table-row>'

    def cell(value: str = "", columns: int = 1) -> str:
        said = f"<text:p>{value}</text:p>" if value else ""
        return (f'<table:table-cell table:number-columns-repeated="{columns}">{said}'
                "</table:table-cell>")

    body = ('<office:spreadsheet><table:table table:name="Visits">'
            + row(cell("Site") + cell(columns=2) + cell("Contact"))
            + row(cell(columns=1024), rows=3)
            + row(cell("Farm A") + cell(columns=2) + cell(EMAIL) + cell(columns=16000))
            + row(cell(columns=16384), rows=1048000)
            + "</table:table></office:spreadsheet>")
    data = package("application/vnd.oasis.opendocument.spreadsheet", body)
    [sheet, _] = texts("v.ods", data)
    assert sheet.text.split("\n") == ["Site\t\t\tContact", "", "", "", f"Farm A\t\t\t{EMAIL}\t"]
    repo.write("visits.ods", data)
    run = cli("scan", "--format", "json", "visits.ods")
    assert [(f["type"], f["line"], f["column"]) for f in run.json["findings"]] \
        == [("EMAIL_ADDRESS", 5, len("Farm A") + 4)]


def test_a_sheet_cell_comment_that_is_a_marking_is_found(repo: Repo, cli: Any) -> None:
    marked = "<office:annotation><text:p>OFFICIAL-SENSITIVE</text:p></office:annotation>"
    body = ('<office:spreadsheet><table:table table:name="Holdings"><table:table-row>'
            "<table:table-cell><text:p>Holding</text:p></table:table-cell>"
            f"<table:table-cell><text:p>Visits</text:p>{marked}</table:table-cell>"
            "</table:table-row></table:table></office:spreadsheet>")
    repo.write("h.ods", package("application/vnd.oasis.opendocument.spreadsheet", body))
    run = cli("scan", "--format", "json", "h.ods")
    assert [(f["type"], f.get("place")) for f in run.json["findings"]] \
        == [("PROTECTIVE_MARKING", "sheet Holdings!B1 comment")]


def test_speaker_notes_of_a_slide_are_placed_as_its_notes() -> None:
    ns = ('xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"')
    body = (f'<office:presentation {ns}><draw:page draw:name="Findings"><draw:frame>'
            "<draw:text-box><text:p>Holdings visited</text:p></draw:text-box></draw:frame>"
            "<presentation:notes><draw:frame><draw:text-box>"
            f"<text:p>Mention {EMAIL}</text:p></draw:text-box></draw:frame>"
            "</presentation:notes></draw:page></office:presentation>")
    found = {t.place: t.text for t in texts(
        "d.odp", package("application/vnd.oasis.opendocument.presentation", body))}
    assert found == {"slide Findings": "Holdings visited",
                     "slide Findings notes": f"Mention {EMAIL}",
                     "page names": "page title: Findings"}


@pytest.mark.parametrize("data", [b"PK\x03\x04 broken", b"not a zip at all"])
def test_a_damaged_odt_is_not_scanned_and_blocks(data: bytes) -> None:
    parts = extract(Blob("broken.odt", data))
    assert isinstance(parts, NotScanned) or any(isinstance(p, NotScanned) for p in parts)


@pytest.mark.parametrize("name", ["legacy.doc", "legacy.xls", "message.msg"])
def test_utf16_text_in_a_legacy_binary_file_is_read(repo: Repo, cli: Any, name: str) -> None:
    # In a stream no reader knows (legacy Office files have their own tests: test_extract_ole).
    ole = compound_file({"Contents": f"From: {EMAIL}".encode("utf-16-le") + b"\0" * 64})
    repo.write(name, ole)
    run = cli("scan", "--format", "json", name)
    assert [f["type"] for f in run.json["findings"]] == ["EMAIL_ADDRESS"]


def test_named_ranges_and_expressions_of_a_sheet_are_read() -> None:
    body = ('<office:spreadsheet><table:table table:name="Holdings"><table:table-row>'
            "<table:table-cell><text:p>x</text:p></table:table-cell></table:table-row>"
            "</table:table><table:named-expressions>"
            '<table:named-range table:name="Data" table:cell-range-address="$Holdings.$A$1"/>'
            f'<table:named-expression table:name="Officer" table:expression="of:=&quot;{EMAIL}'
            '&quot;"/></table:named-expressions></office:spreadsheet>')
    found = {t.place: t for t in texts(
        "h.ods", package("application/vnd.oasis.opendocument.spreadsheet", body))}
    assert found["sheet Holdings"].text == "x"
    named = found["named ranges"]
    assert named.text.splitlines() == ["Data: $Holdings.$A$1", f'Officer: "{EMAIL}"']
    assert (named.spans[1][1]) == "named range Officer"


def test_a_frames_title_and_description_are_read_apart() -> None:
    ns = ('xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"')
    frame = ("<draw:frame><svg:title>Photo of the claimant</svg:title>"
             f"<svg:desc>{EMAIL} at the gate</svg:desc><draw:image/></draw:frame>")
    body = (f'<office:text {ns}><text:p>See{frame}below</text:p></office:text>'
            f'<office:drawing {ns}><draw:page draw:name="Site">{frame}</draw:page>'
            "</office:drawing>")
    found = {t.place: t.text for t in texts(
        "d.odt", package("application/vnd.oasis.opendocument.text", body))}
    assert " ".join(found["document"].split()) == f"See Photo of the claimant {EMAIL} at the " \
        "gate below"
    assert found["page Site"].splitlines() == ["Photo of the claimant", f"{EMAIL} at the gate"]


@pytest.mark.parametrize(("mimetype", "name", "body", "regions"), [
    # a sheet header's left and right regions
    ("spreadsheet", "visits.ods", '<office:spreadsheet><table:table table:name="Visits">'
     "<table:table-row><table:table-cell><text:p>site</text:p></table:table-cell>"
     "</table:table-row></table:table></office:spreadsheet>",
     "<style:header><style:region-left><text:p>OFFICIAL-SENSITIVE</text:p></style:region-left>"
     "<style:region-right><text:p>SECRET</text:p></style:region-right></style:header>"),
    # a document's header and its footer
    ("text", "visits.odt", "<office:text><text:p>Site visit notes.</text:p></office:text>",
     "<style:header><text:p>OFFICIAL-SENSITIVE</text:p></style:header>"
     "<style:footer><text:p>SECRET</text:p></style:footer>"),
])
def test_a_level_in_each_region_of_a_page_header_or_footer_marks_it(
        repo: Repo, cli: Any, mimetype: str, name: str, body: str, regions: str) -> None:
    # Apart on the page, as an Excel header's sections are: not a list of levels.
    repo.write(name, package(f"application/vnd.oasis.opendocument.{mimetype}", body,
                             running(regions)))
    run = cli("scan", "--format", "json", name)
    assert sorted((f["masked"], f["place"]) for f in run.json["findings"]
                  if f["kind"] == "marking") == [
        ("OFFICIAL-SENSITIVE", "headers and footers"), ("SECRET", "headers and footers")]


def test_a_header_that_lists_the_levels_and_a_master_slide_are_still_read() -> None:
    draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    regions = ("<style:header><text:p>OFFICIAL</text:p><text:p>SECRET</text:p></style:header>"
               f'<draw:frame xmlns:draw="{draw}"><text:p>Contact {EMAIL}</text:p></draw:frame>')
    found = {t.place: t.text for t in texts("deck.odp", package(
        "application/vnd.oasis.opendocument.presentation",
        "<office:presentation/>", running(regions)))}
    assert found["headers and footers"] == "OFFICIAL\nSECRET"
    assert found["master pages"] == f"Contact {EMAIL}"


def test_a_presentation_that_explains_each_level_on_a_slide_of_its_own_is_not_marked(
        repo: Repo, cli: Any) -> None:
    levels = [("Security classifications", "One slide a level."),
              ("OFFICIAL", "Routine business."), ("SECRET", "Serious threats."),
              ("TOP SECRET", "The gravest threats.")]
    draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"

    def deck(footer: str) -> bytes:
        pages = "".join(
            f'<draw:page xmlns:draw="{draw}" draw:name="page{n}"><text:p>{title}</text:p>'
            f"<text:p>{body}</text:p>{footer}</draw:page>"
            for n, (title, body) in enumerate(levels, start=1))
        return package("application/vnd.oasis.opendocument.presentation",
                       f"<office:presentation>{pages}</office:presentation>")

    def found(data: bytes) -> list[str]:
        repo.write("training/levels.odp", data)
        run = cli("scan", "--format", "json", "training/levels.odp")
        return [f["masked"] for f in run.json["findings"] if f["kind"] == "marking"]

    assert found(deck("")) == []
    assert found(deck("<text:p>OFFICIAL-SENSITIVE</text:p>")) == ["OFFICIAL-SENSITIVE"] * 4


def flat(body: str, styles: str = "", meta: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} '
            f'xmlns:meta="{META}" xmlns:dc="{DC}" office:version="1.3">\n'
            f"<office:meta>{meta}</office:meta>\n{styles}\n<office:body>{body}</office:body>\n"
            "</office:document>\n").encode()


def test_a_flat_document_is_read_as_its_package_would_be(repo: Repo, cli: Any) -> None:
    # LibreOffice's "Flat XML" (.fodt, .fods, .fodp): one XML file holding the package's parts.
    body = ("<office:text><text:p>SECRET</text:p><text:h>Site visit plan</text:h>"
            f"<text:p>Route and timings: ask {EMAIL}.</text:p><text:p>More.</text:p>"
            "<text:p>Closing.</text:p></office:text>")
    styles = running("<style:header><text:p>OFFICIAL-SENSITIVE</text:p></style:header>")
    meta = "<meta:initial-creator>Chidi Eze</meta:initial-creator>"
    found = {t.place: t.text for t in texts("plan.fodt", flat(body, styles, meta))}
    assert found["document"].startswith("SECRET\nSite visit plan")
    assert "OFFICIAL-SENSITIVE" in found["headers and footers"]
    assert "author: Chidi Eze" in found["document properties"]
    repo.write("visits/plan.fodt", flat(body, styles, meta))
    run = cli("scan", "--format", "json", "visits/plan.fodt")
    assert sorted((f.get("place"), f["masked"]) for f in run.json["findings"]
                  if f["kind"] == "marking") == \
        [("document", "SECRET"), ("headers and footers", "OFFICIAL-SENSITIVE")]
    # XML that does not parse is still read, as its text
    broken = texts("broken.fodt", b"<office:document>OFFICIAL-SENSITIVE")
    assert "OFFICIAL-SENSITIVE" in broken[0].text


@pytest.mark.parametrize(("names", "expected"), [
    (["Holdings", "OFFICIAL-SENSITIVE"], ["OFFICIAL-SENSITIVE"]),
    (["OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET"], []),
])
def test_a_sheet_named_for_its_marking_marks_the_spreadsheet(
        repo: Repo, cli: Any, names: list[str], expected: list[str]) -> None:
    row = ("<table:table-row><table:table-cell><text:p>x</text:p></table:table-cell>"
           "</table:table-row>")
    body = "<office:spreadsheet>" + "".join(
        f'<table:table table:name="{name}">{row}</table:table>' for name in names) \
        + "</office:spreadsheet>"
    repo.write("exports/h.ods", package("application/vnd.oasis.opendocument.spreadsheet", body))
    run = cli("scan", "--format", "json", "exports/h.ods")
    assert [(f["masked"], f["place"]) for f in run.json["findings"]] == \
        [(value, "property sheet title") for value in expected]


def test_a_classification_libreoffice_set_is_read_as_the_documents_sensitivity_label(
        repo: Repo, cli: Any) -> None:
    prefix = "urn:bails:IntellectualProperty:"
    meta = (f'<meta:user-defined meta:name="{prefix}BusinessAuthorizationCategory:Name">'
            "OFFICIAL-SENSITIVE</meta:user-defined>"
            f'<meta:user-defined meta:name="{prefix}BusinessAuthorizationCategory:Identifier">'
            "urn:example:level:2</meta:user-defined>"
            f'<meta:user-defined meta:name="{prefix}PolicyAuthority:Name">Example Agency'
            "</meta:user-defined>")
    body = "<office:text><text:p>The visits went well.</text:p></office:text>"
    data = package("application/vnd.oasis.opendocument.text", body, meta=meta)
    [props] = [t for t in texts("review.odt", data) if t.place == "document properties"]
    assert props.text == "sensitivity label: OFFICIAL-SENSITIVE"
    repo.write("reports/review.odt", data)
    run = cli("scan", "--format", "json", "reports/review.odt")
    assert [(f["type"], f["place"]) for f in run.json["findings"]] \
        == [("PROTECTIVE_MARKING", "property sensitivity label")]


@pytest.mark.parametrize(("kind", "names", "expected"), [
    ("drawing", ["Context", "OFFICIAL-SENSITIVE"], ["OFFICIAL-SENSITIVE"]),
    ("presentation", ["OFFICIAL-SENSITIVE"], ["OFFICIAL-SENSITIVE"]),
    ("drawing", ["page1", "page2"], []),
    ("presentation", ["OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET"], []),
])
def test_a_drawings_or_decks_page_named_for_its_marking_marks_it(
        repo: Repo, cli: Any, kind: str, names: list[str], expected: list[str]) -> None:
    ns = 'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
    body = f"<office:{kind} {ns}>" + "".join(
        f'<draw:page draw:name="{name}"><draw:frame><draw:text-box><text:p>Payments API'
        "</text:p></draw:text-box></draw:frame></draw:page>" for name in names) \
        + f"</office:{kind}>"
    suffix = ".odg" if kind == "drawing" else ".odp"
    repo.write(f"docs/flow{suffix}",
               package(f"application/vnd.oasis.opendocument.{kind}", body))
    run = cli("scan", "--format", "json", f"docs/flow{suffix}")
    assert [(f["masked"], f["place"]) for f in run.json["findings"]] == \
        [(value, "property page title") for value in expected]
