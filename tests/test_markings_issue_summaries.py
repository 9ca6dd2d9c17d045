"""Protective markings in an issue's title as a tracker's JSON export writes it: Jira's
``summary`` is the issue's title, so a marking there marks it as a ``title`` does; a task
about the level ("<level>: add the banner"), a summary that names the level mid-sentence,
or one listing levels, does not."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize("summary", [
    "OFFICIAL-SENSITIVE: referral triage backlog",
    "[FRAUD-412] OFFICIAL-SENSITIVE - referral triage backlog",
    "Referral triage backlog (OFFICIAL-SENSITIVE)",
])
def test_an_issues_summary_with_a_marking_marks_the_export(summary: str) -> None:
    content = ('{"issues": [{"key": "FRAUD-412", "fields": {"summary": "' + summary
               + '", "labels": ["fraud"]}}]}\n')
    assert markings("exports/jira.json", content) == [(1, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize("summary", [
    "OFFICIAL-SENSITIVE: add the banner to the template",
    "Add OFFICIAL-SENSITIVE banner to PDF export",
    "Levels: OFFICIAL, OFFICIAL-SENSITIVE, SECRET",
    "SECRET rotation completed for 4 apps",
])
def test_a_summary_about_a_level_is_not_a_marking(summary: str) -> None:
    content = ('{"issues": [{"key": "DEV-3", "fields": {"summary": "' + summary
               + '", "labels": ["banner"]}}]}\n')
    assert markings("exports/jira.json", content) == []


def test_a_subject_naming_a_task_about_the_level_is_not_a_marking() -> None:
    content = '{"subject": "OFFICIAL-SENSITIVE: add the banner to the letter template"}\n'
    assert markings("exports/mail.json", content) == []
