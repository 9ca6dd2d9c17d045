"""safecommit's recognizers inside presidio's own AnalyzerEngine, offline (no-op NLP engine):
presidio finds the same values as safecommit's engine, and none of the reserved ones."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from safecommit import presidio
from safecommit.config import DEFAULT_THRESHOLD
from safecommit.detect import personal
from safecommit.detect.locate import Locator
from safecommit.model import Text

VALUES = json.loads((Path(__file__).parent / "data/identifiers/values.json").read_text())


@pytest.fixture(scope="module")
def engine() -> Any:
    return presidio.analyzer()


def document(group: str) -> str:
    """Every type's values in one plain-text note, each after its key, as a person writes."""
    lines = [f"{entry['key'].replace('_', ' ')}: {value}"
             for entry in VALUES.values() for value in entry[group]]
    if group == "valid":
        lines.append("gps position: 51.501364, -0.141890")  # LOCATION, from a photo's tags
    return "Notes from the call\n\n" + "\n".join(lines) + "\n"


def ours(text: str) -> set[tuple[str, int, int]]:
    locator = Locator(Text("note.txt", text, "text"))
    found = set()
    for f in personal.detect(locator):
        if f.confidence >= DEFAULT_THRESHOLD:
            start = locator.line_span(f.line - 1)[0] + f.column - 1
            end = locator.line_span(f.end_line - 1)[0] + f.end_column - 1
            found.add((f.type, start, end))
    return found


def test_analyzer_engine_finds_the_same_values_as_safecommit(engine: Any) -> None:
    text = document("valid")
    results = engine.analyze(text, language="en")
    theirs = {(r.entity_type, r.start, r.end) for r in results}
    assert theirs == ours(text)
    assert {r.entity_type for r in results} == {d.type for d in personal.RECOGNIZERS}


def test_analyzer_engine_never_finds_reserved_values(engine: Any) -> None:
    assert engine.analyze(document("reserved"), language="en") == []


def test_analyzer_engine_agrees_with_safecommit_on_malformed_values(engine: Any) -> None:
    text = document("invalid")
    results = engine.analyze(text, language="en")
    assert {(r.entity_type, r.start, r.end) for r in results} == ours(text)


def test_results_carry_safecommit_scores_and_suggestions(engine: Any) -> None:
    text = f"NHS number {VALUES['UK_NHS']['valid'][1]}\n"
    [result] = engine.analyze(text, language="en", entities=["UK_NHS"])
    assert result.score == 0.95
    assert result.recognition_metadata["suggestion"].startswith("999")


def test_analyzer_runs_offline_with_the_no_op_nlp_engine(engine: Any) -> None:
    assert engine.nlp_engine.engine_name == "no_op"
    assert engine.nlp_engine.nlp == {"en": None}  # no spaCy model loaded or downloaded
    names = {r.name for r in engine.registry.recognizers}
    assert names and all(n.startswith("safecommit ") for n in names)


def test_recognizers_can_be_chosen_by_type() -> None:
    chosen = presidio.recognizers(types=["DEFRA_SBI", "DEFRA_CRN"])
    assert sorted(r.supported_entities[0] for r in chosen) == ["DEFRA_CRN", "DEFRA_SBI"]
    sbi = VALUES["DEFRA_SBI"]["valid"][0]
    [result] = [r for rec in chosen for r in rec.analyze(f"SBI {sbi}", ["DEFRA_SBI"])]
    assert (result.entity_type, result.start, result.end) == ("DEFRA_SBI", 4, 4 + len(sbi))
