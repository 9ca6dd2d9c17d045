"""PERSON: names written surname first after a role's label, surnames in capitals beside a
given name, TODO owners, and the places and things named like people (a hospital's ward, a
ship). The names here are made up from common given names and surnames."""

from __future__ import annotations

import pytest

from safecommit.detect.locate import Locator
from safecommit.detect.names import find
from safecommit.model import Text


def names_in(path: str, text: str, syntax: str) -> list[str]:
    return [text[s.start:s.end] for s in find(Locator(Text(path, text, syntax)))]


# --- a role's label, then a name written surname first -------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Contact: Harrington, Eleanor\n", ["Harrington, Eleanor"]),
    ("- Product owner: Okafor, Chidi (Defra)\n", ["Okafor, Chidi"]),
    ("**Point of contact:** Zarkovitch, Quentin\n", ["Zarkovitch, Quentin"]),
    ("Patient: HARRINGTON, Eleanor\n", ["HARRINGTON, Eleanor"]),
    # a label that names no person, or words that are no name
    ("Location: Harrington, Essex\n", []),
    ("Contact: Support, Platform\n", []),
    ("Lead: Data, Analytics\n", []),
])
def test_a_name_surname_first_after_a_role_label(text: str, expected: list[str]) -> None:
    assert names_in("notes.md", text, "markdown") == expected
    assert names_in("notes.txt", text, "text") == expected


# --- places and things named for people ----------------------------------------------------

@pytest.mark.parametrize("text", [
    # a hospital's ward: where a patient is admitted, moved or nursed, or a bay on it
    "Patient admitted to Victoria Ward on Monday evening.\n",
    "The patient was transferred from Florence Ward overnight.\n",
    "Nursed on Florence Ward, bay 4, since the weekend.\n",
    "Moved to Victoria Ward, side room 2.\n",
    # a ship, a building or a meeting room named for someone: "the" before the name
    "The Mary Rose sank in 1545.\n",
    "We toured the Mary Rose after the workshop.\n",
    "Retro booked in the Rosalind Franklin room on level 3.\n",
    "Show and tell in Ada Lovelace room at 2pm.\n",
    "Meet at the Florence Nightingale building reception.\n",
])
def test_a_place_or_thing_named_for_a_person_is_not_one(text: str) -> None:
    assert names_in("notes.md", text, "markdown") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Sarah Ward sent the report on Monday.\n", ["Sarah Ward"]),
    ("Assigned to Sarah Ward for review.\n", ["Sarah Ward"]),
    ("Case moved to Sarah Ward in the payments team.\n", ["Sarah Ward"]),
    ("Attendees: Victoria Ward, Eleanor Harrington\n", ["Victoria Ward", "Eleanor Harrington"]),
    ("Spoke to Eleanor Harrington about the claim.\n", ["Eleanor Harrington"]),
])
def test_a_person_named_like_a_place_is_still_one(text: str, expected: list[str]) -> None:
    assert names_in("notes.md", text, "markdown") == expected


# --- a surname in capitals beside a given name -----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Seen by Eleanor HARRINGTON in clinic today.\n", ["Eleanor HARRINGTON"]),
    ("Referred by Eleanor Mary HARRINGTON.\n", ["Eleanor Mary HARRINGTON"]),
    ("Patient: HARRINGTON Eleanor\n", ["HARRINGTON Eleanor"]),
    ("The claimant HARRINGTON Eleanor attended the hearing.\n", ["HARRINGTON Eleanor"]),
    ("| 3 | OKAFOR Chidi | attended |\n", ["OKAFOR Chidi"]),
    ("Inspected by Siobhan BROWN on site.\n", ["Siobhan BROWN"]),
    # capitals that are a heading, a constant or an acronym, not a surname
    ("Set MAX_RETRIES before Eleanor runs it.\n", []),
    ("The API Gateway and AWS Lambda handle it.\n", []),
    ("Grace PERIOD applies after the deadline.\n", []),
    ("ELEANOR HARRINGTON REPORT\n", []),
    ("See Victoria LINE CLOSURES for details.\n", []),
])
def test_a_surname_in_capitals_beside_a_given_name(text: str, expected: list[str]) -> None:
    assert names_in("notes.md", text, "markdown") == expected


