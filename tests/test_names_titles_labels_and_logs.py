"""PERSON: double-barrelled surnames under a name's key, a title before initials or a
surname the lists do not know, a customer's label and a visit's, a pasted ``git log
--graph``, a room's calendar entry, a mail signed with a given name no list holds. The
names are made up from common given names and surnames, or invented; none is a real
person's."""

from __future__ import annotations

from pathlib import Path

import pytest

from safecommit.detect.locate import Locator
from safecommit.detect.names import find
from safecommit.extract.syntax import syntax_for
from safecommit.model import Text


def names_in(path: str, text: str, syntax: str) -> list[str]:
    return [text[s.start:s.end] for s in find(Locator(Text(path, text, syntax)))]


def names_in_file(tmp_path: Path, name: str, text: str) -> list[str]:
    """The names found in ``text`` written to a real file, read as its suffix says."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    read = path.read_text(encoding="utf-8")
    return names_in(str(path), read, syntax_for(str(path)))


# --- a double-barrelled surname, one part an English word, under a name's key ---------------

@pytest.mark.parametrize(("name", "text", "expected"), [
    ("owner.yaml", "- id: 3\n  name: Oliver Bridge-Hartley\n", ["Oliver Bridge-Hartley"]),
    ("owner.yaml", "- id: 4\n  name: Hannah Hartley-Wren\n", ["Hannah Hartley-Wren"]),
    ("form.html", '<input name="name" value="Oliver Bridge-Hartley">\n',
     ["Oliver Bridge-Hartley"]),
    # words no surname list holds, joined, or too many of them: no one's surname
    ("form.html", '<input name="name" value="Oliver Bridge-Tunnel">\n', []),
])
def test_a_double_barrelled_surname_with_one_known_part(tmp_path: Path, name: str, text: str,
                                                        expected: list[str]) -> None:
    assert names_in_file(tmp_path, name, text) == expected


# --- a title before initials and a surname, or a surname the lists do not know -------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Mrs K Pemberton\nThe Old Rectory\nChurch Lane\n", ["Mrs K Pemberton"]),
    ("Mr T Bramblecombe\n2 Mill Cottages\n", ["Mr T Bramblecombe"]),
    ("Please call Mrs Tuttlebury back about the licence.\n", ["Mrs Tuttlebury"]),
    ("Spoke to Mr Quennevais about the hedge.\n", ["Mr Quennevais"]),
    ("Mrs Tuttlebury rang about the licence.\n", ["Mrs Tuttlebury"]),
    # a title before an English word, a tool's or a thing's name: no one
    ("The Mr Whippy van was parked outside.\n", []),
    ("Ms Access and Mr Robot\n", []),
])
def test_a_title_before_an_unknown_surname(tmp_path: Path, text: str,
                                           expected: list[str]) -> None:
    assert names_in_file(tmp_path, "letter.txt", text) == expected


# --- a customer's label, and whom a visit visits --------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Customer: Will Hall\n", ["Will Hall"]),
    ("Client: Will Hall (holding 12/345/6789)\n", ["Will Hall"]),
    ("Farm visit - Will Hall\n", ["Will Hall"]),
    ("Home visit: Will Hall\n", ["Will Hall"]),
    # a place visited, an organisation as the customer: no one
    ("Farm visit - North Field\n", []),
    ("Farm visit - Hill Top\n", []),
    ("Farm visit - planned for Tuesday\n", []),
    ("Customer: Natural England\n", []),
    ("Client: Rural Payments Agency\n", []),
])
def test_a_customers_label_and_a_visits_title(tmp_path: Path, text: str,
                                              expected: list[str]) -> None:
    assert names_in_file(tmp_path, "notes.md", text) == expected


def test_a_visit_in_a_calendar_invite(tmp_path: Path) -> None:
    text = ("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Farm visit - Will Hall\n"
            "END:VEVENT\nEND:VCALENDAR\n")
    assert names_in_file(tmp_path, "visit.txt", text) == ["Will Hall"]


# --- a pasted git log --graph: the author in angle brackets -------------------------------

LOG = """* 3f9a2c1 - Fix typo in README (3 weeks ago) <Hannah Whitcombe>
* 7be01d4 - Add checks for holding numbers (4 weeks ago) <Will Hall>
* 1c0ffee - Bump deps (5 weeks ago) <Dependabot Bot>
| * 2b0dead - Tidy up (2 days ago) <Rowan Ashdown>
"""


@pytest.mark.parametrize("name", ["history.txt", "history.md"])
def test_a_pasted_git_log_names_its_authors(tmp_path: Path, name: str) -> None:
    assert names_in_file(tmp_path, name, LOG) == ["Hannah Whitcombe", "Will Hall",
                                                  "Rowan Ashdown"]


# --- a room's calendar entry, named like a person ------------------------------------------

@pytest.mark.parametrize("line", [
    "ATTENDEE;CN=Ada Hall:mailto:ada.hall.room@example.gov.uk",
    "ATTENDEE;CUTYPE=ROOM;CN=\"Ada Hall\":mailto:ada.hall@example.gov.uk",
    "ATTENDEE;CN=Ada Hall:mailto:room-ada-hall@example.gov.uk",
])
def test_a_rooms_mailbox_is_no_one(tmp_path: Path, line: str) -> None:
    text = f"BEGIN:VEVENT\n{line}\nEND:VEVENT\n"
    assert names_in_file(tmp_path, "invite.txt", text) == []


def test_a_person_beside_a_room_is_still_found(tmp_path: Path) -> None:
    text = ("BEGIN:VEVENT\nATTENDEE;CN=Ada Hall:mailto:ada.hall.room@example.gov.uk\n"
            "ATTENDEE;CN=Kelly Green:mailto:kelly.green@example.gov.uk\nEND:VEVENT\n")
    assert names_in_file(tmp_path, "invite.txt", text) == ["Kelly Green"]


# --- a saved mail signed with a given name no list holds ---------------------------------

MAIL = """From: someone@example.org
To: team@example.gov.uk
Subject: Re: hedge survey

