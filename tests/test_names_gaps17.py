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
