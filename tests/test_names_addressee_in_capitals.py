"""PERSON: a letter's addressee in capitals, alone on its line at the head of an address
(a strict title, then a given name or initials, then a common surname: "MR <GIVEN>
<SURNAME>", "MRS <I> <SURNAME>"), is a person; any other line all in capitals is still a
heading. The names are made up from common given names and surnames."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


@pytest.mark.parametrize("addressee", ["MR DOMINIC HILL", "MRS CLARE MARSH", "MRS C MARSH",
                                       "DR J R BIRD", "MS PRIYA SHAH"])
def test_an_addressee_in_capitals_over_an_address_is_a_person(addressee: str) -> None:
    content = f"{addressee}\n12 ACACIA AVENUE\nTAUNTON\n\nDear Sir or Madam,\n"
    assert people("letter.txt", content) == [addressee]


@pytest.mark.parametrize("line", [
    "MR A N OTHER", "MR JOE BLOGGS", "MRS TEST USER",  # placeholders
    "MS SQL SERVER", "MS TEAMS", "DR WHO", "MR BEAN",   # products, a title and one word
    "DR JEKYLL AND MR HYDE",                           # a title's heading
    "MR MARK HALL",                                    # two common words: not alone
])
def test_other_lines_in_capitals_stay_headings(line: str) -> None:
    assert people("notes.txt", f"{line}\n\nSome text follows.\n") == []
