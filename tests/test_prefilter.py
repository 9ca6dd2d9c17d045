"""The prefilter runs each pattern on candidate lines only, and finds exactly what the whole
text gives: the same matches, at the same offsets, in the same order."""

from __future__ import annotations

import time

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from safecommit.detect import personal, prefilter

# Shapes that the identifier declarations use, plus the ones the prefilter must refuse.
PATTERNS = [
    r"(?<![\w.+/\-])\d{3}([ \-]?)\d{3}\1\d{4}(?![\w]|[.,\-]\d)",  # backreference to a separator
    r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?![A-Za-z0-9])",
    r"(?<![\w.\-])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\w\-]|\.\d)",
    r"(?<![\w:\-.])[0-9A-Fa-f]{2}([:\-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![\w:\-]|\.\w)",
    r"(?<![\w.%+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]{0,63}@(?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,24}",
    r"(?<![\w+/.:@\-])(?:\+\d{1,3}(?:[ .\-]?\d){6,14}|\(?0\d{1,4}\)?(?:[ .\-]?\d){7,9})",
    r"(?<=\s)\d{2}/\d{3}/\d{4}",  # a lookbehind that can see a line break: line by line
    r"(?<!\S)\d{2}/\d{3}/\d{4}",
    r"(?P<v>\d{4})-(?P=v)",  # a named backreference
    r"\d+\s+[A-Z][a-z]+ Road",  # \s+ can cross any number of lines: the whole text
    r"(?<![\w\-])(?:\d{1,4},?\s)?(?:[A-Z][a-z]+\s){1,3}(?:Road|Lane|Way)\b(?!\.\w)",  # 4 lines
    r"(?:Road|Way)(?=\s\d)",  # a lookahead onto the next line
    r"(?s)Way.\d",  # a dot that crosses lines
    r"(?<=\n)Way\s\d",
    r"^\d{6}$",  # string anchors: the whole text
    r"(?m)^\d{6}$",  # line anchors: fine line by line
    r"[[:digit:]]{6}",  # POSIX class, regex-only syntax: the whole text
    r"\d{6}(?i:ab)",  # case-blind: the whole text
    r"ab(?=\n\d)",  # a lookahead past the line end: the whole text
    r"x(?=\d{3})\d{3}",
    r"(?<![\w.])(?:[2-6]\d{6}|\d{4}([ \-])\d{4}\1\d{4})(?!\w)",  # branches share \d{4}
    r"(?<![\w])[A-Z][a-z]+(?=[ \t]*(?:,|(?m:$)))",  # no useful trigger: the gate's lines
]

TEXT = st.lists(st.sampled_from([*"0123456789  ABEZabz@.:-/\n\n\t+()%ß,",
                                 "Road", "Lane", "Way", "Oak", "Elm"]), max_size=150).map("".join)


def found(pattern: str, text: str, ignore_case: bool = False) -> list[tuple[tuple[int, int], str]]:
    compiled = regex.compile(pattern, regex.VERSION1 | (regex.IGNORECASE if ignore_case else 0))
    return [(m.span(), m.group()) for m in
            prefilter.Lines(text, whole_below=0).finditer(compiled, pattern, ignore_case, 2.0)]


def whole(pattern: str, text: str, ignore_case: bool = False) -> list[tuple[tuple[int, int], str]]:
    compiled = regex.compile(pattern, regex.VERSION1 | (regex.IGNORECASE if ignore_case else 0))
    return [(m.span(), m.group()) for m in compiled.finditer(text)]


@settings(max_examples=150, deadline=None)
@given(text=TEXT, pattern=st.sampled_from(PATTERNS))
def test_prefiltered_matches_equal_whole_text_matches(text: str, pattern: str) -> None:
    assert found(pattern, text) == whole(pattern, text)


@settings(max_examples=60, deadline=None)
@given(lines=st.lists(st.sampled_from([
    "nhs 943 476 5919", "call +44 7700 900123 now", "GB33BUKB20201555555555", "a@b.co",
    "ip 192.0.2.10.", "mac 00-00-5E-00-53-01", "plain words only", "", "99/123/4567",
    "2024-01-31", "SW1A 1AA", "QQ 12 34 56 C", "4111 1111 1111 1111", "1234-1234",
]), max_size=30))
def test_every_personal_data_recognizer_finds_the_same_with_the_prefilter(lines: list[str]) -> None:
    text = "\n".join(lines)
    for rec in personal.RECOGNIZERS:
        assert found(rec.pattern, text, rec.ignore_case) == \
            whole(rec.pattern, text, rec.ignore_case), rec.type


