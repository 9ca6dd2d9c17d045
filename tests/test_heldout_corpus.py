"""Generalisation: the held-out corpus keeps its recall and precision.

``tests/data/heldout`` is a labelled corpus in the shared yardstick's layout (``corpus/`` and
``labels.json``), written to the dev corpus's rules but with other services, file types,
contexts, written forms and lookalikes (``tests/data/heldout_build`` makes it). The real
CLI scans a copy of it, outside this repository so that our own allowlist does not apply,
and the findings are scored line by line as ``../shared/eval/score.py`` scores them. The
floors are the levels reached when the corpus was written: a change that loses
generalisation fails here, and one that gains it should raise them.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from conftest import run_process

HELDOUT = Path(__file__).parent / "data" / "heldout"
BUILD = Path(__file__).parent / "data" / "heldout_build"

# Measured on the corpus as written; see the module docstring.
RECALL_FLOOR = 1.0
PRECISION_FLOOR = 1.0
CATEGORY_RECALL_FLOORS = {
    "PERSON": 1.0, "MARKING": 1.0, "DOB": 1.0, "PASSPORT": 1.0, "SBI": 1.0, "CPH": 1.0,
    "CRN": 1.0, "UTR": 1.0, "NHS": 1.0, "CARD": 1.0, "IBAN": 1.0, "BANK_ACCOUNT": 1.0,
    "VEHICLE_REG": 1.0, "DRIVING_LICENCE": 1.0, "DEVICE_ID": 1.0, "CREDENTIAL": 1.0,
    "CONN_USERNAME": 1.0, "EMAIL": 1.0, "IP": 1.0, "PHONE": 1.0, "NINO": 1.0,
    "POSTCODE": 1.0, "ADDRESS": 1.0,
}


@dataclass(frozen=True)
class Score:
    positives: dict[str, int]  # category -> labels
    found: dict[str, int]  # category -> labels hit by a finding
    findings: int
    true_positives: int  # findings on a positive label's lines
    false_positives: list[str]  # where each finding that hit no positive was

    @property
    def recall(self) -> float:
        return sum(self.found.values()) / sum(self.positives.values())

    @property
    def precision(self) -> float:
        return self.true_positives / self.findings if self.findings else 0.0


def score(labels: list[dict[str, Any]], findings: list[dict[str, Any]]) -> Score:
    """score.py's line-level rule: a finding hits a label on the same path within its lines."""

    def lines_of(label: dict[str, Any]) -> Iterator[tuple[str, int]]:
        for line in range(label["line"], label.get("end_line", label["line"]) + 1):
            yield label["path"], line

    positive_at: dict[tuple[str, int], list[int]] = {}
    for i, label in enumerate(labels):
        if label["positive"]:
            for at in lines_of(label):
                positive_at.setdefault(at, []).append(i)
    hit: set[int] = set()
    true_positives = 0
    false_positives = []
    for f in findings:
        at = (f["path"], int(f["line"]))
        if at in positive_at:
            true_positives += 1
            hit.update(positive_at[at])
        else:
            false_positives.append(f"{f['path']}:{f['line']} {f['type']}")
    positives: dict[str, int] = {}
    found: dict[str, int] = {}
    for i, label in enumerate(labels):
        if label["positive"]:
            category = label["category"]
            positives[category] = positives.get(category, 0) + 1
            found[category] = found.get(category, 0) + (i in hit)
    return Score(positives, found, len(findings), true_positives, false_positives)


@pytest.fixture(scope="module")
def labels() -> list[dict[str, Any]]:
    return json.loads((HELDOUT / "labels.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def scan(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    copy = tmp_path_factory.mktemp("heldout") / "corpus"
    shutil.copytree(HELDOUT / "corpus", copy)
    run = run_process("scan", "--format", "json", ".", cwd=copy)
    assert run.code == 1, run.err  # findings, and no file it could not read
    return run.json  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def result(scan: dict[str, Any], labels: list[dict[str, Any]]) -> Score:
    return score(labels, scan["findings"])


def test_every_file_of_the_heldout_corpus_is_scanned(scan: dict[str, Any]) -> None:
    assert scan["not_scanned"] == []
    assert scan["stats"]["files"] == sum(1 for p in (HELDOUT / "corpus").rglob("*")
                                         if p.is_file())


def test_recall_on_the_heldout_corpus_stays_above_its_floor(result: Score) -> None:
    assert result.recall >= RECALL_FLOOR, {
        c: f"{result.found[c]}/{n}" for c, n in result.positives.items() if result.found[c] < n}


def test_precision_on_the_heldout_corpus_stays_above_its_floor(result: Score) -> None:
    assert result.precision >= PRECISION_FLOOR, result.false_positives


@pytest.mark.parametrize(("category", "floor"), sorted(CATEGORY_RECALL_FLOORS.items()))
def test_each_category_keeps_its_recall_on_the_heldout_corpus(result: Score, category: str,
                                                              floor: float) -> None:
    assert result.found[category] / result.positives[category] >= floor


def test_no_finding_shows_a_planted_value(scan: dict[str, Any],
                                          labels: list[dict[str, Any]]) -> None:
    output = json.dumps(scan)
    leaked = [label["value"] for label in labels
              if label["positive"] and label["category"] != "MARKING"
              and len(label["value"]) >= 8 and label["value"] in output]
    assert leaked == []


def test_each_label_names_the_value_on_its_lines(labels: list[dict[str, Any]]) -> None:
    for label in labels:
        lines = (HELDOUT / "corpus" / label["path"]).read_text(encoding="utf-8").split("\n")
        held = "\n".join(lines[label["line"] - 1:label["end_line"]])
        for part in label["value"].split(" ") if label["end_line"] > label["line"] \
                else [label["value"]]:
            assert part in held, (label["path"], label["line"], part)


def _module(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_corpus_is_what_its_templates_make() -> None:
    make = _module("heldout_make", BUILD / "make.py")
    templates = _module("heldout_templates", BUILD / "templates.py")
    made: list[dict[str, Any]] = []
    for path, template in templates.TEMPLATES.items():
        text, found = make.render(path, template.lstrip("\n"))
        assert (HELDOUT / "corpus" / path).read_text(encoding="utf-8") == text, path
        made.extend(found)
    assert made == json.loads((HELDOUT / "labels.json").read_text(encoding="utf-8"))
