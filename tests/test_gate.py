"""A gate matches wherever its pattern can: with gates, a scan finds exactly what the whole
text gives, and a text the gates rule out is never searched by the full patterns."""

from __future__ import annotations

import pytest
import re2
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from safecommit import re2scan
from safecommit.detect import personal, prefilter, recognizer
from safecommit.detect.gate import compiled_set, gate, leads_with_letter
from test_prefilter import PATTERNS

# Non-ASCII digits, letters and spaces: where Unicode tables of the two engines could differ.
TEXT = st.lists(st.sampled_from([
    *"0123456789  ABEZabz@.:-/\n\n\t+()%ß,_", "\u0663", "\u00e9", "\u00a0", "\x1c", "\u2019",
    "Road", "Lane", "Way", "Oak", "Elm", "Flat", "Heol", "GB", "QQ", "00:", "2001:db8:"]),
    max_size=150).map("".join)


def whole(pattern: str, text: str, ignore_case: bool = False) -> list[tuple[tuple[int, int], str]]:
    compiled = regex.compile(pattern, regex.VERSION1 | (regex.IGNORECASE if ignore_case else 0))
    return [(m.span(), m.group()) for m in compiled.finditer(text)]


def gated(pattern: str, text: str, ignore_case: bool = False) -> list[tuple[tuple[int, int], str]]:
    compiled = regex.compile(pattern, regex.VERSION1 | (regex.IGNORECASE if ignore_case else 0))
    lines = prefilter.Lines(text, whole_below=0)
    return [(m.span(), m.group()) for m in
            lines.finditer(compiled, pattern, ignore_case, 2.0, gate=gate(pattern, ignore_case))]


def gate_matches(pattern: str, text: str) -> bool:
    source = gate(pattern)
    assert source is not None
    return re2.compile(source).search(text) is not None


DECLARED = [rec.pattern for rec in personal.RECOGNIZERS]


@settings(max_examples=200, deadline=None)
@given(text=TEXT, pattern=st.sampled_from(PATTERNS + DECLARED))
def test_gated_matches_equal_whole_text_matches(text: str, pattern: str) -> None:
    assert gated(pattern, text) == whole(pattern, text)


@settings(max_examples=200, deadline=None)
@given(text=TEXT, pattern=st.sampled_from(DECLARED))
def test_a_text_with_a_match_always_passes_its_gate(text: str, pattern: str) -> None:
    if whole(pattern, text):
        assert gate_matches(pattern, text)


@settings(max_examples=60, deadline=None)
@given(lines=st.lists(st.sampled_from([
    "nhs 943 476 5919", "call +44 7700 900123 now", "GB33BUKB20201555555555", "a@b.co",
    "ip 192.0.2.10.", "mac 00-00-5E-00-53-01", "plain words only", "", "99/123/4567",
    "2024-01-31", "SW1A 1AA", "QQ 12 34 56 C", "4111 1111 1111 1111", "1234-1234",
    "Flat 2, 10 Downing Street", "51.5014, -0.1419", "caf\u00e9 \u0663\u0663", "x" * 700,
]), max_size=30))
def test_the_gate_set_lets_through_every_recognizer_that_can_match(lines: list[str]) -> None:
    text = "\n".join(lines)
    present = recognizer.gates(personal.RECOGNIZERS).present(prefilter.Lines(text))
    for i, rec in enumerate(personal.RECOGNIZERS):
        assert rec.gate is not None, f"{rec.type} has no gate"
        if whole(rec.pattern, text, rec.ignore_case) and not rec.requires_context:
            assert i in present, rec.type  # (context is the other automaton's: see below)


@pytest.mark.parametrize("pattern, text", [
    (r"(?<![\w.+/\-])\d{3}([ \-]?)\d{3}\1\d{4}(?![\w]|[.,\-]\d)", "no digits in this line"),
    (r"(?<![\w.+/\-])\d{9}(?![\w]|[.,\-]\d)", "version 1234567890123 is a longer run"),
    (r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?![A-Za-z0-9])", "XGB33BUKB2020155"),
    # among other assertions at an end, which all hold at the same place
    (r"(?<!x)(?<![\w.])\d{9}(?![\w])(?![ \t]*(?:bytes|ms)\b)", "a run of 1234567890123"),
    (r"(?<!\+\d)(?<![\w.])\d{9}(?<!0{9})(?![\w])", "a1234567890 then 1234567890123"),
])
def test_a_gate_keeps_the_edges_that_rule_text_out(pattern: str, text: str) -> None:
    assert not gate_matches(pattern, text)


