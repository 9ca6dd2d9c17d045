"""Protective markings: a stylesheet that draws a level only for a component's variant (a class
modifier named for the level, ``.govuk-tag--official-sensitive``) styles a tag, as one drawn
under an attribute's selector does; a banner drawn on every page still marks it."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize(("name", "content"), [
    ("assets/tag.css",
     '.govuk-tag--official-sensitive::before {\n  content: "OFFICIAL-SENSITIVE";\n}\n'),
    ("assets/tag.scss", '.app-marking {\n  &--top-secret::after { content: "TOP SECRET"; }\n}\n'),
    ("assets/tag.css", '.app-marking--secret::after { content: "SECRET"; }\n'),
])
def test_a_level_drawn_for_a_variant_named_for_it_is_not_a_marking(
        name: str, content: str) -> None:
    assert markings(name, content) == []


@pytest.mark.parametrize(("name", "content", "line"), [
    ("assets/banner.css", '.app-classification-banner::before {\n  content: "OFFICIAL-SENSITIVE";'
     "\n  display: block;\n}\n", 2),
    ("assets/print.css", '@media print {\n  body::before {\n    content: "OFFICIAL-SENSITIVE";\n'
     "  }\n}\n", 3),
    # a page that writes the variant's element shows its banner
    ("views/case.html", '<html><head><style>\n.banner--official-sensitive::before { content: '
     '"OFFICIAL-SENSITIVE"; }\n</style></head>\n<body><div class="banner '
     'banner--official-sensitive"></div><p>Case</p></body></html>\n', 2),
])
def test_a_banner_a_stylesheet_always_draws_is_still_a_marking(
        name: str, content: str, line: int) -> None:
    assert markings(name, content) == [(line, "OFFICIAL-SENSITIVE")]
