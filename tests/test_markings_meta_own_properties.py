"""A web page's meta tag of a name its writer chose (``security``, Dublin Core's
``DC.rights``) whose whole content is OFFICIAL-SENSITIVE or TOP SECRET is the page's own
marking, as a document's custom property is. A bare SECRET there may name a kind of
value, and a meta tag that mentions a level among other words is not a marking."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def page(meta: str) -> str:
    return ("<!DOCTYPE html>\n<html>\n<head>\n" + meta + "\n<title>Herd dashboard</title>\n"
            "</head>\n<body><h1>Herds</h1><p>Body text.</p></body>\n</html>\n")


def markings(meta: str) -> list[str]:
    content = page(meta)
    return [raw(content, f) for f in scanned("site/herds.html", content) if f.kind == "marking"]


@pytest.mark.parametrize(("meta", "found"), [
    ('<meta name="DC.rights" content="OFFICIAL-SENSITIVE">', "OFFICIAL-SENSITIVE"),
    ('<meta name="security" content="OFFICIAL-SENSITIVE">', "OFFICIAL-SENSITIVE"),
    ('<meta name="handling-caveat" content="TOP SECRET">', "TOP SECRET"),
])
def test_a_meta_tag_whose_whole_content_is_a_marking_marks_the_page(
        meta: str, found: str) -> None:
    assert markings(meta) == [found]


@pytest.mark.parametrize("meta", [
    '<meta name="robots" content="noindex">',
    '<meta name="token-kind" content="SECRET">',
    '<meta name="topic" content="Handling OFFICIAL-SENSITIVE data">',
])
def test_a_meta_tag_naming_a_kind_of_value_or_a_topic_is_not_a_marking(meta: str) -> None:
    assert markings(meta) == []
