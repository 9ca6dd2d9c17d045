"""An email's subject marks the message with OFFICIAL-SENSITIVE written with a colon or a
slash (``OFFICIAL: SENSITIVE``, ``OFFICIAL/SENSITIVE``) or as OFFSEN, wherever the
hyphenated form marks it: before the subject's words, in brackets, or at its end. A subject
whose level leads words about the level (a banner, a marking, guidance) is about it."""

from __future__ import annotations

import pytest

from conftest import found

HEAD = "From: a.clerk@example.com\nTo: grants@example.com\n"
TAIL = "Date: Mon, 2 Nov 2026 09:00:00 +0000\n\nHi all, the list is attached.\n"


def markings(subject: str) -> list[str]:
    content = f"{HEAD}Subject: {subject}\n{TAIL}"
    return found("mail/appeals.eml", content, kind="marking")


@pytest.mark.parametrize(("subject", "found"), [
    ("OFFICIAL: SENSITIVE Grant appeals update", "OFFICIAL: SENSITIVE"),
    ("OFFICIAL/SENSITIVE appeals list", "OFFICIAL/SENSITIVE"),
    ("OFFSEN appeals list", "OFFSEN"),
    ("[OFFICIAL: SENSITIVE] appeals list", "OFFICIAL: SENSITIVE"),
    ("FW: [OFFICIAL/SENSITIVE] appeals list", "OFFICIAL/SENSITIVE"),
    ("Appeals list (OFFICIAL: SENSITIVE)", "OFFICIAL: SENSITIVE"),
    ("Appeals list - OFFICIAL/SENSITIVE", "OFFICIAL/SENSITIVE"),
    ("Appeals list OFFSEN", "OFFSEN"),
    ("OFFICIAL-SENSITIVE Fraud referral for the panel", "OFFICIAL-SENSITIVE"),
])
def test_a_subject_with_the_joined_or_short_form_marks_the_message(
        subject: str, found: str) -> None:
    assert markings(subject) == [found]


@pytest.mark.parametrize("subject", [
    "OFFICIAL/SENSITIVE/SECRET levels explained",
    "Question about OFFICIAL: SENSITIVE handling for the appeals list",
    "Official: sensitive topics for the away day",
    "OFFICIAL-SENSITIVE banner missing on exports",
    "OFFICIAL-SENSITIVE handling guidance for the new starters",
])
def test_a_subject_about_the_levels_stays_quiet(subject: str) -> None:
    assert markings(subject) == []
