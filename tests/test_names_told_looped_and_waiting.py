"""PERSON: in a chat message or a free-text cell (prose read whole),
in a team's notes and chat, whom a note tells, reminds or nudges ("nobody told
<Given> the demo moved"), loops in ("looping in <Given>"), waits for ("waiting for <Given>
to approve") or shouts out to, and a colleague who is out today or still at a thing
("<Given> is still stuck"), is a person when the lists know the given name; a tool, a
place or an English word there is not. The names are made up."""

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
    ("- Nobody told Cerys the demo moved", "Cerys"),
    ("- Remind Tadhg about the firewall change", "Tadhg"),
    ("- nudged Saoirse on Friday", "Saoirse"),
    ("- Looping in Bartholomew for the data.", "Bartholomew"),
    ("- can you loop in Cerys too?", "Cerys"),
    ("- Lost two days waiting for Saoirse to approve the change", "Saoirse"),
    ("- Shout out to Tadhg for the user research sessions", "Tadhg"),
    ("- I reached out to Cerys about access", "Cerys"),
    ("- Tadhg is still stuck on the Azure config", "Tadhg"),
    ("- Saoirse out today (dentist)", "Saoirse"),
])
def test_whom_a_note_tells_loops_in_or_waits_for_is_a_person(line: str, who: str) -> None:
    assert people("chat.json", chat(line)) == [who]


def test_a_chat_message_loops_in_by_the_same_rule() -> None:
    content = '{"messages": [{"text": "Thanks, looping in Bartholomew for the data"}]}\n'
    assert people("chat.json", content) == ["Bartholomew"]


@pytest.mark.parametrize("line", [
    "- told Jenkins to retry", "- Remind Python users to upgrade",
    "- waiting for Azure to approve the quota", "- waiting for April to start",
    "- loop in Georgia for the export",
    "- Python is still slow here", "- Docker out today for maintenance",
    "- the cut out to Chester was late",
])
def test_a_tool_a_place_or_a_word_there_stays_quiet(line: str) -> None:
    assert people("chat.json", chat(line)) == []
