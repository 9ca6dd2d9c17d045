"""Prefilter: run each recognizer's pattern only on the lines that could hold a match.

Nothing is declared: from each pattern we derive a *trigger*, a cheap pattern that every
match must contain (``@`` for an email, ``[A-Z]{2}\\d{2}`` for an IBAN, ``\\d{9}`` for a
passport number). One fast search per distinct trigger finds the candidate lines of a
text; the full pattern then runs on those lines only, so most lines never reach it.

The result is exactly the full-text result, because a trigger is only used when that is
provable from the pattern:
- every match contains a trigger match (the trigger is built from parts every match needs);
- no match, and no lookaround, can cross or see past a line break, and the pattern has no
  start- or end-of-string anchors, so a match found on a line alone is a match found in
  the whole text, and no other (lookbehinds still see the text before the line).
A pattern that fails a check, or uses syntax this reading does not cover, runs on the
whole text as before.
"""

from __future__ import annotations

import importlib
import re
import string
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from safecommit import re2scan
from safecommit.detect import derived
from safecommit.lazyre import lazy

# Python's own regex parser reads a pattern into a tree (private, but stable since 2.x).
try:
    sre: Any = importlib.import_module("re._constants")
    sre_parse: Any = importlib.import_module("re._parser")
except ImportError:  # Python 3.10
    sre = importlib.import_module("sre_constants")
    sre_parse = importlib.import_module("sre_parse")


@lru_cache(maxsize=1024)
def parse(pattern: str) -> Any:
    """Python's parse tree of ``pattern``, made once a process: a recognizer's gate, the
    automaton it joins and its prefilter plan all read it (and none changes it)."""
    return sre_parse.parse(pattern)


# Longer runs say more about a line; beyond this the trigger gains little.
_MAX_RUN = 6
# A character this common at the start of a trigger slows its search more than it narrows it.
_COMMON = 0.15
# A pattern that can span more lines than this gains little from windows around triggers.
_MAX_REACH = 16
# A trigger that most positions match saves nothing: scan the whole text instead.
_USELESS = 0.02
# regex-module syntax that Python's own parser would read differently: never derive from it.
FOREIGN = lazy(r"\\[pPXNGLmM]|\(\?[V&R|(>+]|\(\?P>|\[\[|--|&&|\|\||~~|\(\*|"
                      r"\{(?!\d*,?\d*\})")


@dataclass(frozen=True, slots=True)
class _Need:
    """A pattern fragment every match contains, and how often it matches at a position."""

    pattern: str
    odds: float
    # The longest run of one character class inside it: (class, length, odds of the class).
    core: tuple[str, int, float] | None = None


def _char_odds(ch: str) -> float:
    """A rough chance that a character of source code or prose is ``ch``."""
    if ch in string.ascii_lowercase:
        return 0.03
    if ch == " ":
        return 0.15
    if ch in string.digits:
        return 0.006
    if ch in string.ascii_uppercase:
        return 0.005
    if ch in "_().,=\"':/-\t":
        return 0.01
    if ch == "\n":
        return 0.0
    return 0.001 if ch.isascii() else 0.00001


def _class_source(items: list[tuple[Any, Any]]) -> str | None:
    parts: list[str] = []
    negate = False
    for op, av in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY:
            names = {sre.CATEGORY_DIGIT: r"\d", sre.CATEGORY_NOT_DIGIT: r"\D",
                     sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W",
                     sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_NOT_SPACE: r"\S"}
            if av not in names:
                return None
            parts.append(names[av])
        else:
            return None
    return "[" + ("^" if negate else "") + "".join(parts) + "]"


_ASCII = frozenset(range(128))
_DIGITS = frozenset(range(48, 58))
_WORD = frozenset(c for c in range(128) if chr(c).isalnum() or c == 95)
_SPACE = frozenset(c for c in range(128) if chr(c).isspace())
_CATEGORIES = {sre.CATEGORY_DIGIT: _DIGITS, sre.CATEGORY_NOT_DIGIT: _ASCII - _DIGITS,
               sre.CATEGORY_WORD: _WORD, sre.CATEGORY_NOT_WORD: _ASCII - _WORD,
               sre.CATEGORY_SPACE: _SPACE, sre.CATEGORY_NOT_SPACE: _ASCII - _SPACE}


