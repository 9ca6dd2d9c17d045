"""``safecommit doctor`` says which tiers and tools can run here, and how to turn on the rest."""

from __future__ import annotations

import shutil
from pathlib import Path


def lines(out: str) -> dict[str, str]:
    rows = {}
    for line in out.splitlines():
        what, _, state = line.partition("  ")
        rows[what.strip()] = state.strip()
    return rows


def test_doctor_reports_every_tier_and_tool(repo, cli) -> None:  # type: ignore[no-untyped-def]
    run = cli("doctor")
    assert run.code == 0
    rows = lines(run.out)
    assert list(rows) == ["default tier", "NER tier", "OCR of images"]
    assert rows["default tier"].startswith("on:")
    assert rows["NER tier"].startswith("off: no model configured")


def test_doctor_says_whether_tesseract_is_installed(repo, cli) -> None:  # type: ignore[no-untyped-def]
    state = lines(cli("doctor").out)["OCR of images"]
    tesseract = shutil.which("tesseract")
    expected = f"on: tesseract at {tesseract}" if tesseract else "off: tesseract is not installed"
    assert state.startswith(expected)


def test_doctor_names_a_configured_model_that_is_missing(repo, cli) -> None:  # type: ignore[no-untyped-def]
    repo.write(".safecommit.toml", "nlp_model = 'en_core_web_nowhere'\n")
    state = lines(cli("doctor").out)["NER tier"]
    assert state.startswith("off: model 'en_core_web_nowhere' is not installed")


def test_doctor_turns_the_ner_tier_on_for_an_installed_model(repo, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import spacy

    model = tmp_path / "blank-model"
    spacy.blank("en").to_disk(model)
    repo.write(".safecommit.toml", f"nlp_model = '{model}'\n")
    state = lines(cli("doctor").out)["NER tier"]
    assert state.startswith(f"on: spaCy model '{model}' with presidio-analyzer (spacy ")


def test_doctor_reports_a_bad_config_in_one_line(repo, cli) -> None:  # type: ignore[no-untyped-def]
    repo.write(".safecommit.toml", "nlp_modle = 'x'\n")
    run = cli("doctor")
    assert run.code == 2
    assert run.err.strip().count("\n") == 0
    assert "unknown key 'nlp_modle'" in run.err
