"""A recognizer is a declaration: pattern, context words, validator, confidence.

Adding an identifier means adding one ``Recognizer`` and its tests; the engine below
runs every declaration the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import regex

from safecommit import re2scan
from safecommit.detect.context import context_words, has_context, normalise_context
from safecommit.detect.evidence import (
    Evidence,
    enclosing_keys,
    enclosing_records,
    evidence,
    is_generic_key,
    may_hold,
    point_feature,
    previous_line,
)
from safecommit.detect.fields import (
    POSITIONAL_FIELDS_GATE,
    POSITIONAL_KEYS,
    STRUCTURAL_KEYS,
    is_header_row,
)
from safecommit.detect.gate import (
    compiled_set,
    context_gate,
    folded_context_gate,
    gate,
    leads_with_letter,
)
from safecommit.detect.locate import Locator
from safecommit.detect.make import make_finding
from safecommit.detect.prefilter import Lines
from safecommit.detect.records import record_has
from safecommit.extract.syntax import STRUCTURED
from safecommit.lazyre import lazy
from safecommit.model import Finding, Kind

# Every pattern is linear-time by construction; the timeout is a backstop, in seconds.
MATCH_TIMEOUT = 2.0
# How far back from a match's end a row veto reads (see Recognizer.row_veto).
_VETO_REACH = 1000


@dataclass(frozen=True)
class Recognizer:
    type: str
    pattern: str
    why: str
    kind: Kind = "personal-data"
    name: str = ""
    context: tuple[str, ...] = ()
    validate: Callable[[str], bool] | None = None
    reserved: Callable[[str], bool] | None = None
    suggest: str | Callable[[str], str] | None = None
    # Score with no context word nearby, and with one. Below the threshold nothing blocks,
    # so an identifier that is ambiguous on its own sets ``confidence`` low.
    confidence: float = 0.6
    context_confidence: float = 0.95
    group: int | str = 0
    ignore_case: bool = False
    # With no context word (or key) the match is not reported at all: a bare 9-digit
    # number is nothing, a 9-digit number in a ``passportNo`` field is a passport.
    requires_context: bool = False
    # Only a specific key counts as context, never words on the line: ``line1`` names an
    # address line as a key, but "line 1" in prose names nothing.
    requires_key: bool = False
    # Base confidence from the value's form (``07700 900123`` vs ``07700900123``);
    # overrides ``confidence`` when given.
    score: Callable[[str], float] | None = None
    # Words that say the value is something else (``version`` for 1.2.3.4), looked for
    # in the match's key, or on its own line when it has no key.
    anti_context: tuple[str, ...] = ()
    # Look for anti-context only in the few words either side of the match (or its key),
    # not across the whole line.
    anti_context_near: bool = False
    # Canonical form given to ``validate`` and ``reserved`` (e.g. spaces removed).
    normalise: Callable[[str], str] | None = None
    # A match that opens its line (a log line, a changelog entry) dates that entry: what
    # the entry goes on to say is not about it. Only its key or the line before count.
    heads_entries: bool = False
    # Keys that, among the other keys of the value's record (its row's columns, its
    # object's keys), say the record is not a person's: ``breed`` beside ``date_of_birth``.
    # Not for a value whose own key names whose it is (``keeper_dob``), nor in a record
    # with any of the ``person_record`` keys too (``farmerName`` beside ``species``).
    anti_record: tuple[str, ...] = ()
    person_record: tuple[str, ...] = ()
    # Keys of which the value's record must hold one (its row's other columns, its object's
    # other keys): a year is a birth date's only beside its month and its day.
    record: tuple[str, ...] = ()
    # Given the match's line (up to NUMBERS_REACH characters either side of it) and value,
    # whether the line shows the value is one of a column of numbers: checked only when no
    # context word or key named it.
    numbers_around: Callable[[str, str], bool] | None = None
    # Words that, in the key of an object around a keyed value, say whose it is and that
    # it is not the identifier: a postcode under ``registered_office`` is a business's.
    # The keys are read out from the innermost, past those whose words are all
    # ``enclosing_neutral``'s (``address``), to the first that says anything else: a
    # ``home_address`` or a ``director`` under the business is a person's.
    anti_enclosing: tuple[str, ...] = ()
    enclosing_neutral: tuple[str, ...] = ()
    # Words that, in the key of an object around a keyed value, name it as the context
    # words do: a ``lat`` under a ``home_location`` block is a home's. Read out as
    # ``anti_enclosing`` is, past keys whose words are all ``enclosing_neutral``'s.
    enclosing_context: tuple[str, ...] = ()
    # Whether a value with no key of its own (a list's item, an XML element's ``value``) may
    # be named so too, by the keys around it.
    enclosing_keyless: bool = False
    # What a record around a keyed value may say it is, in a type member of its own
    # (FHIR's ``resourceType``, a map feature's ``type``), that makes the value not the
    # identifier: an ``Organization``'s or a depot's address is a business's. Read out from
    # the innermost record, past keys that are ``enclosing_neutral``'s and records whose
    # types are ``owner_neutral``'s (a GeoJSON ``Feature``, an address's ``postal`` type),
    # to the first that says anything else (a ``Patient``, an address whose use is ``home``).
    anti_owner: tuple[str, ...] = ()
    owner_neutral: tuple[str, ...] = ()
    # The last words of a record's ``name`` that say the same (a ``Worcester depot``).
    anti_owner_names: tuple[str, ...] = ()
    # A map's point (a GeoJSON feature's coordinates) is what its feature's properties say
    # it is, before or after its geometry, and nothing the lines around it say: a home's
    # position with its context words there or these (a keeper's, at their address); not
    # with an ``anti_owner`` type (a depot, an office).
    feature_context: tuple[str, ...] = ()
    # A part every match holds on its own line, as a pattern both engines read alike: the
    # gate in place of one made from ``pattern``, where that would open on a run of word
    # characters (a loop the automata would carry through every word of every text).
    gate_within: str | None = None
    # A pattern that, found on the match's line (a line's start is ``(?<![^\n])``) up to the
    # match's end (``\Z``), says the match is not the identifier: an organisation's row around an
    # address. Compiled only once a match needs it, so it costs nothing at startup.
    row_veto: str | None = None

    @property
    def detector(self) -> str:
        return self.name or self.type.lower()

    @cached_property
    def compiled(self) -> Any:
        flags = regex.VERSION1 | (regex.IGNORECASE if self.ignore_case else 0)
        return regex.compile(self.pattern, flags)

    @cached_property
    def compiled_row_veto(self) -> Any:
        return regex.compile(self.row_veto, regex.VERSION1) if self.row_veto else None

    def vetoed(self, text: str, end: int) -> bool:
        """Whether ``row_veto`` matches the match's line up to ``end``."""
        veto = self.compiled_row_veto
        # (no further back than a veto's longest match: a long line's many matches must
        # not each read it from its start)
        start = max(text.rfind("\n", 0, end) + 1, end - _VETO_REACH)
        return veto is not None and veto.search(
            text, start, end, timeout=MATCH_TIMEOUT) is not None

    @cached_property
    def near(self) -> re.Pattern[str] | None:
        """Where context words could be, in lower-cased text, for a recognizer that
        requires them (see ``evidence.may_hold``)."""
        source = context_gate(self.context) if self.requires_context else None
        return re.compile(source) if source else None

    @cached_property
    def enclosing_near(self) -> re.Pattern[str] | None:
        """Where ``enclosing_context`` words could be, in any case (see ``run``)."""
        if not self.enclosing_context:
            return None
        return re.compile("|".join(re.escape(w) for w in self.enclosing_context),
                          re.IGNORECASE)

    @cached_property
    def own_words(self) -> frozenset[str]:
        """The words of its context, anti-context and anti-record entries (see _names_only)."""
        entries = normalise_context(self.context + self.anti_context + self.anti_record)
        return frozenset(w for entry in entries for w in entry.split()) | {"of", "the"}

    @cached_property
    def neutral_words(self) -> frozenset[str]:
        """The words of ``enclosing_neutral`` (see _neutral)."""
        return frozenset(w for entry in normalise_context(self.enclosing_neutral)
                         for w in entry.split())

    @cached_property
    def owner_words(self) -> bytes:
        """An RE2 pattern for the words a record that says it is not the identifier's
        holds (``anti_owner``, ``anti_owner_names``), in any case and in any key: a text
        without one has no such record, and none need be read (see _owned_by)."""
        entries = normalise_context(self.anti_owner + self.anti_owner_names)
        return ("(?i)" + "|".join(
            r"[\W_]*".join(re.escape(w) for w in e.split()) for e in entries)).encode()

    @cached_property
    def owner_key(self) -> str:
        return "owners:" + self.owner_words.decode()

    @cached_property
    def gate(self) -> str | None:
        """An RE2 pattern that matches wherever ``pattern`` can (see gate.py)."""
        return self.gate_within or gate(self.pattern, self.ignore_case)

    def suggestion(self, value: str) -> str | None:
        if callable(self.suggest):
            return self.suggest(value)
        return self.suggest


