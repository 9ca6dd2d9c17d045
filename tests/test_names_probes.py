"""PERSON: what probes of new file types found (SQL migrations and Markdown pages, role
labels over products, chat turns). The names here are made up from common given names and
surnames; none is a real person's."""

from __future__ import annotations

import pytest

from safecommit.detect.locate import Locator
from safecommit.detect.names import find
from safecommit.model import Text


def names_in(path: str, text: str, syntax: str) -> list[str]:
    return [text[s.start:s.end] for s in find(Locator(Text(path, text, syntax)))]


# --- a FIXME's or an XXX's owner outside a code file's comments ------------------------------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("V2__claims.sql", "sql", "-- FIXME(eleanor.harrington): index is missing\nSELECT 1;\n",
     ["eleanor.harrington"]),
    ("V2__claims.sql", "sql", "-- XXX(siobhan) confirm with the land team\nSELECT 1;\n",
     ["siobhan"]),
    ("V2__claims.sql", "sql", "/* FIXME(siobhan_harrington) */\nSELECT 1;\n",
     ["siobhan_harrington"]),
    ("V2__claims.sql", "sql", "-- Ask Siobhan about the backfill\nSELECT 1;\n", ["Siobhan"]),
    ("runbook.md", "markdown", "<!-- FIXME(eleanor.harrington): check -->\n",
     ["eleanor.harrington"]),
    ("runbook.md", "markdown", "<!-- XXX(siobhan) confirm the dates -->\n", ["siobhan"]),
    # a ticket, a tool or a word: no one; nor a string that only looks like a tag in SQL code
    ("V2__claims.sql", "sql", "-- FIXME(perf): slow\n-- XXX(DEV-123) later\nSELECT 1;\n", []),
    ("runbook.md", "markdown", "<!-- FIXME(python3.13): remove -->\n", []),
])
def test_a_fixme_owner_in_sql_and_markdown(path: str, syntax: str, text: str,
                                           expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


# --- a product, a team or a service after a role's label ----------------------------------

@pytest.mark.parametrize("text", [
    "Owner: Carter Squad\n",
    "- **Tech lead:** Mason Platform\n",
    "Product owner: Fisher Portal\n",
    "Owner: Grant Finder\n",
    "Service owner: Price Tracker\n",
    "Contact: Harper Dashboard\n",
])
def test_a_thing_named_after_a_role_label_is_no_one(text: str) -> None:
    assert names_in("README.md", text, "markdown") == []
    assert names_in("notes.txt", text, "text") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Owner: Rose Gardner\n", ["Rose Gardner"]),
    ("Tech lead: Sky Walker\n", ["Sky Walker"]),
    ("Product owner: Siobhan Harrington\n", ["Siobhan Harrington"]),
    ("Owner: Chidi Okafor (RPA)\n", ["Chidi Okafor"]),
])
def test_a_person_after_a_role_label_is_still_one(text: str, expected: list[str]) -> None:
    assert names_in("README.md", text, "markdown") == expected


# --- a surname in capitals before a given name, in a data file's free text --------------------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("case.json", "json", '{"notes": "Call back HARRINGTON Eleanor about the claim"}\n',
     ["HARRINGTON Eleanor"]),
    ("case.json", "json", '{"outcome": "Site visit with OKAFOR Chidi went well today"}\n',
     ["OKAFOR Chidi"]),
    ("case.yaml", "yaml", "visit:\n  remarks: BROWN Siobhan attended\n", ["BROWN Siobhan"]),
    ("case.yaml", "yaml", 'visit:\n  summary: "Met OKAFOR Chidi on site"\n', ["OKAFOR Chidi"]),
    # capitals that are an acronym or a heading, a thing's title, or a word before a capital
    ("case.json", "json", '{"description": "Update the API Gateway config for Python"}\n', []),
    ("case.json", "json", '{"title": "HARRINGTON Eleanor"}\n', []),
    ("case.yaml", "yaml", "notes: Raise the RPA Grant with DEFRA Digital next week\n", []),
])
def test_a_surname_in_capitals_first_in_data_free_text(path: str, syntax: str, text: str,
                                                       expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


# --- "<Given> Ward" before a ward's own noun is the ward ---------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Please book Gemma Ward visit for Tuesday.\n", []),
    ("Join the Victoria Ward round at nine.\n", []),
    ("Ask Florence Ward staff about the rota.\n", []),
    # a person's possessive, a comma, or a verb: a person
    ("Please book Gemma Ward's visit for Tuesday.\n", ["Gemma Ward's"]),
    ("Book a visit with Gemma Ward for Tuesday.\n", ["Gemma Ward"]),
    ("Gemma Ward visited the farm on Tuesday.\n", ["Gemma Ward"]),
    ("Gemma Ward, staff nurse, signed it.\n", ["Gemma Ward"]),
    ("Owner: Gemma Ward\n", ["Gemma Ward"]),
])
def test_a_ward_before_its_own_noun(text: str, expected: list[str]) -> None:
    assert names_in("notes.md", text, "markdown") == expected


