"""PERSON: a minister's or a peer's style (``Rt Hon``, ``The Rt Hon.``, ``Rt. Hon.``) and a
knight's (``Sir``, ``Dame``) before a name in a label's value
leave the name to be judged on its own words, so a known given name and a surname the
lists do not know are a person, as is a name the lists do not know after a person's
label; the letters after a name (MP, OBE) are not part of it. A style before an office
(``Rt Hon Secretary of State``) or a thing stays quiet. The names are made up."""

from __future__ import annotations

import pytest

from conftest import found


def people(name: str, content: str) -> list[str]:
    return found(name, content, type_="PERSON")


@pytest.mark.parametrize("line", [
    "Chair: The Rt Hon. Jorvik Thackeray MP", "Chair: Rt Hon Jorvik Thackeray",
    "Chair: Sir Jorvik Thackeray", "Chair: Jorvik Thackeray OBE",
])
def test_a_persons_label_reads_the_name_past_a_style_and_its_letters(line: str) -> None:
    assert people("minutes.txt", f"Board meeting\n\n{line}\n") == ["Jorvik Thackeray"]


@pytest.mark.parametrize("sentence", [
    "See the Rt Hon Secretary of State.", "Letter from the Rt Hon. Secretary of State.",
    "the Rt Hon Member for Cambridge", "Rt Hon Daniel Building", "Rt Hon John Doe",
    "Chair: Rt Hon Secretary of State", "Owner: Sir Humphry Laboratory",
])
def test_a_style_before_an_office_a_thing_or_a_placeholder_stays_quiet(
        sentence: str) -> None:
    assert people("notes.md", f"# Notes\n\n{sentence}\n") == []
