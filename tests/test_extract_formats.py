"""Files teams commit under names of their own: known by their bytes, unpacked where a small
reader can, and reported as not scanned where none can."""

from __future__ import annotations

import base64
import sqlite3
import struct
import urllib.parse
import zlib
from pathlib import Path
from typing import Any

import pytest

from conftest import Repo, zipped

EMAIL = "t.okonjo.4471@gmail.com"



def scan(repo: Repo, cli: Any, name: str, data: bytes | str) -> Any:
    repo.write(name, data)
    return cli("scan", "--format", "json", name)


def emails(run: Any) -> list[tuple[str, str | None]]:
    return [(f["path"], f["place"]) for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS"]


def test_a_zip_under_a_name_of_its_own_is_opened_by_its_bytes(repo: Repo, cli: Any) -> None:
    # An XPS document: each page's text is in its glyphs' attributes, deflated.
    page = f'<FixedPage><Glyphs UnicodeString="Contact {EMAIL}" /></FixedPage>'
    run = scan(repo, cli, "out/letter.oxps", zipped({"Documents/1/Pages/1.fpage": page}))
    assert emails(run) == [("out/letter.oxps", "Documents/1/Pages/1.fpage")]


def test_a_sqlite_database_under_another_name_is_read_as_one(repo: Repo, cli: Any,
                                                             tmp_path: Path) -> None:
    for name in ("sites.gpkg", "tiles.mbtiles"):
        path = tmp_path / name
        with sqlite3.connect(path) as conn:
            conn.execute("CREATE TABLE owners (name TEXT, email TEXT)")
            conn.execute("INSERT INTO owners VALUES (?, ?)", ("Holding 12", EMAIL))
        conn.close()
        run = scan(repo, cli, name, path.read_bytes())
        assert emails(run) == [(name, "table owners, row 1, email")]


def test_a_saved_web_page_is_read_through_its_encoding(repo: Repo, cli: Any) -> None:
    body = base64.encodebytes(f"<html><body><p>Contact {EMAIL}</p></body></html>".encode())
    page = ('From: <Saved by Blink>\nSubject: Case\nMIME-Version: 1.0\n'
            'Content-Type: multipart/related; boundary="B"\n\n--B\nContent-Type: text/html\n'
            f'Content-Transfer-Encoding: base64\n\n{body.decode()}\n--B--\n')
    run = scan(repo, cli, "saved/case.mhtml", page)
    assert [path for path, _ in emails(run)] == ["saved/case.mhtml"]


def _compressed_page(xml: str) -> str:
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    packed = packer.compress(urllib.parse.quote(xml).encode()) + packer.flush()
    return base64.b64encode(packed).decode()


def test_a_compressed_drawio_page_is_unpacked(repo: Repo, cli: Any) -> None:
    cell = f'<mxGraphModel><root><mxCell id="2" value="Owner: {EMAIL}" vertex="1"/></root>' \
        "</mxGraphModel>"
    drawing = f'<mxfile compressed="true"><diagram id="a" name="Flow">' \
        f"{_compressed_page(cell)}</diagram></mxfile>\n"
    run = scan(repo, cli, "docs/flow.drawio", drawing)
    assert emails(run) == [("docs/flow.drawio", "diagram Flow")]
    # An SVG exported with a copy of its drawing holds the same page, escaped.
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" content="&lt;mxfile&gt;&lt;diagram '
           f'name=&quot;Flow&quot;&gt;{_compressed_page(cell)}&lt;/diagram&gt;&lt;/mxfile&gt;">'
           "<g/></svg>\n")
    run = scan(repo, cli, "docs/flow.drawio.svg", svg)
    assert emails(run) == [("docs/flow.drawio.svg", "diagram Flow")]


