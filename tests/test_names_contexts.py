"""PERSON in the files delivery teams keep beside their code: commit trailers, minutes,
release notes, fixtures with typed fields, attendance lists; and what only looks like a name
there (a build server's identity, two towns side by side).

The names here are made up from common given names and surnames; none is a real person's.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from safecommit.detect.locate import Locator
from safecommit.detect.names import find
from safecommit.model import Text


def names_in(path: str, text: str, syntax: str) -> list[str]:
    return [text[s.start:s.end] for s in find(Locator(Text(path, text, syntax)))]


# --- a surname that opens with its particles in lower case, or with an accented capital ---

@pytest.mark.parametrize(("text", "expected"), [
    ("Panel\nvan der Berg, Pieter\n", ["van der Berg, Pieter"]),
    ("Panel\n- ap Rhys, Cerys\n", ["ap Rhys, Cerys"]),
    ("Panel\n\u00d3 Briain, Dara\n", ["\u00d3 Briain, Dara"]),
    ("Panel\n\u0141ukasiewicz, Marta\n", ["\u0141ukasiewicz, Marta"]),
    # a particle before a word that is no surname: a place and its country
    ("Trips\nde la Paz, Bolivia\n", []),
])
def test_a_line_written_surname_first_may_open_in_lower_case_or_with_an_accent(
        text: str, expected: list[str]) -> None:
    assert names_in("panel.txt", text, "text") == expected


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("a.json", "json", '{"firstName": "Cerys", "lastName": "ap Rhys"}', ["Cerys", "ap Rhys"]),
    ("a.yml", "yaml", "surname: van der Berg\n", ["van der Berg"]),
    ("a.csv", "csv", "first_name,last_name\nPieter,van der Berg\n", ["Pieter", "van der Berg"]),
    ("a.sql", "sql", "INSERT INTO keeper (forename, surname) VALUES ('Anouk', 'de Vries');",
     ["Anouk", "de Vries"]),
    ("a.py", "python", "k = Keeper(first_name='Anouk', last_name='de Vries')\n",
     ["Anouk", "de Vries"]),
    ("a.js", "javascript", "const k = { firstName: 'Cerys', lastName: 'ap Rhys' };\n",
     ["Cerys", "ap Rhys"]),
    # a particle alone, or before a placeholder, is no one
    ("a.json", "json", '{"surname": "de la"}', []),
    ("a.json", "json", '{"firstName": "Joe", "lastName": "de Bloggs"}', []),
    # a particle's value under a key that names no part of a name
    ("a.py", "python", "label = 'de Vries'\n", []),
])
def test_a_surname_under_its_key_may_open_with_lower_case_particles(
        path: str, syntax: str, text: str, expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


# --- a typed declaration's name is its key --------------------------------------------------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("a.py", "python",
     '@dataclass\nclass Keeper:\n    first_name: str = "Tirion"\n'
     '    last_name: str = "Eckersley"\n',
     ["Tirion", "Eckersley"]),
    ("a.py", "python",
     'def make(forename: str = "Tirion", surname: Optional[str] = "Eckersley"): ...\n',
     ["Tirion", "Eckersley"]),
    ("a.ts", "typescript",
     'class Keeper { firstName: string = "Tirion"; lastName?: string = "Eckersley"; }\n',
     ["Tirion", "Eckersley"]),
    ("a.kt", "kotlin",
     'data class Keeper(val firstName: String = "Tirion", val lastName: String = "Eckersley")\n',
     ["Tirion", "Eckersley"]),
    # the type names nothing: a title is not a name's part
    ("a.py", "python", 'heading: str = "Tirion"\nplace: str = "Eckersley"\n', []),
])
def test_a_typed_declaration_is_keyed_by_its_name_not_its_type(
        path: str, syntax: str, text: str, expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


# --- an action's owner on a line that says it is an action ----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Notes\n\nACTION: Morag to share the slides.\n", ["Morag"]),
    ("Notes\n\nAction: Tegwen Morris to book the room\n", ["Tegwen Morris"]),
    ("Notes\n\n**ACTION:** Morag to raise the change\n", ["Morag"]),
    ("Notes\n\nACTION: Service Manager to sign off\n", []),
    ("Notes\n\nACTION: Jenkins to run the build\n", []),
])
def test_an_action_line_without_a_list_mark_names_its_owner(
        text: str, expected: list[str]) -> None:
    assert names_in("minutes.md", text, "markdown") == expected


# --- two towns side by side are not two people ----------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("- Date parsing in Victoria and Lincoln office exports.\n", []),
    ("- Fixed Chester and Lincoln exports.\n", []),
    ("- Exports from Victoria and Harriet offices were late.\n", []),
    ("- Farms near Victoria and Harriet were visited.\n", []),
    # people side by side still are
    ("- Priya and Ewan reviewed the change.\n", ["Priya", "Ewan"]),
    ("- We copied in Priya and Ewan on the thread.\n", ["Priya", "Ewan"]),
    ("- We met in Rhiannon and Gareth's office.\n", ["Rhiannon", "Gareth's"]),
    ("- Sync at Priya and Ewan's desk.\n", ["Priya", "Ewan's"]),
    # a town's name with a surname is a person's
    ("- Lincoln Hargreaves reviewed the change.\n", ["Lincoln Hargreaves"]),
])
def test_two_given_names_that_are_places_are_not_people(
        text: str, expected: list[str]) -> None:
    assert names_in("CHANGELOG.md", text, "markdown") == expected


# --- a build server's or a bot's identity is not a person -----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Fix the upload\n\nAcked-by: Jenkins CI <ci@example.org>\n", []),
    ("Fix the upload\n\nCo-authored-by: Travis Build <build@example.org>\n", []),
    ("Fix the upload\n\nCo-authored-by: Morgan Bot <bot@example.org>\n", []),
    ("Fix the upload\n\nCo-authored-by: Carys ap Dafydd <carys@example.org>\n",
     ["Carys ap Dafydd"]),
    ("Fix the upload\n\nSigned-off-by: Morgan Hall <morgan@example.org>\n", ["Morgan Hall"]),
])
def test_a_trailer_for_a_build_server_or_a_bot_names_no_one(
        text: str, expected: list[str]) -> None:
    assert names_in("NOTES.txt", text, "text") == expected


def test_the_cli_reports_the_people_of_a_minutes_file_and_not_its_towns(tmp_path: Path) -> None:
    """End to end: the hook's scan of a real file, as a team would commit it."""
    notes = tmp_path / "minutes.md"
    notes.write_text(
        "# Sprint review\n\n"
        "ACTION: Morag to chase the payment mismatch\n"
        "- Fixed Chester and Lincoln exports\n"
        "Co-authored-by: Jenkins CI <ci@example.org>\n"
        "\nPanel\nvan der Berg, Pieter\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "safecommit", "scan", "--format", "json",
                          str(notes)], capture_output=True, text=True, check=False,
                         cwd=tmp_path)
    found = [f for f in json.loads(run.stdout)["findings"] if f["type"] == "PERSON"]
    lines = notes.read_text(encoding="utf-8").split("\n")
    values = [lines[f["line"] - 1][f["column"] - 1:f["end_column"] - 1] for f in found]
    assert values == ["Morag", "van der Berg, Pieter"]