def _ascii_set(op: Any, av: Any) -> frozenset[int] | None:
    """The ASCII characters a one-character element matches (case-sensitively)."""
    if op is sre.LITERAL:
        return frozenset((av,)) & _ASCII
    if op is sre.NOT_LITERAL:
        return _ASCII - {av}
    if op is not sre.IN:
        return None
    chars: set[int] = set()
    negate = False
    for item_op, item in av:
        if item_op is sre.NEGATE:
            negate = True
        elif item_op is sre.LITERAL:
            chars.add(item)
        elif item_op is sre.RANGE:
            chars.update(range(item[0], min(item[1], 127) + 1))
        elif item_op is sre.CATEGORY and item in _CATEGORIES:
            chars.update(_CATEGORIES[item])
        else:
            return None
    found = frozenset(chars) & _ASCII
    return _ASCII - found if negate else found


def _atom(op: Any, av: Any) -> _Need | None:
    """A single-character element, or None when it is not one."""
    if op is sre.LITERAL:
        source: str | None = re.escape(chr(av))
    elif op is sre.IN:
        source = _class_source(av)
    else:
        return None
    chars = _ascii_set(op, av)
    if source is None or chars is None:
        return None
    odds = min(1.0, sum(_CHAR_ODDS[c] for c in chars) + 0.00001)
    return _Need(source, odds, (source, 1, odds))


_CHAR_ODDS = tuple(_char_odds(chr(c)) for c in range(128))


@dataclass(frozen=True, slots=True)
class _Summary:
    """What every match of a part of a pattern holds: fragments it contains, and the
    character it always starts and ends with (when known), so runs can cross groups."""

    needs: tuple[_Need, ...] = ()
    first: _Need | None = None
    last: _Need | None = None


