"""OFFICIAL-SENSITIVE abbreviated (OFFSEN) is the same marking wherever the full form is;
its initials (OS, O-S) are a marking only as a classification field's whole value
("Marking: OS"), never elsewhere: an operating system is OS too."""

from __future__ import annotations

import pytest

from conftest import found

BODY = "\nGrazing licence review\nThe review covers licences granted in the last year.\n"


def markings(name: str, content: str) -> list[str]:
    return found(name, content, kind="marking")


@pytest.mark.parametrize(("name", "content", "found"), [
    ("docs/review.md", f"OFFSEN\n{BODY}", "OFFSEN"),
    ("docs/review.txt", f"OFFSEN - PERSONAL\n{BODY}", "OFFSEN - PERSONAL"),
    ("docs/review.txt", f"Marking: OS\n{BODY}", "OS"),
    ("docs/review.txt", f"Classification: O-S\n{BODY}", "O-S"),
    ("docs/review.md", f"**Protective marking:** OS\n{BODY}", "OS"),
    ("app/review.py", "# Classification: OFFSEN\n\"\"\"Grazing licence review.\"\"\"\n", "OFFSEN"),
])
def test_official_sensitive_abbreviated_or_by_its_initials_in_a_field_marks(
        name: str, content: str, found: str) -> None:
    assert markings(name, content) == [found]


@pytest.mark.parametrize(("name", "content"), [
    ("inventory/assets.yaml", "- name: build-agent-01\n  asset_classification: OS\n"),
    ("docs/review.txt", f"Marking: OS grid references on each map\n{BODY}"),
    ("docs/review.txt", f"OS\n{BODY}"),
    ("docs/setup.md", "Install the OS packages first.\n\nMarking: OSGB36 coordinates.\n"),
    ("inventory/hosts.yaml", "os: linux\nclassification: OS\narch: amd64\n"),
    ("config/layers.yaml", "layers:\n  - name: OS Open Zoomstack\n    marking: none\n"),
])
def test_initials_outside_a_marking_field_are_not_a_marking(name: str, content: str) -> None:
    assert markings(name, content) == []
