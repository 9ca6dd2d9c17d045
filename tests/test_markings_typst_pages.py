"""A Typst page's running header and footer, and its background (a watermark), show their
content block on every page: a marking there (``#set page(header: align(center)[…])``, or
a block nested under ``header: [``) marks the document. A table's cell or a block that is
not nested under such a part is the page's text, read as any text is."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned("reports/review.typ", content)
            if f.kind == "marking"]


@pytest.mark.parametrize(("content", "found"), [
    ("#set page(header: align(center)[OFFICIAL-SENSITIVE], footer: align(center)"
     "[OFFICIAL-SENSITIVE])\n#set text(font: \"Arial\")\n\n= Herd movement review\n\n"
     "Breakdowns rose in the south west during the year under review.\n"
     "The figures are in the annex.\n",
     [(1, "OFFICIAL-SENSITIVE"), (1, "OFFICIAL-SENSITIVE")]),
    ("#set page(\n  header: [\n    #set align(center)\n    *OFFICIAL-SENSITIVE*\n  ],\n)\n"
     "= Herd movement review\n\nBreakdowns rose in the south west during the year.\n"
     "The figures are in the annex.\nMethods are in the appendix.\n",
     [(4, "OFFICIAL-SENSITIVE")]),
    ("#set page(background: rotate(45deg, text(80pt, fill: red.lighten(80%))"
     "[SECRET]))\n\n= Herd review\n\nBreakdowns rose in the south west during the year.\n"
     "The figures are in the annex.\nMethods are in the appendix.\n", [(1, "SECRET")]),
])
def test_a_marking_in_a_typst_pages_running_part_marks_it(
        content: str, found: list[tuple[int, str]]) -> None:
    assert markings(content) == found


@pytest.mark.parametrize("content", [
    "#set page(header: [Defra data team])\n\n= Classification levels\n\n"
    "#table(columns: 2,\n  [OFFICIAL-SENSITIVE], [Extra care],\n"
    "  [SECRET], [Serious threats],\n)\n",
    "#set page(\n  header: [Defra],\n)\n= Levels\n\nSome text about the levels here.\n"
    "#table(\n  [Level], [Meaning],\n  [OFFICIAL-SENSITIVE], [Extra care],\n)\n"
    "More text about handling follows here.\nAnd a closing line of text.\n",
])
def test_a_typst_table_of_levels_is_not_a_marking(content: str) -> None:
    assert markings(content) == []
