"""PERSON: an issue tracker's and a video call's exports, whose columns are people by the
tool's own header; an action's owner who "will" do it in a list of actions; a place named
for a titled person; and a firm's name in a list of authors. The names here are made up."""

from __future__ import annotations

import pytest

from safecommit.detect.locate import Locator
from safecommit.detect.names import find
from safecommit.model import Text


def names_in(path: str, text: str, syntax: str) -> list[str]:
    return [text[s.start:s.end] for s in find(Locator(Text(path, text, syntax)))]


# --- an issue tracker's export: its people columns, whatever their names ----------------

_TRACKER = ("Summary,Issue key,Status,Reporter,Creator,Watchers,Custom field (Product Owner)\n"
            "Broken layer,ABC-12,Open,Quillon Farraday,Zebedee Quartermaine,"
            "Ottoline Braithwaite,Peregrine Vantreight\n")


def test_an_issue_trackers_export_names_its_people_columns() -> None:
    assert names_in("export.csv", _TRACKER, "csv") == [
        "Quillon Farraday", "Zebedee Quartermaine", "Ottoline Braithwaite",
        "Peregrine Vantreight"]


def test_a_work_item_exports_assignee_is_a_person() -> None:
    text = ('ID,Work Item Type,Title,Assigned To,State\n'
            '101,User Story,Upload a map,Quillon Farraday,Active\n')
    assert names_in("work-items.csv", text, "csv") == ["Quillon Farraday"]


def test_the_same_columns_without_a_trackers_header_stay_generic() -> None:
    # a test run's reporter and a tool's creator, in a table that is no tracker's
    text = "Suite,Reporter,Creator\nsmoke,Quillon Farraday,Zebedee Quartermaine\n"
    assert names_in("runs.csv", text, "csv") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a video call's participants, its own header: the name they joined with, and the one
    # they had before they renamed themselves
    ("Name (Original Name),User Email,Total Duration (Minutes),Guest\n"
     "Quillon Farraday (Q Farraday),,59,Yes\n", ["Quillon Farraday"]),
    ("Attended,User Name (Original Name),Email,Time in Session (minutes)\n"
     "Yes,Zebedee Quartermaine,,40\n", ["Zebedee Quartermaine"]),
    # an upload's original file name is no one's
    ("id,Original Name,size\n1,Quarterly Summary,12\n", []),
])
def test_a_video_calls_participant_export_names_people(text: str, expected: list[str]) -> None:
    assert names_in("participants.csv", text, "csv") == expected


# --- actions: "<given> will …" in a list of actions --------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("# Minutes\n\n## Actions\n- Aoibheann will send the draft to policy\n"
     "- Tobenna will book the lab\n", ["Aoibheann", "Tobenna"]),
    ("## Next steps\n\n1. Aoibheann Farraday will chase the supplier\n",
     ["Aoibheann Farraday"]),
    ("- [ ] Aoibheann will update the risk log\n", ["Aoibheann"]),
    ("ACTION: Aoibheann will circulate the slides\n", ["Aoibheann"]),
])
def test_an_actions_owner_who_will_do_it(text: str, expected: list[str]) -> None:
    assert names_in("minutes.md", text, "markdown") == expected


@pytest.mark.parametrize("text", [
    # prose, and a list that is no list of actions
    "Aoibheann will be pleased with that.\n",
    "## Notes\n- Aoibheann will be there too\n- Users will see the banner\n",
    "## Features\n- Travis will run the build\n- Jenkins will deploy it\n",
    "## Actions\n- Team will review the backlog\n- Everyone will read it\n",
])
def test_will_in_prose_or_a_list_of_features_names_no_one(text: str) -> None:
    assert names_in("notes.md", text, "markdown") == []


# --- a place named for a titled person ---------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The workshop was at Lady Margaret Hall, then Sir Thomas House.\n", []),
    ("Meet at Dame Alice Court at noon.\n", []),
    ("Surveyed Lady Margaret Hall Meadow and Sir Thomas House Gardens.\n", []),
    # a titled person is still one
    ("Lady Margaret Farraday opened the show.\n", ["Lady Margaret Farraday"]),
    ("Dr Margaret Hall signed the form.\n", ["Dr Margaret Hall"]),
])
def test_a_building_named_for_a_titled_person_is_a_place(text: str,
                                                         expected: list[str]) -> None:
    assert names_in("notes.md", text, "markdown") == expected


