"""Gates: an RE2 pattern that matches wherever a recognizer's pattern can, and a little more.

A recognizer's pattern runs in the ``regex`` module, whose lookarounds and backreferences
RE2 lacks. Its *gate* is the same pattern with those loosened until RE2 can run it:
- the negative lookbehinds of single characters among the leading assertions,
  ``(?<![\\w.])``, become one consumed character that is none of them, or a line start;
  the negative lookaheads among the trailing ones likewise; every other assertion is
  dropped;
- a backreference becomes a copy of the group it refers to;
- a long repeat becomes an open one, so the automaton stays small;
- a class is exact on ASCII and, where Unicode tables could differ between the engines,
  takes in every non-ASCII character.
Each step only widens what matches, so every match of the pattern is inside a match of
its gate. RE2 runs the gates in one automaton over the text (linear time, no
backtracking): the lines a gate does not match cannot hold a match, and the full pattern
never reads them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from safecommit import re2scan
from safecommit.detect import derived
from safecommit.detect.context import normalise_context
from safecommit.detect.prefilter import FOREIGN, parse, sre

# Repeats above this become open-ended: the same language and more, in a far smaller
# automaton than {0,300} unrolled.
_MAX_COUNT = 16
_WORD = frozenset(c for c in range(128) if chr(c).isalnum() or c == 95)
_DIGIT = frozenset(range(48, 58))
# Python's ``re`` counts \x1c-\x1f as spaces, the ``regex`` module does not.
_SPACE_WIDE = frozenset(c for c in range(128) if chr(c).isspace())
_SPACE_NARROW = frozenset(b"\t\n\x0b\x0c\r ")
_ALL = frozenset(range(128))
# What matches no character: assertions and anchors.
_ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT, sre.AT)


class _Unsupported(Exception):
    pass


class _Class:
    """A set of characters: ASCII exactly, and beyond ASCII either all or some literals."""

    __slots__ = ("ascii", "beyond", "wide")

    def __init__(self) -> None:
        self.ascii: set[int] = set()
        self.beyond: set[tuple[int, int]] = set()  # non-ASCII ranges, inclusive
        self.wide = False  # every non-ASCII character

    def add_range(self, low: int, high: int) -> None:
        self.ascii.update(range(low, min(high, 127) + 1))
        if high >= 128:
            self.beyond.add((max(low, 128), high))

    def source(self, negate: bool = False) -> str:
        parts = [_ranges(sorted(self.ascii))]
        if self.wide:
            parts.append(r"\x{80}-\x{10FFFF}")
        else:
            parts.extend(f"{_char(low)}-{_char(high)}" if low != high else _char(low)
                         for low, high in sorted(self.beyond))
        body = "".join(parts)
        if not body:
            return r"[\x{0}-\x{10FFFF}]" if negate else "(?:[^\\x{0}-\\x{10FFFF}])"
        return f"[{'^' if negate else ''}{body}]"


def _char(code: int) -> str:
    if chr(code).isalnum() and code < 128:
        return chr(code)
    return f"\\x{{{code:X}}}"


def _ranges(codes: list[int]) -> str:
    out: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        out.append(_char(codes[i]) if i == j else f"{_char(codes[i])}-{_char(codes[j])}")
        i = j + 1
    return "".join(out)


def _category(code: Any, wide: bool) -> tuple[frozenset[int], bool]:
    """A category's ASCII members, and whether it has non-ASCII members, as a superset
    (``wide``) or as a subset of what both engines mean by it."""
    space = _SPACE_WIDE if wide else _SPACE_NARROW
    table = {
        sre.CATEGORY_DIGIT: (_DIGIT, True), sre.CATEGORY_NOT_DIGIT: (_ALL - _DIGIT, True),
        sre.CATEGORY_WORD: (_WORD, True), sre.CATEGORY_NOT_WORD: (_ALL - _WORD, True),
        sre.CATEGORY_SPACE: (space, True),
        sre.CATEGORY_NOT_SPACE: (_ALL - (_SPACE_NARROW if wide else _SPACE_WIDE), True),
    }
    if code not in table:
        raise _Unsupported(code)
    members, beyond = table[code]
    return members, beyond and wide


def _class(items: list[tuple[Any, Any]], wide: bool) -> _Class:
    """The characters a class's items match: a superset when ``wide``, else a subset."""
    found = _Class()
    for op, av in items:
        if op is sre.LITERAL:
            found.add_range(av, av)
        elif op is sre.RANGE:
            found.add_range(av[0], av[1])
        elif op is sre.CATEGORY:
            members, beyond = _category(av, wide)
            found.ascii.update(members)
            found.wide = found.wide or beyond
        else:
            raise _Unsupported(op)
    return found


