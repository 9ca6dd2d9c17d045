"""Protective markings: a tracker's own classification field keeps its prefix (ServiceNow's
``u_`` and ``x_<scope>_``), and a key may name the level's name or label
(``classification_name``, ``classificationLabel``, ``gsc_level``)."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


KEYS = ["u_classification", "x_defra_classification", "classification_name",
        "classificationName", "classification_label", "gsc_level"]


@pytest.mark.parametrize("key", KEYS)
def test_a_prefixed_or_named_classification_key_is_a_field(key: str) -> None:
    content = f'{{\n  "number": "INC0012345",\n  "{key}": "OFFICIAL-SENSITIVE",\n  "state": 1\n}}\n'
    assert markings("exports/incident.json", content) == [(3, "OFFICIAL-SENSITIVE")]
    content = f"number: INC0012345\n{key}: OFFICIAL-SENSITIVE\nstate: open\n"
    assert markings("exports/incident.yaml", content) == [(2, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize("content", [
    # a commercial scheme's levels, under a prefixed key that names what it classifies
    "u_data_classification: CONFIDENTIAL\nx_acme_classification: secret\n",
    # a record of levels
    '{"u_classification": "OFFICIAL", "u_classification_name": "OFFICIAL-SENSITIVE"}\n',
    # another prefix: a word of its own
    "menu_classification: SECRET\n",
])
def test_other_prefixes_and_other_schemes_stay_quiet(content: str) -> None:
    assert markings("exports/incident.yaml", content) == []
