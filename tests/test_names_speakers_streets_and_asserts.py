"""PERSON: a given name and a surname the lists do not know before what they said or in a
code string's greeting, a site visit's label, a test's assertion on a surname's key, a
street named like a person after a preposition that puts it as a place, and a calendar's
unquoted common name written surname first. The names are made up from common given names
and invented surnames; none is a real person's."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from safecommit.detect.locate import Locator
from safecommit.detect.names import find
from safecommit.extract.syntax import syntax_for
from safecommit.model import Text


def names_in_file(tmp_path: Path, name: str, text: str) -> list[str]:
    """The names found in ``text`` written to a real file, read as its suffix says."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    read = path.read_text(encoding="utf-8")
    return [read[s.start:s.end]
            for s in find(Locator(Text(str(path), read, syntax_for(str(path)))))]


# --- a given name and an unknown surname before what the person said -----------------------

@pytest.mark.parametrize(("name", "text", "expected"), [
    ("notes.md", "Priya Quarrington said the import failed twice.\n",
     ["Priya Quarrington"]),
    ("run.log", "10:02 Gareth Fenwright confirmed the rollback\n", ["Gareth Fenwright"]),
    # a run of capitals before, or an English word for a surname: no one said so
    ("notes.md", "Project Priya Quarrington said nothing.\n", []),
    ("notes.md", "Amber Warning said the river is high.\n", []),
])
def test_a_speaker_with_an_unknown_surname(tmp_path: Path, name: str, text: str,
                                           expected: list[str]) -> None:
    assert names_in_file(tmp_path, name, text) == expected


# --- a greeting in a code string: a given name and an unknown surname ---------------------

@pytest.mark.parametrize(("name", "text", "expected"), [
    ("mail.py", 'body = "Dear Gareth Brackwell,\\nYour licence is ready."\n',
     ["Gareth Brackwell"]),
    ("mail.py", 'body = f"Dear Priya Hollisworth,\\n{rest}"\n', ["Priya Hollisworth"]),
    ("mail.js", "const body = `Dear Priya Hollisworth,\nYour licence is ready.`;\n",
     ["Priya Hollisworth"]),
    # a placeholder, or words, after the greeting
    ("mail.py", 'body = "Dear Joe Bloggs,\\nYour licence is ready."\n', []),
    ("mail.py", 'body = "Hello Windows Server,\\nstarting"\n', []),
])
def test_a_greeting_in_code_with_an_unknown_surname(tmp_path: Path, name: str, text: str,
                                                    expected: list[str]) -> None:
    assert names_in_file(tmp_path, name, text) == expected


# --- a site visit's or a site contact's label: a person, not a place ----------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Site visit: Gareth Pritchard\n", ["Gareth Pritchard"]),
    ("Site contact: Priya Nowak\n", ["Priya Nowak"]),
    # the sites themselves: places
    ("Sites visited: Melton Mowbray and Stanford le Hope.\n", []),
])
def test_a_site_visits_label(tmp_path: Path, text: str, expected: list[str]) -> None:
    assert names_in_file(tmp_path, "notes.md", text) == expected


# --- a test's assertion on a key: the key's value, as an assignment's -------------------

@pytest.mark.parametrize(("name", "text", "expected"), [
    ("test_rows.py", 'def test_row(row):\n    assert row.surname == "Pritchard"\n',
     ["Pritchard"]),
    ("rows.test.js", 'expect(row.lastName === "Pritchard").toBe(true);\n', ["Pritchard"]),
    # a key that names no person's part
    ("test_rows.py", 'def test_row(row):\n    assert row.status == "Pending"\n', []),
])
def test_a_key_compared_to_a_literal(tmp_path: Path, name: str, text: str,
                                     expected: list[str]) -> None:
    assert names_in_file(tmp_path, name, text) == expected


# --- a street named like a person, after a preposition that puts it as a place ----------

@pytest.mark.parametrize(("text", "expected"), [
    ("Amber warning for Gareth Lane.\n", []),
    ("Roadworks on Priya Green today.\n", []),
    ("Flood alert for Gareth Hill.\n", []),
    # after a house's number: an address's street
    ("Previous home address: 1 Gareth Lane, Newchurch\n", []),
    ("Deliveries go to 14a Priya Green from Monday.\n", []),
    # a list's number is not a house's
    ("Reviewers:\n1. Gareth Lane\n", ["Gareth Lane"]),
    # a person: who is thanked, assigned or waited on, or whose work it is
    ("Thanks to Gareth Lane for the review.\n", ["Gareth Lane"]),
    ("Waiting on Gareth Green for sign-off.\n", ["Gareth Green"]),
    ("Look at Gareth Wood's notes.\n", ["Gareth Wood's"]),
])
def test_a_street_named_like_a_person(tmp_path: Path, text: str, expected: list[str]) -> None:
    assert names_in_file(tmp_path, "notes.md", text) == expected