def _one_char(op: Any, av: Any, wide: bool) -> tuple[_Class, bool] | None:
    """A one-character element as (class, negated), or None when it is not one."""
    if op is sre.LITERAL:
        return _class([(op, av)], wide), False
    if op is sre.NOT_LITERAL:
        return _class([(sre.LITERAL, av)], not wide), True
    if op is sre.IN:
        negate = bool(av) and av[0][0] is sre.NEGATE
        items = av[1:] if negate else av
        return _class(items, wide != negate), negate
    return None


def _element(op: Any, av: Any, flags: int, groups: dict[int, str]) -> str:
    one = _one_char(op, av, wide=True)
    if one is not None:
        cls, negate = one
        return cls.source(negate)
    if op is sre.ANY:
        return r"[\x{0}-\x{10FFFF}]" if flags & re.DOTALL else r"[^\n]"
    if op in _REPEATS:
        low, high, body = av
        inner = _sequence(body, flags, groups)
        if not inner:
            return ""
        low = min(low, _MAX_COUNT)
        upper = "" if high == sre.MAXREPEAT or high > _MAX_COUNT else str(high)
        if (low, upper) == (0, ""):
            return f"(?:{inner})*"
        if (low, upper) == (1, ""):
            return f"(?:{inner})+"
        return f"(?:{inner}){{{low},{upper}}}" if upper != str(low) else f"(?:{inner}){{{low}}}"
    if op is sre.SUBPATTERN:
        group, add_flags, _del_flags, body = av
        if add_flags & (re.IGNORECASE | re.LOCALE | re.ASCII):
            raise _Unsupported("flags")
        inner = _sequence(body, flags | add_flags, groups)
        if group is not None:
            groups[group] = inner
        return f"(?:{inner})"
    if op is sre.GROUPREF:
        if av not in groups:
            raise _Unsupported("forward reference")
        return f"(?:{groups[av]})"
    if op is sre.BRANCH:
        return "(?:" + "|".join(_sequence(alt, flags, groups) for alt in av[1]) + ")"
    if op in _ZERO_WIDTH:
        return ""
    if op is _ATOMIC:
        return f"(?:{_sequence(av, flags, groups)})"
    raise _Unsupported(op)