# --- a chat turn's speaker who names themself, and whom a thing is handed to ------------------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("chat.txt", "text", "[10:01] Siobhan here, can someone review the flood API change?\n",
     ["Siobhan"]),
    ("chat.txt", "text", "Tomasz speaking - I will take it after stand-up.\n", ["Tomasz"]),
    ("chat.md", "markdown", "Aoife here. The deploy is green.\n", ["Aoife"]),
    ("chat.txt", "text", "Can you post it to Aoife at the office tomorrow?\n", ["Aoife"]),
    ("chat.txt", "text", "Please hand it over to Declan when he is in.\n", ["Declan"]),
    ("chat.txt", "text", "I sent them to Imogen on Friday.\n", ["Imogen"]),
    ("export.json", "json", '{"text": "Siobhan here, the export is done"}\n', ["Siobhan"]),
    # a word, a tool or a place: no one; "here" inside a sentence names no speaker
    ("chat.txt", "text", "Hand it to the team when it is done.\nPost it to Slack.\n", []),
    ("chat.txt", "text", "Give it to Python first.\nSend it to Reading.\n", []),
    ("chat.txt", "text", "Deploy it to Declan later.\n", []),
    ("chat.txt", "text", "Ruby here is installed by rbenv.\nChester here is the depot.\n", []),
    ("chat.txt", "text", "Click here. Details here:\nThe Siobhan here is a ship.\n", []),
])
def test_a_speaker_who_names_themself_and_whom_a_thing_is_handed_to(
        path: str, syntax: str, text: str, expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


# --- an R package's DESCRIPTION: Authors@R is R code ------------------------------------------

def test_the_people_in_an_r_description_authors_field() -> None:
    text = ("Package: soilr\nAuthors@R: c(\n"
            '    person("Siobhan", "Harrington", email = "s@example.org", role = "aut"),\n'
            '    person(given = "Chidi", family = "Okafor", role = "ctb"),\n'
            '    person("Defra", role = "cph"))\n')
    assert names_in("DESCRIPTION", text, "text") == ["Siobhan", "Harrington", "Chidi", "Okafor"]
    assert names_in("DESCRIPTION", "Title: Soil Tools\nDepends: R (>= 4.1)\n", "text") == []


# --- given names and surnames of West Africa and South Asia the lists missed -------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Met with Aminata Diallo on site.\n", ["Aminata Diallo"]),
    ("Bhupinder Singh raised it in the retro.\n", ["Bhupinder Singh"]),
    ("Thanks to Ousmane Jalloh for the map.\n", ["Ousmane Jalloh"]),
    ("Reviewed by Narinder Sohal and Kamlesh Patel.\n", ["Narinder Sohal", "Kamlesh Patel"]),
])
def test_names_from_west_africa_and_south_asia(text: str, expected: list[str]) -> None:
    assert names_in("notes.md", text, "markdown") == expected


