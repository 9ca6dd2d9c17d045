"""PERSON in a Markdown link to a person's mailbox, and what only looks like one there (a
team's mailbox, a link's words).

The names here are made up; none is a real person's.
"""

from __future__ import annotations

import pytest

from safecommit.detect.locate import Locator
from safecommit.detect.names import find
from safecommit.model import Text


def names_in(path: str, text: str, syntax: str) -> list[str]:
    return [text[s.start:s.end] for s in find(Locator(Text(path, text, syntax)))]


# --- a Markdown link to a mailbox: its text is the mailbox's owner's name ---

@pytest.mark.parametrize(("text", "expected"), [
    ("Contact [Zorvath Quellin](mailto:zorvath.quellin@agency.test) for access.\n",
     ["Zorvath Quellin"]),
    ("| Owner | [Brindle Akkerholt](<mailto:bakkerholt@agency.test>) |\n",
     ["Brindle Akkerholt"]),
    ("- [ Ysolde Trevannick ](mailto:ysolde_trevannick@agency.test)\n", ["Ysolde Trevannick"]),
])
def test_a_markdown_mailto_link_names_its_owner(text: str, expected: list[str]) -> None:
    assert names_in("README.md", text, "markdown") == expected


@pytest.mark.parametrize("text", [
    "Email [Grants Support](mailto:grants.support@agency.test).\n",
    "Write to [the team](mailto:team@agency.test) or [Zorvath Quellin](mailto:help@agency.test)\n",
    "See [Jane Doe](mailto:jane.doe@agency.test).\n",
])
def test_a_markdown_mailto_link_that_names_no_one_is_not_flagged(text: str) -> None:
    assert names_in("README.md", text, "markdown") == []
