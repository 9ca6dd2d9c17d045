"""Protective markings: a CSV's banner as a quoted cell alone on its row, an AsciiDoc
admonition whose text is the marking, and a document's head or foot that gives its marking
then a handling instruction in a sentence of its own."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize(("content", "line"), [
    ('"OFFICIAL-SENSITIVE"\n"case_id","site"\n"C-1","North"\n', 1),
    ('"case_id","site"\n"C-1","North"\n"OFFICIAL-SENSITIVE"\n', 3),
    ('"OFFICIAL-SENSITIVE"\ncase_id,site,status\nC-1,North,open\n', 1),
])
def test_a_quoted_cell_alone_over_or_under_a_table_is_its_banner(content: str, line: int) -> None:
    assert markings("exports/cases.csv", content) == [(line, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize("content", [
    '"level"\n"OFFICIAL"\n"OFFICIAL-SENSITIVE"\n"SECRET"\n',  # a one-column export of levels
    '"level"\n"OFFICIAL"\n"SECRET"\n',
])
def test_a_quoted_value_of_a_one_column_export_is_not_a_banner(content: str) -> None:
    assert markings("exports/levels.csv", content) == []


@pytest.mark.parametrize(("content", "line", "value"), [
    ("= Incident review\n\nNOTE: OFFICIAL-SENSITIVE\n\n== Summary\ntext\n", 3,
     "OFFICIAL-SENSITIVE"),
    ("= Incident review\n\nIMPORTANT: OFFICIAL-SENSITIVE [PERSONAL]\n\n== Summary\ntext\n\n"
     "more\n\nmore\n", 3, "OFFICIAL-SENSITIVE [PERSONAL]"),
    ("= Incident review\n\n== Summary\ntext\n\nmore\n\nCAUTION: TOP SECRET UK EYES ONLY\n", 8,
     "TOP SECRET UK EYES ONLY"),
    ("= Incident review\n\nNOTE: OFFICIAL-SENSITIVE. Do not share outside the programme.\n\n"
     "== Summary\ntext\n", 3, "OFFICIAL-SENSITIVE"),
])
def test_an_asciidoc_admonition_holding_the_marking_marks_the_page(
        content: str, line: int, value: str) -> None:
    assert markings("docs/review.adoc", content) == [(line, value)]


@pytest.mark.parametrize("content", [
    "= Review\n\n== Summary\ntext\n\nmore\n\nWARNING: OFFICIAL-SENSITIVE material must not be "
    "committed.\n\nmore\n\nmore\n",
    "= Review\n\n== Summary\ntext\n\nmore\n\nTIP: SECRET values belong in Key Vault.\n\nmore\n",
    "= Review\n\nWARNING: Documents marked SECRET must not be stored here.\n\nmore\n\nmore\n",
])
def test_an_admonition_about_markings_is_quiet(content: str) -> None:
    assert markings("docs/review.adoc", content) == []


@pytest.mark.parametrize(("name", "content", "value"), [
    ("docs/notes.md", "OFFICIAL-SENSITIVE. Do not share outside the programme.\n\n# Notes\n\n"
     "text\n", "OFFICIAL-SENSITIVE"),
    ("docs/notes.txt", "Notes of the site visit\n\ntext\n\nOFFICIAL-SENSITIVE [PERSONAL]. "
     "Not for onward distribution.\n", "OFFICIAL-SENSITIVE [PERSONAL]"),
])
def test_a_marking_then_a_handling_sentence_at_a_documents_edge_marks_it(
        name: str, content: str, value: str) -> None:
    assert [v for _, v in markings(name, content)] == [value]


@pytest.mark.parametrize("content", [
    "# Notes\n\ntext\n\nSECRET. Do not share it with anyone, rotate it monthly.\n",
    "OFFICIAL-SENSITIVE. This service handles it.\n\n# Notes\n\ntext\n",
])
def test_a_bare_secret_or_a_sentence_without_handling_is_quiet(content: str) -> None:
    assert markings("docs/notes.md", content) == []
