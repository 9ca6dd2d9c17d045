"""Protective markings as a cloud label or an enum value writes them: a classification
field's value with its words joined by an underscore (``official_sensitive``, as a GCP or
Kubernetes label may be written; ``OFFICIAL_SENSITIVE``) is OFFICIAL-SENSITIVE. The same
spelling in code, in a list of levels or in a longer name is not a marking."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize(("name", "content", "line", "value"), [
    ("infra/gcp.tf", 'resource "google_storage_bucket" "cases" {\n  name = "cases"\n'
     '  labels = {\n    data_classification = "official_sensitive"\n  }\n}\n', 4,
     "official_sensitive"),
    ("k8s/ns.yaml", "metadata:\n  labels:\n    gsc-classification: OFFICIAL_SENSITIVE\n", 3,
     "OFFICIAL_SENSITIVE"),
    ("exports/doc.json", '{"id": "D-1", "classification": "OFFICIAL_SENSITIVE"}\n', 1,
     "OFFICIAL_SENSITIVE"),
])
def test_a_classification_fields_snake_case_level_is_a_marking(
        name: str, content: str, line: int, value: str) -> None:
    assert markings(name, content) == [(line, value)]


@pytest.mark.parametrize(("name", "content"), [
    ("schema/doc.yaml", "properties:\n  classification:\n    type: string\n"
     "    enum: [OFFICIAL, OFFICIAL_SENSITIVE, SECRET]\n"),
    ("config/policy.json", '{"classification": "OFFICIAL", "allowed": ["OFFICIAL", '
     '"OFFICIAL_SENSITIVE"]}\n'),
    ("marking/levels.py", "class Level(Enum):\n    OFFICIAL = 1\n    OFFICIAL_SENSITIVE = 2\n\n"
     "classification: Level = Level.OFFICIAL_SENSITIVE\n"),
    ("config/thresholds.yaml", "classification: OFFICIAL_SENSITIVE_THRESHOLD\n"),
])
def test_the_snake_case_level_in_code_lists_or_names_is_not_a_marking(
        name: str, content: str) -> None:
    assert markings(name, content) == []
