"""Protective markings: a page template's own comment (ERB, EJS, JSP, Razor, Jinja, Nunjucks,
Handlebars) at its head is read as an HTML comment is, so the marking it notes is found."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize(("name", "head", "marking"), [
    ("views/cases/show.html.erb", "<%# OFFICIAL-SENSITIVE %>", "OFFICIAL-SENSITIVE"),
    ("views/cases/show.ejs", "<%# Classification: OFFICIAL-SENSITIVE %>", "OFFICIAL-SENSITIVE"),
    ("WEB-INF/views/case.jsp", "<%-- Protective marking: SECRET --%>", "SECRET"),
    ("Pages/Case.cshtml", "@* OFFICIAL-SENSITIVE [PERSONAL] *@", "OFFICIAL-SENSITIVE [PERSONAL]"),
    ("templates/case.njk", "{# Security classification: TOP SECRET #}", "TOP SECRET"),
    ("templates/case.j2", "{#- Classification: SECRET -#}", "SECRET"),
    ("templates/case.hbs", "{{!-- Classification: OFFICIAL-SENSITIVE --}}", "OFFICIAL-SENSITIVE"),
    ("templates/case.mustache", "{{! OFFICIAL-SENSITIVE }}", "OFFICIAL-SENSITIVE"),
])
def test_a_template_comment_at_the_head_marks_the_template(
        name: str, head: str, marking: str) -> None:
    content = f"{head}\n<h1>Case summary</h1>\n<p>{{{{ case.summary }}}}</p>\n"
    assert markings(name, content) == [(1, marking)]


@pytest.mark.parametrize(("name", "head"), [
    # a comment about the banner the template shows when a value says so
    ("templates/case.njk", "{# Shows the OFFICIAL-SENSITIVE banner when the case is so #}"),
    ("Pages/Case.cshtml", "@* Levels: OFFICIAL, OFFICIAL-SENSITIVE, SECRET *@"),
    # an expression, not a comment
    ("templates/case.hbs", '{{ marking "OFFICIAL-SENSITIVE" }}'),
])
def test_a_template_comment_about_markings_is_not_a_marking(name: str, head: str) -> None:
    content = f"{head}\n<h1>Case summary</h1>\n<p>Summary</p>\n<p>More</p>\n<p>End</p>\n"
    assert markings(name, content) == []
