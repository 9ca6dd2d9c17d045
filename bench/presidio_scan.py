"""presidio-analyzer over a tree, offline, with only its regex (pattern) recognizers.

Run with the peers' interpreter: ``bench/.venv-peers/bin/python bench/presidio_scan.py DIR``.
No spaCy model is loaded or downloaded: the NLP engine is a no-op, so presidio's cost
here is its pattern recognizers and nothing else, which is the fairest case for it.
Files are spread over every core, as safecommit and detect-secrets spread theirs.
"""

from __future__ import annotations

import sys
from pathlib import Path

# This folder holds scripts named like standard modules (secrets.py, names.py …), and Python
# puts a script's folder first on the path: keep them from shadowing what presidio imports.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import multiprocessing  # noqa: E402
import os  # noqa: E402
from typing import Any  # noqa: E402

_ANALYZER: Any = None


def _noop_engine() -> Any:
    from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine

    class NoOpNlpEngine(NlpEngine):  # type: ignore[misc]
        """Tokenises nothing and recognises no entities: no model, no download."""

        def load(self) -> None:
            pass

        def is_loaded(self) -> bool:
            return True

        def process_text(self, text: str, language: str) -> Any:
            return NlpArtifacts(entities=[], tokens=[], tokens_indices=[], lemmas=[],
                                nlp_engine=self, language=language)

        def process_batch(self, texts: Any, language: str, batch_size: int = 1,
                          n_process: int = 1, **kwargs: Any) -> Any:
            for text in texts:
                yield text, self.process_text(text, language)

        def is_stopword(self, word: str, language: str) -> bool:
            return False

        def is_punct(self, word: str, language: str) -> bool:
            return False

        def get_supported_entities(self) -> list[str]:
            return []

        def get_supported_languages(self) -> list[str]:
            return ["en"]

    return NoOpNlpEngine()


def _offline_tldextract() -> None:
    # presidio's email and URL checks call tldextract, which fetches the public suffix list
    # on first use. Its bundled snapshot is enough, and keeps the run offline.
    import tldextract.tldextract as tld

    tld.TLD_EXTRACTOR = tld.TLDExtract(suffix_list_urls=(), cache_dir=None)


def analyzer() -> Any:
    _offline_tldextract()
    from presidio_analyzer import AnalyzerEngine, PatternRecognizer, RecognizerRegistry

    engine = _noop_engine()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"], nlp_engine=engine)
    registry.recognizers = [r for r in registry.recognizers if isinstance(r, PatternRecognizer)]
    return AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["en"])


def _scan(path: str) -> int:
    data = Path(path).read_bytes()
    if b"\0" in data[:8192]:
        return 0  # binary: presidio reads text only
    return len(_ANALYZER.analyze(text=data.decode("utf-8", "replace"), language="en"))


def files(root: Path) -> list[str]:
    return sorted(str(Path(d, n)) for d, _, names in os.walk(root) for n in names
                  if Path(d, n).is_file() and not Path(d, n).is_symlink())


def main() -> int:
    root = Path(sys.argv[1])
    jobs = int(os.environ.get("BENCH_JOBS", os.cpu_count() or 1))
    global _ANALYZER
    _ANALYZER = analyzer()  # here, so a failure stops the run, and forked workers share it
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        found = sum(pool.imap(_scan, files(root), chunksize=8))
    names = sorted({r.supported_entities[0] for r in _ANALYZER.registry.recognizers})
    print(f"presidio: {found} results; pattern recognizers for {', '.join(names)}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
