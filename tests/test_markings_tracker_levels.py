"""Protective markings: an issue tracker's security level (Jira's ``"security": {…,
"name": …}`` object, its XML export's ``<security>`` element) and a classification kept as
an object's name are classification fields."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize(("name", "content", "line", "value"), [
    ("exports/issues.json", '{\n  "issues": [\n    {\n      "key": "CASE-412",\n'
     '      "fields": {\n        "summary": "Export fails",\n        "security": {\n'
     '          "self": "https://jira.example.com/rest/api/2/securitylevel/10001",\n'
     '          "id": "10001",\n          "name": "OFFICIAL-SENSITIVE"\n        }\n'
     "      }\n    }\n  ]\n}\n", 10, "OFFICIAL-SENSITIVE"),
    ("exports/issues.json", '{"issues": [{"key": "CASE-1", "fields": {"summary": "Export '
     'fails", "security": {"id": "10001", "name": "OFFICIAL-SENSITIVE"}}}]}\n', 1,
     "OFFICIAL-SENSITIVE"),
    ("exports/record.json", '{\n  "fields": {\n    "classification": {\n'
     '      "value": "SECRET"\n    }\n  }\n}\n', 4, "SECRET"),
    ("exports/issues.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="0.92">\n'
     "<channel>\n  <item>\n    <title>[CASE-412] Export fails</title>\n"
     '    <key id="10412">CASE-412</key>\n'
     '    <security id="10001">OFFICIAL-SENSITIVE</security>\n  </item>\n</channel>\n</rss>\n',
     7, "OFFICIAL-SENSITIVE"),
])
def test_an_issues_security_level_is_a_classification_field(
        name: str, content: str, line: int, value: str) -> None:
    assert markings(name, content) == [(line, value)]


@pytest.mark.parametrize(("name", "content"), [
    # a company's own levels, and a level in lower case
    ("exports/a.json", '{\n  "security": {\n    "name": "Confidential"\n  }\n}\n'),
    ("exports/b.json", '{\n  "security": {\n    "name": "CONFIDENTIAL"\n  }\n}\n'),
    ("exports/c.json", '{\n  "security": {\n    "name": "secret"\n  }\n}\n'),
    # a name under another key, or after the security object has closed
    ("exports/d.json", '{\n  "user": {\n    "name": "OFFICIAL-SENSITIVE"\n  }\n}\n'),
    ("exports/e.json", '{\n  "security": {"id": "1"},\n  "label": {\n'
     '    "name": "OFFICIAL-SENSITIVE"\n  }\n}\n'),
    # an API's security scheme names its header
    ("api/openapi.json", '{"securitySchemes": {"apiKey": {"type": "apiKey", "name": '
     '"SECRET"}}}\n'),
    # a scheme's list of levels
    ("exports/levels.json", '{\n  "levels": [\n    {"id": "10000", "name": "OFFICIAL"},\n'
     '    {"id": "10001", "name": "OFFICIAL-SENSITIVE"},\n    {"id": "10002", "name": '
     '"SECRET"}\n  ]\n}\n'),
])
def test_other_names_and_other_schemes_levels_are_quiet(name: str, content: str) -> None:
    assert markings(name, content) == []