# --- a comment that credits or consults a given name -----------------------------------------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("a.py", "python", "# checked with Siobhan\nx = 1\n", ["Siobhan"]),
    ("a.py", "python", "# as agreed with Siobhan on Monday\nx = 1\n", ["Siobhan"]),
    ("a.ts", "typescript", "// reviewed by Siobhan\nconst x = 1;\n", ["Siobhan"]),
    ("a.sql", "sql", "-- fixed by Siobhan\nSELECT 1;\n", ["Siobhan"]),
    # a tool, a word, or code, not a comment
    ("a.py", "python", "# checked with Python\n# reviewed by Dependabot\nx = 1\n", []),
    ("a.py", "python", 'checked_with = "Siobhan"\n', []),
])
def test_a_comment_credits_or_consults_a_given_name(path: str, syntax: str, text: str,
                                                    expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


# --- who tested, approved or signed off a change ---------------------------------------------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("pr.md", "markdown", "- [x] Tested by Siobhan\n", ["Siobhan"]),
    ("pr.md", "markdown", "Signed off by Siobhan on Friday.\n", ["Siobhan"]),
    ("pr.md", "markdown", "Approved by Niamh and deployed.\n", ["Niamh"]),
    ("a.py", "python", "# signed-off by Siobhan\nx = 1\n", ["Siobhan"]),
    # a tool, a word, a place
    ("pr.md", "markdown", "Tested by Jenkins.\nApproved by Grant.\nVerified by Chester.\n", []),
])
def test_who_tested_approved_or_signed_off(path: str, syntax: str, text: str,
                                          expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


# --- an INSERT's rows with no list of columns ------------------------------------------------

def test_a_given_name_and_surname_side_by_side_in_a_positional_insert() -> None:
    text = ("INSERT INTO public.applicants VALUES (5, 'Siobhan', 'Harrington', 'Leeds');\n"
            "INSERT INTO applicants VALUES\n  (6, 'Chidi', 'Okafor', 'York'),\n"
            "  (7, 'Eleanor', 'Byrne', 'Hull');\n")
    assert names_in("dump.sql", text, "sql") == [
        "Siobhan", "Harrington", "Chidi", "Okafor", "Eleanor", "Byrne"]


@pytest.mark.parametrize("text", [
    "INSERT INTO breeds VALUES (1, 'Jack', 'Russell', 'Terrier');\n",
    "INSERT INTO towns VALUES (2, 'Milton', 'Keynes');\n",
    "INSERT INTO crops VALUES ('Wheat', 'Winter', 'Grant', 'Scheme');\n",
    "INSERT INTO people VALUES (3, 'Joe', 'Bloggs');\n",
    "SELECT 'Siobhan', 'Harrington';\n",
])
def test_things_and_placeholders_in_a_positional_insert_are_no_one(text: str) -> None:
    assert names_in("dump.sql", text, "sql") == []


# --- surnames with a D' prefix, and double-barrelled ones whose first part is a word ---------

@pytest.mark.parametrize(("text", "expected"), [
    ("Visit booked with Melanie D'Souza on Monday.\n", ["Melanie D'Souza"]),
    ("Anne-Marie Duff-Jones signed the form.\n", ["Anne-Marie Duff-Jones"]),
    ("Mark Cross-Smith called about the claim.\n", ["Mark Cross-Smith"]),
    # a compound of words, or a model named for two people, with no given name before it
    ("The Black-Scholes model and the Read-Only mode.\n", []),
    ("Grace Top-Level docs are out.\n", []),
])
def test_prefixed_and_double_barrelled_surnames(text: str, expected: list[str]) -> None:
    assert names_in("notes.md", text, "markdown") == expected


# --- a name written surname first, its surname opening with a particle, under a key ----------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("people.csv", "csv", 'id,name,role\n5,"ap Gruffydd, Rhys",agent\n', ["ap Gruffydd, Rhys"]),
    ("people.json", "json", '{"name": "van der Berg, Pieter"}\n', ["van der Berg, Pieter"]),
    ("people.yaml", "yaml", "owner: van der Berg, Pieter\n", ["van der Berg, Pieter"]),
    # a surname alone, or a painter, under a generic key: no one
    ("people.json", "json", '{"name": "van Gogh"}\n{"contact": "de Vries"}\n', []),
])
def test_a_surname_first_name_with_particles_under_a_key(path: str, syntax: str, text: str,
                                                         expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


# --- an architecture decision record's people ---------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("---\nstatus: accepted\ndecision-makers: Aroha Zarkovitch, Siobhan Harrington\n---\n",
     ["Aroha Zarkovitch", "Siobhan Harrington"]),
    ("* Deciders: Quentin Zarkovitch; Chidi Okafor\n", ["Quentin Zarkovitch", "Chidi Okafor"]),
    ("* Consulted: Quentin Zarkovitch\n", ["Quentin Zarkovitch"]),
    ("Reviewed with Siobhan in the design authority.\n", ["Siobhan"]),
    # teams, bodies and everyone
    ("* Informed: Platform Team, Data Squad, Natural England\n* Informed: everyone\n", []),
    ("Discussed with Python core developers.\n", []),
])
def test_the_people_of_a_decision_record(text: str, expected: list[str]) -> None:
    assert names_in("docs/adr/0009-use-queues.md", text, "markdown") == expected