def test_a_drawio_page_that_cannot_be_unpacked_is_not_scanned(repo: Repo, cli: Any) -> None:
    drawing = '<mxfile><diagram name="Flow">QUJDREVGR0hJSktMTU5PUA==</diagram></mxfile>\n'
    run = scan(repo, cli, "flow.drawio", drawing)
    assert run.code == 2  # not scanned: blocks
    [skipped] = run.json["not_scanned"]
    assert "diagram Flow" in skipped["reason"]


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        low, n = n & 0x7F, n >> 7
        out.append(low | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _iwa(text: str) -> bytes:
    """One IWA chunk: a protobuf message holding ``text``, as Snappy literals and one copy."""
    encoded = text.encode()
    message = b"\x08\x01\x12" + _varint(len(encoded)) + encoded + b"\x18\x02"
    snappy = _varint(len(message) + 4)
    for at in range(0, len(message), 60):
        part = message[at:at + 60]
        snappy += bytes([(len(part) - 1) << 2]) + part
    snappy += bytes([0b01 | (0 << 2), 4])  # copy 4 bytes from 4 back
    return b"\x00" + len(snappy).to_bytes(3, "little") + snappy


def test_apple_iwork_archives_are_unpacked(repo: Repo, cli: Any) -> None:
    data = zipped({"Index/Document.iwa": _iwa(f"Please contact {EMAIL} today"),
                   "Metadata/Properties.plist": b"bplist00"})
    run = scan(repo, cli, "notes.pages", data)
    assert emails(run) == [("notes.pages", "Index/Document.iwa")]


def test_each_string_of_an_iwork_message_is_read_apart_from_its_printable_tag_and_length(
        repo: Repo, cli: Any) -> None:
    # A field's tag and length may be printable ('"' then '$' for a string of 36 bytes, "E"
    # for one of 69): read as one run, they glued the fields' words together.
    def field(tag: int, text: str) -> bytes:
        return bytes([tag]) + _varint(len(text.encode())) + text.encode()

    message = (b"\x08\x01" + field(0x12, "OFFICIAL-SENSITIVE")
               + field(0x22, "Farm visits summary for the district") + b"\x18\x02"
               + field(0x1A, f"{EMAIL} wrote the notes for the farm visits in the spring")
               + b"\x18\x02")
    snappy = _varint(len(message))
    for at in range(0, len(message), 60):
        part = message[at:at + 60]
        snappy += bytes([(len(part) - 1) << 2]) + part
    chunk = b"\x00" + len(snappy).to_bytes(3, "little") + snappy
    run = scan(repo, cli, "visits.key", zipped({"Index/Document.iwa": chunk}))
    assert [(f["type"], f["line"], f["column"]) for f in run.json["findings"]] \
        == [("PROTECTIVE_MARKING", 1, 1), ("EMAIL_ADDRESS", 3, 1)]


def test_a_damaged_iwork_archive_is_not_scanned(repo: Repo, cli: Any) -> None:
    run = scan(repo, cli, "figures.numbers", zipped({"Index/Tables/Data.iwa": b"\x07junk"}))
    assert run.code == 2  # not scanned: blocks
    [skipped] = run.json["not_scanned"]
    assert "Index/Tables/Data.iwa" in skipped["reason"]


def test_data_models_no_reader_can_open_are_not_scanned(repo: Repo, cli: Any) -> None:
    model = "This backup was created using XPress9 compression.".encode("utf-16-le") \
        + bytes(range(256))
    run = scan(repo, cli, "report.pbix", zipped({"Report/Layout": "{}", "DataModel": model}))
    assert run.code == 2  # not scanned: blocks
    [skipped] = run.json["not_scanned"]
    assert "DataModel" in skipped["reason"] and "Power BI" in skipped["reason"]
    run = scan(repo, cli, "dash.twbx", zipped({"dash.twb": "<workbook/>",
                                                 "Data/Extracts/people.hyper": bytes(64)}))
    assert run.code == 2  # not scanned: blocks
    [skipped] = run.json["not_scanned"]
    assert "Tableau" in skipped["reason"]


def test_a_built_software_package_is_not_unpacked(repo: Repo, cli: Any) -> None:
    # A wheel is others' code, built elsewhere: its authors list is not the team's data.
    data = zipped({"demo-1.0.dist-info/METADATA": f"Name: demo\nAuthor-email: {EMAIL}\n"})
    run = scan(repo, cli, "vendor/demo-1.0-py3-none-any.whl", data)
    assert emails(run) == []
    run = scan(repo, cli, "vendor/demo-1.0.bundle", data)
    assert emails(run) == [("vendor/demo-1.0.bundle", "demo-1.0.dist-info/METADATA")]


def _element(kind: int, data: bytes) -> bytes:
    return struct.pack("<II", kind, len(data)) + data + bytes(-len(data) % 8)


def test_a_matlab_files_compressed_variables_are_unpacked(repo: Repo, cli: Any) -> None:
    text = f"contact {EMAIL}"
    matrix = (_element(6, struct.pack("<II", 4, 0)) + _element(5, struct.pack("<ii", 1, len(text)))
              + _element(1, b"note") + _element(4, text.encode("utf-16-le")))
    packed = zlib.compress(_element(14, matrix))
    header = b"MATLAB 5.0 MAT-file".ljust(116, b" ") + bytes(8) + b"\x00\x01IM"
    saved = header + struct.pack("<II", 15, len(packed)) + packed
    run = scan(repo, cli, "analysis/notes.mat", saved)
    assert emails(run) == [("analysis/notes.mat", "variables")]
    # a MATLAB figure is a MAT-file by another name
    run = scan(repo, cli, "analysis/plot.fig", saved)
    assert emails(run) == [("analysis/plot.fig", "variables")]


def test_an_outlook_mailbox_is_not_scanned(repo: Repo, cli: Any) -> None:
    run = scan(repo, cli, "backup/archive.pst", b"!BDN" + bytes(60) + b"scrambled text")
    assert run.code == 2
    [skipped] = run.json["not_scanned"]
    assert "Outlook data file" in skipped["reason"]


def test_a_drawings_labels_read_top_first_so_a_banner_across_its_top_is_a_marking(
        repo: Repo, cli: Any) -> None:
    cells = "".join(
        f'<mxCell id="{i}" value="{value}" vertex="1" parent="1">'
        f'<mxGeometry x="10" y="{y}" width="200" height="30" as="geometry"/></mxCell>'
        for i, (value, y) in enumerate([("Payments API", 200), ("OFFICIAL-SENSITIVE", 0),
                                        ("Caseworker", 100)], start=2))
    drawing = ('<mxfile><diagram name="Flow"><mxGraphModel><root><mxCell id="0"/>'
               f'<mxCell id="1" parent="0"/>{cells}</root></mxGraphModel></diagram></mxfile>\n')
    run = scan(repo, cli, "docs/flow.drawio", drawing)
    marks = [(f["place"], f["line"]) for f in run.json["findings"] if f["kind"] == "marking"]
    assert marks == [("diagram Flow", 1)]


def test_a_finding_in_a_saved_drawing_points_at_its_raw_line_and_column(
        repo: Repo, cli: Any) -> None:
    # draw.io saves a page uncompressed, a cell a line; read top of the page first, the
    # drawing's lines come in another order than the file's.
    drawing = (
        '<mxfile host="app.diagrams.net">\n  <diagram name="Flow" id="p1">\n'
        '    <mxGraphModel><root><mxCell id="0" /><mxCell id="1" parent="0" />\n'
        '      <mxCell id="a2" value="Case officer: Margaret Thornbury&lt;br&gt;tel 07912 345678"'
        ' vertex="1" parent="1"><mxGeometry x="10" y="200" as="geometry" /></mxCell>\n'
        f'      <object label="Owner" contact="{EMAIL}" id="o3">\n'
        '        <mxCell vertex="1" parent="1"><mxGeometry y="300" as="geometry" /></mxCell>\n'
        '      </object>\n'
        '      <mxCell id="b4" value="OFFICIAL-SENSITIVE" vertex="1" parent="1">\n'
        '        <mxGeometry x="300" y="0" as="geometry" /></mxCell>\n'
        '    </root></mxGraphModel>\n  </diagram>\n</mxfile>\n')
    run = scan(repo, cli, "docs/flow.drawio", drawing)
    raw = drawing.split("\n")
    found = sorted((f["line"], f["type"], raw[f["line"] - 1][f["column"] - 1:f["end_column"] - 1])
                   for f in run.json["findings"])
    assert found == [(4, "PERSON", "Margaret Thornbury"), (4, "PHONE_NUMBER", "07912 345678"),
                     (5, "EMAIL_ADDRESS", EMAIL), (8, "PROTECTIVE_MARKING", "OFFICIAL-SENSITIVE")]
    assert {f["place"] for f in run.json["findings"]} == {"diagram Flow"}


def test_a_drawings_html_labels_and_object_properties_are_read(repo: Repo, cli: Any) -> None:
    drawing = ('<mxfile><diagram name="People"><mxGraphModel><root><mxCell id="0"/>'
               '<object id="2" label="&lt;b&gt;Owner&lt;/b&gt;" contact="' + EMAIL + '">'
               '<mxCell vertex="1" parent="0"><mxGeometry as="geometry"/></mxCell></object>'
               "</root></mxGraphModel></diagram></mxfile>\n")
    run = scan(repo, cli, "docs/people.drawio", drawing)
    assert emails(run) == [("docs/people.drawio", "diagram People")]


def _visio(shapes: str) -> bytes:
    page = ('<PageContents xmlns="http://schemas.microsoft.com/office/visio/2012/main">'
            f"<Shapes>{shapes}</Shapes></PageContents>")
    return zipped({"[Content_Types].xml": "<Types/>", "visio/pages/page1.xml": page})


def _shape(y: float, text: str, data: str = "") -> str:
    return f'<Shape><Cell N="PinY" V="{y}"/>{data}<Text><cp IX="0"/>{text}</Text></Shape>'


def test_a_visio_page_reads_top_first_so_a_banner_across_its_top_is_a_marking(
        repo: Repo, cli: Any) -> None:
    data = _visio(_shape(5, "Payments API") + _shape(10.5, "OFFICIAL-SENSITIVE")
                  + _shape(7, "Caseworker"))
    run = scan(repo, cli, "docs/flow.vsdx", data)
    marks = [(f["place"], f["line"]) for f in run.json["findings"] if f["kind"] == "marking"]
    assert marks == [("page 1", 1)]
    # A page that lists the levels is about them.
    data = _visio(_shape(10, "Levels") + _shape(9, "OFFICIAL") + _shape(8, "OFFICIAL-SENSITIVE")
                  + _shape(7, "SECRET"))
    run = scan(repo, cli, "docs/levels.vsdx", data)
    assert [f for f in run.json["findings"] if f["kind"] == "marking"] == []


def test_a_visio_shapes_data_is_read_under_its_label(repo: Repo, cli: Any) -> None:
    data = _visio(_shape(10, "Owner", '<Section N="Property"><Row N="Row_1">'
                         f'<Cell N="Value" V="{EMAIL}"/><Cell N="Label" V="Contact"/></Row>'
                         "</Section>"))
    run = scan(repo, cli, "docs/owners.vsdx", data)
    assert emails(run) == [("docs/owners.vsdx", "page 1")]


_VISIO_NS = 'xmlns="http://schemas.microsoft.com/office/visio/2012/main"'


@pytest.mark.parametrize(("document", "pages", "place"), [
    # the header and footer printed on every page, with their codes (&p: the page's number)
    ("<HeaderFooter><HeaderLeft>Casework flow</HeaderLeft>"
     "<HeaderCenter>OFFICIAL-SENSITIVE</HeaderCenter></HeaderFooter>", ["Flow"],
     "header centre"),
    ("<HeaderFooter><FooterRight>OFFICIAL-SENSITIVE Page &amp;p</FooterRight></HeaderFooter>",
     ["Flow"], "footer right"),
    # a page named for its marking, as a workbook's tab is, placed by its tab
    ("", ["Flow", "OFFICIAL-SENSITIVE_Detail"], "page 2 title"),
    # a page for each level, and a header of ordinary words
    ("<HeaderFooter><HeaderLeft>Secret Santa &amp;d</HeaderLeft></HeaderFooter>",
     ["OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET"], None),
])
def test_a_visio_drawings_header_footer_and_page_names_mark_it(
        repo: Repo, cli: Any, document: str, pages: list[str], place: str | None) -> None:
    names = "".join(f'<Page ID="{n}" Name="{name}"/>' for n, name in enumerate(pages))
    data = zipped({"[Content_Types].xml": "<Types/>",
                   "visio/document.xml": f"<VisioDocument {_VISIO_NS}>{document}</VisioDocument>",
                   "visio/pages/pages.xml": f"<Pages {_VISIO_NS}>{names}</Pages>",
                   "visio/pages/page1.xml": f"<PageContents {_VISIO_NS}><Shapes>"
                   f'{_shape(5, "Payments API")}</Shapes></PageContents>'})
    run = scan(repo, cli, "docs/flow.vsdx", data)
    marks = [f["place"] for f in run.json["findings"] if f["kind"] == "marking"]
    assert marks == ([place] if place else [])


def test_a_level_in_each_part_of_a_visio_header_or_footer_marks_it(repo: Repo,
                                                                   cli: Any) -> None:
    # The parts are apart on the page, as an Excel header's sections are: not a list.
    document = ("<HeaderFooter><HeaderLeft>OFFICIAL-SENSITIVE</HeaderLeft>"
                "<FooterRight>SECRET</FooterRight></HeaderFooter>")
    data = zipped({"[Content_Types].xml": "<Types/>",
                   "visio/document.xml": f"<VisioDocument {_VISIO_NS}>{document}</VisioDocument>",
                   "visio/pages/page1.xml": f"<PageContents {_VISIO_NS}><Shapes>"
                   f'{_shape(5, "Payments API")}</Shapes></PageContents>'})
    run = scan(repo, cli, "docs/flow.vsdx", data)
    assert sorted((f["masked"], f["place"]) for f in run.json["findings"]
                  if f["kind"] == "marking") == [("OFFICIAL-SENSITIVE", "header left"),
                                                 ("SECRET", "footer right")]


def _xps(runs: list[tuple[int, str]]) -> bytes:
    page = ('<FixedPage xmlns="http://schemas.microsoft.com/xps/2005/06">' + "".join(
        f'<Glyphs OriginX="96" OriginY="{y}" UnicodeString="{text}"/>' for y, text in runs)
        + "</FixedPage>")
    return zipped({"FixedDocumentSequence.fdseq": "<FixedDocumentSequence/>",
                   "Documents/1/Pages/1.fpage": page})


def test_an_xps_page_reads_top_first_so_its_banner_is_a_marking(repo: Repo, cli: Any) -> None:
    data = _xps([(300, "Summary of the visit."), (40, "OFFICIAL-SENSITIVE"),
                 (200, "Hedgerow visits"), (400, "More text here.")])
    run = scan(repo, cli, "out/visits.oxps", data)
    marks = [(f["place"], f["line"]) for f in run.json["findings"] if f["kind"] == "marking"]
    assert marks == [("Documents/1/Pages/1.fpage", 1)]
    data = _xps([(40, "Marking guide"), (100, "OFFICIAL"), (120, "OFFICIAL-SENSITIVE"),
                 (140, "SECRET"), (400, "Use the right one.")])
    run = scan(repo, cli, "out/guide.xps", data)
    assert [f for f in run.json["findings"] if f["kind"] == "marking"] == []


def test_a_drawio_file_without_pages_is_read_as_its_bytes(repo: Repo, cli: Any) -> None:
    run = scan(repo, cli, "docs/odd.drawio", f'<library><entry owner="{EMAIL}"/></library>\n')
    [found] = [f for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS"]
    assert (found["path"], found["line"], "place" in found) == ("docs/odd.drawio", 1, False)


def _fig(*messages: bytes, header: bytes = b"fig-kiwi") -> bytes:
    """A Figma canvas: a header, a version, then chunks (a length, then raw deflate data)."""
    out = header + struct.pack("<I", 48)
    for message in messages:
        packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
        packed = packer.compress(message) + packer.flush()
        out += struct.pack("<I", len(packed)) + packed
    return out


def test_a_figma_files_text_layers_are_unpacked(repo: Repo, cli: Any) -> None:
    # The schema, then the nodes: a text layer's characters are a NUL-ended UTF-8 string.
    schema = b"\x01NodeChange\x00characters\x00name\x00"
    nodes = b"\x02\x05Contact card\x00\x91\x01" + f"Email {EMAIL}".encode() + b"\x00\x03"
    canvas = _fig(schema, nodes)
    run = scan(repo, cli, "design/contact.fig", canvas)
    assert emails(run) == [("design/contact.fig", "canvas")]
    # A local copy saved from Figma today is a zip that holds the canvas.
    saved = zipped({"canvas.fig": canvas, "meta.json": '{"file_name": "Contact"}'})
    run = scan(repo, cli, "design/saved.fig", saved)
    assert emails(run) == [("design/saved.fig", "canvas.fig, canvas")]
    # Another program's .fig is read as it would be under any other name: an Xfig drawing
    # is text.
    run = scan(repo, cli, "figures/layout.fig",
               f"#FIG 3.2\n4 0 0 50 -1 0 12 0.0 4 135 1200 1000 1000 Contact {EMAIL}\\001\n")
    assert run.code == 1 and [f["line"] for f in run.json["findings"]] == [2]


def test_a_figma_file_compressed_another_way_is_not_scanned(repo: Repo, cli: Any) -> None:
    zstd = b"\x28\xb5\x2f\xfd" + bytes(12)
    run = scan(repo, cli, "design/board.fig",
               b"fig-jam." + struct.pack("<I", 48) + struct.pack("<I", len(zstd)) + zstd)
    assert run.code == 2  # not scanned: blocks
    [skipped] = run.json["not_scanned"]
    assert "Zstandard" in skipped["reason"]


def test_an_access_databases_text_values_are_read_as_its_strings(repo: Repo, cli: Any) -> None:
    # Jet and ACE keep text as one byte a character (after FF FE, "Unicode compression") or
    # as UTF-16: both are read from the binary's strings, without their column names.
    page = (b"\x00\x01\x00\x00Standard ACE DB\x00" + bytes(200)
            + b"\xff\xfe" + f"Contact {EMAIL}".encode() + bytes(64)
            + f"Owner {EMAIL}".encode("utf-16-le") + bytes(256))
    run = scan(repo, cli, "data/holdings.accdb", page)
    assert run.code == 1 and emails(run) == [("data/holdings.accdb", "binary strings")] * 2


def test_a_keynote_deck_that_explains_each_level_on_a_slide_is_not_marked(
        repo: Repo, cli: Any) -> None:
    # Keynote keeps each slide in an archive of its own: read together, as a deck.
    levels = [("OFFICIAL", "Routine business."), ("SECRET", "Serious threats."),
              ("TOP SECRET", "The gravest threats.")]

    def deck(footer: str) -> bytes:
        slides = {f"Index/Slide-{n}0{n}.iwa": _iwa(f"{title}\n{body}{footer}")
                  for n, (title, body) in enumerate(levels, start=1)}
        return zipped({"Index/Document.iwa": _iwa("Security classifications"), **slides})

    def markings(run: Any) -> list[str]:
        return [f["masked"] for f in run.json["findings"] if f["kind"] == "marking"]

    assert markings(scan(repo, cli, "training/levels.key", deck(""))) == []
    marked = scan(repo, cli, "training/levels.key", deck("\n\nOFFICIAL-SENSITIVE"))
    assert markings(marked) == ["OFFICIAL-SENSITIVE"] * 3


@pytest.mark.parametrize(("pages", "expected"), [
    (("Context", "OFFICIAL-SENSITIVE"), [("page 2 title", 2)]),
    (("Context", "Containers"), []),
    # a tab for each level: a template of banners, not a marked drawing
    (("OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET"), []),
])
def test_a_drawings_page_named_for_its_marking_marks_it(
        repo: Repo, cli: Any, pages: tuple[str, ...], expected: list[tuple[str, int]]) -> None:
    cell = '<mxGraphModel><root><mxCell id="2" value="Payments API" vertex="1"/></root>' \
        "</mxGraphModel>"
    drawing = "<mxfile>" + "".join(f'<diagram name="{name}">{cell}</diagram>' for name in pages) \
        + "</mxfile>\n"
    run = scan(repo, cli, "docs/flow.drawio", drawing)
    marks = [(f["place"], f["line"]) for f in run.json["findings"] if f["kind"] == "marking"]
    assert marks == expected
    # the same pages, compressed into an SVG's copy of its drawing
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" content="&lt;mxfile&gt;' + "".join(
        f"&lt;diagram name=&quot;{name}&quot;&gt;{_compressed_page(cell)}&lt;/diagram&gt;"
        for name in pages) + '&lt;/mxfile&gt;"><g/></svg>\n')
    run = scan(repo, cli, "docs/flow.drawio.svg", svg)
    assert [(f["place"], f["line"]) for f in run.json["findings"]
            if f["kind"] == "marking"] == expected
