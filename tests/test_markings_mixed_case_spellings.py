"""OFFICIAL-SENSITIVE as writers also spell it: the level in capitals and its descriptor
not ("OFFICIAL-Sensitive"), and the descriptor in square brackets ("OFFICIAL [SENSITIVE]"),
as it is in round ones. Each is a banner where OFFICIAL-SENSITIVE would be one; in a
sentence it is a mention."""

from __future__ import annotations

import pytest

from conftest import raw, scanned

BODY = "# Quarterly figures\n\nPayments to farms rose in the year.\n\n" \
    "The figures are in the annex.\n\nMethods are in the appendix.\n"


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize("banner", [
    "OFFICIAL-Sensitive", "OFFICIAL Sensitive", "OFFICIAL-Sensitive: Personal",
    "OFFICIAL [SENSITIVE]",
])
def test_the_level_spelt_in_mixed_case_or_square_brackets_is_a_banner(banner: str) -> None:
    content = f"{banner}\n\n{BODY}"
    assert markings("docs/report.md", content) == [(1, banner)]


def test_a_mixed_case_spelling_is_a_classification_fields_value() -> None:
    content = f"Classification: OFFICIAL-Sensitive\n\n{BODY}"
    assert markings("docs/report.md", content) == [(1, "OFFICIAL-Sensitive")]


@pytest.mark.parametrize("content", [
    f"# Guide\n\nText about OFFICIAL-Sensitive handling is below.\n\n{BODY}",
    f"{BODY}\nMark such files OFFICIAL [SENSITIVE] when they hold personal data.\n\n{BODY}",
])
def test_a_mixed_case_spelling_in_a_sentence_is_a_mention(content: str) -> None:
    assert markings("docs/guide.md", content) == []
