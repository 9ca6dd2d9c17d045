"""PERSON: a clinician's name in an HL7 message, an Irish surname in capitals with its
particle before a given name, a greeting that a code string opens, and a street named for
someone. The names here are made up from common given names and surnames."""

from __future__ import annotations

import pytest

from safecommit.detect.locate import Locator
from safecommit.detect.names import find
from safecommit.model import Text


def names_in(path: str, text: str, syntax: str) -> list[str]:
    return [text[s.start:s.end] for s in find(Locator(Text(path, text, syntax)))]


# --- HL7 version 2: the staff a message names -------------------------------------------

_ADT = ("MSH|^~\\&|PAS|WARD|LAB|TRUST|202401011200||ADT^A01|MSG1|P|2.4\r"
        "EVN|A01|202401011200|||C901^GRIMSHAW^ROWENA\r"
        "PID|1||9990001^^^TRUST^MR||THISTLEWOOD^EDWARD||19800101|M\r"
        "PD1|||SURGERY^^X99999|G999^FENWICK^MARCUS^^^DR\r"
        + "|".join(["PV1", "1", "I", "W3^301^1", "", "", "", "C1234^HALLORAN^BRIDGET^^^DR",
                    "C5678^OKONJO^TOBENNA^^^DR", *[""] * 8, "C4321^ASHWORTH^GWENDOLYN^^^DR",
                    *[""] * 34, "C1111^PENROSE^LEOFRIC"]) + "\r")


@pytest.mark.parametrize(("text", "expected"), [
    # the attending, referring, admitting and other doctors of the visit, the GP and the
    # clerk of the event: the family and given names after each one's number
    (_ADT, ["GRIMSHAW", "ROWENA", "THISTLEWOOD", "EDWARD", "FENWICK", "MARCUS", "HALLORAN",
            "BRIDGET", "OKONJO", "TOBENNA", "ASHWORTH", "GWENDOLYN", "PENROSE", "LEOFRIC"]),
    # an order's provider, and a copy to another; a number alone names no one
    ("MSH|^~\\&|LAB\rPID|1||42^^^T||DOE^JOHN\r"
     + "|".join(["ORC", "NW", "1", *[""] * 9, "C77^HALLORAN^BRIDGET"]) + "\r"
     + "|".join(["OBR", "1", "", "", "FBC", *[""] * 11, "C77", *[""] * 11,
                 "C88^FENWICK^MARCUS"]) + "\r",
     ["HALLORAN", "BRIDGET", "FENWICK", "MARCUS"]),
    # the visit's other fields hold a ward, a bed and codes
    ("MSH|^~\\&|PAS\rPID|1||42^^^T||\rPV1|1|I|HARRISON^301^1|||||C1234\r", []),
])
def test_an_hl7_messages_clinicians_are_people(text: str, expected: list[str]) -> None:
    assert names_in("adt.hl7", text, "text") == expected


# --- an Irish surname in capitals, its particle first -----------------------------------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("clinic.txt", "text", "09:20  MAC GIOLLA Padraig   new\n09:40  NÍ BHRIAIN Aoife  new\n",
     ["MAC GIOLLA Padraig", "NÍ BHRIAIN Aoife"]),
    ("list.csv", "csv", "id,patient,ward\n1,MAC GIOLLA Padraig,4\n2,Ó SÚILLEABHÁIN Cathal,6\n",
     ["MAC GIOLLA Padraig", "Ó SÚILLEABHÁIN Cathal"]),
    ("case.json", "json", '{"patient": "NÍ BHRIAIN Aoife", "ward": "4"}\n',
     ["NÍ BHRIAIN Aoife"]),
    # a heading's capitals before a word, and "NI" before a heading's word, are no name
    ("notes.txt", "text", "See MAC ADDRESS Format for details.\nNI NUMBER Checks run daily.\n",
     []),
])
def test_an_irish_surname_in_capitals_before_a_given_name(
        path: str, syntax: str, text: str, expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


# --- a greeting a string in code opens --------------------------------------------------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("mail.py", "python", 'body = "Hello Priya,\\nYour holding has been updated.\\n"\n',
     ["Priya"]),
    ("mail.py", "python", 'LETTER = """\nDear Siobhan,\n\nYour payment is ready.\n"""\n',
     ["Siobhan"]),
    ("mail.ts", "typescript", "const body = `Hi Oliver\\n\\nYour claim was paid.`;\n",
     ["Oliver"]),
    # a placeholder, a greeting to the world, a greeting alone, a name English spells, and
    # a comment are not a letter's greeting in a string
    ("mail.py", "python", 'body = f"Dear {user.name},\\nYour claim"\n', []),
    ("mail.py", "python", 'print("Hello World, from the worker")\n', []),
    ("mail.py", "python", 'fp.write("Dear Siobhan\\n")\n', []),
    ("mail.py", "python", 'body = "Hi Rose,\\nthe form"\n', []),
    ("mail.py", "python", "x = 1  # Hello Priya, see above\n", []),
])
def test_a_greeting_a_code_string_opens_names_a_person(
        path: str, syntax: str, text: str, expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


# --- a street named for someone -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Deliveries go to Emily Davison Lane and to the yard.\n",
    "The depot on Florence Nightingale Hill floods in winter.\n",
    "Turn left at Mary Seacole Green.\n",
])
def test_a_street_named_for_a_person_is_a_place(text: str) -> None:
    assert names_in("survey.md", text, "markdown") == []