_REPEATS = tuple(op for op in (getattr(sre, n, None) for n in
                               ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")) if op)


def _run_source(run: list[tuple[_Need, int]]) -> _Need:
    # A search tries the first character at every position: a run that starts with a common
    # one (a hex digit, a space) is slow to search and gains little from it. Start later.
    while len(run) > 1 and run[0][0].odds > _COMMON:
        run = run[1:]
    source = "".join(n.pattern if count == 1 else f"{n.pattern}{{{count}}}" for n, count in run)
    odds = 1.0
    for n, count in run:
        odds *= n.odds ** count
    cores = [(n.pattern, count, n.odds) for n, count in run if n.core and n.core[1] == 1]
    core = max(cores, key=lambda c: (c[1], -c[2]), default=None)
    return _Need(source, odds, core)


def _union(parts: list[_Need | None]) -> _Need | None:
    if not parts or any(p is None for p in parts):
        return None
    needs = [p for p in parts if p is not None]
    sources = sorted({p.pattern for p in needs})
    if len(sources) == 1:
        return max(needs, key=lambda n: n.odds)
    cores = {n.core[0] if n.core else None for n in needs}
    core = None
    if len(cores) == 1 and None not in cores:
        shortest = min((n.core for n in needs if n.core), key=lambda c: c[1])
        core = shortest
    odds = sum({n.pattern: n.odds for n in needs}.values())  # each distinct branch once
    return _Need("(?:" + "|".join(sources) + ")", min(1.0, odds), core)


def _summarise(sub: Any, groups: dict[int, _Need]) -> _Summary:
    """Walk a sequence: consecutive single characters every match has form a run."""
    needs: list[_Need] = []
    run: list[tuple[_Need, int]] = []
    first: _Need | None = None
    last: _Need | None = None
    started = False

    def close() -> None:
        if run:
            needs.append(_run_source(run))
            run.clear()

    for op, av in sub:
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue  # zero width: neither text every match holds, nor a break in a run
        head: _Need | None = None
        tail: _Need | None = None
        if op is sre.GROUPREF:
            atom = groups.get(av)
        elif op is sre.SUBPATTERN and len(av[3]) == 1 and _atom(*av[3][0]) is not None:
            atom = _atom(*av[3][0])  # a one-character group, such as a separator
            if av[0] is not None:
                groups[av[0]] = atom  # type: ignore[assignment]  # \1 repeats that character
        else:
            atom = _atom(op, av)
        if atom is not None:
            run.append((atom, 1))
            head = tail = atom
        elif op in _REPEATS and len(av[2]) == 1 and _atom(*av[2][0]) is not None:
            low, high, body = av
            piece = _atom(*body[0])
            assert piece is not None
            count = min(low, _MAX_RUN)
            if low >= 1:
                run.append((piece, count))
                head = tail = piece
                if low != high or low > _MAX_RUN:
                    # Only the first chars touch what came before, only the last what follows.
                    close()
                    run.append((piece, count))
            else:
                close()
        else:
            inner = _inner(op, av, groups)
            if inner.first is not None:
                run.append((inner.first, 1))
            close()
            needs.extend(inner.needs)
            if inner.last is not None:
                run.append((inner.last, 1))
            head, tail = inner.first, inner.last
        if not started:
            first, started = head, True
        last = tail
    close()
    return _Summary(tuple(needs), first, last)


def _inner(op: Any, av: Any, groups: dict[int, _Need]) -> _Summary:
    if op is sre.SUBPATTERN:
        return _summarise(av[3], groups)
    if op is getattr(sre, "ATOMIC_GROUP", None):
        return _summarise(av, groups)
    if op in _REPEATS:
        low, _, body = av
        return _summarise(body, groups) if low >= 1 else _Summary()
    if op is sre.BRANCH:
        alternatives = [_summarise(alt, groups) for alt in av[1]]
        best = [min(a.needs, key=lambda n: n.odds, default=None) for a in alternatives]
        need = _union(best)
        return _Summary((need,) if need else (), _union([a.first for a in alternatives]),
                        _union([a.last for a in alternatives]))
    return _Summary()


def _need(sub: Any) -> _Need | None:
    """The most selective fragment that every match of ``sub`` contains, if any."""
    return min(_summarise(sub, {}).needs, key=lambda n: n.odds, default=None)


def _reach(sub: Any, flags: int, behind: bool = False,
           groups: dict[int, int | None] | None = None) -> int | None:
    """How many line breaks a match can hold, lookaheads included (lookbehinds too when
    ``behind``); None when unbounded, or when the pattern depends on where the string
    starts or ends, or uses anything this reading does not cover."""
    groups = {} if groups is None else groups
    total = 0
    for op, av in sub:
        count: int | None
        if op is sre.AT:
            if av in (sre.AT_BEGINNING_STRING, sre.AT_END_STRING) or \
                    (av in (sre.AT_BEGINNING, sre.AT_END) and not flags & re.MULTILINE):
                return None
            count = 0
        elif op is sre.ANY:
            count = 1 if flags & re.DOTALL else 0
        elif op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN):
            chars = _ascii_set(op, av)
            if chars is None:
                return None
            count = 1 if 10 in chars else 0
        elif op in _REPEATS:
            inner = _reach(av[2], flags, behind, groups)
            if inner is None or (inner and av[1] == sre.MAXREPEAT):
                return None
            count = inner * av[1]
        elif op is sre.SUBPATTERN:
            count = _reach(av[3], flags | av[1], behind, groups)
            if av[0] is not None:
                groups[av[0]] = count
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            # A lookbehind sees the whole text before a line, as it would anyway; only a
            # lookahead can look past the end of the lines a match is searched in.
            count = _reach(av[1], flags, behind, groups) if av[0] >= 0 or behind else 0
        elif op is getattr(sre, "ATOMIC_GROUP", None):
            count = _reach(av, flags, behind, groups)
        elif op is sre.BRANCH:
            counts = [_reach(alt, flags, behind, groups) for alt in av[1]]
            count = None if None in counts else max(c for c in counts if c is not None)
        elif op is sre.GROUPREF:
            count = groups.get(av)
        else:
            return None  # anything else (conditionals …): do not risk it
        if count is None:
            return None
        total += count
    return total


# A tiny text is scanned whole: a few full passes cost less than finding its candidate lines
# (measured: from about 1 KB up, the prefilter wins even on files dense with numbers).
WHOLE_BELOW = 512


@dataclass(frozen=True, slots=True)
class Plan:
    """How to run one pattern: on the lines that hold ``trigger``, and whether those lines
    can be run as one string (``compact``: not even a lookbehind can see a line break).
    With no trigger (every one would match most lines), only the recognizer's RE2 gate can
    find its lines: without one the text is scanned whole."""

    trigger: str | None
    compact: bool
    reach: int = 0  # line breaks a match can hold: its lines are searched this far around
    # A plainer pattern every trigger match holds (the digits all branches share): its lines
    # are found first, and the trigger is searched in those lines only.
    base: str | None = None


@lru_cache(maxsize=1024)
def plan(pattern: str, ignore_case: bool = False) -> Plan | None:
    """How to prefilter ``pattern`` (regex-module VERSION1), or None to scan the whole text."""
    found = derived.known("plan", pattern, ignore_case)
    if found is derived.MISSING:
        return derive_plan(pattern, ignore_case)
    return None if found is None else Plan(*found)


def derive_plan(pattern: str, ignore_case: bool = False) -> Plan | None:
    """``plan``, worked out from the pattern's parse."""
    if FOREIGN.search(pattern):
        return None
    # regex's full case-folding can match one character against two ("ß" and "ss"), which
    # a piece of the pattern need not reflect: case-blind patterns are scanned whole.
    if ignore_case or re.search(r"\(\?[a-zA-Z]*i", pattern):
        return None
    try:
        parsed = parse(pattern)
    except (re.error, OverflowError, RecursionError, ValueError):
        return None
    flags = parsed.state.flags
    if flags & (re.VERBOSE | re.IGNORECASE):
        return None
    reach = _reach(parsed.data, flags)
    if reach is None or reach > _MAX_REACH:
        return None
    compact = reach == 0 and _reach(parsed.data, flags, behind=True) == 0
    need = _need(parsed.data)
    if need is None or need.odds > _USELESS:
        return Plan(None, compact, reach)
    base = None
    branches = need.pattern.startswith("(?:") and need.pattern.endswith(")")
    if compact and branches and need.core is not None:
        source, count, odds = need.core
        if odds ** count <= _USELESS:
            base = source if count == 1 else f"{source}{{{count}}}"
    return Plan(need.pattern, compact, reach, base)


def trigger(pattern: str, ignore_case: bool = False) -> str | None:
    found = plan(pattern, ignore_case)
    return found.trigger if found else None


@lru_cache(maxsize=256)
def _compiled(source: str) -> Any:
    return regex.compile(source, regex.VERSION1)


class Moved:
    """A match found in the candidate lines run together, placed back in the whole text."""

    __slots__ = ("_match", "_shift")

    def __init__(self, match: Any, shift: int) -> None:
        self._match = match
        self._shift = shift

    def group(self, group: int | str = 0) -> Any:
        return self._match.group(group)

    def span(self, group: int | str = 0) -> tuple[int, int]:
        start, end = self._match.span(group)
        return (start + self._shift, end + self._shift) if start >= 0 else (start, end)

    def start(self, group: int | str = 0) -> int:
        return self.span(group)[0]

    def end(self, group: int | str = 0) -> int:
        return self.span(group)[1]


class Lines:
    """The candidate lines of one text, computed once per distinct trigger or gate."""

    __slots__ = ("_compact", "_data", "_spans", "text", "whole")

    def __init__(self, text: str, whole_below: int = WHOLE_BELOW,
                 data: bytes | None = None) -> None:
        self.text = text
        self.whole = len(text) < whole_below
        self._data = data  # the text as UTF-8, when the caller has it
        self._spans: dict[tuple[str, int, bool], list[tuple[int, int]]] = {}
        self._compact: dict[tuple[str, bool], tuple[str, list[int], list[int]]] = {}

    @property
    def data(self) -> bytes:
        """The text as UTF-8, for RE2 (made once, shared by every gate)."""
        if self._data is None:
            self._data = self.text.encode("utf-8", "surrogatepass")
        return self._data

    def spans(self, source: str, reach: int = 0, gated: bool = False) -> list[tuple[int, int]]:
        """Runs of whole lines (end after the line break) that hold a match of the trigger,
        or of the RE2 gate when ``gated``, with ``reach`` lines either side."""
        key = (source, reach, gated)
        found = self._spans.get(key)
        if found is None:
            if gated:
                search = re2scan.search_for(source)
                if search is None:  # pragma: no cover - gates are made only where RE2 runs them
                    raise ValueError("RE2 refused a gate")
                found = _gate_spans(search, self.data, self.text, reach)
            else:
                found = _line_spans(_compiled(source), self.text, reach)
            self._spans[key] = found
        return found

    def compact(self, source: str, base: str | None = None,
                gated: bool = False) -> tuple[str, list[int], list[int]]:
        """The candidate lines as one string, with where each run starts in it and in the text.

        With ``base``, the trigger is searched only in the lines that hold ``base``.
        """
        found = self._compact.get((source, gated))
        if found is None:
            if base is None:
                found = _joined(self.text, self.spans(source, gated=gated), [0], [0])
            else:
                within, starts, origins = self.compact(base)
                found = _joined(within, _line_spans(_compiled(source), within), starts, origins)
            self._compact[(source, gated)] = found
        return found

    def finditer(self, compiled: Any, pattern: str, ignore_case: bool,
                 timeout: float, gate: str | None = None) -> Iterator[Any]:
        """The matches ``compiled.finditer`` finds in the whole text, and only those, in order.

        Each has ``group`` and ``span`` as a match object does. With ``gate`` (the pattern's
        RE2 gate, see gate.py), candidate lines are those the gate matches, not the trigger's.
        ``timeout`` bounds the engine's own time: the regex module's clock also runs while
        the caller works between matches, so every match is read out before any is yielded
        (a file of 10,000 addresses is slow to judge, not a runaway pattern).
        """
        how = None if self.whole else plan(pattern, ignore_case)
        if how is not None and gate:
            source, base, gated = gate, None, True
        elif how is not None and how.trigger is not None:
            source, base, gated = how.trigger, how.base, False
        else:
            yield from list(compiled.finditer(self.text, timeout=timeout))
            return
        if how.compact:
            joined, starts, origins = self.compact(source, base, gated)
            for match in list(compiled.finditer(joined, timeout=timeout)):
                i = bisect_right(starts, match.start()) - 1
                yield Moved(match, origins[i] - starts[i])
        else:
            for start, end in self.spans(source, how.reach, gated):
                yield from list(compiled.finditer(self.text, start, end, timeout=timeout))


def _joined(text: str, spans: list[tuple[int, int]], starts: list[int],
            origins: list[int]) -> tuple[str, list[int], list[int]]:
    """Spans of ``text`` run together; ``starts``/``origins`` place ``text``'s own runs in the
    original, and each new run is cut where one of those ends, so every run stays contiguous."""
    new_starts: list[int] = []
    new_origins: list[int] = []
    pieces: list[str] = []
    at = 0
    last = len(starts) - 1
    for start, end in spans:
        i = bisect_right(starts, start) - 1
        while start < end:
            cut = min(end, starts[i + 1]) if i < last else end
            new_starts.append(at)
            new_origins.append(origins[i] + start - starts[i])
            pieces.append(text[start:cut])
            at += cut - start
            start = cut
            i += 1
    return "".join(pieces), new_starts, new_origins


def _line_spans(trigger_re: Any, text: str, reach: int = 0) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = 0
    search, rfind, find = trigger_re.search, text.rfind, text.find
    while True:
        hit = search(text, pos)
        if hit is None:
            return spans
        start = rfind("\n", 0, hit.start()) + 1
        end = find("\n", hit.end())
        end = len(text) if end == -1 else end + 1
        pos = end
        for _ in range(reach):
            start = rfind("\n", 0, max(start - 1, 0)) + 1
            after = find("\n", end)
            end = len(text) if after == -1 else after + 1
        if spans and spans[-1][1] >= start:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))