# --- Welsh, Cornish and Gaelic names the lists now know --------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Agenda\n1. Update from Hefin Wyn\n", ["Hefin Wyn"]),
    ("The migration was reviewed by Blodwen Huws last week.\n", ["Blodwen Huws"]),
    ("Taliesin Gruffudd raised the change request.\n", ["Taliesin Gruffudd"]),
    ("Meadhbh Kavanagh and Odhran Brennan joined the call.\n",
     ["Meadhbh Kavanagh", "Odhran Brennan"]),
])
def test_welsh_and_gaelic_names_in_prose_are_found(text: str, expected: list[str]) -> None:
    assert names_in("notes.md", text, "markdown") == expected


# --- a subtitle's speaker in brackets ----------------------------------------------------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("a.srt", "srt", "1\n00:00:01,000 --> 00:00:03,000\n[Siobhan] Morning everyone.\n",
     ["Siobhan"]),
    ("a.srt", "srt", "1\n00:00:01,000 --> 00:00:03,000\n- [Rhian Mathias] Hello.\n",
     ["Rhian Mathias"]),
    ("a.vtt", "vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\n[Siobhan] Morning.\n", ["Siobhan"]),
    # sounds, and what the lists do not know as a name, are not speakers
    ("a.srt", "srt", "1\n00:00:01,000 --> 00:00:03,000\n[Music] [Laughter]\n"
     "[Crosstalk] yes\n[Applause] thanks\n[Door slams] ok\n", []),
    # nor is a bracket in a Markdown file (a link's text)
    ("a.md", "markdown", "[Siobhan] Morning.\n", []),
])
def test_a_subtitle_speaker_in_brackets_is_found(
        path: str, syntax: str, text: str, expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("# Per Gwilym Ellis-Jones, the API caps at 100 requests\nLIMIT = 100\n",
     ["Gwilym Ellis-Jones"]),
    # a Scandinavian given name before a surname, or in a list of attendees, is one
    ("# Per Svensson reviewed it\nLIMIT = 100\n", ["Per Svensson"]),
])
def test_per_before_a_full_name_is_the_preposition(text: str, expected: list[str]) -> None:
    assert names_in("limits.py", text, "python") == expected


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    # a survey's export heads its column with the form's question
    ("a.csv", "csv", "Timestamp,What is your name?,Office\n"
     "2024/06/03 10:01:02,Hollie Brightwater,Lincoln\n", ["Hollie Brightwater"]),
    ("a.json", "json", '{"yourName": "Hollie Brightwater"}', ["Hollie Brightwater"]),
    # the form's own placeholder is no one
    ("a.json", "json", '{"yourName": "Your Name"}', []),
])
def test_a_forms_question_for_your_name_names_a_person(
        path: str, syntax: str, text: str, expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an accented spelling of a listed name, in Irish and Scottish Gaelic
    ("Méabh Kavanagh raised the change request.\n", ["Méabh Kavanagh"]),
    ("Tòmas Brennan raised the change request.\n", ["Tòmas Brennan"]),
    # Welsh given names of the long tail
    ("The runbook was reviewed by Esyllt Harker and Dilwyn Bowen.\n",
     ["Esyllt Harker", "Dilwyn Bowen"]),
])
def test_accented_and_long_tail_given_names_are_known(text: str, expected: list[str]) -> None:
    assert names_in("notes.md", text, "markdown") == expected


