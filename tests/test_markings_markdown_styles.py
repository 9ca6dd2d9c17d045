"""Protective markings: a README's banner styled as Markdown writers style it (emoji beside
it, italics by underscores, emphasis closed before its descriptor or handling text) is a
banner at the document's head or foot; a bold glossary of the levels is still a list."""

from __future__ import annotations

import pytest

from conftest import raw, scanned

BODY = "# Holdings service\n\nThe body text of the document.\n\nMore body text here.\n"


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize(("banner", "marking"), [
    ("\U0001f512 OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
    ("\u26a0\ufe0f **OFFICIAL-SENSITIVE [PERSONAL]**", "OFFICIAL-SENSITIVE [PERSONAL]"),
    ("\U0001f6ab TOP SECRET UK EYES ONLY \U0001f6ab", "TOP SECRET UK EYES ONLY"),
    ("_OFFICIAL-SENSITIVE: PERSONAL_", "OFFICIAL-SENSITIVE: PERSONAL"),
    ("__SECRET - UK EYES ONLY__", "SECRET - UK EYES ONLY"),
    ("**OFFICIAL-SENSITIVE** - not for onward distribution", "OFFICIAL-SENSITIVE"),
    ("**OFFICIAL-SENSITIVE**: PERSONAL", "OFFICIAL-SENSITIVE"),
    ("> **OFFICIAL-SENSITIVE [PERSONAL]** - do not share outside the team",
     "OFFICIAL-SENSITIVE [PERSONAL]"),
    (":warning: OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"),
])
@pytest.mark.parametrize("at", ["head", "foot"])
def test_a_styled_banner_at_a_readmes_head_or_foot_is_a_marking(
        banner: str, marking: str, at: str) -> None:
    content = f"{banner}\n\n{BODY}" if at == "head" else f"{BODY}\n{banner}\n"
    line = 1 if at == "head" else content.count("\n")
    assert markings("README.md", content) == [(line, marking)]


@pytest.mark.parametrize("content", [
    # a glossary of the levels, each in bold
    "# Levels\n\n**OFFICIAL** - the default level.\n\n"
    "**OFFICIAL-SENSITIVE** - needs approval before use with AI tools.\n\n"
    "**SECRET** - never use with AI tools.\n",
    # an identifier in capitals, and a picture beside a sentence about a level
    "# Settings\n\nSet __SECRET_KEY__ in the environment.\n\nMore text.\n\nMore.\n",
    "# Handling\n\nIntro.\n\nMore.\n\n"
    "\U0001f512 Documents marked OFFICIAL-SENSITIVE need approval.\n",
])
def test_styled_words_about_the_levels_are_not_a_banner(content: str) -> None:
    assert markings("docs/handling.md", content) == []