# What can come before an entry's first word: blanks, and list, table or heading markup.
_ENTRY_MARKUP = " \t#|*->[](){}/"


def _heads_entry(locator: Locator, start: int, context: tuple[str, ...]) -> bool:
    """Whether the match opens its line, and the line before says nothing about it."""
    index = locator.line_index(start)
    if locator.text.text[locator.line_span(index)[0]:start].strip(_ENTRY_MARKUP):
        return False
    return not has_context(previous_line(locator, index), context)


# Letters before a match on its line: the line's own lead-in ("The trust code is …").
_LEAD_IN = lazy(r"[A-Za-z]{2}")


def _named_on_line_before(locator: Locator, start: int, rec: Recognizer,
                          found: Evidence) -> bool:
    """Whether the context words that name the match are only the line before's, where
    they label a value of the recognizer's own there ("NHS number: …" over "The trust
    code is …"): a label names its own value, not the next line's, when the next line
    has a lead-in of its own."""
    if any(entry in found.line for entry in normalise_context(rec.context)):
        return False
    index = locator.line_index(start)
    line_start = locator.line_span(index)[0]
    if index == 0 or _LEAD_IN.search(locator.text.text, line_start, start) is None:
        return False
    before = locator.line_text(index - 1)
    for match in rec.compiled.finditer(before):
        value = match.group(rec.group)
        if not value:
            continue
        canonical = rec.normalise(value) if rec.normalise is not None else value
        if (rec.validate is None or rec.validate(canonical)) \
                and has_context(before[:match.start(rec.group)], rec.context):
            return True
    return False


