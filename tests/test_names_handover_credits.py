"""PERSON: in a chat message or a free-text cell (prose read whole),
a handover's notes name who built, wrote, manages or set up a thing ("built by
<Given>", "managed by <Given> in the DBA team", "set up by <Given>") and who holds a team's
knowledge ("<Given> wrote most of the ETL", "<Given> knows the history"), when the lists
know the given name and no English word, tool or place spells it; a strict title before
a double-barrelled surname (``Mrs <Word>-<Surname>``) is a person. The names are made
up."""

from __future__ import annotations

import json

import pytest

from conftest import found


def people(name: str, content: str) -> list[str]:
    return found(name, content, type_="PERSON")

def chat(line: str) -> str:
    """A chat export's message holding ``line`` (a list item's mark aside)."""
    return json.dumps({"messages": [{"text": line.removeprefix("- ")}]}) + "\n"


@pytest.mark.parametrize(("line", "who"), [
    ("The dashboards were built by Thaddeus last year.", "Thaddeus"),
    ("Access to the database is managed by Oluwaseun in the DBA team.", "Oluwaseun"),
    ("The ETL was written by Marguerite in 2024.", "Marguerite"),
    ("The alerts were set up by Ravinder.", "Ravinder"),
    ("Marguerite wrote most of the ETL.", "Marguerite"),
    ("For the payments interface, Ravinder knows the history.", "Ravinder"),
    ("Thaddeus owns the release process.", "Thaddeus"),
])
def test_who_built_wrote_or_knows_a_thing_in_a_handover_is_a_person(line: str,
                                                                   who: str) -> None:
    assert people("chat.json", chat(line)) == [who]


@pytest.mark.parametrize("line", [
    "The image is built by Jenkins nightly.", "State is managed by Terraform.",
    "Docs are written by Sphinx from docstrings.", "Python knows the encoding.",
    "Sydney owns the region.", "The map was designed by Natural England.",
    "Backups are set up by Ansible.",
])
def test_a_tool_a_place_or_a_body_there_stays_quiet(line: str) -> None:
    assert people("chat.json", chat(line)) == []


@pytest.mark.parametrize(("line", "who"), [
    ("I've spoken with the keeper, Mr Abernethy-Kaur, and he is happy.", "Mr Abernethy-Kaur"),
    ("Mrs Wren-Okonjo also called about the boundary.", "Mrs Wren-Okonjo"),
])
def test_a_title_before_a_double_barrelled_surname_is_a_person(line: str, who: str) -> None:
    assert people("mail.eml", f"Subject: keeper query\n\n{line}\n") == [who]


@pytest.mark.parametrize("line", [
    "Mr Walking-Stick was the nickname.", "See the Mr Men-Show poster.",
])
def test_a_title_before_a_phrase_stays_quiet(line: str) -> None:
    assert people("notes.md", f"# Notes\n\n{line}\n") == []
