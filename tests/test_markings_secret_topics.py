"""A heading in capitals about secret values ("# SECRET MANAGEMENT", "SECRET - KEY VAULT",
"SECRET / TOKEN UTILITIES") titles code or a page about them: SECRET there is an ordinary
word, not a marking. SECRET alone, with a caveat, a codeword, a handling instruction or
naming other contents still marks."""

from __future__ import annotations

import pytest

from conftest import raw, scanned

CODE = "import os\n\n\ndef rotate() -> int:\n    return 1\n"
PAGE = "How the platform rotates values.\n\nMore text about the rotation.\n"


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize("heading", [
    "SECRET MANAGEMENT", "SECRET POLICY", "SECRET - KEY VAULT", "SECRET: KEY VAULT ACCESS",
    "SECRET / TOKEN UTILITIES", "SECRET / PASSWORD HELPERS",
])
def test_a_heading_about_secret_values_is_not_a_marking(heading: str) -> None:
    assert markings("src/vault.py", f"# {heading}\n{CODE}") == []
    assert markings("docs/vault.md", f"# {heading}\n\n{PAGE}") == []


@pytest.mark.parametrize(("heading", "value"), [
    ("SECRET", "SECRET"),
    ("SECRET - UK EYES ONLY", "SECRET - UK EYES ONLY"),
    ("SECRET STRAP 1", "SECRET STRAP 1"),
    ("SECRET: CASE NOTES", "SECRET"),
    ("SECRET - KEY MATERIAL - NOT FOR ONWARD DISTRIBUTION", "SECRET"),
])
def test_secret_alone_with_a_caveat_or_handling_still_marks(heading: str, value: str) -> None:
    assert markings("src/cases.py", f"# {heading}\n{CODE}") == [(1, value)]


@pytest.mark.parametrize("content", [
    "[SECRET] value redacted\n2024-01-01 10:00:00 INFO started\n2024-01-01 10:00:01 INFO done\n",
    "(SECRET) the value comes from Key Vault.\n\nMore text.\n",
])
def test_a_bracketed_secret_before_lower_case_words_tags_a_value(content: str) -> None:
    assert markings("logs/app.log", content) == []


def test_a_bracketed_level_before_a_paragraph_is_still_a_portion_marking() -> None:
    content = "[SECRET] The source is reliable.\n\nMore text.\n"
    assert markings("docs/brief.md", content) == [(1, "SECRET")]