# --- a TODO's, FIXME's or XXX's owner --------------------------------------------------------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("a.py", "python", "# TODO(Quentin Zarkovitch): drop this after the migration\n",
     ["Quentin Zarkovitch"]),
    ("a.py", "python", "x = 1  # FIXME(eleanor.harrington): flaky on CI\n",
     ["eleanor.harrington"]),
    ("a.py", "python", "# XXX(eleanor_harrington) remove before go-live\n",
     ["eleanor_harrington"]),
    ("a.ts", "typescript", "// FIXME(Siobhan): the retry never ends\n", ["Siobhan"]),
    ("a.cs", "csharp", "/* XXX(Quentin Zarkovitch): temporary */\n", ["Quentin Zarkovitch"]),
    # a team, a ticket, a tool or words: no one
    ("a.py", "python", "# TODO(Platform Team): rotate\n# FIXME(DEV-123): x\n", []),
    ("a.py", "python", "# FIXME(perf): slow\n# XXX(python3.13): remove\n", []),
    ("a.py", "python", "# TODO(Release Notes): add\n# XXX(Data Migration) tidy\n", []),
])
def test_a_todo_owner_is_found(path: str, syntax: str, text: str,
                               expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


# --- a given name alone that a message greets, signs or turns to -----------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('{"text": "Great work on the release. Thanks, Gareth"}\n', ["Gareth"]),
    ('{"text": "Hi Siobhan, can you check the export?"}\n', ["Siobhan"]),
    ('{"body": "Looks fine to me.\\n\\nCheers,\\nGareth"}\n', ["Gareth"]),
    # a greeting to no one, or a word
    ('{"text": "Hi all, thanks, Platform"}\n', []),
    ('{"text": "Thanks, Reading"}\n', []),
])
def test_a_chat_message_greets_or_signs_with_a_given_name(text: str,
                                                          expected: list[str]) -> None:
    assert names_in("slack-export.json", text, "json") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('def f():\n    """Ask Priya before changing the schema."""\n', ["Priya"]),
    ('def f():\n    """Return it.\n\n    Ping Gareth if this breaks.\n    """\n', ["Gareth"]),
    # a capitalised command or a heading, no one
    ('def f():\n    """Ask Customer Services."""\n', []),
    ('def f():\n    """Ping Timeout in seconds."""\n', []),
])
def test_a_docstring_turns_to_a_given_name(text: str, expected: list[str]) -> None:
    assert names_in("a.py", text, "python") == expected


# --- a name neither list knows, where a label or a sign-off says a person is named -----------

@pytest.mark.parametrize(("text", "expected"), [
    ("Owner: Zorvath Quellinek\n", ["Zorvath Quellinek"]),
    ("**Product owner:** Zorvath Quellinek (RPA)\n", ["Zorvath Quellinek"]),
    ("- Point of contact: Zorvath Quellinek\n", ["Zorvath Quellinek"]),
    ("Tech lead: Zorvath Quellinek\n", ["Zorvath Quellinek"]),
    ("Kind regards,\n\nZorvath Quellinek\nSenior Policy Adviser\n", ["Zorvath Quellinek"]),
    ("Thanks,\nZorvath Quellinek\n", ["Zorvath Quellinek"]),
    ("Dear Zorvath Quellinek,\n\nYour claim is approved.\n", ["Zorvath Quellinek"]),
    # a team, a service, a product or a place under the same label or sign-off
    ("Owner: Platform Engineering\nContact: Customer Services\n", []),
    ("Lead: Natural England\nOwner: Data Science Hub\n", []),
    ("Regards,\nThe Platform Team\n", []),
    ("Thanks,\nCore Services\n", []),
    ("Best Value Procurement is a policy.\n", []),
])
def test_an_unknown_name_after_a_label_or_sign_off(text: str, expected: list[str]) -> None:
    assert names_in("notes.md", text, "markdown") == expected