@pytest.mark.parametrize("pattern", [
    r"\p{Lu}\w+",  # regex-module syntax that Python's parser reads otherwise
    r"(?i)street",  # full case folding: "ß" matches "ss"
    r"(?<!x)",  # nothing but an assertion: nothing to gate on
])
def test_patterns_a_gate_cannot_stand_for_have_none(pattern: str) -> None:
    assert gate(pattern) is None


def test_a_case_blind_recognizer_has_no_gate() -> None:
    assert gate("street", ignore_case=True) is None


def test_the_gate_set_names_the_gates_that_match_anywhere_in_a_text() -> None:
    sources = [gate(r"(?<!\d)\d{9}(?!\d)"), gate(r"[A-Z]{2}\d{2}"), gate(r"@\w+")]
    match = compiled_set([s for s in sources if s])
    assert match is not None
    assert sorted(match(b"passport 123456789 and SW12")) == [0, 1]
    assert match(b"nothing here") == []


def test_lines_in_a_non_ascii_text_are_found_at_character_offsets() -> None:
    text = "caf\u00e9 \u00e9\u00e9\u00e9\nnhs 943 476 5919 \u00e9\nend"
    pattern = r"(?<![\w.+/\-])\d{3}([ \-]?)\d{3}\1\d{4}(?![\w]|[.,\-]\d)"
    assert gated(pattern, text) == whole(pattern, text) == [((13, 25), "943 476 5919")]


# A key in every naming style with a value its recognizer reads, and rows that say nothing.
PAIRS = [
    ("dateOfBirth", "1980-01-31"), ("DATE_OF_BIRTH", "31/01/1980"), ("d.o.b", "1980-01-31"),
    ("passportNo", "123456789"), ("PASSPORT", "123456789"), ("sort_code", "12-34-56"),
    ("accountNumber", "12345678"), ("acct no", "12345678"), ("addressLine1", "3 The Sample"),
    ("ADDRESS_LINE_1", "10 Downing Street"), ("line1", "3 The Sample"), ("sbi", "106234567"),
    ("SBI number", "106234567"), ("crn", "1234567890"), ("customerRef", "1234567890"),
    ("utr", "1234567890"), ("SelfAssessment", "1234567890"), ("imei", "35-209020-324665-1"),
    ("deviceId", "35-209020-324665-1"), ("GeoTag", "51.5014, -0.1419"),
    ("note", "123456789"), ("value", "1980-01-31"), ("id", "12345678"),
]


def _row(key: str, value: str, style: str) -> str:
    return {"yaml": f"{key}: {value}", "env": f"{key}={value}", "json": f'"{key}": "{value}"',
            "prose": f"The {key} is {value}"}[style]


@settings(max_examples=150, deadline=None)
@given(rows=st.lists(st.tuples(st.sampled_from(PAIRS),
                               st.sampled_from(["yaml", "env", "json", "prose"])),
                     min_size=1, max_size=6),
       syntax=st.sampled_from(["yaml", "json", "text", "python"]))
def test_context_found_around_a_match_always_passes_the_context_gate(
        rows: list[tuple[tuple[str, str], str]], syntax: str) -> None:
    text = "\n".join(_row(key, value, style) for (key, value), style in rows)
    assert _context_gate_holds(text, syntax) >= 0


@pytest.mark.parametrize("key, value", PAIRS)
def test_each_keyed_value_is_let_through_by_its_context_gate(key: str, value: str) -> None:
    found = sum(_context_gate_holds(_row(key, value, style), "yaml")
                for style in ("yaml", "env", "json", "prose"))
    assert found or key in ("note", "value", "id")


