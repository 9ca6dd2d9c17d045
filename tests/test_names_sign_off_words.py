"""PERSON: a mail's closing that a list also holds as a given name ("Ta,") alone on its
line is the sign-off, not a person; the given name on the line under it is. The names are
made up."""

from __future__ import annotations

from conftest import found


def people(name: str, content: str) -> list[str]:
    return found(name, content, type_="PERSON")


MAIL = """\
From: ops@example.org
Subject: access to the claims bucket

Hi Chidi,

Can you add me to the readers group?

Ta,
Ffion
"""


def test_ta_alone_on_its_line_is_a_sign_off_and_the_name_under_it_a_person() -> None:
    assert people("reply.eml", MAIL) == ["Chidi", "Ffion"]
