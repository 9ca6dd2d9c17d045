"""Protective markings in a web page's meta tags that title or describe it: a plain, Open
Graph, Twitter or Dublin Core title, subject, keywords or description is the page's own
property, so a marking there marks the page as its ``<title>`` does; one that names several
levels, or is about a level, is not."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


def page(meta: str) -> str:
    return (f"<!DOCTYPE html>\n<html>\n<head>\n<meta {meta}>\n<title>Case summary</title>\n"
            "</head>\n<body>\n<h1>Case summary</h1>\n<p>Text.</p>\n</body>\n</html>\n")


@pytest.mark.parametrize("meta", [
    'name="title" content="OFFICIAL-SENSITIVE - Case summary"',
    'property="og:title" content="OFFICIAL-SENSITIVE: Case summary"',
    'name="twitter:title" content="Case summary (OFFICIAL-SENSITIVE)"',
    'name="DC.title" content="OFFICIAL-SENSITIVE"',
    'name="subject" content="OFFICIAL-SENSITIVE"',
    'name="keywords" content="OFFICIAL-SENSITIVE, fraud, referrals"',
    'name="description" content="OFFICIAL-SENSITIVE"',
    'content="OFFICIAL-SENSITIVE" name="title"',
])
def test_a_meta_tag_that_titles_the_page_with_a_marking_marks_it(meta: str) -> None:
    assert markings("site/case.html", page(meta)) == [(4, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize("meta", [
    'name="description" content="How to handle OFFICIAL-SENSITIVE information"',
    'property="og:title" content="Understanding OFFICIAL-SENSITIVE"',
    'name="keywords" content="OFFICIAL, OFFICIAL-SENSITIVE, SECRET, classification"',
    'name="description" content="Top secret tips for a great garden"',
    'name="viewport" content="width=device-width, initial-scale=1"',
])
def test_a_meta_tag_about_levels_is_not_a_marking(meta: str) -> None:
    assert markings("site/guide.html", page(meta)) == []