# --- a firm in a list of authors ---------------------------------------------------------

def test_a_firms_name_in_an_authors_file_is_no_person() -> None:
    text = ("# Contributors\nAcme Widgets\nQuillon Farraday\nNorthwind Analytics\n"
            "Globex Apps\n")
    assert names_in("CONTRIBUTORS", text, "authors") == ["Quillon Farraday"]


# --- a RACI chart, and an owner's column that gives a given name alone ------------------

def test_a_raci_charts_columns_are_people_the_lists_may_not_know() -> None:
    text = ("| Activity | Responsible | Accountable | Consulted | Informed |\n"
            "|---|---|---|---|---|\n"
            "| Migration | Quillon Farraday | Zebedee Quartermaine | DBA team | All staff |\n")
    assert names_in("raci.md", text, "markdown") == ["Quillon Farraday",
                                                     "Zebedee Quartermaine"]


@pytest.mark.parametrize(("text", "expected"), [
    ("| Action | Owner | Due |\n|---|---|---|\n| Chase licence | Bartholomew | Friday |\n"
     "| Fix build | Platform | Monday |\n| Update docs | FPJ | Monday |\n", ["Bartholomew"]),
    ("| Component | Lead |\n|---|---|\n| API | Jenkins |\n| Maps | Will |\n", []),
])
def test_a_given_name_alone_in_a_tables_owner_column(text: str, expected: list[str]) -> None:
    assert names_in("actions.md", text, "markdown") == expected


# --- user research: a participant's number, then their name ------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("P3 (Bartholomew) said the map was confusing.\n", ["Bartholomew"]),
    ("P5 (Gwilym, sheep farmer) wanted a paper form.\n", ["Gwilym"]),
    ("P7 \u2013 Hamish \u2013 uses a shared laptop.\n", ["Hamish"]),
    ("Participant 2: Aoibheann Farraday, dairy\n", ["Aoibheann Farraday"]),
    # a priority, a form's number and a step are no participants
    ("P1 (Critical) bugs first. P2 - Major issues next. P60 (Employer) forms.\n", []),
])
def test_a_research_participant_named_after_their_number(text: str,
                                                         expected: list[str]) -> None:
    assert names_in("research.md", text, "markdown") == expected


# --- an email template's greeting, in HTML ----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("<p>Dear Hortensia,</p>\n<p>Your claim is approved.</p>\n", ["Hortensia"]),
    ("<td>Dear Hortensia Quartermaine,</td>\n", ["Hortensia Quartermaine"]),
    # the template's variable, a role and a shop's words are no one
    ("<p>Dear {{ firstName }},</p>\n<p>Dear Customer,</p>\n<p>Dear Sir or Madam,</p>\n", []),
])
def test_an_html_letters_greeting_names_its_reader(text: str, expected: list[str]) -> None:
    assert names_in("email.njk", text, "html") == expected


# --- a Django fixture's record of a person -----------------------------------------------

def test_a_fixtures_person_model_names_its_name_field() -> None:
    text = ('[{"model": "claims.caseworker", "pk": 2, "fields": {"display_name": '
            '"Peregrine Vantreight", "team": "Land"}},\n'
            ' {"model": "claims.scheme", "pk": 3, "fields": {"name": "Quillon Farraday"}}]\n')
    assert names_in("fixtures.json", text, "json") == ["Peregrine Vantreight"]


# --- minutes: who else was in the room --------------------------------------------------

def test_minutes_in_attendance_and_minute_taker_name_people() -> None:
    text = ("Present: Ottoline Braithwaite (Chair)\n"
            "In attendance: Quillon Farraday (minutes), Zebedee Quartermaine\n"
            "Minute taker: Peregrine Vantreight\n")
    assert names_in("minutes.txt", text, "text") == [
        "Ottoline Braithwaite", "Quillon Farraday", "Zebedee Quartermaine",
        "Peregrine Vantreight"]


