"""PERSON: a chat copied out of Teams names its speaker alone on a line after the time in
brackets (``[10:02] <Given> <Surname>``), and a ServiceNow ticket's journal names who wrote
each entry (``2024-03-01 09:12:03 - <Given> <Surname> (Work notes)``): names the lists do
not know too. Cornish and Welsh given names (Merryn, Elowen, Cadoc) are listed. Not people:
a bot, a system account or a team there. The names are made up; none is a real person's."""

from __future__ import annotations

import json

import pytest

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


def test_a_speaker_alone_after_the_time_in_a_copied_chat_is_a_person() -> None:
    content = ("[10:02] Brannagh Felthorpe\nHas anyone got the SFI extract?\n\n"
               "[10:03 AM] Kesiena Quennell\nYes, sent it yesterday\n")
    assert people("chat.txt", content) == ["Brannagh Felthorpe", "Kesiena Quennell"]


@pytest.mark.parametrize("speaker", ["Payments Bot", "Build Pipeline", "Lunch", "Stand Up"])
def test_a_bot_or_an_agenda_item_after_the_time_is_not_a_person(speaker: str) -> None:
    content = f"[10:02] {speaker}\nBuild 412 passed\n"
    assert people("chat.txt", content) == []


@pytest.mark.parametrize("journal", ["Work notes", "Additional comments"])
def test_the_author_of_a_service_now_journal_entry_is_a_person(journal: str) -> None:
    content = json.dumps({"result": [{"number": "INC0012345", "comments":
                          f"2024-03-01 09:12:03 - Kesiena Quennell ({journal})\nReset done"}]})
    assert people("incidents.json", content) == ["Kesiena Quennell"]


@pytest.mark.parametrize("author", ["System Administrator", "Service Desk", "Integration User"])
def test_a_system_account_writing_a_journal_entry_is_not_a_person(author: str) -> None:
    content = f"2024-03-01 09:12:03 - {author} (Work notes)\nAuto-closed\n"
    assert people("ticket.txt", content) == []


@pytest.mark.parametrize("given", ["Merryn", "Elowen", "Cadoc", "Kensa", "Perran"])
def test_cornish_and_welsh_given_names_are_known(given: str) -> None:
    content = f"# Interview notes\n\nHer agent, {given} Polglase, fills in the forms.\n"
    assert people("notes.md", content) == [f"{given} Polglase"]
