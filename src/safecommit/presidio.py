"""safecommit's identifiers as presidio recognizers, for teams that run presidio.

Install the ``nlp`` extra (``pip install safecommit[nlp]``), then::

    from safecommit.presidio import analyzer
    results = analyzer().analyze(text, language="en")

or add our recognizers to a registry of your own::

    from safecommit.presidio import recognizers
    registry.add_recognizer(...) for each of recognizers()

Each recognizer wraps the same declarations that safecommit runs (``detect/identifiers``):
pattern, validator, reserved fake values, context words, field keys and confidence. It
runs them through safecommit's engine, so presidio finds exactly the values safecommit
finds, with the same scores. ``analyzer()`` uses presidio's no-op NLP engine: nothing is
downloaded and no spaCy model is loaded.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult

from safecommit.config import DEFAULT_THRESHOLD
from safecommit.detect.identifiers import ALL
from safecommit.detect.locate import Locator
from safecommit.detect.recognizer import Recognizer, run
from safecommit.model import Text


class SafecommitRecognizer(EntityRecognizer):
    """One entity type (``UK_NHS``, ``DEFRA_SBI`` …) from safecommit's declarations.

    ``syntax`` says how to read the text (``text``, ``json``, ``python`` …), as a file
    suffix does in safecommit: keys in structured text are evidence of a value's type.
    """

    def __init__(self, entity: str, declarations: Sequence[Recognizer], *,
                 syntax: str = "text", language: str = "en") -> None:
        self.declarations = tuple(declarations)
        self.syntax = syntax
        super().__init__(supported_entities=[entity], name=f"safecommit {entity}",
                         supported_language=language,
                         context=sorted({w for d in self.declarations for w in d.context}))

    def load(self) -> None:
        """Nothing to load: the declarations are plain Python."""

    def analyze(self, text: str, entities: list[str],
                nlp_artifacts: Any = None) -> list[RecognizerResult]:
        if entities and not set(entities) & set(self.supported_entities):
            return []
        locator = Locator(Text("<presidio>", text, self.syntax))
        results: list[RecognizerResult] = []
        taken: list[tuple[int, int]] = []
        for finding in run(self.declarations, locator):
            start = _offset(locator, finding.line, finding.column)
            end = _offset(locator, finding.end_line, finding.end_column)
            if any(s < end and start < e for s, e in taken):
                continue  # the same value seen by two declarations of one type
            taken.append((start, end))
            results.append(RecognizerResult(
                entity_type=finding.type, start=start, end=end, score=finding.confidence,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: f"safecommit {finding.type}",
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    "detector": finding.detector,
                    "suggestion": finding.suggestion,
                },
            ))
        return results


def _offset(locator: Locator, line: int, column: int) -> int:
    return locator.line_span(line - locator.text.first_line)[0] + column - 1


def recognizers(*, types: Iterable[str] | None = None, syntax: str = "text",
                language: str = "en") -> list[SafecommitRecognizer]:
    """One presidio recognizer per safecommit identifier type (all, or ``types``)."""
    wanted = set(types) if types is not None else None
    by_type: dict[str, list[Recognizer]] = {}
    for declaration in ALL:
        if wanted is None or declaration.type in wanted:
            by_type.setdefault(declaration.type, []).append(declaration)
    return [SafecommitRecognizer(t, decls, syntax=syntax, language=language)
            for t, decls in by_type.items()]


def no_op_nlp_engine(language: str = "en") -> Any:
    """presidio's NLP engine that loads no model and makes no network call."""
    try:
        from presidio_analyzer.nlp_engine import NoOpNlpEngine
    except ImportError:  # pragma: no cover - presidio older than the no-op engine
        raise RuntimeError("safecommit.presidio needs presidio-analyzer with NoOpNlpEngine "
                           "(pip install -U presidio-analyzer)") from None
    engine = NoOpNlpEngine(models=[{"lang_code": language, "model_name": "no_op"}])
    engine.load()
    return engine


def analyzer(*, syntax: str = "text", language: str = "en",
             threshold: float = DEFAULT_THRESHOLD) -> Any:
    """An AnalyzerEngine with only safecommit's recognizers, offline, at our threshold."""
    registry = RecognizerRegistry(recognizers=recognizers(syntax=syntax, language=language),
                                  supported_languages=[language])
    return AnalyzerEngine(registry=registry, nlp_engine=no_op_nlp_engine(language),
                          supported_languages=[language], default_score_threshold=threshold)
