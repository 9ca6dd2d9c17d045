"""PERSON: a given name the lists do not know before its pronouns; people whose work is
reviewed or handed over; actions' owners in numbered actions; and the words that only look
like owners (a place or a codename before a description). The names here are made up."""

from __future__ import annotations

import pytest

from safecommit.detect.locate import Locator
from safecommit.detect.names import find
from safecommit.model import Text


def names_in(path: str, text: str, syntax: str) -> list[str]:
    return [text[s.start:s.end] for s in find(Locator(Text(path, text, syntax)))]


# --- a given name alone before pronouns, though no list knows it -------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("- Zorbethia (she/her) - delivery manager\n", ["Zorbethia"]),
    ("Welcome Quintavian (he/him), our new developer.\n", ["Quintavian"]),
    # an English word or a role before pronouns is no one's name
    ("- Maintainer (she/her) - to be hired\n", []),
    ("- Vacancy (they/them), user researcher\n", []),
])
def test_an_unknown_given_name_before_pronouns(text: str, expected: list[str]) -> None:
    assert names_in("team.md", text, "markdown") == expected


# --- a list of things to do: a colon then a description is no owner's -------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("## Next steps\n- Bartholomew: chase the supplier\n- Hortensia: the new region\n"
     "- Rosalind: our backup bucket\n", ["Bartholomew"]),
    ("## To do\n- [ ] Hortensia: book the room\n- [ ] Bartholomew: this quarter's map\n",
     ["Hortensia"]),
])
def test_a_colon_then_a_description_names_no_owner(text: str, expected: list[str]) -> None:
    assert names_in("notes.md", text, "markdown") == expected


# --- whose pull request is reviewed; whom work is handed from and to; who covers --------

@pytest.mark.parametrize(("text", "expected"), [
    ("Today I was reviewing Aoibheann's PR for the map layer.\n", ["Aoibheann"]),
    ("Merged Bartholomew's pull request after the demo.\n", ["Bartholomew"]),
    ("Handover from Hortensia to Bartholomew on Friday.\n", ["Hortensia", "Bartholomew"]),
    ("Aoibheann covers the support rota next week.\n", ["Aoibheann"]),
    # a tool's pull request, a place's cover, a handover of systems
    ("Reviewing Dependabot's PR for the lock file.\n", []),
    ("The report covers the spring survey.\nHandover from Postgres to Redis is done.\n", []),
])
def test_reviews_handovers_and_cover_name_people(text: str, expected: list[str]) -> None:
    assert names_in("notes.md", text, "markdown") == expected


# --- numbered actions: "Action 3 (<Given>): closed", "Action 4 - <Given> to …" ------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Action 3 (Aoibheann): closed\nAction 4 - Bartholomew to update the risk register\n",
     ["Aoibheann", "Bartholomew"]),
    ("ACTION 12 - Hortensia to book the room\n", ["Hortensia"]),
    # an action's status or its area, not its owner
    ("Action 3 (Closed): the lab is booked\nAction 5 - Procurement to confirm\n", []),
])
def test_numbered_actions_name_their_owners(text: str, expected: list[str]) -> None:
    assert names_in("minutes.md", text, "markdown") == expected


# --- a fake-data library's example output, shown in a comment ----------------------------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("seed.py", "python", "from faker import Faker\n\nfake = Faker('en_GB')\n"
     "# Example output: Dr. Peregrine Vantreight\nprint(fake.name())\n", []),
    ("seed.js", "javascript", "import { faker } from '@faker-js/faker';\n"
     "// e.g. 'Mrs. Ottoline Braithwaite'\nconst name = faker.person.fullName();\n", []),
    # without a generator of made-up names, an example may be a real person
    ("report.py", "python", "# Example output: sent to Dr. Peregrine Vantreight\n",
     ["Dr. Peregrine Vantreight"]),
    # and beside one, a name that is no example is still found
    ("seed.py", "python", "from faker import Faker\n# Owner: Dr. Peregrine Vantreight\n",
     ["Dr. Peregrine Vantreight"]),
])
def test_a_fake_data_librarys_example_is_no_one(path: str, syntax: str, text: str,
                                                expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


# --- a name under a generic key that no list knows, spelt by the email beside it ---------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("seed.json", "json",
     '[{"name": "Quillonby Farrowdeane", "email": "quillonby.farrowdeane@example.org"},\n'
     ' {"name": "Grants Service", "email": "grants.service@example.org"}]\n',
     ["Quillonby Farrowdeane"]),
    ("users.yaml", "yaml",
     "users:\n  - name: Zebrinthe Quarmody\n    email: z.quarmody@example.org\n"
     "  - name: Payments Team\n    email: payments.team@example.org\n",
     ["Zebrinthe Quarmody"]),
    ("Button.stories.tsx", "typescript",
     'export const Primary = {\n  args: { name: "Quillonby Farrowdeane", '
     'email: "qfarrowdeane@example.org" },\n};\n', ["Quillonby Farrowdeane"]),
    ("UserTests.cs", "csharp",
     'var user = new UserBuilder().WithName("Quillonby Farrowdeane")\n'
     '    .WithEmail("quillonby.farrowdeane@example.org").Build();\n',
     ["Quillonby Farrowdeane"]),
    # an email that spells other words, or none: the record may be an organisation's
    ("seed.json", "json", '{"name": "Quillonby Farrowdeane", "email": "support@example.org"}\n',
     []),
    ("seed.yaml", "yaml", "holder: Quillonby Farrowdeane\n", []),
])
def test_a_name_spelt_by_its_records_email(path: str, syntax: str, text: str,
                                           expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected


# --- a retro's board: a numbered action in a list, a demo's presenter, a shout out -------

@pytest.mark.parametrize(("text", "expected"), [
    ("## Actions\n- Action 1 - Aoibheann to raise the firewall ticket\n", ["Aoibheann"]),
    ("- Great demo by Aoibheann\n- Session led by Bartholomew\n", ["Aoibheann", "Bartholomew"]),
    ("Shout out to Aoibheann for covering on-call.\n", ["Aoibheann"]),
    # what a tool runs or hosts, and what rolls out to a place, name no one
    ("- Builds run by Jenkins\n- Roll out to Wales for the trial\n", []),
])
def test_a_retros_board_names_its_people(text: str, expected: list[str]) -> None:
    assert names_in("retro.md", text, "markdown") == expected