def _context_gate_holds(text: str, syntax: str) -> int:
    """How many matches had their context; fails if any of them was not let through."""
    from safecommit.detect.evidence import evidence
    from safecommit.detect.gate import context_gate, folded_context_gate
    from safecommit.detect.locate import Locator
    from safecommit.model import Text

    locator = Locator(Text("t", text, syntax))
    seen = 0
    for rec in personal.RECOGNIZERS:
        source = context_gate(rec.context) if rec.requires_context else None
        if source is None:
            continue
        passes = re2.compile(source).search(text.lower()) is not None
        folded = re2.compile(folded_context_gate(rec.context) or "").search(text) is not None
        assert folded or not passes, (rec.type, text)
        for m in rec.compiled.finditer(text):
            start, end = m.span(rec.group)
            if evidence(locator, start, end).has(rec.context):
                assert passes, (rec.type, text)
                seen += 1
    return seen


def test_a_recognizer_that_needs_context_skips_a_text_without_its_words() -> None:
    needs = [i for i, rec in enumerate(personal.RECOGNIZERS)
             if rec.type == "UK_PASSPORT" and rec.requires_context]
    assert needs
    bare = recognizer.gates(personal.RECOGNIZERS).present(prefilter.Lines("id 123456789\n"))
    keyed = recognizer.gates(personal.RECOGNIZERS).present(
        prefilter.Lines("passportNumber: 123456789\n"))
    assert not set(needs) & bare
    assert set(needs) <= keyed


def test_a_set_too_big_for_its_budget_is_refused_and_a_healthy_one_hides_its_sentinel() -> None:
    # Refused: the caller then runs every recognizer (see recognizer._Gates). Healthy: the
    # sentinel that proves the automaton finished is never reported as a gate.
    from safecommit.detect import gate as gate_module

    sources = [s for s in (gate(r"(?<!\d)\d{9}(?!\d)"), gate(r"[A-Z]{2}\d{2}")) if s]
    budget = gate_module.MAX_MEM
    try:
        gate_module.MAX_MEM = 1 << 10
        assert compiled_set(sources) is None
    finally:
        gate_module.MAX_MEM = budget
    healthy = compiled_set(sources)
    assert healthy is not None
    assert healthy(b"nothing here at all") == []
    assert healthy(b"") == []
    assert sorted(healthy(b"SW12 and 123456789")) == [0, 1]


def _plural(word: str) -> str:
    return word + ("es" if word.endswith("ss") else "s")


def test_an_entry_whose_words_carry_a_plural_ending_passes_its_context_gates() -> None:
    from safecommit.detect.context import has_context
    from safecommit.detect.gate import context_gate, folded_context_gate

    checked = 0
    for rec in personal.RECOGNIZERS:
        if not rec.requires_context or context_gate(rec.context) is None:
            continue
        lowered = re2.compile(context_gate(rec.context))
        folded = re2.compile(folded_context_gate(rec.context) or "")
        for entry in rec.context:
            words = entry.split()
            if len(words) < 2 or not all(w.isalpha() and len(w) > 3 for w in words[:-1]):
                continue
            text = "Notes: " + " ".join([*map(_plural, words[:-1]), words[-1]]).title() + ":"
            if not has_context(text, rec.context):
                continue  # the plural is another word to context.py too
            assert lowered.search(text.lower()) is not None, (rec.type, text)
            assert folded.search(text) is not None, (rec.type, text)
            checked += 1
    assert checked > 10


