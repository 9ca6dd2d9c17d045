"""Legacy Office and Outlook files (OLE2: .doc, .xls, .ppt, .msg): properties, a document's
own text, a message's fields, body and attachments, each with its place; the rest of the
file as binary strings; a damaged file not scanned."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import Repo
from ole_support import (
    DOCUMENT_SUMMARY,
    SUMMARY,
    compound_file,
    document_summary,
    msg_string,
    summary_information,
)
from safecommit.extract import extract
from safecommit.model import Blob, NotScanned, Text

DATA = Path(__file__).parent / "data" / "ole"
AUTHOR = "Gwenllian Rees"
EMAIL = "osian.price.77@outlook.com"


def scan(repo: Repo, cli: Any, name: str, data: bytes) -> Any:
    repo.write(name, data)
    return cli("scan", "--format", "json", name)


def found(run: Any) -> set[tuple[str, str | None]]:
    return {(f["type"], f.get("place")) for f in run.json["findings"]}


def test_a_word_97_document_saved_by_word_gives_its_author_and_its_text(
        repo: Repo, cli: Any) -> None:
    # olefile's own test document, its author and text replaced by invented ones (README).
    run = scan(repo, cli, "minutes.doc", (DATA / "word97.doc").read_bytes())
    assert found(run) >= {("PERSON", "property author"), ("PERSON", "property last modified by"),
                          ("EMAIL_ADDRESS", "document text")}
    assert run.code == 1


@pytest.mark.parametrize(("name", "stream", "place"), [
    ("report.doc", "WordDocument", "document text"),
    ("payees.xls", "Workbook", "workbook text"),
    ("old-payees.xls", "Book", "workbook text"),
    ("briefing.ppt", "PowerPoint Document", "slide text"),
])
def test_the_stream_that_holds_a_documents_words_is_read_as_text(
        repo: Repo, cli: Any, name: str, stream: str, place: str) -> None:
    body = f"\x00\x01\x02Contact {AUTHOR} at {EMAIL} today.\x00\x07".encode("cp1252")
    run = scan(repo, cli, name, compound_file({stream: body}))
    assert found(run) == {("PERSON", place), ("EMAIL_ADDRESS", place)}


def test_author_and_sensitivity_label_come_from_the_property_streams(
        repo: Repo, cli: Any) -> None:
    data = compound_file({
        SUMMARY: summary_information(author=AUTHOR, title="Grant review"),
        DOCUMENT_SUMMARY: document_summary({
            "MSIP_Label_0a1b_Enabled": "true", "MSIP_Label_0a1b_Name": "OFFICIAL-SENSITIVE",
            "Case officer": "Bryn Morgan"}),
        "WordDocument": b"\x00\x01Nothing personal here.\x00",
    })
    parts = extract(Blob("review.doc", data))
    assert isinstance(parts, list)
    props = next(p for p in parts if isinstance(p, Text) and p.place == "document properties")
    assert props.text.splitlines() == [
        f"author: {AUTHOR}", "title: Grant review", "sensitivity label: OFFICIAL-SENSITIVE",
        "Case officer: Bryn Morgan"]
    run = scan(repo, cli, "review.doc", data)
    assert {("PERSON", "property author"), ("PERSON", "property Case officer")} <= found(run)
    assert any(f["kind"] == "marking" and f.get("place") == "property sensitivity label"
               for f in run.json["findings"])


def test_property_streams_read_as_properties_are_not_read_again_as_strings() -> None:
    data = compound_file({SUMMARY: summary_information(author=AUTHOR),
                          "WordDocument": b"\x00plain words here\x00"})
    parts = extract(Blob("a.doc", data))
    assert isinstance(parts, list)
    texts = [p for p in parts if isinstance(p, Text)]
    assert [p.place for p in texts] == ["document properties", "document text"]


def outlook_message(attachment: bytes) -> bytes:
    streams = dict([
        msg_string("0C1A", "Dafydd Hughes"),
        msg_string("5D01", EMAIL),
        msg_string("0E04", "Eleri Vaughan"),
        msg_string("0037", "Holding 12 inspection"),
        msg_string("1000", "Hi Eleri,\r\nplease ring me back about the inspection.\r\n"),
    ])
    streams["__recip_version1.0_#00000000/__substg1.0_3001001F"] = \
        "Eleri Vaughan".encode("utf-16-le")
    streams["__attach_version1.0_#00000000/__substg1.0_3707001F"] = \
        "visits.csv".encode("utf-16-le")
    streams["__attach_version1.0_#00000000/__substg1.0_37010102"] = attachment
    streams["__properties_version1.0"] = b"\x00" * 32
    return compound_file(streams)


def test_an_outlook_message_gives_its_people_its_body_and_its_attachments(
        repo: Repo, cli: Any) -> None:
    # Over 4 KB, so that it fills its stream exactly (see ole_support).
    visits = "name,email\n" + "".join(f"Visit {n},farm-{n}@example.com\n" for n in range(200))
    run = scan(repo, cli, "thread.msg", outlook_message(f"{visits}Anwen,{EMAIL}\n".encode()))
    assert found(run) >= {("PERSON", "message from"), ("PERSON", "message to"),
                          ("PERSON", "message recipient"),
                          ("EMAIL_ADDRESS", "message from address"),
                          ("EMAIL_ADDRESS", "attachment visits.csv")}


def test_a_message_body_keeps_its_own_lines() -> None:
    parts = extract(Blob("thread.msg", outlook_message(b"x")))
    assert isinstance(parts, list)
    body = next(p for p in parts if isinstance(p, Text) and p.place == "message body")
    assert body.text.splitlines() == ["Hi Eleri,", "please ring me back about the inspection."]


def test_a_message_forwarded_as_an_attachment_is_read_as_a_message(repo: Repo,
                                                                    cli: Any) -> None:
    # Outlook keeps an attached message as a storage of its own streams, not a file.
    inner = "__attach_version1.0_#00000000/__substg1.0_3701000D/"
    streams = dict([msg_string("0037", "Fw: holding 12"), msg_string("1000", "see below\r\n")])
    streams["__attach_version1.0_#00000000/__substg1.0_3707001F"] = "visit.msg".encode("utf-16-le")
    streams.update({inner + k: v for k, v in [msg_string("0C1A", "Dafydd Hughes"),
                                               msg_string("5D01", EMAIL)]})
    streams[inner + "__attach_version1.0_#00000000/__substg1.0_3707001F"] = \
        "notes.txt".encode("utf-16-le")
    streams[inner + "__attach_version1.0_#00000000/__substg1.0_37010102"] = \
        f"farmer {EMAIL}\n".encode().ljust(4096, b" ")
    run = scan(repo, cli, "fw.msg", compound_file(streams))
    assert found(run) >= {("PERSON", "attachment visit.msg, message from"),
                          ("EMAIL_ADDRESS", "attachment visit.msg, message from address"),
                          ("EMAIL_ADDRESS", "attachment visit.msg, attachment notes.txt")}
    assert not any((place or "").endswith("binary strings") for _, place in found(run))


def test_an_ole2_file_of_another_kind_is_still_read_as_its_strings(
        repo: Repo, cli: Any) -> None:
    # An installer, a Visio drawing …: no stream is known, every one is read as strings.
    data = compound_file({"Contents/Data": f"\x00\x00owner={EMAIL}\x00".encode()})
    run = scan(repo, cli, "setup.msi", data)
    assert found(run) == {("EMAIL_ADDRESS", "binary strings")}


def test_an_ole2_file_is_known_by_its_bytes_whatever_its_name() -> None:
    data = compound_file({"WordDocument": f"\x00Contact {EMAIL}\x00".encode()})
    parts = extract(Blob("attachment.bin", data))
    assert isinstance(parts, list)
    assert [p.place for p in parts if isinstance(p, Text)] == ["document text"]


def test_a_damaged_ole2_file_is_not_scanned_and_says_why_but_its_strings_are_read(
        repo: Repo, cli: Any) -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\xff" * 600 + f" {EMAIL} ".encode()
    parts = extract(Blob("broken.doc", data))
    assert isinstance(parts, list)
    problem = next(p for p in parts if isinstance(p, NotScanned))
    assert problem.reason.startswith("not a readable OLE2 (legacy Office) file")
    run = scan(repo, cli, "broken.doc", data)
    assert run.code != 0 and run.json["not_scanned"]
    assert found(run) == {("EMAIL_ADDRESS", "binary strings")}


def test_an_encrypted_docx_is_still_reported_as_one() -> None:
    # Office encrypts a .docx into an OLE2 file: its name says what it should be.
    result = extract(Blob("secret-plan.docx", compound_file({"EncryptedPackage": b"\x01" * 64})))
    assert isinstance(result, NotScanned)
    assert "password-protected" in result.reason


def test_a_property_set_that_claims_more_than_it_holds_is_read_as_far_as_it_goes() -> None:
    stream = bytearray(summary_information(author=AUTHOR))
    section = int.from_bytes(stream[44:48], "little")  # the first section's offset
    stream[section + 4:section + 8] = (0xFFFFFFFF).to_bytes(4, "little")  # its property count
    parts = extract(Blob("a.doc", compound_file({SUMMARY: bytes(stream)})))
    assert isinstance(parts, list)
    assert [p.text for p in parts if isinstance(p, Text)] == [f"author: {AUTHOR}"]


def lzfu(rtf: bytes) -> bytes:
    """``rtf`` as a PR_RTF_COMPRESSED stream ([MS-OXRTFCP]): every byte a literal, then the
    reference to the write position that ends it (the window starts 207 bytes in)."""
    body = bytearray()
    end = ((207 + len(rtf)) % 4096) << 4
    tokens = [bytes([b]) for b in rtf] + [end.to_bytes(2, "big")]
    for start in range(0, len(tokens), 8):
        group = tokens[start:start + 8]
        body.append(sum(1 << i for i, t in enumerate(group) if len(t) == 2))
        body.extend(b"".join(group))
    return (len(body) + 12).to_bytes(4, "little") + len(rtf).to_bytes(4, "little") + \
        b"LZFu" + b"\0\0\0\0" + bytes(body)


def test_compressed_rtf_is_read_as_the_spec_example_says() -> None:
    from safecommit.extract.ole import decompress_rtf

    example = bytes.fromhex("2d0000002b0000004c5a4675f1c5c7a703000a0072637067313235423"
                            "20af32068656c0900206277" "05b06c647d0a800fa0")
    assert decompress_rtf(example) == b"{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n"
    assert decompress_rtf(b"too short") is None
    assert decompress_rtf(example[:8] + b"ZZZZ" + example[12:]) is None  # an unknown kind


@pytest.mark.parametrize("kind", ["html", "rtf"])
def test_a_forwarded_message_with_only_an_html_or_rtf_body_has_its_body_read(
        repo: Repo, cli: Any, kind: str) -> None:
    said = f"Forwarded: the farmer Dafydd Hughes, {EMAIL}, asked us to call"
    if kind == "html":
        body = ("__substg1.0_10130102",
                f"<html><body><p>{said}</p><p>thanks</p></body></html>".encode())
    else:
        body = ("__substg1.0_10090102", lzfu(b"{\\rtf1\\ansi " + said.encode() + b"\\par}"))
    inner = "__attach_version1.0_#00000000/__substg1.0_3701000D/"
    streams = dict([msg_string("0037", "Fw: holding 12"), msg_string("1000", "see below\r\n")])
    streams["__attach_version1.0_#00000000/__substg1.0_3707001F"] = "fw.msg".encode("utf-16-le")
    streams[inner + body[0]] = body[1].ljust(4096, b"\0")
    run = scan(repo, cli, "fw.msg", compound_file(streams))
    assert ("EMAIL_ADDRESS", "attachment fw.msg, message body") in found(run)
    assert not any((place or "").endswith("binary strings") for _, place in found(run))


@pytest.mark.parametrize(("subject", "marking"), [
    ("RE: [SECRET] Visit plan", "SECRET"),
    ("FW: Fwd: OFFICIAL-SENSITIVE: Holding 12 inspection", "OFFICIAL-SENSITIVE"),
    ("RE: Holding 12 inspection [OFFICIAL-SENSITIVE]", "OFFICIAL-SENSITIVE"),
    # the email protective marking standard's tag
    ("RE: Holding 12 inspection [SEC=OFFICIAL:Sensitive]", "OFFICIAL:Sensitive"),
    ("[SEC=OFFICIAL:Sensitive, ACCESS=Legal-Privilege] Holding 12", "OFFICIAL:Sensitive"),
])
def test_a_messages_subject_marks_it_after_its_reply_and_forward_prefixes(
        repo: Repo, cli: Any, subject: str, marking: str) -> None:
    streams = dict([msg_string("0037", subject), msg_string("1000", "See below.\r\n")])
    run = scan(repo, cli, "thread.msg", compound_file(streams))
    assert [(f["masked"], f["place"]) for f in run.json["findings"]
            if f["kind"] == "marking"] == [(marking, "message subject")]


def test_a_messages_subject_that_only_mentions_a_marking_is_not_one(
        repo: Repo, cli: Any) -> None:
    streams = dict([msg_string("0037", "RE: how to mark OFFICIAL-SENSITIVE emails"),
                    msg_string("1000", "See below.\r\n")])
    run = scan(repo, cli, "thread.msg", compound_file(streams))
    assert [f for f in run.json["findings"] if f["kind"] == "marking"] == []


def test_an_outlook_messages_transport_headers_are_placed_as_its_headers(
        repo: Repo, cli: Any) -> None:
    headers = (f"Received: from mail.example.com\r\nFrom: Dafydd Hughes <{EMAIL}>\r\n"
               "Subject: OFFICIAL-SENSITIVE: holding inspection\r\n")
    data = compound_file(dict([
        msg_string("0037", "Holding inspection"),
        msg_string("1000", "Hi,\r\nsee you on site.\r\n"),
        msg_string("007D", headers),
        ("__properties_version1.0", b"\x00" * 32),
    ]))
    parts = extract(Blob("thread.msg", data))
    assert isinstance(parts, list)
    placed = {p.place: p.text for p in parts if isinstance(p, Text)}
    assert placed["message body"].splitlines() == ["Hi,", "see you on site."]
    assert "Subject: OFFICIAL-SENSITIVE: holding inspection" in placed["message headers"]
    run = scan(repo, cli, "thread.msg", data)
    assert {("PROTECTIVE_MARKING", "message headers"),
            ("EMAIL_ADDRESS", "message headers")} <= found(run)


def _record(kind: int, body: bytes) -> bytes:
    return kind.to_bytes(2, "little") + len(body).to_bytes(2, "little") + body


def _biff_string(said: str, wide: bool = False) -> bytes:
    chars = said.encode("utf-16-le" if wide else "latin-1")
    return len(said).to_bytes(2, "little") + bytes([int(wide)]) + chars


def test_a_legacy_workbooks_sheet_header_is_read_without_its_codes(repo: Repo,
                                                                   cli: Any) -> None:
    # A sheet's substream as Excel 97-2003 writes it: BOF, its header and footer, a label.
    stream = (_record(0x0809, b"\x00\x06\x10\x00" + b"\x00" * 12)
              + _record(0x14, _biff_string('&L&"Arial,Bold"Farm data&COFFICIAL-SENSITIVE'))
              + _record(0x15, _biff_string("&CPage &P of &N", wide=True))
              + _record(0x0204, b"\x00" * 6 + _biff_string("Site visits"))
              + _record(0x0A, b""))
    parts = extract(Blob("holdings.xls", compound_file({"Workbook": stream})))
    assert isinstance(parts, list)
    assert [p.text for p in parts if isinstance(p, Text)
            and p.place == "workbook header and footer"] \
        == ["Farm data", "OFFICIAL-SENSITIVE", "Page   of"]
    run = scan(repo, cli, "holdings.xls", compound_file({"Workbook": stream}))
    assert [(f["type"], f["place"]) for f in run.json["findings"]] \
        == [("PROTECTIVE_MARKING", "workbook header and footer")]


def _biff5_string(said: str) -> bytes:
    return bytes([len(said)]) + said.encode("cp1252")


def test_an_excel_95_workbooks_sheet_header_is_read_in_its_own_layout(repo: Repo,
                                                                      cli: Any) -> None:
    # Excel 5 and 95 (BIFF5) keep a workbook in a Book stream, their strings 8-bit.
    stream = (_record(0x0809, b"\x00\x05\x10\x00" + b"\x00" * 4)
              + _record(0x14, _biff5_string("&L&\"Arial,Bold\"Farm data&COFFICIAL-SENSITIVE"))
              + _record(0x15, _biff5_string("&CPage &P"))
              + _record(0x0A, b""))
    parts = extract(Blob("holdings.xls", compound_file({"Book": stream})))
    assert isinstance(parts, list)
    assert [p.text for p in parts if isinstance(p, Text)
            and p.place == "workbook header and footer"] \
        == ["Farm data", "OFFICIAL-SENSITIVE", "Page"]
    run = scan(repo, cli, "holdings.xls", compound_file({"Book": stream}))
    assert [(f["type"], f["place"]) for f in run.json["findings"]] \
        == [("PROTECTIVE_MARKING", "workbook header and footer")]


def test_a_legacy_workbook_header_that_only_mentions_a_marking_is_not_one() -> None:
    stream = _record(0x14, _biff_string("&CHow to handle OFFICIAL-SENSITIVE data"))
    parts = extract(Blob("guide.xls", compound_file({"Workbook": stream})))
    assert isinstance(parts, list)
    from safecommit.detect.markings import hits

    assert not [h for p in parts if isinstance(p, Text)
                for h in hits(p.text, p.syntax, path="guide.xls", place=p.place)]


def test_a_label_a_classification_tool_keeps_in_a_legacy_file_is_its_sensitivity_label() -> None:
    data = compound_file({
        DOCUMENT_SUMMARY: document_summary({"bjDocumentSecurityLabel": "OFFICIAL-SENSITIVE"}),
        "WordDocument": b"\x00\x01Nothing personal here.\x00"})
    parts = extract(Blob("review.doc", data))
    assert isinstance(parts, list)
    props = next(p for p in parts if isinstance(p, Text) and p.place == "document properties")
    assert props.text == "sensitivity label: OFFICIAL-SENSITIVE"
