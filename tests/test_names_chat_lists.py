"""PERSON: in a chat export's messages, who will demo or present, and the next names in a
list a found full name opens ("thanks to <Name> and <Given> <Unknown>"). The names are made
up from common given names and invented surnames; none is a real person's."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


@pytest.mark.parametrize(("content", "expected"), [
    ('[{"type": "message", "text": "Megan Tamberley will demo the map at 2pm"}]\n',
     ["Megan Tamberley"]),
    ('[{"type": "message", "text": "Big thanks to Oliver Pellingham and Tobias '
     'Hollisworth"}]\n', ["Oliver Pellingham", "Tobias Hollisworth"]),
])
def test_a_chat_messages_presenter_and_list_of_people(content: str,
                                                      expected: list[str]) -> None:
    assert people("general.json", content) == expected


@pytest.mark.parametrize("content", [
    '[{"type": "message", "text": "Jenkins will demo the pipeline"}]\n',
    '[{"type": "message", "text": "Big thanks to Oliver Pellingham and Natural England"}]\n',
])
def test_a_tool_or_a_body_in_a_chat_message_stays_quiet(content: str) -> None:
    assert [p for p in people("general.json", content) if p != "Oliver Pellingham"] == []
