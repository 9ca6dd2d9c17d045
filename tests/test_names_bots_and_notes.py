"""PERSON in a chat export's users and a team's notes, and what only looks like a person
there (a bot's or an app's user).

The names here are made up; none is a real person's.
"""

from __future__ import annotations

import json

import pytest

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


# --- who did a thing, by a verb and "by", and a case's or a grant's people by their role ---

@pytest.mark.parametrize("line", [
    "- Docs contributed by Threnody Quillfeather (#130)",
    "Proposed by Threnody Quillfeather at the design authority.",
    "- Requested by Threnody Quillfeather",
    "Submitted by: Threnody Quillfeather",
    "Checked by: Threnody Quillfeather",
    "Minutes: Threnody Quillfeather",
    "Case officer: Threnody Quillfeather",
    "**Deputy director:** Threnody Quillfeather",
    "Landowner: Threnody Quillfeather",
    "Requestor: Threnody Quillfeather",
])
def test_a_name_no_list_holds_after_who_did_it_or_a_role_is_found(line: str) -> None:
    assert names_in("notes.md", line + "\n", "markdown") == ["Threnody Quillfeather"]


@pytest.mark.parametrize("line", [
    "- Proposed by Natural England",
    "- Raised by Dependabot",
    "- Reported by Public Health England",
    "Created by: Terraform Cloud",
    "Minutes: See SharePoint",
    "Minutes: 45",
    "Case officer: Not Assigned",
    "Agent: Mozilla Firefox",
    "Tenant: Contoso Ltd",
    "Sponsor: Flood Programme Board",
    "Requester: Grants Portal",
])
def test_a_thing_after_who_did_it_or_a_role_is_not_flagged(line: str) -> None:
    assert names_in("notes.md", line + "\n", "markdown") == []


# --- an AI assistant co-authors commits under a tool's name, not a person's ---

@pytest.mark.parametrize("text", [
    "Co-Authored-By: Claude Opus 4.1 <noreply@anthropic.com>\n",
    "Co-authored-by: Claude <noreply@anthropic.com>\n",
    "Generated with Claude Code\n",
    "Reviewed-by: Devin AI <devin@example.test>\n",
])
def test_an_ai_assistant_co_author_is_no_person(text: str) -> None:
    assert names_in("COMMIT_EDITMSG", text, "text") == []


def test_a_person_named_like_an_assistant_is_still_found() -> None:
    text = "Co-authored-by: Claude Ashworth <claude.ashworth@example.test>\n"
    assert names_in("COMMIT_EDITMSG", text, "text") == ["Claude Ashworth"]
