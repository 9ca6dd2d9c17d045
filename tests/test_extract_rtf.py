"""RTF: escapes read as their characters, hidden groups dropped, every line kept in place.

The people and numbers here are made up; the NI number's prefix is a valid one.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import Repo
from safecommit.extract import extract
from safecommit.extract.rtf import plain
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


def test_document_properties_are_named() -> None:
    line = plain(LETTER).split("\n")[1]
    assert "author: Rhodri Pughe-Morgan" in line
    assert "company: Rural Payments" in line


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


def test_an_rtf_file_is_one_text_read_as_prose() -> None:
    parts = extract(Blob("letters/refund.rtf", LETTER.encode("ascii")))
    assert isinstance(parts, list)
    [text] = parts
    assert isinstance(text, Text) and text.syntax == "text"


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
    lines = plain(rtf).split("\n")
    assert len(lines) == rtf.count("\n") + 1
    assert "k.mensah.3381@gmail.com" in lines[1]
    assert "NP 48 27 91 C" in lines[2]
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
    lines = plain(WATERMARKED).split("\n")
    assert lines[1].split() == ["OFFICIAL-SENSITIVE"]
    repo.write("reports/visit.rtf", WATERMARKED.encode("ascii"))
    run = cli("scan", "--format", "json", "reports/visit.rtf")
    assert [(f["type"], f["line"]) for f in run.json["findings"]] == [("PROTECTIVE_MARKING", 2)]
