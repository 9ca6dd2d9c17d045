"""PERSON: a minister's style (``Rt Hon.``) before a name is not a name itself; the given
name of a person found with a title (``Dr <Given> <Surname>``) is found again heading a
sentence; Python's ``__credits__`` lists people; a boat named for a knight (``the Sir
<Given> <Surname> paddle steamer``) is not a person, nor is a project's account run
together (``@<name>lang``). The names are made up."""

from __future__ import annotations

from conftest import found


def people(name: str, content: str) -> list[str]:
    return found(name, content, type_="PERSON")


def test_a_ministers_style_is_not_a_name() -> None:
    content = "Project board\n\nPresent: Rt Hon. Gareth Lloyd MP\n"
    assert people("minutes.txt", content) == ["Gareth Lloyd"]


def test_a_titled_persons_given_name_is_found_again_at_a_sentences_head() -> None:
    content = "Apologies: Dr Kofi Boateng\n\nMatters arising. Kofi to send a note.\n"
    assert people("minutes.txt", content) == ["Dr Kofi Boateng", "Kofi"]


def test_pythons_credits_list_people() -> None:
    content = '__credits__ = ["Aroha Ngata", "Tane Wiremu"]\n'
    assert people("vendored.py", content) == ["Aroha Ngata", "Tane Wiremu"]


def test_credits_to_a_body_stay_quiet() -> None:
    content = 'CREDITS = ["Map data from Ordnance Survey", "Photos: Natural England"]\n'
    assert people("vendored.py", content) == []


def test_a_paddle_steamer_named_for_a_knight_is_not_a_person() -> None:
    content = "# Trips\n\nSir Walter Scott paddle steamer on Loch Katrine.\n"
    assert people("trips.md", content) == []


def test_a_projects_account_run_together_is_not_a_person() -> None:
    content = "# Thanks\n\nBuilt on work by @julialang and @priyapatel.\n"
    assert people("README.md", content) == ["priyapatel"]
