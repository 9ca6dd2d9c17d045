"""PERSON in what is pasted into logs, tracebacks and transcripts: an object's repr or a
call's keyword arguments (``Applicant(full_name='…', dob=…)``) and an export's rows in a
fenced block name a person by their key or column, as the file they came from does. The
names here are made up."""

from __future__ import annotations

import pytest

from safecommit.detect.locate import Locator
from safecommit.detect.names import find
from safecommit.model import Text


def names_in(path: str, text: str, syntax: str) -> list[str]:
    return [text[s.start:s.end] for s in find(Locator(Text(path, text, syntax)))]


@pytest.mark.parametrize(("path", "syntax"), [("error.log", "log"), ("trace.txt", "text"),
                                              ("session.md", "markdown")])
def test_a_reprs_keyword_argument_names_a_person_the_lists_do_not_know(path: str,
                                                                       syntax: str) -> None:
    line = "  applicant = Applicant(full_name='Quillon Farraday', dob=None)\n"
    assert names_in(path, line, syntax) == ["Quillon Farraday"]


def test_double_quoted_arguments_and_the_last_argument_count_too() -> None:
    line = 'INFO saved Caseworker(team="Grants", contact_name="Ottoline Braithwaite")\n'
    assert names_in("app.log", line, "log") == ["Ottoline Braithwaite"]


def test_the_name_is_then_found_where_the_message_repeats_it() -> None:
    text = ("ValueError: bad postcode for Quillon Farraday\n"
            "Locals: applicant = Applicant(full_name='Quillon Farraday')\n")
    assert names_in("trace.txt", text, "text") == ["Quillon Farraday", "Quillon Farraday"]


@pytest.mark.parametrize("line", [
    "started Thread(name='Main Thread', daemon=False)",
    "Service(name='Payments API', owner='Platform Team')",
    "Column(name='Full Name', type='VARCHAR')",
    "Farm(name='Home Farm', county='North Yorkshire')",
    "Applicant(first_name='Test', last_name='User')",
])
def test_things_and_placeholders_in_reprs_are_not_people(line: str) -> None:
    assert names_in("app.log", f"2026-11-02 INFO {line}\n", "log") == []


_ROWS = ("id,forename,surname,status\n"
         "4417,Quillon,Farraday,active\n4418,Ottoline,Braithwaite,closed\n")


@pytest.mark.parametrize(("opener", "closer"), [("```", "```"), ("```csv", "```"),
                                                ("~~~", "~~~")])
def test_an_exports_rows_pasted_in_a_fence_are_read_by_their_columns(opener: str,
                                                                     closer: str) -> None:
    text = f"## User\nWhy does this row fail?\n\n{opener}\n{_ROWS}{closer}\n"
    assert names_in("session.md", text, "markdown") == [
        "Quillon", "Farraday", "Ottoline", "Braithwaite"]


def test_a_tab_separated_paste_is_read_too() -> None:
    text = "```\nforename\tsurname\nQuillon\tFarraday\n```\n"
    assert names_in("notes.md", text, "markdown") == ["Quillon", "Farraday"]


@pytest.mark.parametrize("block", [
    "name,type,default\nTimeout,int,30\nRetry Policy,string,Exponential Backoff\n",
    "Name,Description\nPayments API,Handles payments\nHome Farm,A farm in the dales\n",
    "first_name, last_name = row\nprint(first_name, last_name)\n",
    "surname,forename\nDoe,Jane\nUser,Test\n",
    "4417,Quillon,Farraday\n4418,Ottoline,Braithwaite\n",
])
def test_code_settings_placeholders_and_headerless_rows_in_fences_are_not_people(
        block: str) -> None:
    assert names_in("notes.md", f"```\n{block}```\n", "markdown") == []