def test_a_name_before_a_street_word_in_a_list_of_people_is_still_a_name() -> None:
    text = "Attendees:\n- Emily Davison Lane\n"
    assert names_in("minutes.md", text, "markdown") != []


# --- a Gherkin scenario's persona -------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # a persona by a given name alone is a made-up user: it identifies no one
    ("Feature: Holdings\n  Scenario: update\n    Given Priya has a holding\n"
     "    When Tom submits the form\n", []),
    # a full name in a step is a person's, as anywhere in prose
    ("Feature: Holdings\n  Scenario: update\n    Given Priya Fairweather has a holding\n",
     ["Priya Fairweather"]),
])
def test_a_scenarios_persona_by_a_given_name_alone_names_no_one(
        text: str, expected: list[str]) -> None:
    assert names_in("holdings.feature", text, "text") == expected


# --- a full name's key or label, and names only the long tail knows ------------------------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    # a given name the census lists only as a rare surname, before a rare surname
    ("control", "text", "Source: farming-tools\nMaintainer: Ormerod Winterbottom "
     "<maint@example.com>\n", ["Ormerod Winterbottom"]),
    ("survey.csv", "csv", "Response ID,Your full name,Organisation\n101,Ormerod Winterbottom,"
     "None\n", ["Ormerod Winterbottom"]),
    ("openapi.json", "json", '{"info": {"contact": {"name": "Ormerod Winterbottom"}}}\n',
     ["Ormerod Winterbottom"]),
    # a team, a service desk: words of English, not names
    ("control", "text", "Maintainer: Platform Team <team@example.com>\n", []),
    ("survey.csv", "csv", "Response ID,Your full name\n101,Support Desk\n", []),
])
def test_a_full_names_key_reads_names_only_the_long_tail_knows(
        path: str, syntax: str, text: str, expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize("text", [
    # humans.txt: where the team is, a town and its country's code, or a town alone
    "/* TEAM */\nDeveloper: Ormerod Winterbottom\nFrom: Bristol, UK\n",
    "From: York\n",
    "Location: Austin, TX\n",
])
def test_a_town_after_a_label_is_a_place(text: str) -> None:
    found = names_in("humans.txt", text, "text")
    assert all("Bristol" not in f and "York" not in f and "Austin" not in f for f in found)


# --- a catalogue's user, and an action pasted without its list's mark ---------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("kind: Component\nspec:\n  owner: user:priya.fairweather\n", ["priya.fairweather"]),
    ("spec:\n  owner: user:default/priya.fairweather\n", ["priya.fairweather"]),
    # a group, a component, a service account: no one's handle
    ("spec:\n  owner: group:default/farming-team\n  dependsOn: component:farming-api\n", []),
    ("spec:\n  owner: user:svc.deploy\n", []),
])
def test_a_catalogues_user_reference_is_a_persons_handle(
        text: str, expected: list[str]) -> None:
    assert names_in("catalog-info.yaml", text, "yaml") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("1. Actions from last meeting\nSiobhan to circulate the mapping. DONE\n"
     "Priya Fairweather to speak to the area team.\n", ["Siobhan", "Priya Fairweather"]),
    # a line that opens with a word, a tool or a place, not an owner
    ("Permission to use, copy, modify.\nCommands to tabify a region.\n"
     "Terraform to apply the plan.\n", []),
])
def test_an_actions_owner_at_the_head_of_an_unmarked_line(
        text: str, expected: list[str]) -> None:
    assert names_in("minutes.txt", text, "text") == expected


