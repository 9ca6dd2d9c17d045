"""PERSON: in a chat message or a free-text cell (prose read whole),
whom a note adds to a group of people ("add <Given> to the Slack channel") and
who passed a thing on at a sentence's end ("came in via <Given>.") are people; a tool, a
place or a season there is not. A typeface's family ("<Word> Sans", "… Serif", a
``familyName`` in a theme's typography) and a Unicode block's name ("… Symbols") are not
people. The names are made up."""

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
    ("- Can someone add Marguerite to the group?", "Marguerite"),
    ("- add Ravinder to the Slack channel", "Ravinder"),
    ("- Added Thaddeus to the on-call rota", "Thaddeus"),
    ("- please add Thaddeus Okoro to the Teams channel", "Thaddeus Okoro"),
    ("- The licence came in via Thaddeus.", "Thaddeus"),
    ("- Got the extract via Ravinder", "Ravinder"),
])
def test_whom_a_note_adds_to_a_group_or_got_a_thing_via_is_a_person(line: str,
                                                                     who: str) -> None:
    assert people("chat.json", chat(line)) == [who]


def test_a_chat_message_adds_and_credits_by_the_same_rule() -> None:
    content = ('{"messages": [{"text": "can someone add Marguerite to the channel? '
               'she got it via Thaddeus."}]}\n')
    assert people("chat.json", content) == ["Marguerite", "Thaddeus"]


@pytest.mark.parametrize("line", [
    "- add Docker to the group", "- add Redis to the path", "- add Chester to the list",
    "- add Georgia to the channel list", "- Added Monday to the rota",
    "- add Summer to the invite", "- add Lambda to the group",
    "- add Ravinder to the path", "- deploy via Jenkins.", "- route traffic via Sydney.",
    "- data flows via Kafka.", "- sent via Royal Mail.", "- Travelled via Lincoln.",
    "- request came via Thaddeus and the service desk",
])
def test_a_tool_a_place_or_no_group_after_add_or_via_stays_quiet(line: str) -> None:
    assert people("chat.json", chat(line)) == []


THEME_JSON = """\
{
  "typography": {
    "fontFamily": "Fira Sans",
    "familyName": "Cormorant Garamond",
    "serifFamily": "Noto Serif",
    "mono": "Ubuntu Mono"
  }
}
"""


def test_a_themes_font_families_are_not_people() -> None:
    assert people("theme.json", THEME_JSON) == []


def test_a_font_family_in_a_typescript_theme_is_not_a_person() -> None:
    content = ('export const theme = {\n'
               '  headingFont: { familyName: "Noto Sans", weight: 700 },\n'
               '};\n')
    assert people("theme.ts", content) == []


def test_a_unicode_blocks_name_is_not_a_person() -> None:
    assert people("blocks.py", 'BLOCK = "Tai Xuan Jing Symbols"\n') == []


def test_a_persons_family_name_away_from_fonts_is_still_a_surname() -> None:
    content = '{\n  "applicant": {\n    "familyName": "Garamond Okafor"\n  }\n}\n'
    assert people("applicant.json", content) == ["Garamond Okafor"]
