"""One pass over a text for every plugin's trigger words; only those lines reach a plugin.

Each plugin names lower-case trigger words (``pass``, ``token``, ``ghp_``, ``://`` …), one of
which is on every line it could match. A single alternation of all of them runs over the
lower-cased text and reports, for each line, the words it holds; a plugin then runs only on
lines holding one of its words, and each token format only where its own prefix is.

The alternation runs in RE2 (google-re2), a DFA that reads the text once whatever the number
of words: 100+ MB/s, where the standard library's backtracking engine tries every word at
every position (about 15 MB/s for these 130 words). Without RE2 it falls back to the standard
library, with the words folded into a trie.

A format with no fixed word in it (a GOV.UK Notify key is a name and two UUIDs) can name a
``shape`` instead: a pattern in the same one pass that stands for one of the trigger words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from safecommit import re2scan
from safecommit.detect.locate import Locator


def trie_pattern(words: Iterable[str]) -> str:
    """An alternation with shared prefixes factored out, for a backtracking engine."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        if "" in node:  # a word ends here: any longer word adds nothing to "this line"
            return ""
        alternatives = [re.escape(ch) + build(child) for ch, child in sorted(node.items())]
        return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"

    return build(trie)


# Spellings of trigger words remembered (``Password``, ``PASSWORD`` …): a bound, for text
# written to defeat it.
_SPELLINGS = 4096


@dataclass(frozen=True)
class Prefilter:
    """Trigger words, and the search that finds them."""

    words: frozenset[str]
    engine: str = "re2"  # or "re"; without RE2 (a broken install) "re", only slower
    # (pattern, trigger word): text the pattern matches counts as that word (case folded).
    shapes: tuple[tuple[str, str], ...] = ()

    @cached_property
    def _ordered(self) -> list[str]:
        return sorted(self.words, key=lambda w: (-len(w), w))

    @cached_property
    def _re2_search(self) -> re2scan.Search | None:
        if self.engine != "re2":
            return None
        # Case folded by the DFA: no lower-cased copy of the text to make.
        return re2scan.search_for(("(?i)" + "|".join(
            [*map(re.escape, self._ordered), *(p for p, _ in self.shapes)])).encode())

    @cached_property
    def _search(self) -> re.Pattern[str]:
        return re.compile("|".join([trie_pattern(self._ordered), *(p for p, _ in self.shapes)]))

    @cached_property
    def _shapes(self) -> tuple[tuple[re.Pattern[str], str], ...]:
        return tuple((re.compile(p, re.IGNORECASE), w) for p, w in self.shapes)

    def _shape_word(self, matched: str) -> str:
        """The trigger word a shape's match stands for ("" if none does)."""
        return next((w for p, w in self._shapes if p.fullmatch(matched)), "")

    @cached_property
    def expand(self) -> dict[str, frozenset[str]]:
        """Each word with the trigger words inside it: a match of ``accountkey=`` is a ``key``."""
        return {w: frozenset(t for t in self.words if t in w) for w in self.words}

    def lines(self, text: str, data: bytes | None = None) -> dict[int, frozenset[str]]:
        """0-based line index -> the trigger words on that line, for lines that hold any, in
        line order. ``data`` is the text as UTF-8, when the caller has it."""
        return self.scan(text, data)[0]

    def scan(self, text: str, data: bytes | None = None
             ) -> tuple[dict[int, frozenset[str]], dict[int, int]]:
        """``lines``, and where in the UTF-8 each of those lines' first word starts (when
        RE2 read it): a caller can cut the line out of the text with no table of lines."""
        found: dict[int, set[str]] = {}
        first: dict[int, int] = {}
        line = last = 0
        search = self._re2_search
        if search is not None:
            # UTF-8 keeps every line break a single b"\n", so line numbers carry over.
            if data is None:
                data = text.encode("utf-8", "surrogatepass")
            # The hottest loop of the secret scan: spans straight from RE2, each spelling
            # of a word lower-cased once.
            spelled = self._spelled
            pos, size, count = 0, len(data), data.count
            while (span := search(data, pos, size)) is not None:
                start, pos = span  # every word is a literal: no empty match
                line += count(b"\n", last, start)
                last = start
                raw = data[start:pos]
                word = spelled.get(raw)
                if word is None:
                    word = raw.decode("utf-8", "ignore").lower()
                    if word not in self.words:  # a shape's match: each one differs
                        word = self._shape_word(word)
                    elif len(spelled) < _SPELLINGS:
                        spelled[raw] = word
                if line in found:
                    found[line].add(word)
                else:
                    found[line] = {word}
                    first[line] = start
        else:
            low = text.lower()  # lengths may change outside ASCII, but never the line breaks
            # The trie stops at the shortest word, so read the whole word from the text.
            for m in self._search.finditer(low):
                start = m.start()
                line += low.count("\n", last, start)
                last = start
                found.setdefault(line, set()).update(
                    w for w in self.words if low.startswith(w, start))
                if m.group() not in self.words and (shape := self._shape_word(m.group())):
                    found[line].add(shape)
        expand = self.expand
        none: frozenset[str] = frozenset()
        return {i: expand.get(next(iter(ws)), none) if len(ws) == 1 else
                none.union(*(expand.get(w, none) for w in ws)) for i, ws in found.items()}, first

    @cached_property
    def _spelled(self) -> dict[bytes, str]:
        return {}


Scanned = tuple[dict[int, frozenset[str]], dict[int, int]]
_CACHE: dict[tuple[int, frozenset[str]], tuple[Locator, Scanned]] = {}


def candidate_lines(locator: Locator, prefilter: Prefilter) -> dict[int, frozenset[str]]:
    """The prefilter's lines for this text; kept for the text's other detectors."""
    return _scanned(locator, prefilter)[0]


def candidate_line_text(locator: Locator, prefilter: Prefilter, index: int) -> str:
    """Candidate line ``index``, cut out around its first trigger word in ASCII text, so
    that a text whose lines are never placed never builds its table of lines."""
    at = _scanned(locator, prefilter)[1].get(index) if locator.ascii else None
    if at is None:
        return locator.line_text(index)
    text = locator.text.text
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:end if end != -1 else len(text)]


def _scanned(locator: Locator, prefilter: Prefilter) -> Scanned:
    key = (id(locator), prefilter.words)
    cached = _CACHE.get(key)
    if cached is not None and cached[0] is locator:
        return cached[1]
    result = prefilter.scan(locator.text.text, locator.utf8)
    _CACHE.clear()  # one text at a time: the secret and user-name passes share it
    _CACHE[key] = (locator, result)
    return result