# --- a calendar's common name, surname first and unquoted ------------------------------

def test_an_unquoted_common_name_surname_first(tmp_path: Path) -> None:
    text = ("BEGIN:VCALENDAR\nBEGIN:VEVENT\n"
            "ATTENDEE;CN=Brackwell, Gareth:mailto:team@example.com\n"
            "END:VEVENT\nEND:VCALENDAR\n")
    assert names_in_file(tmp_path, "invite.ics", text) == ["Brackwell, Gareth"]


# --- a test's matcher: the subject's key names the value it is expected to equal ---------

@pytest.mark.parametrize(("name", "text", "expected"), [
    ("KeeperTest.java", 'assertThat(k.getSurname()).isEqualTo("Quarrington");\n',
     ["Quarrington"]),
    ("keeper.test.ts", 'expect(k.lastName).toBe("Quarrington");\n', ["Quarrington"]),
    ("keeper_spec.rb", 'expect(keeper.last_name).to eq("Quarrington")\n', ["Quarrington"]),
    # a subject that names no person's part
    ("keeper.test.ts", 'expect(k.status).toBe("Pending");\n', []),
    ("keeper_spec.rb", 'expect(keeper.status).to eq("Active")\n', []),
])
def test_a_matchers_subject_names_its_value(tmp_path: Path, name: str, text: str,
                                            expected: list[str]) -> None:
    assert names_in_file(tmp_path, name, text) == expected


# --- a name built from its parts, then written whole -------------------------------------

@pytest.mark.parametrize(("name", "text"), [
    ("keeper.test.ts", 'const k = { firstName: "Gareth", lastName: "Brackwell" };\n'
                       'expect(fullName(k)).toBe("Gareth Brackwell");\n'),
    ("keeper_test.go", 'k := Keeper{FirstName: "Gareth", LastName: "Brackwell"}\n'
                       'if k.FullName() != "Gareth Brackwell" { t.Fail() }\n'),
])
def test_parts_found_apart_then_written_whole(tmp_path: Path, name: str, text: str) -> None:
    assert names_in_file(tmp_path, name, text) == ["Gareth", "Brackwell", "Gareth Brackwell"]


# --- a chat export's user: their display name, not an app's -------------------------------

def test_a_chat_users_display_name(tmp_path: Path) -> None:
    text = ('{"messages": [\n'
            '  {"from": {"user": {"displayName": "Gareth Brackwell", "id": "a1"}}},\n'
            '  {"from": {"application": {"displayName": "Pipeline Reporter"}}}\n'
            ']}\n')
    assert names_in_file(tmp_path, "teams.json", text) == ["Gareth Brackwell"]


# --- a list of records under a plural of a person's part: each record's name -------------

@pytest.mark.parametrize(("name", "text", "expected"), [
    ("fixtures.yaml", "keepers:\n  - id: 1\n    name: Gareth Brackwell\n",
     ["Gareth Brackwell"]),
    ("fixtures.json", '{"applicants": [{"name": "Priya Hollisworth", "ref": "A1"}]}\n',
     ["Priya Hollisworth"]),
    # a team's, a service's or a place's name in such a list
    ("fixtures.yaml", "members:\n  - name: Platform Team\n  - name: Data Services\n", []),
    ("fixtures.json", '{"applicants": [{"name": "Grace Hopper Building"}]}\n', []),
])
def test_a_records_name_in_a_list_of_people(tmp_path: Path, name: str, text: str,
                                            expected: list[str]) -> None:
    assert names_in_file(tmp_path, name, text) == expected


# --- a holding's or a case's people by their label, and a site visit's ------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Keeper: Amira Quarrington\n", ["Amira Quarrington"]),
    ("Inspector: Gareth Brackwell\n", ["Gareth Brackwell"]),
    ("Site visit: Priya Hollisworth\n", ["Priya Hollisworth"]),
    ("Site visit - Tomasz Fenwright\n", ["Tomasz Fenwright"]),
    # a place, or a thing, under such a label
    ("Site visit: North Field\n", []),
    ("Inspector: Windows Server\n", []),
])
def test_a_holdings_people_by_their_label(tmp_path: Path, text: str,
                                          expected: list[str]) -> None:
    assert names_in_file(tmp_path, "visit-notes.md", text) == expected


# --- whom a letter or a mail goes to, in a service's log ---------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("10:00:04 INFO Sending letter to Gareth Brackwell\n", ["Gareth Brackwell"]),
    ("10:00:06 INFO Reminder email to Priya Hollisworth queued\n", ["Priya Hollisworth"]),
    ("10:00:09 INFO Letter sent to Tomasz\n", ["Tomasz"]),
    # a building, a server or a word sent to
    ("10:00:05 INFO Sending letter to Grace Hopper Building\n", []),
    ("10:00:07 INFO Payload sent to Windows Server\n", []),
    ("10:00:08 INFO Report sent to Amber\n", []),
])
def test_whom_a_letter_goes_to(tmp_path: Path, text: str, expected: list[str]) -> None:
    assert names_in_file(tmp_path, "notify.log", text) == expected


