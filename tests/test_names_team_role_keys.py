"""PERSON: a key named for a delivery team's role (``product_owner``, ``delivery_manager``,
``techLead``, ``service_owner``) holds a person's name, one the lists do not know
too, as the same labels do in prose. Not people: a team, a body, a placeholder or a post
under such a key. The names are made up; none is a real person's."""

from __future__ import annotations

import json

import pytest

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


@pytest.mark.parametrize("key", ["product_owner", "delivery_manager", "tech_lead",
                                 "productOwner", "service_owner", "engineering_manager"])
def test_a_team_roles_key_names_a_person_the_lists_do_not_know(key: str) -> None:
    content = f"service:\n  {key}: Kesiena Quennell\n"
    assert people("service.yaml", content) == ["Kesiena Quennell"]


def test_a_team_roles_key_in_json_and_code_names_a_person() -> None:
    content = json.dumps({"productOwner": "Kesiena Quennell"})
    assert people("service.json", content) == ["Kesiena Quennell"]
    code = 'TEAM = {"tech_lead": "Kesiena Quennell"}\n'
    assert people("team.py", code) == ["Kesiena Quennell"]


@pytest.mark.parametrize("value", ["Platform Team", "Rural Payments Agency", "TBC",
                                   "Director of Digital", "Vacant"])
def test_a_team_a_body_or_a_post_under_a_roles_key_is_not_a_person(value: str) -> None:
    content = f"service:\n  product_owner: {value}\n"
    assert people("service.yaml", content) == []