# --- given names spoken of in minutes and stand-up notes ------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # a name that opens with an accented capital
    ("Notes\n\nAsk Éabha about the parcels.\n", ["Éabha"]),
    ("Notes\n\nÉabha said the parcels were late.\n", ["Éabha"]),
    # whom a decision or a wait is with
    ("Notes\n\nAgreed with Sioned that the map is out of scope.\n", ["Sioned"]),
    ("Notes\n\nWaiting on Gwenno for the API key.\n", ["Gwenno"]),
    ("Notes\n\nWaiting on Jenkins for the build.\n", []),
    # a table of who does what
    ("| Who | Doing |\n|---|---|\n| Rhodri | parcels |\n| Product Owner | backlog |\n",
     ["Rhodri"]),
])
def test_given_names_in_minutes_are_found(text: str, expected: list[str]) -> None:
    assert names_in("standup.md", text, "markdown") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a mailing list relays a member's mail under its own name
    ("Cc: 'Rhian Tudor' via Grants Dev <grants-dev@example.org>\n", ["Rhian Tudor"]),
    ("To: Rhian Tudor <rhian@example.org>, Dev Patel <dev@example.org>\n",
     ["Rhian Tudor", "Dev Patel"]),
])
def test_a_mailing_lists_name_before_its_address_is_no_one(
        text: str, expected: list[str]) -> None:
    assert names_in("a.eml", text, "email") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an export in lower case keeps a name's particles in lower case
    ("user,real name\nd1,dafydd ap gwilym\n", ["dafydd ap gwilym"]),
    ("user,real name\np1,pieter van der berg\n", ["pieter van der berg"]),
    ("user,real name\nb1,deploy bot\n", []),
])
def test_a_lower_case_name_with_particles_is_read(text: str, expected: list[str]) -> None:
    assert names_in("users.csv", text, "csv") == expected


@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    # a common name written surname first with its comma escaped, as LDAP writes it
    ("a.ldif", "ldif", "dn: CN=Jones\\, Ffion,OU=Staff,DC=example,DC=org\n",
     ["Jones\\, Ffion"]),
    ("a.ics", "text", "ATTENDEE;CN=ap Rhys\\, Cerys:mailto:c@example.org\n",
     ["ap Rhys\\, Cerys"]),
    ("a.ldif", "ldif", "member: CN=Bloggs\\, Joe,OU=Staff,DC=example,DC=org\n"
     "member: CN=Grants Team,OU=Groups,DC=example,DC=org\n", []),
])
def test_a_common_name_with_an_escaped_comma_is_read_surname_first(
        path: str, syntax: str, text: str, expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a wiki's or a chat's mention, exported as HTML
    ('<p>Reviewed by <span class="user-mention">@Ieuan Wyn</span></p>\n', ["Ieuan Wyn"]),
    # an address's domain or a decorator after a tag is no mention
    ("<p>Mail <b>ops@Grants Team</b></p>\n", []),
])
def test_a_mention_exported_as_html_names_a_person(text: str, expected: list[str]) -> None:
    assert names_in("page.html", text, "html") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # any commit trailer that ends in "-by" credits a person, whatever its verb
    ("Fix the retry\n\nReported-and-tested-by: Owain Aled\n", ["Owain Aled"]),
    ("Fix the retry\n\nBisected-by: Owain Aled\n", ["Owain Aled"]),
    # not a hyphenated word in a sentence
    ("Fix the retry\n\nShow a side-by-side view for Owain Aled\n", []),
])
def test_any_trailer_that_ends_in_by_names_a_person(text: str, expected: list[str]) -> None:
    assert names_in("COMMIT_EDITMSG", text, "text") == expected


def test_a_short_irish_word_is_not_a_name_without_its_accent() -> None:
    # ("Tá" is "is": its plain spelling is a given name in the lists)
    assert names_in("ga.md", "Tá Murphy sásta.\n", "markdown") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a chat export's message thanks, asks or quotes a given name
    ('[{"user_profile": {"real_name": "Seren Hughes"}, '
     '"text": "thanks Chidi, can you check Jenkins?"}]', ["Seren Hughes", "Chidi"]),
    ('{"body": {"content": "Ewan said the fix is in"}}', ["Ewan"]),
    # places side by side, and a tool thanked, are not people
    ('{"text": "Data for Victoria and Lincoln offices", "comment": "Thanks Jenkins"}', []),
    # a message key's value elsewhere is not read as prose
    ('{"title": "thanks Chidi"}', []),
])
def test_a_chat_exports_messages_are_read_as_prose(text: str, expected: list[str]) -> None:
    assert names_in("messages.json", text, "json") == expected
