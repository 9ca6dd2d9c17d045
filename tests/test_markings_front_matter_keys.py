"""Protective markings: a document's front matter holds its own settings, so a key there that
names a classification or a marking, whatever it prefixes (``page_classification``,
``govuk-marking``, ``reportClassification``), is the document's classification field."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize(("name", "key", "value"), [
    ("docs/review.md", "page_classification", '"OFFICIAL-SENSITIVE"'),
    ("docs/review.md", "govuk_classification", "SECRET"),
    ("docs/review.md", "report-marking", "OFFICIAL-SENSITIVE [PERSONAL]"),
    ("docs/review.mdx", "reportClassification", "TOP SECRET"),
    ("site/review.html", "page_classification", "OFFICIAL-SENSITIVE"),
])
def test_a_prefixed_classification_key_in_front_matter_is_a_field(
        name: str, key: str, value: str) -> None:
    content = f"---\ntitle: Incident review\n{key}: {value}\n---\n\n# Incident review\n\nBody.\n"
    assert markings(name, content) == [(3, value.strip('"'))]


@pytest.mark.parametrize("line", [
    "allowed_classifications: [OFFICIAL, OFFICIAL-SENSITIVE, SECRET]",
    "page_classification: secret",  # a commercial scheme's level, in lower case
    "declassification: SECRET",
    "watermarking: SECRET",
])
def test_other_front_matter_keys_are_not_a_classification(line: str) -> None:
    content = f"---\ntitle: Incident review\n{line}\n---\n\n# Incident review\n\nBody.\n"
    assert markings("docs/review.md", content) == []


def test_a_prefixed_key_below_the_front_matter_is_the_pages_text() -> None:
    content = ("---\ntitle: Incident review\n---\n\n# Incident review\n\nIntro.\n\n"
               "More text.\n\nSet page_classification: SECRET in the template.\n\nEnd.\n")
    assert markings("docs/review.md", content) == []
