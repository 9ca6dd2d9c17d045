"""Protective markings: an issue's or a resource's label (Jira's and GitHub's ``labels``,
Azure DevOps' ``System.Tags``, in a JSON export; a ``<label>`` element) that is a marking
alone marks what it labels; a list offering several levels, or a config file's labels, do
not."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize(("name", "content", "line"), [
    ("exports/issue.json", '{\n  "key": "CASE-9",\n  "fields": {\n    "summary": "Refund run",'
     '\n    "labels": ["OFFICIAL-SENSITIVE", "payments"]\n  }\n}\n', 5),
    ("exports/item.json", '{\n  "id": 812,\n  "fields": {\n    "System.Title": "Refund run",\n'
     '    "System.Tags": "payments; OFFICIAL-SENSITIVE"\n  }\n}\n', 5),
    ("exports/issue.json", '{\n  "labels": [\n    "payments",\n    "OFFICIAL-SENSITIVE"\n'
     "  ]\n}\n", 4),
    ("exports/issues.xml", "<item>\n  <key>CASE-9</key>\n  <labels>\n"
     "    <label>OFFICIAL-SENSITIVE</label>\n  </labels>\n</item>\n", 4),
])
def test_a_label_that_is_a_marking_marks_what_it_labels(
        name: str, content: str, line: int) -> None:
    assert markings(name, content) == [(line, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize(("name", "content"), [
    # the levels on offer
    ("config/labels.yaml", "allowed_labels: [OFFICIAL, OFFICIAL-SENSITIVE, SECRET]\n"),
    ("config/labels.json", '{"tags": ["OFFICIAL-SENSITIVE", "SECRET"]}\n'),
    ("config/labels.json", '{"issues": [{"fields": {"labels": ["OFFICIAL", '
     '"OFFICIAL-SENSITIVE"]}}]}\n'),
    # a bare SECRET among tags, and a tag that mentions a level
    ("posts/index.json", '{"tags": ["secret-santa", "SECRET"]}\n'),
    ("posts/index.json", '{"tags": ["OFFICIAL-SENSITIVE data", "payments"]}\n'),
    # an automation's labels, in a config file
    (".github/workflows/triage.yml", "jobs:\n  t:\n    steps:\n      - with:\n"
     '          labels: ["OFFICIAL-SENSITIVE"]\n'),
    ("api/openapi.yaml", "paths:\n  /docs:\n    get:\n      tags:\n"
     "        - OFFICIAL-SENSITIVE\n"),
    # a label's definition
    (".github/labels.yaml", "- name: OFFICIAL-SENSITIVE\n  color: f47738\n"
     "  description: Issues that hold OFFICIAL-SENSITIVE data\n"),
])
def test_labels_offering_or_mentioning_levels_stay_quiet(name: str, content: str) -> None:
    assert markings(name, content) == []