_REPEATS = tuple(op for op in (getattr(sre, n, None) for n in
                               ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")) if op)
_ATOMIC = getattr(sre, "ATOMIC_GROUP", object())


def _sequence(sub: Any, flags: int, groups: dict[int, str]) -> str:
    return "".join(_element(op, av, flags, groups) for op, av in sub)


def _excluded(body: Any) -> _Class | None:
    """The characters a negative lookaround of single characters forbids, as a subset:
    ``[\\w.]|//`` forbids at least \\w and ``.``. None when no alternative is one character."""
    alternatives = body[0][1][1] if len(body) == 1 and body[0][0] is sre.BRANCH else [body]
    found = _Class()
    any_single = False
    for alt in alternatives:
        if len(alt) != 1:
            continue
        op, av = alt[0]
        one = _one_char(op, av, wide=False)
        if one is None:
            continue
        cls, negate = one
        if negate:  # (?![^x]): rare; a subset of "not x" is hard to state, so skip it
            continue
        any_single = True
        found.ascii.update(cls.ascii)
        found.beyond.update(cls.beyond)
    return found if any_single else None


def _edge(items: list[tuple[Any, Any]], behind: bool) -> tuple[str | None, int]:
    """The negative lookbehinds of single characters among a pattern's leading assertions
    (or lookaheads among its trailing ones) as one consumed character, and how many
    assertions that edge stands for. Assertions at an end all hold at the same place, so
    any of them can give the edge (the others are dropped, which only widens the gate)."""
    run = 0
    while run < len(items) and items[run if behind else -1 - run][0] in _ZERO_WIDTH:
        run += 1
    excluded = _Class()
    found = False
    for k in range(run):
        op, av = items[k if behind else -1 - k]
        if op is not sre.ASSERT_NOT or (av[0] < 0) != behind:
            continue
        single = _excluded(av[1])
        if single is not None:
            found = True
            excluded.ascii.update(single.ascii)
            excluded.beyond.update(single.beyond)
    if not found:
        return None, 0
    anchor = "(?m:^)" if behind else "(?m:$)"
    return f"(?:{anchor}|{excluded.source(negate=True)})", run


def gate(pattern: str, ignore_case: bool = False) -> str | None:
    """The RE2 gate of a ``regex``-module (VERSION1) pattern, or None when it has none."""
    found = derived.known("gate", pattern, ignore_case)
    return derive_gate(pattern, ignore_case) if found is derived.MISSING else found


def derive_gate(pattern: str, ignore_case: bool = False) -> str | None:
    """``gate``, worked out from the pattern's parse."""
    if ignore_case or FOREIGN.search(pattern):
        return None  # regex's full case folding, or syntax Python's parser reads otherwise
    try:
        parsed = parse(pattern)
    except (re.error, OverflowError, RecursionError, ValueError):
        return None
    flags = parsed.state.flags
    if flags & (re.IGNORECASE | re.LOCALE | re.ASCII):
        return None
    items = list(parsed.data)
    try:
        head, leading = _edge(items, behind=True)
        tail, trailing = _edge(items[leading:], behind=False)
        body = items[leading:len(items) - trailing]
        source = _sequence(body, flags, {})
    except (_Unsupported, RecursionError):
        return None
    if not source:
        return None
    return (head or "") + source + (tail or "")


_LETTERS = frozenset(range(65, 91)) | frozenset(range(97, 123))


def leads_with_letter(pattern: str) -> bool:
    """Whether a match of ``pattern`` can start with an ASCII letter (True when unsure).
    ``compiled_set`` builds one automaton for these and one for the rest."""
    found = derived.known("letter", pattern)
    return derive_leads_with_letter(pattern) if found is derived.MISSING else bool(found)


def derive_leads_with_letter(pattern: str) -> bool:
    """``leads_with_letter``, worked out from the pattern's parse."""
    if FOREIGN.search(pattern):
        return True
    try:
        first = _first(list(parse(pattern).data))
    except (re.error, OverflowError, RecursionError, ValueError, _Unsupported):
        return True
    return first is None or not first.isdisjoint(_LETTERS)


def _first(items: list[tuple[Any, Any]]) -> set[int] | None:
    """The ASCII characters a match of ``items`` can start with; None when unsure."""
    found: set[int] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # consumes nothing
        one = _one_char(op, av, wide=True)
        if one is not None:
            cls, negate = one
            return found | (set(_ALL - cls.ascii) if negate else cls.ascii)
        if op is sre.SUBPATTERN:
            inner = _first(list(av[3]))
        elif op is sre.BRANCH:
            alternatives = [_first(list(alt)) for alt in av[1]]
            inner = None if any(a is None for a in alternatives) else \
                set().union(*(a for a in alternatives if a is not None))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            inner = _first(list(av[2]))
            if inner is not None and av[0] == 0:  # may be skipped: what follows can lead too
                found |= inner
                continue
        else:
            return None
        # A group or branch that can match nothing is rare in a recognizer; were one to, the
        # answer would only place it in the other automaton, which is slower, never wrong.
        return None if inner is None else found | inner
    return found


def context_gate(entries: tuple[str, ...]) -> str | None:
    """An RE2 pattern over the *lower-cased* text that matches wherever one of the context
    entries could be found as words (see context.py): ``date of birth`` needs
    ``date``, ``of`` and ``birth`` in that order, with at most non-word characters between.

    Context words are read from the text (a key, the line, the line before, a header), so a
    text this does not match cannot give a recognizer that requires context a finding.
    """
    return _words_in_order(entries, "(?:e?s)?[^a-z0-9]*", re.escape)


def folded_context_gate(entries: tuple[str, ...]) -> str | None:
    """``context_gate`` for the text as it is, not lower-cased: each letter takes either
    case, and a separator is anything but an ASCII letter or digit. It matches wherever
    ``context_gate`` matches the lower-cased text, and a little more: the only characters
    that lower-case to an ASCII letter are the letters themselves, İ (to i and a dot) and
    the Kelvin sign (to k), and both count here as the letter. No lower-cased copy of a
    text is made."""
    return _words_in_order(entries, "(?:[eE]?[sS])?[^A-Za-z0-9]*", _either_case)


def _words_in_order(entries: tuple[str, ...], between: str,
                    word: Callable[[str], str]) -> str | None:
    """The entries' words in order, ``between`` each two. An entry's words are singular
    (context.py drops a plural's "s" or "es" on both sides), so ``between`` lets a word
    carry the ending its entry lost ("lives at", "names of"); the last word is a prefix."""
    alternatives = sorted({between.join(map(word, entry.split()))
                           for entry in normalise_context(entries) if entry.strip()})
    return "|".join(alternatives) or None


_CASES = {"i": r"[iI\x{130}]", "k": r"[kK\x{212A}]"}


def _either_case(word: str) -> str:
    return "".join(_CASES.get(c) or (f"[{c}{c.upper()}]" if "a" <= c <= "z" else re.escape(c))
                   for c in word)


# Gates are small: RE2's default memory budget (8 MiB) holds any of them and the sets.
MAX_MEM = re2scan.MAX_MEM
# Matches every text, the empty one too, at no cost: a set that does not report it did not
# finish (RE2 gives up, silently, when its automaton outgrows the budget), and then every
# gate counts as matched, so the scan is slower, never blind.
_SENTINEL = r"\A"


def compiled_set(gates: list[str], apart: Sequence[bool] = (), deal: int = 1
                 ) -> Callable[[bytes], list[int]] | None:
    """RE2 automata over every gate: ``match(utf8) -> indexes of the gates that match``.
    None when RE2 is missing or refuses the set (the caller runs every pattern).

    The gates marked in ``apart`` get automata of their own. RE2 builds a state for each
    combination of partial matches the union is in at once, lazily, as a text reaches
    it: gates that start on letters and gates that start on digits, in one automaton, meet
    far more combinations than in two, and a process pays for every state it builds (on
    the standard library, a process's first pass costs a quarter less in two automata).
    ``deal`` splits each side further, dealing its gates out in turn to that many
    automata: each later pass reads the text once more per automaton, but fewer
    combinations are built in all."""
    sides = [[i for i in range(len(gates)) if (i < len(apart) and apart[i]) == side]
             for side in (False, True)]
    groups = [side[k::deal] for side in sides for k in range(deal)]
    parts: list[tuple[Callable[[bytes], list[int]], list[int]]] = []
    for members in filter(None, groups):
        match = _automaton([gates[i] for i in members])
        if match is None:
            return None
        parts.append((match, members))
    if len(parts) == 1:  # every gate in one automaton: its indexes are the gates'
        return parts[0][0]

    def matched(data: bytes) -> list[int]:
        return [members[i] for match, members in parts for i in match(data)]

    return matched


def _automaton(gates: list[str]) -> Callable[[bytes], list[int]] | None:
    try:
        import re2
    except ImportError:  # pragma: no cover - google-re2 is a dependency
        return None
    options = re2.Options()
    options.max_mem = MAX_MEM
    options.log_errors = False
    found = re2.Set.SearchSet(options)
    try:
        for source in gates:
            found.Add(source)
        sentinel = found.Add(_SENTINEL)
        found.Compile()
    except re2.error:
        return None
    match = found.Match
    every = list(range(len(gates)))

    def matched(data: bytes) -> list[int]:
        hits = match(data) or []
        if sentinel not in hits:
            return every
        return [i for i in hits if i != sentinel]

    return matched