# How far before a match the keys of the objects around it are looked for, in characters,
# before they are read: a block's key is a few lines above its values.
ENCLOSURE_REACH = 2000

# How much of the match's line ``numbers_around`` reads, either side: a minified file's
# one line holds thousands of matches, and each reads only its neighbourhood.
NUMBERS_REACH = 240


def _around(locator: Locator, start: int, end: int) -> str:
    line_start, line_end = locator.line_span(locator.line_index(start))
    return locator.text.text[max(line_start, start - NUMBERS_REACH):
                             min(line_end, end + NUMBERS_REACH)]


def _names_only(key: str, rec: Recognizer) -> bool:
    """Whether every word of ``key`` is one of the recognizer's own context or anti-context
    words: ``date_of_birth`` and ``calfDob`` name only the identifier, ``keeper_dob`` whose."""
    return set(context_words(key).split()) <= rec.own_words


def _neutral(key: str, rec: Recognizer) -> bool:
    """Whether a key's words say only what it holds (``address``, ``line1``), not whose."""
    spaced = context_words(key)
    return spaced.isspace() or is_generic_key(key) or all(
        w.isdigit() or w in rec.neutral_words for w in spaced.split())


# Objects out from a value to the one that says whose it is: an address's parts, its
# address, its owner, and an API schema's structure between them.
_OWNER_LEVELS = 6


def _enclosed_by(locator: Locator, start: int, key: str, rec: Recognizer) -> bool:
    """Whether an object around the value, out to the first key that says whose it is,
    has a key that says it is not the identifier (``anti_enclosing``)."""
    if not _neutral(key, rec):
        return False
    for outer in enclosing_keys(locator, start, _OWNER_LEVELS):
        if outer in STRUCTURAL_KEYS:
            continue  # an API schema's ``properties``: the property is further out
        if has_context(outer, rec.anti_enclosing):
            return True
        if not _neutral(outer, rec):
            return False
    return False


def _named_by_enclosure(locator: Locator, start: int, key: str | None,
                        rec: Recognizer) -> bool:
    """Whether an object around a keyed value, out to the first key that says anything
    but what it holds, has a key that names it (``enclosing_context``)."""
    if (key is None and not rec.enclosing_keyless) or not rec.enclosing_context:
        return False
    for outer in enclosing_keys(locator, start, _OWNER_LEVELS):
        if outer in STRUCTURAL_KEYS:
            continue
        if has_context(outer, rec.enclosing_context):
            # (not a key that says it is of another kind too: an ``ipAddress``)
            return not (rec.anti_context and has_context(outer, rec.anti_context))
        if not _neutral(outer, rec):
            return False
    return False


