"""PERSON: a mail's line, a chat message or a retro card that opens with news of a
colleague, a given name the lists know then has, will, is or was and what they did or will
do ("<Given> has finished the import", "<Given> will demo it"). Not people: a tool, a place,
an English word or a thing that opens such a line, and a persona in a design doc. The names
are made up."""

from __future__ import annotations

import json

import pytest

from conftest import raw, scanned

_HEAD = "From: Ops <ops@example.com>\nTo: team@example.com\nSubject: Update\n\nMorning all,\n\n"


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


@pytest.mark.parametrize("line", [
    "Siobhan has finished the migration script.",
    "Siobhan has been moved to the payments team.",
    "Siobhan will demo the new search on Friday.",
    "Siobhan is looking into the timeouts.",
    "Siobhan was asked to review the DPIA.",
    "> Siobhan has sent the draft over.",
])
def test_news_of_a_colleague_opening_a_mails_line_names_them(line: str) -> None:
    content = f"{_HEAD}{line}\n\nThanks\n"
    assert people("update.eml", content) == ["Siobhan"]


@pytest.mark.parametrize("line", [
    "Paris will host the next offsite.",
    "Jenkins has failed twice this week.",
    "Apollo has finished the schema upgrade.",
    "Watson is running slowly.",
    "Python is being upgraded next sprint.",
    "Amber has approved the change.",
    "Payments will be down on Sunday.",
    "The import has finished.",
])
def test_a_thing_a_place_or_a_word_opening_a_mails_line_is_not_a_person(line: str) -> None:
    content = f"{_HEAD}{line}\n\nThanks\n"
    assert people("update.eml", content) == []


def test_news_of_a_colleague_opening_a_chat_message_names_them() -> None:
    content = json.dumps([{"type": "message", "user": "U0", "text": "Niamh has merged the fix"},
                          {"type": "message", "user": "U0", "text": "Kafka is lagging again"}])
    assert people("channel.json", content) == ["Niamh"]


def test_a_persona_in_a_design_doc_is_not_news_of_a_colleague() -> None:
    content = "# Journey\n\nSiobhan will see the confirmation banner.\n"
    assert people("journey.md", content) == []


def test_news_of_a_colleague_opening_a_retro_cards_text_names_them() -> None:
    content = ("id,column,text,votes\n1,Went well,Siobhan has fixed the flaky tests,3\n"
               "2,To improve,Jenkins has been slow all sprint,2\n")
    assert people("retro.csv", content) == ["Siobhan"]