# --- fresh probes: test fixtures, exports and notes a delivery team commits -----------------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    # a constructor's given name and surname, then a postcode or an identifier
    ("CustomerTest.java", "java", 'Customer c = new Customer("Niamh", "Gallagher", "BT1 1AA");\n',
     ["Niamh", "Gallagher"]),
    ("a.test.js", "javascript", "makeAngler('Niamh', 'Gallagher', 'LIC-0001')\n",
     ["Niamh", "Gallagher"]),
    # a list of words, not a name
    ("a.py", "python", 'colours("Rose", "Violet", "Amber")\n', []),
])
def test_a_constructors_given_name_and_surname(path: str, syntax: str, text: str,
                                               expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize("text", [
    "The Gwen Pritchard Bridge is closed for the gauge works.\n",
    "Servers moved to Tomasz Wilk Wing in 2023.\n",
    "Winners of the Aisha Rahman Cup are listed below.\n",
    "Lunch in the Callum Fraser room, then the Megan Lloyd building.\n",
])
def test_a_bridge_room_or_prize_named_for_someone(text: str) -> None:
    assert names_in("notes.md", text, "markdown") == []


@pytest.mark.parametrize(("text", "expected"), [
    # (the action's owner too, as a card that opens with one)
    ("id,column,text,author\n1,Actions,Callum to speak to Megan about the test data,Anon\n",
     ["Callum", "Megan"]),
    ('key,summary,description\nCR-1,Gauge,"Blocked, waiting on Oluwaseun for the key"\n',
     ["Oluwaseun"]),
    # a column that is no free text, and a place in one that is
    ("id,column,status\n1,ask Megan,open\n", []),
    ("id,text\n1,Sprint review near Kendal went well\n", []),
])
def test_a_spreadsheets_free_text_column_is_read_as_prose(text: str,
                                                        expected: list[str]) -> None:
    assert names_in("retro.csv", text, "csv") == expected


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("CHANGELOG.md", "markdown", "- Fix blur on map tiles, reported by Rhys\n", ["Rhys"]),
    ("CHANGELOG.md", "markdown", "- Faster export (spotted by Oluwaseun)\n", ["Oluwaseun"]),
    ("session-4.txt", "text", "P4: now my grandson Jayden does it online.\n", ["Jayden"]),
    ("session-4.txt", "text", "P2: Her husband Callum keeps the licence.\n", ["Callum"]),
    # a tool, a place or a word after the same words
    ("CHANGELOG.md", "markdown", "- Flaky test, reported by Sentry\n", []),
    ("session-4.txt", "text", "P4: my son Reading the form helped.\n", []),
    ("session-4.txt", "text", "P4: my friend Kendal way is nicer.\n", []),
])
def test_a_given_name_credited_or_spoken_of_as_a_relative(path: str, syntax: str, text: str,
                                                          expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("const vessel = { name: 'Mary Rose', port: 'Portsmouth' }\n", []),
    ("const farm = {\n  name: 'Megan Lloyd',\n  sbi: 106000000,\n}\n", []),
    ("const keeper = { name: 'Megan Lloyd' }\n", ["Megan Lloyd"]),
])
def test_a_name_key_inside_a_things_object_in_code(text: str, expected: list[str]) -> None:
    assert names_in("fixtures.test.js", text, "javascript") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("service: catch-returns\nproduct_owner: Pritchard, Gwen\n", ["Pritchard, Gwen"]),
    ("author: Zarkovitch, Quentin  # lead\n", ["Zarkovitch, Quentin"]),
    ("maintainers:\n  - name: Pritchard, Gwen\n    email: gp@example.org\n",
     ["Pritchard, Gwen"]),
    # a flow list's comma parts its items; a place under a place's key
    ("reviewers: [Gwen Pritchard, Tomasz Wilk]\n", ["Gwen Pritchard", "Tomasz Wilk"]),
    ("location: Kirkby, Stephen\n", []),
])
def test_a_yaml_value_written_surname_first(text: str, expected: list[str]) -> None:
    assert names_in("owners.yaml", text, "yaml") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Tomasz - can you check with Quentin Zarkovitch in the EA?\n", ["Quentin Zarkovitch"]),
    ("We spoke to Oluwaseun Quellinek about the gauge.\n", ["Oluwaseun Quellinek"]),
    # a team, a body or a place after the same words
    ("Please check with Quentin Support Desk first.\n", []),
    ("We spoke to Natural England about the gauge.\n", []),
])
def test_an_unknown_surname_after_a_turn_to_someone(text: str, expected: list[str]) -> None:
    assert names_in("notes.md", text, "markdown") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Spoke with his agent, Mr GALLAGHER, about the claim.\n", ["Mr GALLAGHER"]),
    ("Letter sent to Mrs Niamh GALLAGHER today.\n", ["Mrs Niamh GALLAGHER"]),
    # a title before capitals that are no surname
    ("Set Dr NO as the default.\n", []),
    ("Your appointment at Victoria Ward, Cumberland Infirmary.\n", []),
    ("Monte Carlo runs estimate the uncertainty.\n", []),
])
def test_a_titled_surname_in_capitals_and_more_lookalikes(text: str,
                                                          expected: list[str]) -> None:
    assert names_in("notes.txt", text, "text") == expected


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("main.tf", "terraform",
     'tags = {\n  Owner = "Gwen Pritchard"\n  ServiceName = "Mary Rose"\n}\n', ["Gwen Pritchard"]),
    ("a.py", "python", 'project_name = "Megan Lloyd"\nreviewer = "Rhys Vaughan"\n',
     ["Rhys Vaughan"]),
    ("a.json", "json", '{"bucketName": "Megan Lloyd", "holderName": "Rhys Vaughan"}',
     ["Rhys Vaughan"]),
    ("seed.sql", "sql", "INSERT INTO rivers (name) VALUES ('Megan Lloyd River');\n", []),
])
def test_a_things_name_key_and_a_river_named_like_a_person(path: str, syntax: str, text: str,
                                                            expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("notes.md", "markdown", "Observer: Sandhu H.\nNote taker: Eilidh MacRae\n",
     ["Sandhu H.", "Eilidh MacRae"]),
    ("release.txt", "text", "Release 2.3 (sign-off: D. Pryce, E. MacRae)\n",
     ["D. Pryce", "E. MacRae"]),
    ("retro.md", "markdown", "- Morag left the team in May\n", ["Morag"]),
    # a role's label over a team, and words after the same label
    ("notes.md", "markdown", "Facilitator: Platform Team\nChair: Rotating\n", []),
    ("notes.md", "markdown", "Observer: Grade A.\n", []),
])
def test_a_sessions_people_and_a_release_sign_off(path: str, syntax: str, text: str,
                                                  expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("**Aisha R**: pairing with Callum on the map\n", ["Aisha R", "Callum"]),
    ("Eilidh M: the form is too long\nP3: agreed\n", ["Eilidh M"]),
    # a heading or a word and a letter
    ("Section A: scope\nPhase B: build\n", []),
])
def test_a_speakers_given_name_and_initial(text: str, expected: list[str]) -> None:
    assert names_in("standup.md", text, "markdown") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('class VesselFactory(factory.Factory):\n    name = "Mary Rose"\n', []),
    ('class FarmFixture:\n    name = "Megan Lloyd"\n    sbi = 106000000\n', []),
    ('class KeeperFactory(factory.Factory):\n    name = "Megan Lloyd"\n', ["Megan Lloyd"]),
])
def test_a_name_in_a_python_class_kept_for_a_thing(text: str, expected: list[str]) -> None:
    assert names_in("factories.py", text, "python") == expected