Thanks for the update, we will be on site Tuesday.

{close},
{name}
"""


@pytest.mark.parametrize(("close", "name", "expected"), [
    ("Regards", "Zoltanne", ["Zoltanne"]),
    ("Many thanks", "Brennagh", ["Brennagh"]),
    # a team, a department or a word signs off too: no one
    ("Regards", "Team", []),
    ("Cheers", "Defra", []),
    ("Thanks", "Everyone", []),
])
def test_a_mail_signed_with_an_unknown_given_name(tmp_path: Path, close: str, name: str,
                                                  expected: list[str]) -> None:
    text = MAIL.format(close=close, name=name)
    assert names_in_file(tmp_path, "reply.eml", text) == expected


def test_a_greeting_line_alone_is_not_a_sign_off(tmp_path: Path) -> None:
    text = MAIL.format(close="Hi", name="Brennagh").replace("Hi,", "Hi")
    assert names_in_file(tmp_path, "reply.eml", text) == []


# --- fresh probes: mock-ups' tables, API examples, fixtures in code ----------------------

def test_a_welsh_patronymic_joined_as_a_surname_in_a_mock_ups_table(tmp_path: Path) -> None:
    text = ("<table><thead><tr><th>Name</th><th>Status</th></tr></thead><tbody>\n"
            "<tr><td>Bronwen Ap-Rhys</td><td>Approved</td></tr>\n"
            "<tr><td>Ap-Hydro</td><td>Pending</td></tr>\n</tbody></table>\n")
    assert names_in_file(tmp_path, "mock.html", text) == ["Bronwen Ap-Rhys"]


def test_an_openapi_example_under_a_contact_persons_property(tmp_path: Path) -> None:
    text = ("components:\n  schemas:\n    Agent:\n      properties:\n"
            "        contactPerson:\n          type: string\n"
            "          example: \"Imogen Tregothnan\"\n")
    assert names_in_file(tmp_path, "openapi.yaml", text) == ["Imogen Tregothnan"]


def test_an_events_actor_is_a_person_where_named_like_one(tmp_path: Path) -> None:
    text = ('{"event": "claim.submitted", "actor": "Wilhelmina Strathearn"}\n'
            '{"event": "push", "actor": "GitHub Actions"}\n'
            '{"event": "paid", "actor": "Payment Service"}\n')
    assert names_in_file(tmp_path, "events.json", text) == ["Wilhelmina Strathearn"]
