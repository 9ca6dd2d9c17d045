"""PERSON as a given name alone in a team's notes: a sign-off, a welcome, a farewell, a
thanks for help; and what only looks like one there (a place welcomed to, a month's day).

The names here are common given names; none is a real person's.
"""

from __future__ import annotations

import pytest

from safecommit.detect.locate import Locator
from safecommit.detect.names import find
from safecommit.model import Text


def names_in(path: str, text: str, syntax: str) -> list[str]:
    return [text[s.start:s.end] for s in find(Locator(Text(path, text, syntax)))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Can you merge this today?\n\nTa, Bilal\n", ["Bilal"]),
    ("# Notes\n\nWelcome to Priya, who joins the data team on Monday.\n", ["Priya"]),
    ("# Notes\n\nFriday is Rhodri's last day with us.\n", ["Rhodri"]),
    ("# Notes\n\nThanks for the help from Siobhan on the migration.\n", ["Siobhan"]),
])
def test_a_given_name_in_a_teams_notes_is_found(text: str, expected: list[str]) -> None:
    assert names_in("notes.md", text, "markdown") == expected


@pytest.mark.parametrize("text", [
    "Welcome to Florence, the capital of Tuscany.\n",
    "Welcome to Kew Gardens and the team.\n",
    "Friday is June's last day of the quarter.\n",
    "Ta, Nb and W are refractory metals.\n",
    "With help from Azure support we fixed it.\n",
])
def test_a_place_or_a_month_in_a_teams_notes_is_not_flagged(text: str) -> None:
    assert names_in("notes.md", text, "markdown") == []


# --- an HTML page's list of actions: each item's owner, a given name alone too ---

@pytest.mark.parametrize(("text", "expected"), [
    ("<h2>Actions</h2>\n<ul>\n<li>Priya to update the runbook</li>\n"
     "<li><strong>Rhodri</strong> to review the pipeline</li>\n</ul>\n", ["Priya", "Rhodri"]),
    ('<h3 id="next">Next steps</h3><ol><li>Siobhan will book the room</li></ol>', ["Siobhan"]),
])
def test_an_html_actions_owner_is_found(text: str, expected: list[str]) -> None:
    assert names_in("minutes.html", text, "html") == expected


@pytest.mark.parametrize("text", [
    "<h2>Actions</h2>\n<ul>\n<li>Terraform to apply the plan</li>\n"
    "<li>Jenkins to run the build</li>\n<li>Backups to be moved</li>\n</ul>\n",
    # a list that no actions heading opens
    "<h2>Background</h2>\n<ul>\n<li>Priya to update the runbook</li>\n</ul>\n",
])
def test_an_html_actions_thing_is_not_flagged(text: str) -> None:
    assert names_in("minutes.html", text, "html") == []