def test_a_name_in_a_function_is_not_a_class_attribute() -> None:
    text = ("class Employee(NamedTuple):\n    name: str\n\n"
            "    def test_basics(self):\n        jim = Emp(name='Megan', id=1)\n")
    assert names_in("a.py", text, "python") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Kind regards,\n\nGWEN PRITCHARD\nSenior Adviser\n", ["GWEN PRITCHARD"]),
    ("## Contacts\n- Pritchard, Gwen - DM\n- Wilk, Tomasz \u2013 tech lead\n",
     ["Pritchard, Gwen", "Wilk, Tomasz"]),
    # a heading in capitals, and a place then a dash
    ("Kind regards,\nTHE PLATFORM TEAM\n", []),
    ("TERMS AND CONDITIONS\nGWEN PRITCHARD\n", []),
    ("- Kendal, Cumbria - site visit\n", []),
])
def test_a_signature_in_capitals_and_a_surname_first_list_item_with_a_role(
        text: str, expected: list[str]) -> None:
    assert names_in("letter.txt", text, "text") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Handed over to Sarah Ward, the consultant.\n", ["Sarah Ward"]),
    ("Emailed Sarah Ward from the hospital trust.\n", ["Sarah Ward"]),
    ("Case moved to Sarah Ward in the payments team.\n", ["Sarah Ward"]),
    ("Discharged from Florence Ward, Cumberland Infirmary.\n", []),
])
def test_a_person_named_ward_in_a_hospitals_context(text: str, expected: list[str]) -> None:
    assert names_in("notes.md", text, "markdown") == expected


# --- a name's end: a name's words are a space or two apart ----------------------------------

@pytest.mark.parametrize("text", [
    "Customer: Eleanor Harrington      Status: open\n",  # columns lined up with blanks
    "Customer: Eleanor Harrington\tStatus: open\n",
])
def test_a_labelled_name_ends_where_the_next_column_starts(text: str) -> None:
    assert names_in("notes.txt", text, "text") == ["Eleanor Harrington"]