def _owned_by(locator: Locator, start: int, key: str, rec: Recognizer) -> bool:
    """Whether the first record out from the value that says what it is (``anti_owner``)
    says it is not a person's, with only address parts' keys between."""
    if not _neutral(key, rec):
        return False
    cached = rec.owner_key
    present = locator.cache.get(cached)
    if present is None:
        present = locator.cache[cached] = re2scan.found(rec.owner_words, locator.utf8)
    if not present:
        return False
    owners, neutral = normalise_context(rec.anti_owner), normalise_context(rec.owner_neutral)
    names = normalise_context(rec.anti_owner_names)
    for outer, kinds, named in enclosing_records(locator, start, _OWNER_LEVELS):
        if any(entry in kinds for entry in owners) or any(entry in named for entry in names):
            return True
        if any(f" {word} " not in neutral for word in kinds.split()):
            return False
        if outer and outer not in STRUCTURAL_KEYS and not _neutral(outer, rec):
            return False
    return False


def context_region(locator: Locator, start: int) -> str:
    """The match's own line and the line before it (the engine uses ``evidence``)."""
    index = locator.line_index(start)
    return locator.line_text(index - 1) + "\n" + locator.line_text(index)


def gated_on(rec: Recognizer) -> str:
    """What a recognizer's gate is made from: its own RE2 gate, else its pattern."""
    return rec.gate_within or rec.pattern


class _Gates:
    """Every recognizer's gate in one RE2 set (four automata: two for those that start
    on a letter and two for the rest, see ``compiled_set``): one pass over a text says
    which recognizers could match anywhere in it, and the others never run. A recognizer
    that requires context words also needs one of them somewhere in the text: another set
    says which could have them."""

    def __init__(self, recognizers: Sequence[Recognizer]) -> None:
        self.recognizers = recognizers
        gated = [i for i, rec in enumerate(recognizers) if rec.gate is not None]
        # Recognizers that share a pattern (a CRN's and an FRN's) share one gate: each
        # gate the automata hold costs them states on every text.
        gate_of, sources = _unique([recognizers[i].gate or "" for i in gated])
        # Two automata a side: on half the standard library, a process's first pass over
        # the gates costs 40% less than in one a side; later passes cost a little more.
        self._match = compiled_set(
            sources, [leads_with_letter(gated_on(recognizers[gated[gate_of.index(g)]]))
                      for g in range(len(sources))], deal=2)
        # Without RE2 (or if it refused the gates) every recognizer runs, on its trigger lines.
        self.usable = self._match is not None
        self._gated = gated if self._match is not None else []
        self._gate_members = _members(gate_of, len(sources), self._gated)
        self._always = frozenset(range(len(recognizers))) - frozenset(self._gated)
        words = {i: _context_source(rec) for i, rec in enumerate(recognizers)
                 if rec.requires_context}
        needy = [i for i, source in words.items() if source]
        words_of, word_sources = _unique([words[i] or "" for i in needy])
        self._context_match = compiled_set(word_sources)
        self._needy = needy if self._context_match is not None else []
        self._word_members = _members(words_of, len(word_sources), self._needy)
        self._needy_set = frozenset(self._needy)

    def present(self, lines: Lines) -> frozenset[int]:
        """Indexes of the recognizers worth running on this text."""
        if self._match is None:
            return self._always
        found = self._always.union(*(self._gate_members[g] for g in self._match(lines.data)))
        if self._context_match is not None and not found.isdisjoint(self._needy_set):
            with_words = set().union(*(self._word_members[w]
                                       for w in self._context_match(lines.data)))
            found = found - (self._needy_set - with_words)
        return found


def _context_source(rec: Recognizer) -> str | None:
    """The text-wide gate for a recognizer's context words; and, where a key that a field's
    place gives names it (an HL7 segment's ``dateOfBirth``), for a text with such fields."""
    source = folded_context_gate(rec.context + rec.feature_context)
    if source and any(has_context(key, rec.context) for key in POSITIONAL_KEYS):
        return f"{source}|{POSITIONAL_FIELDS_GATE}"
    return source


def _unique(sources: list[str]) -> tuple[list[int], list[str]]:
    """For each source, the index of its first copy among the distinct sources; and those."""
    first: dict[str, int] = {}
    return [first.setdefault(s, len(first)) for s in sources], list(first)


