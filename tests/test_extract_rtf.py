"""RTF: escapes read as their characters, hidden groups dropped, every line kept in place.

The people and numbers here are made up; the NI number's prefix is a valid one.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import Repo
from safecommit.extract import extract
from safecommit.extract.rtf import plain, read
from safecommit.model import Blob, Text

# As WordPad and Word save a short letter: a font table, a generator, the document's
# properties, then the body, one paragraph a line.
LETTER = (
    "{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang2057"
    "{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}\n"
    "{\\*\\generator Riched20 10.0.19041}"
    "{\\info{\\author Rhodri Pughe-Morgan}{\\company Rural Payments}}\\viewkind4\\uc1\n"
    "\\pard\\sa200\\sl276\\slmult1\\f0\\fs22\\lang9 Dear Si\\'e2n Llywelyn,\\par\n"
    "Your NI number NP 48 27 91 C is on file.\\par\n"
    "\\b Address:\\b0  14 Heol y Bont, Caerfyrddin SA31 1DR\\par\n"
    "}\n"
)


def test_escapes_become_characters_and_hidden_groups_go() -> None:
    text = plain(LETTER)
    assert "Dear Si\u00e2n Llywelyn," in text
    assert "Calibri" not in text and "Riched20" not in text
    assert "\\" not in text and "{" not in text


def test_every_line_stays_the_files_line() -> None:
    lines = plain(LETTER).split("\n")
    assert len(lines) == LETTER.count("\n") + 1
    assert "NP 48 27 91 C" in lines[3]
    assert "SA31 1DR" in lines[4]


def test_document_properties_are_read_apart_each_on_its_line() -> None:
    doc = read(LETTER)
    assert doc.properties == [("author", 2, "Rhodri Pughe-Morgan"),
                              ("company", 2, "Rural Payments")]
    assert "Rhodri" not in doc.body and doc.body.count("\n") == LETTER.count("\n")


@pytest.mark.parametrize(("rtf", "expected"), [
    ("O\\rquote Sullivan", "O\u2019Sullivan"),
    ("Zo\\u235?", "Zo\u00eb"),  # \uN, then the one fallback character a plain reader shows
    ("\\uc2 Zo\\u235\\'3f\\'3f!", "Zo\u00eb!"),  # \ucN: N fallback characters
    ("{\\*\\unknownextension hidden}shown", "shown"),
    ("a\\~b\\_c\\-d", "a\u00a0b-cd"),
    ("{\\ansicpg1251 }\\'cf\\'e5\\'f2\\'f0\\'ee", "\u041f\u0435\u0442\u0440\u043e"),
    ("name\\tab Jane", "name\tJane"),
])
def test_control_words_and_escapes(rtf: str, expected: str) -> None:
    assert plain(rtf).strip() == expected


def test_an_rtf_files_body_is_read_as_prose_and_its_properties_as_properties() -> None:
    parts = extract(Blob("letters/refund.rtf", LETTER.encode("ascii")))
    assert isinstance(parts, list)
    body, *properties = parts
    assert isinstance(body, Text) and body.syntax == "text" and body.place is None
    assert [(p.place, p.first_line, p.spans[0][1]) for p in properties if isinstance(p, Text)] \
        == [("document properties", 2, "property author"),
            ("document properties", 2, "property company")]


def test_personal_data_in_an_rtf_letter_is_reported_on_its_line(repo: Repo, cli: Any) -> None:
    repo.write("letters/refund.rtf", LETTER)
    run = cli("scan", "--format", "json", "letters/refund.rtf")
    assert run.code == 1
    found = {(f["type"], f["line"]) for f in run.json["findings"]}
    assert {("PERSON", 2), ("PERSON", 3), ("UK_NINO", 4), ("UK_POSTCODE", 5)} <= found


def test_bytes_that_are_not_utf8_are_still_read(repo: Repo, cli: Any) -> None:
    repo.write("letters/old.rtf", b"{\\rtf1\\ansi \xa3 refund to NP 48 27 91 C\\par\n}\n")
    run = cli("scan", "--format", "json", "letters/old.rtf")
    assert run.code == 1
    assert [f["type"] for f in run.json["findings"]] == ["UK_NINO"]


def test_headers_footers_comments_and_link_targets_are_read_on_their_lines() -> None:
    rtf = ("{\\rtf1\\ansi\n"
           "{\\header Case officer k.mensah.3381@gmail.com}\n"
           "{\\footer NI number NP 48 27 91 C}\n"
           "Claim{\\*\\atnauthor Rhodri Pughe-Morgan}{\\*\\annotation ring 07700 900123}\\par\n"
           "{\\field{\\*\\fldinst HYPERLINK \"mailto:t.nwosu.7713@gmail.com\"}{\\fldrslt write}}\n"
           "{\\*\\unknownextension hidden}\n}")
    doc = read(rtf)
    lines = doc.body.split("\n")
    assert len(lines) == rtf.count("\n") + 1
    assert [(name, line, words.strip()) for name, line, words in doc.running] == [
        ("header", 2, "Case officer k.mensah.3381@gmail.com"),
        ("footer", 3, "NI number NP 48 27 91 C")]
    assert "comment by: Rhodri Pughe-Morgan" in lines[3] and "comment: ring 07700" in lines[3]
    assert not lines[3].startswith("Claimcomment")
    assert "t.nwosu.7713@gmail.com" in lines[4]
    assert "hidden" not in lines[5]


# A watermark as Word saves one in RTF: WordArt in the header, its words a shape property.
WATERMARKED = (
    "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\n"
    "{\\header\\pard\\plain{\\shp{\\*\\shpinst\\shpleft0\\shptop0\\shpright9000\\shpbottom2000"
    "{\\sp{\\sn shapeType}{\\sv 136}}{\\sp{\\sn fillColor}{\\sv 12632256}}"
    "{\\sp{\\sn gtextUNICODE}{\\sv OFFICIAL-SENSITIVE}}{\\sp{\\sn fGtext}{\\sv 1}}}}\\par}\n"
    "\\pard Visit findings\\par\n"
    "The visit found three issues.\\par\n"
    "}\n"
)


def test_a_watermarks_words_are_read_and_a_shapes_settings_are_not(repo: Repo,
                                                                    cli: Any) -> None:
    [(name, line, words)] = read(WATERMARKED).running
    assert (name, line, words.split()) == ("header", 2, ["OFFICIAL-SENSITIVE"])
    repo.write("reports/visit.rtf", WATERMARKED.encode("ascii"))
    run = cli("scan", "--format", "json", "reports/visit.rtf")
    assert [(f["type"], f["line"]) for f in run.json["findings"]] == [("PROTECTIVE_MARKING", 2)]


# As Word saves a labelled document: the properties and the custom ones that hold its
# sensitivity label on one line, the header on the same line as the body's first words.
LABELLED = (
    "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\n"
    "{\\info{\\title Grant review}{\\keywords OFFICIAL-SENSITIVE}{\\*\\company Example Agency}}"
    "{\\*\\userprops {\\propname MSIP_Label_0a1b2c3d-0000-4000-8000-00000000000a_Name}"
    "\\proptype30{\\staticval OFFICIAL-SENSITIVE}"
    "{\\propname MSIP_Label_0a1b2c3d-0000-4000-8000-00000000000a_Enabled}"
    "\\proptype30{\\staticval true}}\n"
    "\\sectd{\\header \\pard\\plain \\qc\\f0\\fs20 OFFICIAL-SENSITIVE\\par}"
    "\\pard\\plain Visit findings\\par\n"
    "The visit found three issues.\\par\n"
    "}\n"
)


def test_a_marking_among_the_properties_or_in_a_header_marks_the_document(repo: Repo,
                                                                         cli: Any) -> None:
    repo.write("reports/review.rtf", LABELLED.encode("ascii"))
    run = cli("scan", "--format", "json", "reports/review.rtf")
    found = {(f["type"], f["line"], f.get("place")) for f in run.json["findings"]}
    assert found == {("PROTECTIVE_MARKING", 2, "property keywords"),
                     ("PROTECTIVE_MARKING", 2, "property sensitivity label"),
                     ("PROTECTIVE_MARKING", 3, "header 1")}


def test_the_same_words_in_a_title_footer_or_subject_that_only_mention_them_are_not_markings(
        repo: Repo, cli: Any) -> None:
    rtf = ("{\\rtf1\\ansi{\\info{\\title Grant review - draft}{\\keywords secret shopper, grants}"
           "{\\subject How we handle OFFICIAL-SENSITIVE data}}\\pard Visit findings\\par\n"
           "{\\header\\pard\\qc Page 1 of 2\\par}{\\footer\\pard Keep this secret till launch\\par}"
           "\n}\n")
    repo.write("reports/draft.rtf", rtf.encode("ascii"))
    run = cli("scan", "--format", "json", "reports/draft.rtf")
    assert run.json["findings"] == []


def test_words_commented_in_the_documents_comments_box_read_as_its_description() -> None:
    parts = extract(Blob("notes.rtf", b"{\\rtf1{\\info{\\doccomm Site visit}{\\operator Ann}}}"))
    assert isinstance(parts, list)
    assert [p.text for p in parts[1:] if isinstance(p, Text)] \
        == ["description: Site visit", "last modified by: Ann"]
