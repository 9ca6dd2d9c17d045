"""PERSON: a mail reply's attribution (``On <date>, <Given> <Surname> wrote:``) names its
sender, a name the lists do not know too; a person that minutes name under a label
(``Chair:``, ``Attendees:``) is found again by a given name the lists do not know where a
sentence opens with it. Not people: a team or a service that "wrote", and a word at a
sentence's head. The names are made up; none is a real person's."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


@pytest.mark.parametrize("line", [
    "On Tue, 2 Apr 2024 at 10:12, Kesiena Quennell wrote:",
    "On 2 Apr 2024, at 10:12, Kesiena Quennell <kq@example.com> wrote:",
    "> On Tue, 2 Apr 2024 at 10:12, Kesiena Quennell wrote:",
])
def test_a_replys_attribution_names_its_sender(line: str) -> None:
    content = f"From: ops@example.com\nSubject: RE: extract\n\nFine by me.\n\n{line}\n> Hi\n"
    assert people("reply.eml", content) == ["Kesiena Quennell"]


@pytest.mark.parametrize("sender", ["Payments Service", "Service Desk", "GitHub Actions"])
def test_a_service_that_wrote_is_not_a_person(sender: str) -> None:
    content = f"Fine by me.\n\nOn Tue, 2 Apr 2024 at 10:12, {sender} wrote:\n> Hi\n"
    assert people("reply.txt", content) == []


def test_a_labelled_persons_unknown_given_name_is_found_again_at_a_sentences_head() -> None:
    content = ("Minutes\nChair: Kesiena Quennell\nAttendees: Brannagh Felthorpe\n\n"
               "1. Kesiena welcomed everyone.\n2. The board agreed; Brannagh gave the update.\n")
    assert people("minutes.txt", content) == [
        "Kesiena Quennell", "Brannagh Felthorpe", "Kesiena", "Brannagh"]


def test_a_labelled_teams_word_is_not_found_again() -> None:
    content = "Minutes\nChair: Kesiena Quennell\n\nThe board welcomed everyone.\n"
    assert people("minutes.txt", content) == ["Kesiena Quennell"]
