"""A guide that explains two levels, each the heading of its own section at the same depth
(``## OFFICIAL-SENSITIVE`` then ``## SECRET``, each over its text), is about the scheme: its
first heading is not the guide's banner. A level at the head over a heading of another
depth, or not over a section's text, still marks the document."""

from __future__ import annotations

import pytest

from conftest import found


def markings(name: str, content: str) -> list[str]:
    return found(name, content, kind="marking")


@pytest.mark.parametrize(("name", "content"), [
    ("docs/handling.md", "## OFFICIAL-SENSITIVE\n\nUse this for information that would cause "
     "damage if lost or stolen.\n\n## SECRET\n\nUse this for very sensitive information. "
     "Do not store it on this system.\n"),
    ("docs/handling.md", "# Handling guide\n\n### OFFICIAL-SENSITIVE\nExtra care is needed.\n\n"
     "### TOP SECRET\nNever held on this platform.\n\nAsk the security team.\n"),
    ("docs/handling.adoc", "== OFFICIAL-SENSITIVE\n\nExtra care is needed.\n\n== SECRET\n\n"
     "Never held on this platform.\n"),
])
def test_two_levels_each_heading_a_section_alike_explain_the_scheme(
        name: str, content: str) -> None:
    assert markings(name, content) == []


@pytest.mark.parametrize("content", [
    "# OFFICIAL-SENSITIVE\n\nThe review covers the licences granted.\n\n## SECRET\n\n"
    "Annex B is held elsewhere.\n",
    "## OFFICIAL-SENSITIVE\n## Grazing licence review\n\nThe review covers licences.\n\n"
    "## SECRET\n\nAnnex B is held elsewhere.\n",
    "## OFFICIAL-SENSITIVE\n\nThe review covers licences.\n\n## OFFICIAL-SENSITIVE\n",
])
def test_a_level_heading_a_document_otherwise_still_marks_it(content: str) -> None:
    assert markings("docs/review.md", content)[:1] == ["OFFICIAL-SENSITIVE"]
