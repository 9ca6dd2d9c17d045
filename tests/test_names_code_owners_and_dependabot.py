"""PERSON: a CODEOWNERS file's accounts and a Dependabot update's ``reviewers:`` and
``assignees:`` are people when a given name and a surname make them, joined by a hyphen
or run together (``@<given><surname>``); a team (``@org/team``), a bot, one name alone and
an account of words are not. A mention run together in notes, a changelog or a mail
(``thanks @<given><surname>``) is a person too; not in code, where "@" opens decorators.
The names are made up."""

from __future__ import annotations

from conftest import found


def people(name: str, content: str) -> list[str]:
    return found(name, content, type_="PERSON")


def test_code_owners_made_of_names_are_people() -> None:
    content = "# Owners\n*.py @priyapatel @DEFRA/sfi-devs\n/docs/ @gemma-holloway\n"
    assert people(".github/CODEOWNERS", content) == ["priyapatel", "gemma-holloway"]


def test_teams_bots_and_words_in_code_owners_stay_quiet() -> None:
    content = ("/infra/ @DEFRA/platform-team @octocat @defra-bot @renovatebot"
               " @platformteam @macdonald @alexandra\n")
    assert people(".github/CODEOWNERS", content) == []


DEPENDABOT = """\
version: 2
updates:
  - package-ecosystem: pip
    directory: "/"
    schedule:
      interval: weekly
    reviewers:
      - "siobhanmcgrath"
      - "DEFRA/platform-team"
    assignees:
      - "rajeshkumar"
    labels:
      - "dependencies"
      - "priyapatel"
"""


def test_dependabot_reviewers_and_assignees_made_of_names_are_people() -> None:
    assert people(".github/dependabot.yml", DEPENDABOT) == ["siobhanmcgrath", "rajeshkumar"]


def test_a_run_together_mention_in_a_changelog_is_a_person() -> None:
    content = ("# Changelog\n\n- Fixed the lookup timeout (thanks @priyapatel, #412)\n"
               "- cc @channel @everyone @dependabot @renovatebot @markdownlint\n")
    assert people("CHANGELOG.md", content) == ["priyapatel"]


def test_a_run_together_decorator_in_code_stays_quiet() -> None:
    content = "class Claim:\n    @priyapatel\n    def total(self) -> int:\n        return 1\n"
    assert people("claims.py", content) == []
