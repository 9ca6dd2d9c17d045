"""A banner in italics by underscores (``_OFFICIAL-SENSITIVE_``) is a banner in AsciiDoc,
Org and plain text, as in Markdown: the underscores are emphasis, not part of a name. A
constant's underscores (``SECRET_KEY_BASE``) stay a name."""

from __future__ import annotations

import pytest

from conftest import raw, scanned

BODY = "Title\n\nSome text about the service.\n\nMore text about the service.\n"


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize("name", ["docs/runbook.adoc", "notes/standup.txt", "notes/plan.org"])
def test_a_banner_in_italics_by_underscores_marks_the_document(name: str) -> None:
    assert markings(name, f"_OFFICIAL-SENSITIVE_\n\n{BODY}") == [(1, "OFFICIAL-SENSITIVE")]
    assert markings(name, f"{BODY}\n_OFFICIAL-SENSITIVE_\n") == [(7, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize("content", [
    f"{BODY}\nSet _SECRET_KEY_ in the environment.\n\nEnd.\n",
    f"{BODY}\nSECRET_KEY_BASE\n",
])
def test_a_constants_underscores_stay_a_name(content: str) -> None:
    assert markings("notes/setup.txt", content) == []
