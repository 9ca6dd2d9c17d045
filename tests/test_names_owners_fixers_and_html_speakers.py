"""PERSON: who takes a piece of work on ("<Given> will own the migration") and who mended
or owns it ("patched by <Given> <Unknown>"), in notes and code comments, and a transcript
saved as a web page, whose paragraphs open with their speaker in bold. The names are made up
from common given names and invented surnames; none is a real person's."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("notes.md", "Rhys Drewitt will own the migration work.\n", ["Rhys Drewitt"]),
    ("notes.md", "Rhys will own the migration work.\n", ["Rhys"]),
    ("notes.md", "Fiona Oxshawe will pick up the audit.\n", ["Fiona Oxshawe"]),
    ("CHANGELOG.md", "The memory leak was patched by Nadia Marlowby.\n", ["Nadia Marlowby"]),
    ("CHANGELOG.md", "- Timeout retries, implemented by Nadia.\n", ["Nadia"]),
    ("retry.py", "# Patched by Nadia Marlowby until the library is fixed\nx = 1\n",
     ["Nadia Marlowby"]),
])
def test_an_owner_or_a_fixer_of_a_piece_of_work(name: str, content: str,
                                                expected: list[str]) -> None:
    assert people(name, content) == expected


@pytest.mark.parametrize("content", [
    "Jenkins will own the nightly deploy.\n",
    "Georgia will lead the region rollout.\n",
    "The fix was patched by Dependabot.\n",
    "The dataset is owned by Natural England.\n",
    "The bucket is owned by Platform Engineering.\n",
    "Implemented by Apache Kafka streams.\n",
])
def test_a_tool_a_place_or_a_body_in_those_shapes_stays_quiet(content: str) -> None:
    assert people("notes.md", content) == []


@pytest.mark.parametrize(("content", "expected"), [
    ("<p><strong>Helen Brackwell:</strong> Happy to help.</p>\n", ["Helen Brackwell"]),
    ("<p><b>Tobias Hollisworth</b>: We use the paper form.</p>\n", ["Tobias Hollisworth"]),
    ("<p><strong>Tobias:</strong> We use the paper form.</p>\n", ["Tobias"]),
])
def test_a_web_pages_speaker_in_bold(content: str, expected: list[str]) -> None:
    assert people("interview-3.html", content) == expected


@pytest.mark.parametrize("content", [
    "<p><strong>Interviewer:</strong> Thanks for joining.</p>\n",
    "<p><strong>Status:</strong> Open</p>\n",
    "<p><strong>Chester:</strong> 3 farms visited</p>\n",
    "<p><b>Grace Period:</b> 14 days</p>\n",
    "<p><strong>Joe Bloggs:</strong> a placeholder</p>\n",
    "<p><strong>Azure Functions:</strong> for the API</p>\n",
])
def test_a_web_pages_bold_label_that_names_no_one_stays_quiet(content: str) -> None:
    assert people("interview-3.html", content) == []
