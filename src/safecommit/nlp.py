"""NER tier (the ``nlp`` extra): presidio's analyzer with a spaCy model the user installed.

It runs only when ``nlp_model`` names a model that is already here: an installed spaCy
package (``en_core_web_sm``) or a model folder on disk. Nothing is ever downloaded: the
model is loaded with ``spacy.load`` here and handed to presidio, so presidio's own
download-if-missing path is never reached. The analyzer reads prose only (transcripts,
markdown, text, logs, comments and strings in code), with our own name recognizer
registered in the same engine beside spaCy's. Its PERSON results are merged with the
default tier's findings: a name either tier found is reported once.

Importing spaCy and presidio takes seconds, so this module imports them lazily, on the
first text of a run that has a model configured.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from safecommit.detect.codetext import text_spans
from safecommit.detect.locate import Locator
from safecommit.detect.make import make_finding
from safecommit.detect.names import WHY, find, is_placeholder
from safecommit.extract.syntax import PROSE
from safecommit.model import Finding, Text

DETECTOR = "ner"
ENTITY = "PERSON"
# spaCy's models call people PERSON (OntoNotes) or PER (WikiNER).
_LABELS = {"PERSON": ENTITY, "PER": ENTITY}
# Below this presidio score an NER guess does not block.
MIN_SCORE = 0.5
# spaCy refuses texts over a million characters: read long prose in pieces.
_CHUNK = 100_000


@dataclass(frozen=True, slots=True)
class Status:
    on: bool
    detail: str


def model_location(model: str) -> str | None:
    """Where ``model`` is installed (a folder or a package name), or None. Never fetches."""
    path = Path(model).expanduser()
    if path.is_dir():
        return str(path) if (path / "config.cfg").is_file() else None
    if model.isidentifier() and importlib.util.find_spec(model) is not None:
        return model
    return None


def status(model: str | None) -> Status:
    """Whether the tier can run, and a one-line reason for people."""
    if not model:
        return Status(False, "off: no model configured (set nlp_model in [tool.safecommit] to "
                             "an installed spaCy model)")
    missing = [m for m in ("spacy", "presidio_analyzer") if importlib.util.find_spec(m) is None]
    if missing:
        return Status(False, f"off: {' and '.join(missing)} not installed "
                             "(pip install 'safecommit[nlp]')")
    if model_location(model) is None:
        return Status(False, f"off: model '{model}' is not installed (install it with pip or "
                             "point nlp_model at a model folder; nothing is downloaded)")
    return Status(True, f"on: spaCy model '{model}' with presidio-analyzer")


def note(model: str | None) -> str | None:
    """A line for the report when a model is configured but the tier cannot run."""
    if not model:
        return None
    state = status(model)
    return None if state.on else f"NER tier {state.detail}"


def _our_recognizer() -> Any:
    """The default tier's name detection, as a presidio recognizer in the same engine."""
    from presidio_analyzer import EntityRecognizer, RecognizerResult

    class SafecommitNames(EntityRecognizer):
        def load(self) -> None:
            return None

        def analyze(self, text: str, entities: list[str], nlp_artifacts: Any = None
                    ) -> list[Any]:
            spans = find(Locator(Text("region", text, "text")))
            return [RecognizerResult(ENTITY, s.start, s.end, s.confidence) for s in spans]

    return SafecommitNames(supported_entities=[ENTITY], name="SafecommitNames",
                           supported_language="en")


@lru_cache(maxsize=2)
def engine(location: str) -> Any:
    """An AnalyzerEngine over the model at ``location``: loaded once per process."""
    import spacy
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

    config = NerModelConfiguration(model_to_presidio_entity_mapping=dict(_LABELS))
    nlp_engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": location}],
                                ner_model_configuration=config)
    # Loaded here, so presidio's load(), which downloads a missing model, never runs.
    nlp_engine.nlp = {"en": spacy.load(location)}  # type: ignore[assignment]
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.add_recognizer(SpacyRecognizer(supported_entities=[ENTITY]))
    registry.add_recognizer(_our_recognizer())
    return AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=["en"])


def regions(locator: Locator) -> Iterator[tuple[int, int]]:
    """The prose in a text: all of a transcript or a document, the comments and strings of
    code. Structured data is left to key context, where NER has nothing to add."""
    text = locator.text
    if text.syntax in PROSE:
        start = 0
        while start < len(text.text):
            end = min(len(text.text), start + _CHUNK)
            if end < len(text.text):
                cut = text.text.rfind("\n", start, end)
                end = cut + 1 if cut > start else end
            yield start, end
            start = end
        return
    for start, end in text_spans(locator) or ():
        if end - start > 6 and " " in text.text[start:end]:
            yield start, end


def detect(locator: Locator, location: str) -> Iterator[Finding]:
    analyzer = engine(location)
    content = locator.text.text
    for start, end in regions(locator):
        for result in analyzer.analyze(content[start:end], language="en", entities=[ENTITY]):
            if result.score < MIN_SCORE:
                continue
            s, e = start + result.start, start + result.end
            value = content[s:e]
            if is_placeholder(value.replace(".", " ").split()):
                continue
            yield make_finding(locator, s, e, value, kind="personal-data", type=ENTITY,
                               detector=DETECTOR, confidence=result.score, why=WHY,
                               suggestion="Jane Doe")


def _overlaps(a: Finding, b: Finding) -> bool:
    return (a.line, a.column) < (b.end_line, b.end_column) and \
        (b.line, b.column) < (a.end_line, a.end_column)


def merge(found: list[Finding], text: Text, model: str) -> list[Finding]:
    """The default tier's findings plus the NER tier's names that no finding covers yet."""
    location = model_location(model)
    if location is None or not status(model).on:
        return found
    people = [f for f in found if f.type == ENTITY]
    extra: list[Finding] = []
    for finding in detect(Locator(text), location):
        if not any(_overlaps(finding, other) for other in people + extra):
            extra.append(finding)
    return found + extra
