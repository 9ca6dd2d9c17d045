"""OFFICIAL-SENSITIVE in capitals may go on with a department's own descriptor, a word or
two in capitals that is not on the policy's list (``OFFICIAL-SENSITIVE BUDGET``), or a
handling instruction (``… NOT FOR PUBLICATION``): the line is still a banner. A noun that
makes it a title about the level (``OFFICIAL-SENSITIVE DATA``, ``… HANDLING GUIDE``) or a
sentence in capitals does not; SECRET, an ordinary word too, takes only the listed ones."""

from __future__ import annotations

import pytest

from conftest import found

BODY = ("Grazing licence review\nThe review covers licences granted in the last year.\n"
        "More text here on the figures.\n")


def markings(name: str, content: str) -> list[str]:
    return found(name, content, kind="marking")


@pytest.mark.parametrize("banner", [
    "OFFICIAL-SENSITIVE BUDGET", "OFFICIAL-SENSITIVE CABINET", "OFFICIAL-SENSITIVE EMBARGOED",
    "OFFICIAL-SENSITIVE HMG ONLY", "OFFICIAL-SENSITIVE LEGAL PRIVILEGE",
    "OFFICIAL-SENSITIVE NOT FOR PUBLICATION", "OFFSEN INVESTIGATIONS",
])
def test_official_sensitive_with_its_own_descriptor_is_a_banner(banner: str) -> None:
    found = markings("docs/review.txt", f"{banner}\n{BODY}")
    assert len(found) == 1 and banner.startswith(found[0])


@pytest.mark.parametrize("heading", [
    "# OFFICIAL-SENSITIVE DATA", "# OFFICIAL-SENSITIVE HANDLING GUIDE",
    "# OFFICIAL-SENSITIVE MATERIAL MUST NOT BE COMMITTED", "# OFFICIAL-SENSITIVE IS NOT ALLOWED",
    "# OFFICIAL-SENSITIVE BANNER", "# SECRET CABINET", "# SECRET SANTA",
])
def test_a_title_about_the_level_or_secret_with_any_word_is_not_a_banner(heading: str) -> None:
    content = f"{heading}\n\nThis page explains how the service treats it.\nMore text here.\n"
    assert markings("docs/guide.md", content) == []
