"""Protective markings among a document's keywords: Org mode writes its title and other
properties as ``#+KEY:`` lines at the head, read as a metadata block's; a title that is one
word about the marking ("Understanding …") after its label is a title about the scheme."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize(("content", "line"), [
    ("#+TITLE: OFFICIAL-SENSITIVE - Fraud referral triage\n#+AUTHOR: Data team\n\n"
     "* Overview\nSteps.\n", 1),
    ("#+TITLE: Fraud referral triage\n#+SUBJECT: OFFICIAL-SENSITIVE\n\n* Overview\nSteps.\n", 2),
])
def test_an_org_documents_title_keyword_marks_it_as_a_metadata_title_does(
        content: str, line: int) -> None:
    assert markings("notes/triage.org", content) == [(line, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize(("name", "content"), [
    ("notes/training.org", "#+TITLE: Understanding OFFICIAL-SENSITIVE\n\n* Intro\nWhat it is.\n"),
    ("notes/training.org", "#+TITLE: OFFICIAL, OFFICIAL-SENSITIVE and SECRET explained\n\n"
     "* Intro\n"),
    ("docs/training.md", "Title: Understanding OFFICIAL-SENSITIVE\n\nIntro\n"),
    ("docs/training.txt", "Course: Understanding OFFICIAL-SENSITIVE\n\nIntro\n"),
])
def test_a_title_about_the_scheme_is_not_a_marking(name: str, content: str) -> None:
    assert markings(name, content) == []


def test_a_running_header_after_a_label_still_marks() -> None:
    content = "Title: Casework OFFICIAL-SENSITIVE\n\nIntro\n"
    assert markings("docs/casework.txt", content) == [(1, "OFFICIAL-SENSITIVE")]
