"""Secrets: our plugins and detect-secrets' own, behind one fast prefilter.

A compiled alternation of every plugin's trigger words and prefixes finds the few candidate
lines; only those reach the plugins (``secret_plugins``), and detect-secrets is imported only
if a candidate line could match one of its plugins. Overlapping hits on a line keep the most
specific type.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from safecommit.detect.locate import Locator
from safecommit.detect.make import make_finding
from safecommit.detect.secret_plugins import connection_strings, keywords, tokens, upstream
from safecommit.detect.secret_plugins.model import Hit, Line, Plugin, keep_most_specific
from safecommit.model import Finding

WHY = ("A credential in a repository is compromised: rotate it now, then remove it and load "
       "it from the environment or a secret store.")
_WHY_BY_TYPE = {
    "PASSWORD": "A password in a repository is compromised: change it now, then remove it and "
                "load it from the environment or a secret store.",
    "CONNECTION_STRING_PASSWORD": "A connection string with its password is compromised: "
                                  "change the password now, then keep the connection string "
                                  "in the environment or a secret store.",
    "PRIVATE_KEY": "A private key in a repository is compromised: revoke and replace it now, "
                   "then remove it.",
}

PLUGINS: tuple[Plugin, ...] = (tokens.find, connection_strings.find, keywords.find,
                               upstream.find)
# Files whose every line is a credential entry.
_WHOLE_FILE = frozenset({"pgpass", "netrc", "htpasswd"})


def _alternation(words: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return re.compile("|".join(re.escape(w) for w in ordered), flags)


@lru_cache(maxsize=4)
def prefilter(words: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The trigger alternation, for lower-cased ASCII text and (slower) for any text."""
    return _alternation(words), _alternation(words, re.IGNORECASE)


def candidate_lines(locator: Locator, words: tuple[str, ...]) -> Iterator[int]:
    """0-based indexes of the lines that hold any trigger word, each once, in order."""
    text = locator.text
    if text.syntax in _WHOLE_FILE:
        yield from range(locator.line_count)
        return
    ascii_pattern, any_pattern = prefilter(words)
    if text.text.isascii():
        haystack, search = text.text.lower(), ascii_pattern.search
    else:  # lower() can change lengths outside ASCII, and offsets must stay true
        haystack, search = text.text, any_pattern.search
    pos = 0
    while (m := search(haystack, pos)) is not None:
        index = locator.line_index(m.start())
        yield index
        pos = locator.line_span(index)[1] + 1


TRIGGER_WORDS: tuple[str, ...] = (*tokens.TRIGGERS, *connection_strings.TRIGGERS,
                                  *keywords.SECRET_STEMS, *upstream.TRIGGERS, "notify", "bearer")


def hits(locator: Locator, plugins: tuple[Plugin, ...], words: tuple[str, ...]
         ) -> Iterator[tuple[int, Hit]]:
    """(line index, hit) for every plugin hit on a candidate line, most specific per span."""
    text = locator.text
    by_line: dict[int, list[Hit]] = {}
    for index in candidate_lines(locator, words):
        line = Line(locator.line_text(index), index, text.syntax, text.path, locator)
        for plugin in plugins:
            for hit in plugin(line):
                by_line.setdefault(index + hit.line_delta, []).append(hit)
    for index in sorted(by_line):
        for hit in keep_most_specific(by_line[index]):
            yield index, hit


def to_finding(locator: Locator, index: int, hit: Hit, why: str,
               suggestion: str | None = None) -> Finding:
    line_start = locator.line_span(index)[0]
    return make_finding(
        locator, line_start + hit.start, line_start + hit.end, hit.value,
        kind=hit.kind, type=hit.type, detector=hit.detector, confidence=hit.confidence,
        why=why, suggestion=suggestion,
    )


def detect(locator: Locator) -> Iterator[Finding]:
    for index, hit in hits(locator, PLUGINS, TRIGGER_WORDS):
        yield to_finding(locator, index, hit, _WHY_BY_TYPE.get(hit.type, WHY))
