"""PERSON: a stand-up's speaker in bold (``**<Given> <Surname>:** yesterday …``) whose
turn opens with the day's news (yesterday, today, blocked, pairing, off) is a person, a
name the lists do not know too. Not people: a service, a team or a heading in bold before
the same words. The names are made up; none is a real person's."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


@pytest.mark.parametrize("turn", [
    "yesterday finished the payments fix, today reviewing PRs",
    "Today: pairing on the importer",
    "blocked on the firewall change",
    "pairing with the DBA on the migration",
    "off sick",
])
def test_a_bold_speaker_the_lists_do_not_know_opening_a_stand_up_turn_is_a_person(
        turn: str) -> None:
    content = f"# Stand-up 15 March\n\n**Brannagh Felthorpe:** {turn}\n"
    assert people("standup.md", content) == ["Brannagh Felthorpe"]


@pytest.mark.parametrize("label", [
    "Rural Payments", "Data Platform", "Grace Period", "Windows Server", "Next Steps",
])
def test_a_bold_service_or_heading_before_the_days_news_is_not_a_person(label: str) -> None:
    content = f"# Stand-up 15 March\n\n**{label}:** blocked on the API key\n"
    assert people("standup.md", content) == []


def test_a_bold_label_the_lists_do_not_know_before_a_description_is_not_read() -> None:
    content = "# Glossary\n\n**Brannagh Felthorpe:** the new reporting service\n"
    assert people("glossary.md", content) == []