# --- a meeting transcript's speakers, and a bot's name parts ----------------------------

def test_a_transcripts_speaker_with_an_organisation_after_the_name() -> None:
    text = ("Fairweather, Priya (RPA) started transcription\n\n"
            "Fairweather, Priya (RPA)   0:03\nMorning everyone.\n\n"
            "Okonjo, Tobenna   0:15\nMorning.\n")
    assert names_in("review.txt", text, "text") == [
        "Fairweather, Priya", "Fairweather, Priya", "Okonjo, Tobenna"]


def test_a_bots_name_parts_are_no_persons() -> None:
    text = ('{"createdBy": {"firstName": "Priya", "lastName": "Fairweather"}, '
            '"updatedBy": {"firstName": "Mural", "lastName": "Bot"}}\n')
    assert names_in("board.json", text, "json") == ["Priya", "Fairweather"]


# --- a name element's parts in XML (HL7 CDA, FHIR), and a result's observer in HL7 -------

@pytest.mark.parametrize(("text", "expected"), [
    ("<ClinicalDocument>\n  <author><assignedPerson><name><prefix>Dr</prefix>"
     "<given>Bridget</given><family>Halloran</family></name></assignedPerson></author>\n"
     "</ClinicalDocument>\n", ["Bridget", "Halloran"]),
    ('<Patient xmlns="http://hl7.org/fhir">\n  <name>\n    <family value="Thistlewood"/>\n'
     '    <given value="Edward"/>\n  </name>\n</Patient>\n', ["Thistlewood", "Edward"]),
    # a placeholder's parts, and a family of things outside a name
    ("<name>\n  <given>John</given>\n  <family>Doe</family>\n</name>\n", []),
    ("<font>\n  <family>Arial</family>\n</font>\n<product><family>Widgets</family></product>\n",
     []),
])
def test_a_name_elements_given_and_family_parts_in_xml(text: str, expected: list[str]) -> None:
    assert names_in("summary.xml", text, "xml") == expected


def test_an_hl7_results_observer_is_a_person() -> None:
    text = ("MSH|^~\\&|LAB\rPID|1||42^^^T||\r"
            + "|".join(["OBX", "1", "NM", "HB", "", "135", "g/L", *[""] * 9,
                        "C1234^HALLORAN^BRIDGET"]) + "\r")
    assert names_in("oru.hl7", text, "text") == ["HALLORAN", "BRIDGET"]


# --- a team page's members by their trade, initials before a surname, acronyms ----------

@pytest.mark.parametrize(("text", "expected"), [
    ("## Team\n\n- Content designer: Zarkovitch Ondrasek\n- Analyst: J. R. Thistlewood\n"
     "- Solution architect: Tobenna Okonjo\n",
     ["Zarkovitch Ondrasek", "J. R. Thistlewood", "Tobenna Okonjo"]),
    # a supplier, a tool, a team or a vacancy under the same labels
    ("- Developer: Defra Digital\n- Tester: Playwright\n- Engineer: TBC\n"
     "- Analyst: Performance Analysis Team\n- Researcher: to be recruited\n", []),
])
def test_a_team_pages_trade_labels_name_people(text: str, expected: list[str]) -> None:
    assert names_in("README.md", text, "markdown") == expected


@pytest.mark.parametrize("text", [
    "- Owner: Power BI\n", "- Tech lead: Material UI\n", "- Contact: Ipsos MORI\n",
])
def test_a_product_with_an_acronym_after_a_label_is_no_person(text: str) -> None:
    assert names_in("README.md", text, "markdown") == []


# --- a calendar export's organiser and its list of attendees ----------------------------

def test_a_calendar_exports_organiser_and_each_attendee_are_people() -> None:
    text = ("Subject,Meeting Organizer,Required Attendees\n"
            'Sprint review,"Fairweather, Priya","Okonjo, Tobenna;Halloran, Bridget;'
            'Farming Team"\n')
    assert names_in("calendar.csv", text, "csv") == [
        "Fairweather, Priya", "Okonjo, Tobenna", "Halloran, Bridget"]


def test_a_packages_uploaders_and_packager_are_people() -> None:
    text = "Name: farming-tools\nPackager: Zarkovitch Ondrasek\nUploaders: Ormerod Winterbottom\n"
    assert names_in("farming.spec", text, "text") == ["Zarkovitch Ondrasek",
                                                       "Ormerod Winterbottom"]


