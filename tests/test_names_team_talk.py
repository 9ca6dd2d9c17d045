"""PERSON: a place's name as a to-do item's label; a colleague's work named by a possessive
at a sentence's head; a chat message's or a pull request's sign-off; people listed under a
team's ``members`` or ``owners``. The names here are made up."""

from __future__ import annotations

import pytest

from safecommit.detect.locate import Locator
from safecommit.detect.names import find
from safecommit.model import Text


def names_in(path: str, text: str, syntax: str) -> list[str]:
    return [text[s.start:s.end] for s in find(Locator(Text(path, text, syntax)))]


# --- a place that is a given name too, as a to-do item's label ----------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("## Next steps\n- Georgia: add the font to the header\n- Paris: move the region\n"
     "- Hortensia: update the runbook\n", ["Hortensia"]),
    ("- [ ] Phoenix: switch the base map tiles\n- [ ] Bartholomew: chase the supplier\n",
     ["Bartholomew"]),
    ("* Sydney: check the flood layer\n", []),
    # an owner's item says so with "to": a place's name there is still a person's
    ("## Actions\n- Georgia to book the room\n", ["Georgia"]),
])
def test_a_place_labelling_a_task_is_no_owner(text: str, expected: list[str]) -> None:
    assert names_in("notes.md", text, "markdown") == expected


# --- a possessive before a colleague's work, at the head of a sentence --------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Hortensia's walkthrough of the pipeline is in the wiki.\n", ["Hortensia"]),
    ("# Retro\n\nBartholomew's notes from the retro are below.\n", ["Bartholomew"]),
    ("- Aoibheann's demo went well.\nThe build is fine. Rosalind's slides are linked.\n",
     ["Aoibheann", "Rosalind"]),
    # a place's, a tool's and a word's findings and notes are no one's
    ("India's findings on trade are in the annex.\nPython's notes on the import system.\n"
     "Release notes follow.\n", []),
])
def test_a_possessive_before_work_at_a_sentences_head(text: str, expected: list[str]) -> None:
    assert names_in("notes.md", text, "markdown") == expected


# --- a given name alone in a sign-off -----------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The pipeline is green again.\n\nThanks!\nHortensia\n", ["Hortensia"]),
    ("Deployed to staging.\n\nThanks all,\nAoibheann\n", ["Aoibheann"]),
    ("Adds the flood layer.\n\nThanks - Bartholomew\n", ["Bartholomew"]),
    ("Dashboards look fine. Thanks again, Rosalind :)\n", ["Rosalind"]),
    ("See you on Monday.\n\nSpeak soon,\nHortensia\n", ["Hortensia"]),
    # a sign-off's word before a word, or before no one
    ("Thanks all, Platform team\n\nThanks - Will review tomorrow.\n", []),
])
def test_a_sign_off_names_its_sender(text: str, expected: list[str]) -> None:
    assert names_in("message.md", text, "markdown") == expected


# --- members and owners of a team ---------------------------------------------------------

def test_members_spelt_by_a_sibling_email_are_people() -> None:
    text = ("team:\n  members:\n    - Ottavian Brackwell\n    - Digital Services\n"
            "  contacts:\n    - ottavian.brackwell@example.gov.uk\n")
    assert names_in("team.yaml", text, "yaml") == ["Ottavian Brackwell"]


def test_owners_the_lists_know_are_people_and_teams_are_not() -> None:
    text = ("owners:\n  - Hortensia Ashworth\n  - Geo Platform\n  - Data Services\n"
            "reviewers:\n  - Platform Engineering\n")
    assert names_in("catalog.yaml", text, "yaml") == ["Hortensia Ashworth"]


def test_a_members_name_no_email_spells_is_not_forced() -> None:
    # neither word known, and nothing beside it that says a person: a team's list may
    # name its teams so
    text = "members:\n  - Ottavian Brackwell\n  - Flood Analytics\n"
    assert names_in("team.yaml", text, "yaml") == []


# --- a place's name that is a given name too, before what only a person shows -------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Georgia's walkthrough showed the tiles are slow.\n", ["Georgia"]),
    ("Sydney's slides are in the shared drive.\n", ["Sydney"]),
    ("India's summary of trade is attached.\n", []),
])
def test_a_places_name_before_a_persons_work(text: str, expected: list[str]) -> None:
    assert names_in("adr.md", text, "markdown") == expected


