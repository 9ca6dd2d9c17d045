"""A documentation site's settings that every page shows mark the site when they give a
marking: its footer (MkDocs' and Docusaurus' ``copyright``), its name or title
(``site_name``, Sphinx's ``html_title``) and its announcement bar, the marking alone or
ending the value. A setting that names a level among others, in words, or in a test's
expectation is not one."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize(("name", "content", "found"), [
    ("mkdocs.yml", "site_name: Claims runbook\ncopyright: OFFICIAL-SENSITIVE\ntheme:\n"
     "  name: material\n", [(2, "OFFICIAL-SENSITIVE")]),
    ("mkdocs.yml", "site_name: Claims runbook - OFFICIAL-SENSITIVE\ntheme:\n  name: material\n",
     [(1, "OFFICIAL-SENSITIVE")]),
    ("docusaurus.config.js", "module.exports = {\n  title: 'Claims docs',\n  themeConfig: {\n"
     "    announcementBar: { id: 'marking', content: 'OFFICIAL-SENSITIVE' },\n"
     "    footer: { copyright: 'OFFICIAL-SENSITIVE' },\n  },\n};\n",
     [(4, "OFFICIAL-SENSITIVE"), (5, "OFFICIAL-SENSITIVE")]),
    ("docs/conf.py", 'project = "Claims"\nhtml_title = "Claims runbook (OFFICIAL-SENSITIVE)"\n',
     [(2, "OFFICIAL-SENSITIVE")]),
])
def test_a_sites_footer_name_or_announcement_giving_a_marking_marks_it(
        name: str, content: str, found: list[tuple[int, str]]) -> None:
    assert markings(name, content) == found


@pytest.mark.parametrize(("name", "content"), [
    ("settings.py", 'import os\n\nSITE_NAME = "SECRET garden"\nCOPYRIGHT = "Crown copyright"\n'),
    ("mkdocs.yml", "site_name: Levels\nnav:\n  - OFFICIAL: official.md\n"
     "  - OFFICIAL-SENSITIVE: os.md\ncopyright: Crown copyright\n"),
    ("src/config.test.js", 'it("shows", () => {\n'
     '  expect(config.copyright).toBe("OFFICIAL-SENSITIVE");\n});\n'),
    ("src/levels.js", 'export const levels = { site_name: "OFFICIAL-SENSITIVE | SECRET" };\n'),
    ("docs/conf.py", 'project = "Markings guide"\n'
     'html_title = "Understanding OFFICIAL-SENSITIVE"\n'),
])
def test_a_setting_about_levels_is_not_a_sites_marking(name: str, content: str) -> None:
    assert markings(name, content) == []