CASED = st.lists(st.sampled_from([
    "date", "DATE", "Date", "of", "OF", "birth", "BIRTH", "Birth", "line", "LİNE", "L\u0130NE",
    "1", " ", "_", "-", "\u017f", "\u212a", "\u212aey", "sbi", "SBI", "n\u0130", "address",
    "AddressLine1", "x", "\u00e9", "\n"]), max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(CASED)
def test_the_folded_context_gate_matches_wherever_the_lower_cased_one_does(text: str) -> None:
    from safecommit.detect.gate import context_gate, folded_context_gate

    for rec in personal.RECOGNIZERS:
        if not rec.requires_context or context_gate(rec.context) is None:
            continue
        lowered = re2.compile(context_gate(rec.context)).search(text.lower()) is not None
        folded = re2.compile(folded_context_gate(rec.context) or "").search(text) is not None
        assert folded or not lowered, (rec.type, text)


@pytest.mark.parametrize(("pattern", "letter"), [
    (r"(?<![\w.])\d{9}(?!\d)", False),
    (r"(?:\+44|0)\d{10}", False),
    (r"[A-Z]{2}\d{2}", True),
    (r"\d*[a-z]", True),  # the digits may be absent
    (r"(?:\d{3}|[A-Z]{3})-\d", True),
    (r"[^0-9]x", True),
    (r"\p{Lu}\d", True),  # syntax this reading leaves alone: unsure, so a letter
])
def test_the_set_tells_gates_that_start_on_letters_from_the_rest(pattern: str,
                                                                  letter: bool) -> None:
    assert leads_with_letter(pattern) is letter


def test_gates_split_over_several_automata_report_as_one_set() -> None:
    patterns = [r"(?<!\d)\d{9}(?!\d)", r"[A-Z]{2}\d{2}", r"@\w+", r"(?<!\d)\d{2}-\d{2}"]
    sources = [gate(p) or "" for p in patterns]
    split = compiled_set(sources, [leads_with_letter(p) for p in patterns])
    dealt = compiled_set(sources, [leads_with_letter(p) for p in patterns], deal=2)
    whole = compiled_set(sources)
    assert split is not None and dealt is not None and whole is not None
    for text in (b"passport 123456789 and SW12", b"12-34 @x", b"nothing", b"",
                 b"SW12 @jane 12-34 123456789"):
        assert sorted(split(text)) == sorted(whole(text)) == sorted(dealt(text))
    assert sorted(split(b"SW12 @jane 12-34 123456789")) == [0, 1, 2, 3]


def _group_end(pattern: str, i: int) -> int:
    """The index of the parenthesis that closes the group opened at ``i`` (escapes and
    classes read past)."""
    depth, j, in_class = 0, i, False
    while True:
        c = pattern[j]
        if c == "\\":
            j += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[j + 1:j + 2] == "]":
                j += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return j
        j += 1


def _drawable(pattern: str) -> str:
    """A pattern Python's own engine reads, for lines where ``pattern`` can match: a match
    read back from its own end (``X(?<=(?P<street>…)…X)``: the street before a postcode)
    is drawn as the look behind's body, the line it reads; a negative look behind of no
    fixed width (an organisation's words before an address) only ever rules matches out,
    so it is left out, and more lines are drawn than can match; the others stay."""
    import re as std_re

    if (at := pattern.find("(?<=(?P<")) > 0:
        close = _group_end(pattern, at)
        pattern = pattern[at + 4:close] + pattern[close + 1:]
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("(?<!", i):
            j = _group_end(pattern, i)
            try:
                std_re.compile(pattern[i:j + 1])
                out.append(pattern[i:j + 1])
            except std_re.error:
                pass
            i = j + 1
            continue
        step = 2 if pattern[i] == "\\" else 1
        out.append(pattern[i:i + step])
        i += step
    return "".join(out).replace("(?<=", "(?:").replace("(?=", "(?:")


@pytest.mark.parametrize("rec", [r for r in personal.RECOGNIZERS if r.gate_within],
                         ids=lambda r: r.type)
@settings(max_examples=100, deadline=None)
@given(data=st.data())
def test_a_recognizers_own_gate_passes_every_matchs_line(rec: recognizer.Recognizer,
                                                         data: st.DataObject) -> None:
    # The gate stands for the pattern: each match the pattern makes passes it, on its line.
    # A pattern that looks ahead or back along its line for the gate's part (a row's
    # postcode, beside the house's cell it matches) is drawn with those looks read as
    # parts of the line: the line drawn holds what they need, and the gate must pass it.
    import re as std_re

    assert rec.gate_within is not None
    # (see _drawable: a look behind that reads the match's own line back, or rules some
    # out, is drawn so that Python's own engine reads it)
    looks = "(?=" in rec.pattern or "(?<=" in rec.pattern
    drawable = _drawable(rec.pattern)
    text = data.draw(st.from_regex(std_re.compile(drawable), fullmatch=True))
    assert looks or list(rec.compiled.finditer(text))
    # (a gate in RE2's own syntax, as a shared gate is: RE2 reads it)
    search = re2scan.search_for(rec.gate_within)
    assert search is not None
    line = text.encode()
    assert search(line, 0, len(line)) is not None, text
