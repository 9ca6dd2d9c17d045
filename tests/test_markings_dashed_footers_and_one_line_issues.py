"""A footer drawn between two dashes (``- OFFICIAL-SENSITIVE -``) is a banner, not a list's
item; and a one-line issue export's security level is found after another object's name
(``"customfield_1": {"value": …}, "security": {"name": …}``)."""

from __future__ import annotations

import pytest

from conftest import found

BODY = "Grazing licence review\nThe review covers licences granted in the last year.\n"


def markings(name: str, content: str) -> list[str]:
    return found(name, content, kind="marking")


@pytest.mark.parametrize("footer", ["- OFFICIAL-SENSITIVE -", "  - SECRET - UK EYES ONLY -"])
def test_a_footer_between_dashes_is_a_banner(footer: str) -> None:
    assert markings("docs/review.txt", f"{BODY}\n{footer}\n") == [footer.strip(" -")]


@pytest.mark.parametrize("content", [
    "Levels:\n\n- OFFICIAL\n- OFFICIAL-SENSITIVE\n- SECRET\n",
    f"{BODY}\n- SECRET values go in Key Vault -\n",
])
def test_a_list_of_levels_or_a_dashed_sentence_is_not_a_banner(content: str) -> None:
    assert markings("docs/review.txt", content) == []


def test_a_one_line_issue_exports_security_level_is_found_after_other_objects() -> None:
    content = ('{"issues": [{"key": "GRZ-12", "fields": {"summary": "Update figures", '
               '"customfield_10042": {"value": "Grazing"}, '
               '"security": {"name": "OFFICIAL-SENSITIVE"}}}]}\n')
    assert markings("exports/jira.json", content) == ["OFFICIAL-SENSITIVE"]


def test_a_one_line_exports_other_named_objects_are_not_a_marking() -> None:
    content = ('{"issues": [{"key": "GRZ-12", "fields": {"priority": {"name": "SECRET"}, '
               '"status": {"name": "Open"}}}]}\n')
    assert markings("exports/jira.json", content) == []