# --- a stand-up's notes, a retro board's cards, an on-call page ---------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Yesterday: Hortensia fixed the flaky test. Rosalind off sick.\n",
     ["Hortensia", "Rosalind"]),
    ("Today: Aoibheann pairing with the data team on the upload.\n", ["Aoibheann"]),
    ("Escalate after 30 minutes: page Bartholomew.\n", ["Bartholomew"]),
    # a tool, a word, a place or a day before the same verbs
    ("- Jenkins fixed the nightly build.\n- Release deployed to production.\n"
     "- Kendal deployed the new gauges.\n- Mark fixed the typo.\nMonday off today.\n", []),
])
def test_a_standups_notes_name_colleagues(text: str, expected: list[str]) -> None:
    assert names_in("standup.md", text, "markdown") == expected


def test_a_retro_boards_cards_are_prose() -> None:
    text = ("column,card,votes\nwent well,Kudos to Bartholomew for fixing the deploy,3\n"
            "to improve,The VPN is slow,2\n")
    assert names_in("retro.csv", text, "csv") == ["Bartholomew"]


def test_a_retro_boards_action_card_names_its_owner() -> None:
    text = ("column,card\nactions,Hortensia to book the room\n"
            "actions,Procurement to confirm\nwent well,Release to production went fine\n")
    assert names_in("retro.csv", text, "csv") == ["Hortensia"]


# --- a team's news: who joins, who is on leave, whom one worked with or says goodbye to ---

@pytest.mark.parametrize(("text", "expected"), [
    ("Hortensia joins us from the agency. Rosalind has joined the team.\n",
     ["Hortensia", "Rosalind"]),
    ("Aoibheann is on annual leave until Monday.\n", ["Aoibheann"]),
    ("Worked with Bartholomew on the upload. Me and Hortensia looked at the logs.\n",
     ["Bartholomew", "Hortensia"]),
    ("h/t Rosalind for the idea. Props to Aoibheann for the demo.\n",
     ["Rosalind", "Aoibheann"]),
    ("FYI Bartholomew the build is broken. Bye Hortensia, good luck!\n",
     ["Bartholomew", "Hortensia"]),
    # a nation, a tool, a page and a day before or after the same words
    ("Scotland joins the scheme in May. Worked with Django on the upload.\n"
     "Welcome Page shows the banner. FYI Monday the build is broken.\n", []),
])
def test_a_teams_news_names_colleagues(text: str, expected: list[str]) -> None:
    assert names_in("weeknotes.md", text, "markdown") == expected


# --- code comments: a to-do's owner, whom a change was reviewed or worked on with ---------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("jobs.py", "python", "# TODO: Bartholomew to remove once the API is live\nx = 1\n",
     ["Bartholomew"]),
    ("app.js", "javascript", "// Reviewed with Hortensia on 3 May\nconst x = 1;\n",
     ["Hortensia"]),
    ("etl.sql", "sql", "-- Worked with Rosalind on the joins\nSELECT 1;\n", ["Rosalind"]),
    # a word, a tool or a team in the same place
    ("jobs.py", "python", "# TODO: Convert to int once the API is live\n"
     "# FIXME: Django to be upgraded\n# Reviewed with Security on 3 May\n", []),
])
def test_code_comments_name_owners_and_reviewers(path: str, syntax: str, text: str,
                                                 expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


# --- a signature's delimiter, and a dash after a greeting --------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The export is done.\n\n-- \nHortensia\n", ["Hortensia"]),
    ("Hi Bartholomew - the build is broken again.\n", ["Bartholomew"]),
    # a rule under a word, a table's options
    ("Options:\n--\nVerbose\n---\nTitle\n--\nMark\n", []),
])
def test_a_signature_and_a_greeting_with_a_dash(text: str, expected: list[str]) -> None:
    assert names_in("message.md", text, "markdown") == expected


# --- an HTML page's sign-off ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("<p>The export is done.</p>\n<p>Thanks, Hortensia</p>\n", ["Hortensia"]),
    ("<p>Cheers,<br>Bartholomew</p>\n", ["Bartholomew"]),
    ("<p>Thanks, Platform team</p><p>Many thanks, Mark</p><p>Dear Sir,</p>\n", []),
])
def test_an_html_pages_sign_off(text: str, expected: list[str]) -> None:
    assert names_in("notes.html", text, "html") == expected


# --- a stand-up's "is reviewing", and a country before the same verbs -----------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Aoibheann is reviewing the PR. Bartholomew is fixing the flaky test.\n",
     ["Aoibheann", "Bartholomew"]),
    ("Paris is testing the trams. India joins the scheme in May. China said no.\n", []),
])
def test_who_is_reviewing_or_fixing(text: str, expected: list[str]) -> None:
    assert names_in("standup.md", text, "markdown") == expected