def _gate_spans(search: re2scan.Search, data: bytes, text: str,
                reach: int = 0) -> list[tuple[int, int]]:
    """``_line_spans`` for an RE2 gate, which searches the UTF-8 bytes: the same runs of
    lines, as offsets into ``text``."""
    spans: list[tuple[int, int]] = []
    rfind, find, size = data.rfind, data.find, len(data)
    pos = 0
    while True:
        hit = search(data, pos, size)
        if hit is None:
            break
        # A gate may have consumed the line break before or after its match (see gate.py).
        first = hit[0] + 1 if data[hit[0]:hit[0] + 1] == b"\n" else hit[0]
        start = rfind(b"\n", 0, first) + 1
        end = find(b"\n", max(first, hit[1] - 1))
        end = size if end == -1 else end + 1
        pos = end
        for _ in range(reach):
            start = rfind(b"\n", 0, max(start - 1, 0)) + 1
            after = find(b"\n", end)
            end = size if after == -1 else after + 1
        if spans and spans[-1][1] >= start:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
        if pos >= size:
            break
    if len(data) == len(text) or not spans:
        return spans  # ASCII: bytes and characters line up
    # Spans start and end at line breaks, so each piece decodes whole.
    out: list[tuple[int, int]] = []
    last_byte = last_char = 0
    for start, end in spans:
        last_char += len(data[last_byte:start].decode("utf-8", "surrogatepass"))
        width = len(data[start:end].decode("utf-8", "surrogatepass"))
        out.append((last_char, last_char + width))
        last_byte, last_char = end, last_char + width
    return out