# --- whom to contact, or a meeting or an issue is with ------------------------------------

@pytest.mark.parametrize(("name", "text", "expected"), [
    ("notes.md", "- Contact Amira Quarrington for access to the bucket.\n",
     ["Amira Quarrington"]),
    ("notes.md", "- Raised with Gareth Brackwell on Slack.\n", ["Gareth Brackwell"]),
    ("notes.md", "- Meeting with Priya Hollisworth next week.\n", ["Priya Hollisworth"]),
    ("notes.md", "Contact Gareth for access.\n", ["Gareth"]),
    ("store.py", "# Contact Amira Quarrington for access to the bucket.\nx = 1\n",
     ["Amira Quarrington"]),
    # a team, or an English word
    ("notes.md", "Contact Support for access.\n", []),
    ("notes.md", "Contact Amber for details.\n", []),
])
def test_whom_to_contact_or_meet(tmp_path: Path, name: str, text: str,
                                 expected: list[str]) -> None:
    assert names_in_file(tmp_path, name, text) == expected


# --- a work item's "Assigned To" ------------------------------------------------------

def test_a_work_items_assignee(tmp_path: Path) -> None:
    text = ("ID,Title,Assigned To,State\n101,Fix login,Gareth Brackwell,Active\n"
            "102,Patch,Windows Server Team,New\n")
    assert names_in_file(tmp_path, "work-items.csv", text) == ["Gareth Brackwell"]


# --- a table printed with its columns lined up by blanks (a data frame's output) ----------

def test_a_data_frames_printed_rows(tmp_path: Path) -> None:
    text = ("     first_name    last_name  region\n"
            "0        Gareth    Brackwell   North\n"
            "1         Priya  Hollisworth   South\n")
    assert names_in_file(tmp_path, "output.txt", text) == [
        "Gareth", "Brackwell", "Priya", "Hollisworth"]


def test_a_notebooks_printed_data_frame(cli: Any, tmp_path: Path) -> None:
    notebook = {"cells": [{"cell_type": "code", "execution_count": 1, "metadata": {},
                           "source": ["df"],
                           "outputs": [{"output_type": "execute_result",
                                        "execution_count": 1, "metadata": {},
                                        "data": {"text/plain": [
                                            "     first_name    last_name\n",
                                            "0        Gareth    Brackwell\n",
                                            "1         Priya  Hollisworth"]}}]}],
                "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    path = tmp_path / "explore.ipynb"
    path.write_text(json.dumps(notebook, indent=1), encoding="utf-8")
    run = cli("scan", "--format", "json", str(path))
    found = [(f["line"], f["masked"][:1]) for f in json.loads(run.out)["findings"]
             if f["type"] == "PERSON"]
    assert found == [(18, "G"), (18, "B"), (19, "P"), (19, "H")]


@pytest.mark.parametrize("text", [
    # a table of things: no column for a person's name
    "    item   colour\n0   Gareth   Brackwell\n",
    # a name column of things (a generic key): only names the lists know
    "    name          type\n0   Windows Server   host\n",
])
def test_aligned_rows_of_things(tmp_path: Path, text: str) -> None:
    assert names_in_file(tmp_path, "output.txt", text) == []


@pytest.mark.parametrize(("name", "text"), [
    ("fixture.yaml", "- model: cases.case\n  fields:\n    assigned_to: Gareth Brackwell\n"),
    ("case.json", '{"assignedTo": "Gareth Brackwell", "status": "open"}\n'),
])
def test_an_assigned_to_key(tmp_path: Path, name: str, text: str) -> None:
    assert names_in_file(tmp_path, name, text) == ["Gareth Brackwell"]


def test_a_greeting_in_a_csharp_verbatim_string(tmp_path: Path) -> None:
    text = 'var body = @"Dear Priya Hollisworth,\nYour licence is ready.";\n'
    assert names_in_file(tmp_path, "Mail.cs", text) == ["Priya Hollisworth"]


def test_a_speaker_with_an_unknown_surname_in_a_comment(tmp_path: Path) -> None:
    text = "# Priya Quarrington said the API returns duplicates.\nx = 1\n"
    assert names_in_file(tmp_path, "client.py", text) == ["Priya Quarrington"]


@pytest.mark.parametrize("text", ["Keeper: Holstein Friesian\n", "Farmer: British Blue\n"])
def test_a_cattle_breed_under_a_persons_label(tmp_path: Path, text: str) -> None:
    assert names_in_file(tmp_path, "herd-notes.md", text) == []