# --- a name an export wrote surname first, all in lower case -----------------------------------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("people.json", "json", '{"contact": "harrington, siobhan"}\n', ["harrington, siobhan"]),
    ("people.csv", "csv", 'id,full_name\n1,"okafor, chidi"\n', ["okafor, chidi"]),
    # words, a placeholder, a place
    ("people.json", "json", '{"contact": "support, platform"}\n{"owner": "data, analytics"}\n',
     []),
    ("people.json", "json", '{"name": "bloggs, joe"}\n{"name": "london, grace"}\n', []),
])
def test_a_lower_case_name_written_surname_first(path: str, syntax: str, text: str,
                                                 expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


# --- foods named like people -----------------------------------------------------------------

def test_a_food_named_like_a_person_is_no_one() -> None:
    text = "Lunch order: Jasmine Rice, Charlotte Russe and a Sally Lunn bun.\n"
    assert names_in("notes.md", text, "markdown") == []
    assert names_in("notes.md", "Jasmine Rice <jr@example.org> sent it.\n", "markdown") != []


# --- a name inside a person's element in XML --------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("<project><developers><developer><id>qz</id><name>Quentin Zarkovitch</name>"
     "</developer></developers></project>\n", ["Quentin Zarkovitch"]),
    ("<project>\n  <contributors>\n    <contributor>\n      <name>Aroha Zarkovitch</name>\n"
     "    </contributor>\n  </contributors>\n</project>\n", ["Aroha Zarkovitch"]),
    # a thing's name, or a project's, is no one's
    ("<project><name>Grant Finder</name><organization><name>Quentin Labs</name>"
     "</organization></project>\n", []),
])
def test_a_name_inside_a_persons_xml_element(text: str, expected: list[str]) -> None:
    assert names_in("pom.xml", text, "xml") == expected


# --- a properties file's dotted key says whose name its value is -------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("support.contact.name=Aroha Zarkovitch\n", ["Aroha Zarkovitch"]),
    ("app.owner.name = Quentin Zarkovitch\n", ["Quentin Zarkovitch"]),
    # a thing's name
    ("app.name=Grant Finder\nfarm.name=Quentin Zarkovitch\n", []),
])
def test_a_dotted_properties_key_names_a_person(text: str, expected: list[str]) -> None:
    assert names_in("messages.properties", text, "properties") == expected


# --- an Apple .strings file's keys ------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ('"support_contact_name" = "Aroha Zarkovitch";\n', ["Aroha Zarkovitch"]),
    ('/* Contact */\n"supportContactName" = "Quentin Zarkovitch";\n', ["Quentin Zarkovitch"]),
    ('"app_name" = "Grant Finder";\n"greeting_name" = "Hello %@";\n', []),
])
def test_an_apple_strings_key_names_a_person(text: str, expected: list[str]) -> None:
    assert names_in("en.lproj/Localizable.strings", text, "text") == expected


# --- a Gherkin step's table of people ---------------------------------------------------------

def test_the_name_column_of_a_gherkin_table_of_people() -> None:
    text = ("Feature: Agents\n  Background:\n    Given the following users exist:\n"
            "      | name              | role  |\n      | Aroha Zarkovitch  | agent |\n"
            "    And these crops exist:\n      | name         | season |\n"
            "      | Quentin Wheat | winter |\n")
    assert names_in("features/agents.feature", text, "text") == ["Aroha Zarkovitch"]


# --- resource files: an entry's name is its key ------------------------------------------

@pytest.mark.parametrize(("path", "text"), [
    ("res/values/strings.xml",
     '<resources>\n  <string name="support_contact_name">Zephyra Quillonby</string>\n'
     '  <string name="app_name">Crop Insight</string>\n</resources>\n'),
    ("Strings.resx", '<root>\n  <data name="SupportContactName" xml:space="preserve">\n'
                     "    <value>Zephyra Quillonby</value>\n  </data>\n</root>\n"),
])
def test_a_name_neither_list_knows_is_found_under_a_resource_entrys_person_key(
        path: str, text: str) -> None:
    assert names_in(path, text, "xml") == ["Zephyra Quillonby"]