@pytest.mark.parametrize("pattern, expected", [
    (r"(?<![\w.])[A-Z]{2}\d{2}X", "[A-Z]{2}[\\d]{2}X"),
    (r"\d{3}([ \-])\d{3}\1\d{4}", "[\\d]{3}[\\ \\-][\\d]{3}[\\ \\-][\\d]{4}"),
    (r"\w+@\w+", "@[\\w]"),  # a common first character is left out: slow to search for
    (r"\d{9}", "[\\d]{6}"),
])
def test_trigger_is_a_run_every_match_contains(pattern: str, expected: str) -> None:
    assert prefilter.trigger(pattern) == expected


def test_a_pattern_that_spans_a_few_lines_is_searched_a_few_lines_around_its_trigger() -> None:
    pattern = r"(?:[A-Z][a-z]+\s){1,2}Road\b"
    how = prefilter.plan(pattern)
    assert how is not None and how.reach == 2 and not how.compact
    text = "x\n" * 50 + "Oak\nTree\nRoad\n" + "y\n" * 50
    assert found(pattern, text) == whole(pattern, text) == [((100, 113), "Oak\nTree\nRoad")]


@pytest.mark.parametrize("pattern", [
    r"\d+\s+Road",  # can cross any number of lines
    r"^\d{6}",  # the start of the string
    r"\d{6}\Z",
    r"[[:digit:]]{6}",  # regex-only syntax
    r"\p{Nd}{6}",
    r"\d{6}(?i:x)",
])
def test_patterns_the_prefilter_cannot_prove_run_on_the_whole_text(pattern: str) -> None:
    assert prefilter.plan(pattern) is None
    text = "ab 123456\nx 654321 Road\n123456"
    assert found(pattern, text) == whole(pattern, text)


@pytest.mark.parametrize("pattern", [
    r"[a-z]+",  # matches almost anywhere: no trigger narrows the lines
    r"(?:\d{6}|[a-z])",  # one branch with no useful trigger
])
def test_a_pattern_with_no_useful_trigger_is_planned_for_its_gate_alone(pattern: str) -> None:
    how = prefilter.plan(pattern)
    assert how is not None and how.trigger is None and how.compact
    text = "ab 123456\nx 654321 Road\n123456"
    assert found(pattern, text) == whole(pattern, text)  # no gate: the whole text


def test_branches_that_share_digits_are_searched_only_on_lines_with_those_digits() -> None:
    pattern = r"(?:[2-6]\d{6}|\d{4}-\d{4}-\d{4})"
    how = prefilter.plan(pattern)
    assert how is not None and how.base == "[\\d]{4}"
    text = "none\n1234 here\n" * 30 + "card 4000-1234-5678\nx 2345678\n" + "1234\n" * 30
    assert found(pattern, text) == whole(pattern, text) == \
        [((455, 469), "4000-1234-5678"), ((472, 479), "2345678")]


def test_lookbehind_that_can_see_a_line_break_runs_line_by_line() -> None:
    how = prefilter.plan(r"(?<=\s)\d{6}")
    assert how is not None and not how.compact
    assert found(r"(?<=\s)\d{6}", "x123456\n123456 a") == [((8, 14), "123456")]


def test_lines_without_the_trigger_are_never_searched() -> None:
    lines = prefilter.Lines("no digits here\nnor here\nbut 123456 here\n", whole_below=0)
    assert lines.spans("[\\d]{6}") == [(24, 40)]


def test_a_small_text_is_scanned_whole_without_planning() -> None:
    pattern = r"\d{6}"
    compiled = regex.compile(pattern)
    text = "a 123456\n" * 10  # 90 characters
    assert prefilter.Lines(text).whole
    assert [m.span() for m in prefilter.Lines(text).finditer(compiled, pattern, False, 2.0)] \
        == [m.span() for m in compiled.finditer(text)]
    big = text * 20
    assert not prefilter.Lines(big).whole
    assert [m.span() for m in prefilter.Lines(big).finditer(compiled, pattern, False, 2.0)] \
        == [m.span() for m in compiled.finditer(big)]


@pytest.mark.parametrize("whole_below", [0, 1 << 30], ids=["candidate lines", "whole text"])
def test_the_timeout_bounds_the_engine_not_the_work_on_each_match(whole_below: int) -> None:
    # The regex module's clock (CPU time) runs between matches too: a caller that is slow
    # to judge the matches (10,000 addresses on a line) must not see a runaway pattern.
    address = next(r for r in personal.RECOGNIZERS if r.type == "STREET_ADDRESS")
    lines = prefilter.Lines("Dr " * 20_000, whole_below=whole_below)
    found = 0
    for _ in lines.finditer(address.compiled, address.pattern, address.ignore_case,
                            timeout=0.5, gate=address.gate):
        found += 1
        # Judging the first few takes longer than the timeout, in CPU time. The timeout is
        # far above the engine's own time on 60,000 characters (about 0.1 s on a slow
        # runner), so only time spent between matches could exceed it.
        if found <= 5:
            busy_until = time.process_time() + 0.15
            while time.process_time() < busy_until:
                pass
    assert found == 5_000
