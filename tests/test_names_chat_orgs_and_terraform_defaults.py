"""PERSON: a chat copied out of Teams names its speaker after the time even with an
organisation after the name (``[10:05] <Surname>, <Given> (EA)``), a given name the lists
do not know too; a Terraform variable's default is read by the variable's name
(``variable "service_owner" { default = "…" }``), not by "default". The names are made up."""

from __future__ import annotations

import pytest

from conftest import found


def people(name: str, content: str) -> list[str]:
    return found(name, content, type_="PERSON")


CHAT = """\
[10:02] Pritchard, Ffion (DEFRA)
Has anyone seen the new guidance?

[10:05] Okafor, Anwuli (EA)
thanks both
"""


def test_a_copied_chats_speaker_with_an_organisation_is_a_person() -> None:
    assert people("chat.txt", CHAT) == ["Pritchard, Ffion", "Okafor, Anwuli"]


def test_a_copied_chats_team_with_an_organisation_stays_quiet() -> None:
    content = "[10:02] Grants Platform (DEFRA)\nDeploy done\n"
    assert people("chat.txt", content) == []


@pytest.mark.parametrize("variable", ["product_owner", "service_owner", "contact_name"])
def test_a_terraform_variables_default_is_read_by_its_name(variable: str) -> None:
    content = (f'variable "{variable}" {{\n  type    = string\n'
               f'  default = "Kwabena Thistlewood"\n}}\n')
    assert people("variables.tf", content) == ["Kwabena Thistlewood"]


@pytest.mark.parametrize(("variable", "value"), [
    ("region", "Kwabena Thistlewood"), ("service_name", "Apply For Grants"),
    ("owner", "Grants Platform"),
])
def test_a_terraform_default_of_a_thing_stays_quiet(variable: str, value: str) -> None:
    content = f'variable "{variable}" {{\n  default = "{value}"\n}}\n'
    assert people("variables.tf", content) == []
