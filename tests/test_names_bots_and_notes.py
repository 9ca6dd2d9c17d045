"""PERSON in a chat export's users and a team's notes, and what only looks like a person
there (a bot's or an app's user).

The names here are made up; none is a real person's.
"""

from __future__ import annotations

import json

from safecommit.detect.locate import Locator
from safecommit.detect.names import find
from safecommit.model import Text


def names_in(path: str, text: str, syntax: str) -> list[str]:
    return [text[s.start:s.end] for s in find(Locator(Text(path, text, syntax)))]


# --- a chat export's bot users are named for a product or a character, not a person ---

def test_a_chat_exports_bot_user_is_no_person_but_a_member_is() -> None:
    users = [
        {"id": "U1", "name": "helper", "real_name": "Polly", "is_bot": True,
         "profile": {"real_name": "Alexa", "display_name": "Alexa"}},
        {"id": "U2", "name": "flow", "real_name": "Tabitha", "is_app_user": True},
        {"id": "U3", "name": "mquell", "real_name": "Marnie Quellington", "is_bot": False,
         "profile": {"real_name": "Marnie Quellington"}},
    ]
    for text in (json.dumps({"users": users}), json.dumps({"users": users}, indent=2)):
        assert names_in("users.json", text, "json") == ["Marnie Quellington"] * 2


# --- a colleague's given name again, heading a clause after a semicolon ---

def test_a_given_name_again_after_a_semicolon_is_found() -> None:
    text = ("**Attendees:** Fionnuala Ashworth, Ade Pemberton\n\n"
            "- Ade raised the cache issue; Fionnuala will pair on it.\n")
    assert names_in("notes.md", text, "markdown") == [
        "Fionnuala Ashworth", "Ade Pemberton", "Ade", "Fionnuala"]


def test_a_word_after_a_semicolon_that_names_no_one_found_is_not_flagged() -> None:
    text = ("**Attendees:** Fionnuala Ashworth\n\n"
            "- Tiles are slow; Chelsea will get the new cache first.\n")
    assert names_in("notes.md", text, "markdown") == ["Fionnuala Ashworth"]


# --- a place named like a person, before the works or instruments a flood team notes there ---

def test_a_place_before_a_rivers_works_is_no_person() -> None:
    text = ("- Readings now show for Rose Hill and Holly Lane gauges.\n"
            "- Telemetry fixed at the Amber Cole pumping station and Jack Lane weir.\n")
    assert names_in("notes.md", text, "markdown") == []


def test_a_person_who_works_on_a_gauge_is_still_found() -> None:
    text = "- Holly Lane gauged the flow at the weir.\n- Jack Ashworth checked the gauges.\n"
    assert names_in("notes.md", text, "markdown") == ["Holly Lane", "Jack Ashworth"]