# --- a sequence diagram's actors ---------------------------------------------------------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("flow.mmd", "text", "sequenceDiagram\n  participant Z as Zebedee Quartermaine\n"
     "  actor A as Land Agent\n  participant P as Payments API\n  Z->>P: submit\n",
     ["Zebedee Quartermaine"]),
    ("flow.puml", "text", '@startuml\nactor "Quillon Farraday" as QF\nactor "Customer" as C\n'
     "@enduml\n", ["Quillon Farraday"]),
    ("README.md", "markdown", "```mermaid\nsequenceDiagram\n"
     "  participant Z as Zebedee Quartermaine\n```\n", ["Zebedee Quartermaine"]),
])
def test_a_sequence_diagrams_actor_named_in_full(path: str, syntax: str, text: str,
                                                 expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


def test_a_building_named_for_a_titled_person_under_a_sites_name() -> None:
    text = "site_id,name,owner\n1,Lady Margaret Hall Meadow,Oxford University\n"
    assert names_in("sites.csv", text, "csv") == []


# --- a retro's cards: whom the team congratulates, waits on, or gives a task -------------

@pytest.mark.parametrize(("text", "expected"), [
    ("- Congratulations to Siobhan on her promotion\n", ["Siobhan"]),
    ("- Good luck to Bartholomew in the new job\n", ["Bartholomew"]),
    ("- Waiting for Hamish's sign-off took a week\n", ["Hamish"]),
    ("- Owner: Thandiwe - update the runbook\n", ["Thandiwe"]),
    # a place, a team and a system are no one
    ("- Congratulations to Platform team\n- Good luck to London\n"
     "- Owner: Data Platform - update it\n- Waiting for the API's approval\n", []),
])
def test_a_retros_cards_name_people(text: str, expected: list[str]) -> None:
    assert names_in("retro.md", text, "markdown") == expected


# --- a given name with a team role in brackets; an action's owner before a colon --------

@pytest.mark.parametrize(("text", "expected"), [
    ("Hortensia (PO) and Bartholomew (TL) agreed the scope.\n", ["Hortensia", "Bartholomew"]),
    ("Thanks all. Hamish (UR) will run the sessions.\n", ["Hamish"]),
    # a tool's version, a quarter, and a full name's surname (found as the full name)
    ("Python (3.12) and Docker (CE) are needed. Jenkins (CI) builds it.\n", []),
    ("Florence (ID) is the codename. Georgia (DE) is the font's German cut.\n", []),
    # a team page's pronouns
    ("- Hortensia (she/her), delivery manager\n", ["Hortensia"]),
])
def test_a_given_name_with_a_team_role_in_brackets(text: str, expected: list[str]) -> None:
    assert names_in("kickoff.md", text, "markdown") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("## Actions\n- Bartholomew: chase DDTS about the firewall\n"
     "- [ ] Hortensia: book the show and tell\n- Note: the lab is booked\n",
     ["Bartholomew", "Hortensia"]),
    # a list of terms, not of actions
    ("## Glossary\n- Hortensia: a made-up word for this test\n- Docker: runs containers\n", []),
])
def test_an_actions_owner_before_a_colon(text: str, expected: list[str]) -> None:
    assert names_in("minutes.md", text, "markdown") == expected


# --- a team page's pronouns after a full name; who is out; whom a demo is handed to -----

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("team.md", "markdown", "- Peregrine Vantreight (he/him) - tech lead\n",
     ["Peregrine Vantreight"]),
    ("team.md", "markdown", "- Delivery Manager (she/her) - to be hired\n", []),
    ("standup.txt", "text", "OOO: Siobhan (Thu-Fri), Cormac (Mon)\nOn leave: Hortensia\n",
     ["Siobhan", "Cormac", "Hortensia"]),
    ("demo.md", "markdown", "4. Hand over to Aoibheann for the payments bit\n"
     "5. Move over to Postgres for the reports\n", ["Aoibheann"]),
])
def test_pronouns_absences_and_handovers_name_people(path: str, syntax: str, text: str,
                                                     expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected
