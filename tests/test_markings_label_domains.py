"""A Kubernetes label or annotation whose domain names the classification and whose name
is its level (``classification.example.gov.uk/level: OFFICIAL-SENSITIVE``) is a
classification field, as ``example.gov.uk/classification`` is. A lower-case ``secret``
there is a commercial scheme's level, and another label's domain names no field."""

from __future__ import annotations

import pytest

from conftest import found

HEAD = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: casework\n  labels:\n"


def markings(content: str) -> list[str]:
    return found("deploy/namespace.yaml", content, kind="marking")


@pytest.mark.parametrize("label", [
    "classification.example.gov.uk/level: OFFICIAL-SENSITIVE",
    "security-classification.example.gov.uk/name: \"OFFICIAL-SENSITIVE\"",
])
def test_a_label_whose_domain_names_the_classification_is_a_field(label: str) -> None:
    assert markings(f"{HEAD}    {label}\n") == ["OFFICIAL-SENSITIVE"]


@pytest.mark.parametrize("label", [
    "classification.example.gov.uk/level: secret",
    "team.example.gov.uk/level: SECRET",
    "classification.example.gov.uk/owner: data-team",
])
def test_other_labels_are_not_a_marking(label: str) -> None:
    assert markings(f"{HEAD}    {label}\n") == []
