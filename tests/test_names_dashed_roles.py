"""PERSON: a web page's member written before a dash or a comma and a delivery team's role
that ends the line or the list's item (``<Given> <Surname> - Product owner``, ``<li><Given>
<Surname>, Tech lead</li>``) is a person, a name the lists do not know too. Not people: a
service, a body or a tool before the same shape. The names are made up."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


@pytest.mark.parametrize("line", [
    "Kesiena Quennell - Product owner",
    "Kesiena Quennell \u2013 Delivery Manager",
    "Kesiena Quennell, Tech lead",
])
def test_a_member_before_a_dash_and_a_team_role_in_html_is_a_person(line: str) -> None:
    content = f"<h2>Contacts</h2>\n<ul>\n  <li>{line}</li>\n</ul>\n"
    assert people("contacts.html", content) == ["Kesiena Quennell"]


def test_a_member_before_a_dash_and_a_team_role_on_a_plain_web_page_is_a_person() -> None:
    content = "<p>Contact:</p>\n<p>Kesiena Quennell - Product owner</p>\n"
    assert people("contacts.html", content) == ["Kesiena Quennell"]


@pytest.mark.parametrize("line", [
    "Land Registry - Data provider",
    "Payments Platform - Developer",
    "Rural Payments Agency, Service owner",
    "Jenkins Pipeline - Tester",
])
def test_a_service_or_a_body_before_a_role_is_not_a_person(line: str) -> None:
    content = f"<ul>\n  <li>{line}</li>\n</ul>\n"
    assert people("contacts.html", content) == []
