"""The NER tier: presidio and a spaCy model the test trains itself, merged with the default tier.

"Zorbin Quaxley" is an invented name that no dictionary holds: only the model can find it.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from safecommit import nlp

SENTENCES = [
    ("I spoke to {} at the office.", 11),
    ("Please ask {} about the claim.", 11),
    ("The inspection was done by {} yesterday.", 27),
    ("{} said the map was hard to use.", 0),
    ("We met {} on Monday.", 7),
]
NAMES = ["Zorbin Quaxley", "Joe Bloggs"]
OTHERS = ["The report is ready for review.", "The map was hard to use.",
          "Send the form to the office.", "Zorbin = Quaxley"]


@pytest.fixture(scope="module")
def model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny English NER model, trained here in a few seconds and saved to a folder."""
    import spacy
    from spacy.training import Example

    nlp_ = spacy.blank("en")
    nlp_.add_pipe("ner").add_label("PERSON")
    data = [(s.format(n), [(at, at + len(n), "PERSON")]) for s, at in SENTENCES for n in NAMES]
    data += [(s, []) for s in OTHERS]
    examples = [Example.from_dict(nlp_.make_doc(t), {"entities": e}) for t, e in data]
    # Every source of randomness fixed (thinc's and numpy's too): the same model each run.
    spacy.util.fix_random_seed(0)
    optimizer = nlp_.initialize(lambda: examples)
    random.seed(0)
    for _ in range(20):
        random.shuffle(examples)
        nlp_.update(examples, sgd=optimizer, drop=0.0)
    path = tmp_path_factory.mktemp("ner") / "model"
    nlp_.to_disk(path)
    return path


def people(run: Any) -> list[tuple[int, str, str]]:
    return [(f["line"], f["detector"], f["masked"]) for f in run.json["findings"]
            if f["type"] == "PERSON"]


def test_a_name_only_the_model_knows_is_found_in_prose(repo, cli, model: Path) -> None:  # type: ignore[no-untyped-def]
    repo.write(".safecommit.toml", f"nlp_model = '{model}'\n")
    repo.write("notes/visit.md", "# Visit\n\nI spoke to Zorbin Quaxley at the office.\n")
    run = cli("scan", "--format", "json", "notes")
    assert run.code == 1
    assert people(run) == [(3, "ner", "Z********")]
    assert "Quaxley" not in run.out


def test_a_name_both_tiers_find_is_reported_once(repo, cli, model: Path) -> None:  # type: ignore[no-untyped-def]
    repo.write(".safecommit.toml", f"nlp_model = '{model}'\n")
    repo.write("notes/visit.md", "We met Priya Raman on Monday.\n")
    run = cli("scan", "--format", "json", "notes")
    assert [(line, detector) for line, detector, _ in people(run)] == [(1, "person-name")]


def test_the_ner_tier_reads_comments_and_strings_but_not_code(repo, cli, model: Path) -> None:  # type: ignore[no-untyped-def]
    repo.write(".safecommit.toml", f"nlp_model = '{model}'\n")
    repo.write("app/visit.py", "Zorbin = Quaxley\n# I spoke to Zorbin Quaxley at the office.\n")
    run = cli("scan", "--format", "json", "app")
    assert [(line, detector) for line, detector, _ in people(run)] == [(2, "ner")]


def test_a_placeholder_the_model_tags_is_not_flagged(repo, cli, model: Path) -> None:  # type: ignore[no-untyped-def]
    from safecommit.detect.locate import Locator
    from safecommit.model import Text

    text = "I spoke to Joe Bloggs at the office.\n"
    location = nlp.model_location(str(model))
    assert location is not None
    analyzer = nlp.engine(location)
    tagged = [text[r.start:r.end] for r in analyzer.analyze(text, language="en")]
    assert "Joe Bloggs" in tagged  # the model does see it as a name…
    assert list(nlp.detect(Locator(Text("n.md", text, "markdown")), location)) == []  # …not us


def test_a_missing_model_turns_the_tier_off_and_the_report_says_so(repo, cli) -> None:  # type: ignore[no-untyped-def]
    repo.write(".safecommit.toml", "nlp_model = 'no_such_spacy_model'\n")
    repo.write("notes/visit.md", "I spoke to Zorbin Quaxley at the office.\n")
    run = cli("scan", "notes")
    assert run.code == 0
    assert "note: NER tier off: model 'no_such_spacy_model' is not installed" in run.out
    assert "nothing is downloaded" in run.out


@pytest.mark.parametrize(("model", "on", "says"), [
    (None, False, "no model configured"),
    ("", False, "no model configured"),
    ("no_such_spacy_model", False, "is not installed"),
    ("/nowhere/model", False, "is not installed"),
])
def test_the_tier_is_off_without_an_installed_model(model: str | None, on: bool,
                                                    says: str) -> None:
    state = nlp.status(model)
    assert (state.on, says in state.detail) == (on, True)


def test_a_model_folder_turns_the_tier_on(model: Path) -> None:
    assert nlp.status(str(model)).on
    assert nlp.model_location(str(model)) == str(model)


def test_a_folder_that_is_not_a_model_is_not_used(tmp_path: Path) -> None:
    assert nlp.model_location(str(tmp_path)) is None
