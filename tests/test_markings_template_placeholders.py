"""An element whose text a template's attribute replaces when the page renders (Thymeleaf's
``th:text``, Vue's ``v-text``, Knockout's ``data-bind="text: …"``) holds a designer's
placeholder, not what the page shows: a level there is not the page's marking. An element
with other attributes still shows its text."""

from __future__ import annotations

import pytest

from conftest import found


def markings(name: str, content: str) -> list[str]:
    return found(name, content, kind="marking")


@pytest.mark.parametrize(("name", "content"), [
    ("templates/doc.html",
     '<div class="banner" th:text="${marking}">OFFICIAL-SENSITIVE</div>\n<h1>Appeals</h1>\n'),
    ("src/Banner.vue",
     '<template>\n  <div class="banner" v-text="marking">OFFICIAL-SENSITIVE</div>\n</template>\n'),
    ("static/doc.html", '<span data-bind="text: marking">OFFICIAL-SENSITIVE</span>\n<p>x</p>\n'),
])
def test_a_placeholder_a_template_replaces_is_not_a_marking(name: str, content: str) -> None:
    assert markings(name, content) == []


@pytest.mark.parametrize("content", [
    '<div class="banner" th:classappend="${x}">OFFICIAL-SENSITIVE</div>\n<h1>Appeals</h1>\n',
    '<div class="banner" data-bind="visible: shown">OFFICIAL-SENSITIVE</div>\n<h1>Appeals</h1>\n',
])
def test_an_element_showing_its_own_text_still_marks(content: str) -> None:
    assert markings("templates/doc.html", content) == ["OFFICIAL-SENSITIVE"]