def _members(of: list[int], count: int, indexes: list[int]) -> list[frozenset[int]]:
    """For each distinct source, the recognizers (``indexes[k]``) whose source it is."""
    members: list[set[int]] = [set() for _ in range(count)]
    for k, i in enumerate(indexes):
        members[of[k]].add(i)
    return [frozenset(m) for m in members]


_GATES: dict[int, _Gates] = {}


def gates(recognizers: Sequence[Recognizer]) -> _Gates:
    found = _GATES.get(id(recognizers))
    if found is None or found.recognizers is not recognizers:
        found = _GATES[id(recognizers)] = _Gates(recognizers)
    return found


def run(recognizers: Sequence[Recognizer], locator: Locator) -> Iterator[Finding]:
    # A recognizer runs only on texts its gate matches, and there only on the lines that
    # hold a gate match (see gate.py and prefilter.py).
    lines = Lines(locator.text.text, data=locator.utf8)
    gated = gates(recognizers)
    for i in sorted(gated.present(lines)):  # (in declaration order, as without gates)
        rec = recognizers[i]
        for match in lines.finditer(rec.compiled, rec.pattern, rec.ignore_case, MATCH_TIMEOUT,
                                    gate=rec.gate if gated.usable else None):
            value = match.group(rec.group)
            if not value:
                continue
            canonical = rec.normalise(value) if rec.normalise is not None else value
            if rec.validate is not None and not rec.validate(canonical):
                continue
            if rec.reserved is not None and rec.reserved(canonical):
                continue
            start, end = match.span(rec.group)
            if rec.row_veto is not None and rec.vetoed(locator.text.text, end):
                continue
            confidence = rec.score(value) if rec.score is not None else rec.confidence
            if rec.feature_context and (feature := point_feature(locator, start)) is not None:
                text, kinds, named = feature
                if any(entry in kinds for entry in normalise_context(rec.anti_owner)) \
                        or any(e in named for e in normalise_context(rec.anti_owner_names)) \
                        or not has_context(text, rec.context + rec.feature_context):
                    continue
                confidence = rec.context_confidence
            elif rec.context or rec.anti_context or rec.requires_context:
                enclosed: bool | None = None  # named by an object's key around it
                if rec.near is not None and not may_hold(locator, start, rec.near):
                    if rec.enclosing_near is None or rec.enclosing_near.search(
                            locator.text.text, max(0, start - ENCLOSURE_REACH), start) is None:
                        continue  # no context word where evidence would look: never one
                    found = evidence(locator, start, end)
                    enclosed = _named_by_enclosure(locator, start, found.key, rec)
                    if not enclosed:
                        continue
                else:
                    found = evidence(locator, start, end)
                if rec.anti_context and found.contradicts(rec.anti_context,
                                                          near=rec.anti_context_near,
                                                          context=rec.context):
                    continue
                if found.key is None and is_header_row(locator, locator.line_index(start)):
                    continue  # a column's name, in a delimited file's header
                if rec.requires_key and found.key is None:
                    continue
                said = bool(rec.context) and found.has(rec.context) and not (
                    rec.heads_entries and found.key is None
                    and _heads_entry(locator, start, rec.context)) and not (
                    found.key is None and _named_on_line_before(locator, start, rec, found))
                if said or enclosed or (
                        enclosed is None and _named_by_enclosure(locator, start, found.key, rec)):
                    confidence = max(confidence, rec.context_confidence)
                elif rec.requires_context:
                    continue
                if rec.anti_record and (found.key is None or _names_only(found.key, rec)) \
                        and record_has(locator, start, rec.anti_record, rec.person_record):
                    continue
                if rec.record and not record_has(locator, start, rec.record):
                    continue
                if rec.numbers_around is not None and confidence < rec.context_confidence \
                        and rec.numbers_around(_around(locator, start, end), value):
                    continue
                # (a value under a generic key, as FHIR's XML gives each part its
                # ``value``, is named by the elements around it, and an SQL row's value
                # with no column list by its table)
                owned = found.key if found.key is not None else \
                    "" if locator.text.syntax in STRUCTURED or locator.text.syntax == "sql" \
                    else None
                if rec.anti_enclosing and owned is not None \
                        and _enclosed_by(locator, start, owned, rec):
                    continue
                if rec.anti_owner and owned is not None \
                        and _owned_by(locator, start, owned, rec):
                    continue
            yield make_finding(
                locator, start, end, value,
                kind=rec.kind, type=rec.type, detector=rec.detector,
                confidence=confidence, why=rec.why, suggestion=rec.suggestion(value),
            )