@pytest.mark.parametrize(("text", "expected"), [
    ("We used the Sir Harold Hillier Gardens for the survey.\n", []),
    ("Dr Grace Park signed it.\n", ["Dr Grace Park"]),
])
def test_a_place_named_for_a_titled_person_is_a_place(text: str, expected: list[str]) -> None:
    assert names_in("log.md", text, "markdown") == expected


# --- a sticky note's author as a surname and an initial; a titled surname's family --------

@pytest.mark.parametrize(("text", "expected"), [
    ("Card,Author\nMap is slow,Zarkovitch O.\n", ["Zarkovitch O."]),
    # a team, a body: an English word before the initial
    ("Card,Author\nMap is slow,Platform T.\nForm,Support J.\n", []),
])
def test_a_surname_and_an_initial_under_a_full_names_key(text: str, expected: list[str]) -> None:
    assert names_in("retro.csv", text, "csv") == expected


def test_a_certificates_common_name_before_its_organisation_is_no_surname_and_initial() -> None:
    # CA bundles name each certificate as "CN=<CA> O=<organisation>": read up to the next
    # "=", the common name's value ends in a bare capital, with no initial's dot.
    text = "# Issuer: CN=Certigna O=Dhimyotis\n# Subject: CN=Certigna O=Dhimyotis\n"
    assert names_in("cacert.pem", text, "text") == []


def test_a_titled_surnames_given_name_elsewhere_in_the_note() -> None:
    text = ("Spoke to Mrs Winterbottom at the show.\nOrmerod Winterbottom agreed to a call.\n"
            "The Winterbottom farm is a place, as Winterbottom Lane is.\n")
    assert names_in("notes.md", text, "markdown") == ["Mrs Winterbottom",
                                                      "Ormerod Winterbottom"]


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("issues.json", "json", '{"fields": {"assignee": {"displayName": "Zarkovitch Ondrasek"}, '
     '"creator": {"displayName": "Automation for Jira"}}}\n', ["Zarkovitch Ondrasek"]),
    ("issues.yaml", "yaml", "fields:\n  reporter:\n    displayName: Zarkovitch Ondrasek\n"
     "  project:\n    displayName: Farming Payments\n", ["Zarkovitch Ondrasek"]),
])
def test_a_display_name_inside_a_persons_object_is_their_full_name(
        path: str, syntax: str, text: str, expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


def test_an_authors_files_lines_are_names_the_lists_may_not_know() -> None:
    text = ("# Authors\n\nOrmerod Winterbottom\nZarkovitch Ondrasek <zo@example.com>\n"
            "Farming Team\nGoogle LLC\nThe Python Software Foundation\n")
    assert names_in("AUTHORS", text, "authors") == ["Ormerod Winterbottom",
                                                    "Zarkovitch Ondrasek"]


def test_a_git_blames_authors_are_people_and_its_bots_are_not() -> None:
    text = ("^1a2b3c4 (Ormerod Winterbottom  2024-03-01 10:00:00 +0000  1) import os\n"
            "5d6e7f80 src/app.py (Zarkovitch Ondrasek 2024-03-02 11:00:00 +0000  2) import sys\n"
            "9a8b7c6d (dependabot[bot]     2024-03-03 12:00:00 +0000  3) import re\n"
            "0f1e2d3c (GitHub Actions      2024-03-04 12:00:00 +0000  4) import io\n")
    assert names_in("blame.txt", text, "text") == ["Ormerod Winterbottom",
                                                   "Zarkovitch Ondrasek"]


# --- animals named like people ------------------------------------------------------------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    # a herd's register: its rows are animals, their dams and sires too
    ("herd.csv", "csv", "ear_tag,name,breed,dam_name,sire_name,keeper\n"
     "UK000000100001,Daisy May,Jersey,Bluebell,Henry Cooper,Priya Fairweather\n",
     ["Priya Fairweather"]),
    ("farm.json", "json", '{"keepers": [{"name": "Priya Fairweather"}], '
     '"animals": [{"name": "Daisy May", "breed": "Jersey"}]}\n', ["Priya Fairweather"]),
    # a table of people with a place or a count beside their names is still theirs
    ("survey.csv", "csv", "name,species,count\nPriya Fairweather,Robin,3\n",
     ["Priya Fairweather"]),
])
def test_a_herds_animals_are_not_people(path: str, syntax: str, text: str,
                                        expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected
