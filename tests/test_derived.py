"""The shipped derivations: current, used, and never a reason for a different result."""

from __future__ import annotations

from pathlib import Path

import pytest

from safecommit.detect import derived
from safecommit.detect.gate import derive_gate, derive_leads_with_letter, gate, leads_with_letter
from safecommit.detect.personal import RECOGNIZERS
from safecommit.detect.prefilter import derive_plan, plan
from safecommit.detect.recognizer import gated_on

SHIPPED = derived.TABLE


def test_the_shipped_table_is_what_the_patterns_derive_now() -> None:
    assert derived.main(["--check"]) == 0, \
        "a recognizer's pattern changed: run python -m safecommit.detect.derived"


def test_every_recognizer_is_in_the_table() -> None:
    for rec in RECOGNIZERS:
        assert derived.known("gate", rec.pattern, rec.ignore_case) is not derived.MISSING
        assert derived.known("plan", rec.pattern, rec.ignore_case) is not derived.MISSING
        assert derived.known("letter", gated_on(rec)) is not derived.MISSING


def test_the_table_gives_what_deriving_gives() -> None:
    for rec in RECOGNIZERS:
        assert gate(rec.pattern, rec.ignore_case) == derive_gate(rec.pattern, rec.ignore_case)
        assert plan(rec.pattern, rec.ignore_case) == derive_plan(rec.pattern, rec.ignore_case)
        assert leads_with_letter(gated_on(rec)) == derive_leads_with_letter(gated_on(rec))


def test_a_pattern_the_table_lacks_is_derived() -> None:
    pattern = r"(?<![0-9])ZQ[0-9]{7}(?![0-9])"
    assert derived.known("gate", pattern) is derived.MISSING
    assert gate(pattern) == derive_gate(pattern) is not None
    assert plan(pattern) == derive_plan(pattern) is not None
    assert leads_with_letter(pattern) is True


def test_the_key_tells_case_blind_patterns_apart() -> None:
    assert derived.key("abc") != derived.key("abc", ignore_case=True)


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", ""])
def test_a_damaged_table_is_ignored(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    content: str) -> None:
    table = tmp_path / "derived.json"
    table.write_text(content, encoding="utf-8")
    monkeypatch.setattr(derived, "TABLE", table)
    derived._table.cache_clear()
    try:
        rec = RECOGNIZERS[0]
        assert derived.known("gate", rec.pattern, rec.ignore_case) is derived.MISSING
    finally:
        derived._table.cache_clear()


def test_a_stale_table_is_reported_and_rewritten(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    stale = tmp_path / "derived.json"
    stale.write_text('{"gate": {}}\n', encoding="utf-8")
    monkeypatch.setattr(derived, "TABLE", stale)
    assert derived.main(["--check"]) == 1
    assert "stale" in capsys.readouterr().err
    assert derived.main([]) == 0
    assert stale.read_text(encoding="utf-8") == SHIPPED.read_text(encoding="utf-8")
