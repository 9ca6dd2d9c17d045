"""Decoded text placed back on its raw lines: shifts map each character to its raw column."""

from __future__ import annotations

import json
from bisect import bisect_right

from hypothesis import given, settings
from hypothesis import strategies as st

from safecommit.extract.jsonscan import strings
from safecommit.extract.lines import Piece, Shifts, one_line_shifted, render, without

# Characters JSON escapes, and ones it writes as \uXXXX, among plain ones.
VALUES = st.text(st.sampled_from('ab é"\\/\t\r\n\x1b\u2028\U0001F600'), max_size=30)


def extra(shifts: Shifts, index: int) -> int:
    at = bisect_right([i for i, _ in shifts], index) - 1
    return shifts[at][1] if at >= 0 else 0


@settings(max_examples=300, deadline=None)
@given(VALUES, st.booleans())
def test_each_character_of_a_json_string_maps_to_the_escape_that_wrote_it(
        value: str, ascii_only: bool) -> None:
    raw = json.dumps(value, ensure_ascii=ascii_only)
    [s] = strings(raw)
    assert s.value == value
    places = [1 + i + extra(s.shifts, i) for i in range(len(value) + 1)]
    for i, char in enumerate(value):
        assert json.loads('"' + raw[places[i]:places[i + 1]] + '"') == char
    assert places[-1] == len(raw) - 1  # the closing quote


@settings(max_examples=300, deadline=None)
@given(VALUES, st.data())
def test_cutting_spans_out_keeps_every_other_characters_raw_column(
        value: str, data: st.DataObject) -> None:
    [s] = strings(json.dumps(value))
    cuts = sorted(set(data.draw(st.lists(st.integers(0, len(value)), max_size=6))))
    spans = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
    kept, shifts = without(value, s.shifts, spans)
    old = [i for i in range(len(value)) if not any(a <= i < b for a, b in spans)]
    assert kept == "".join(value[i] for i in old)
    for new, i in enumerate(old):
        assert new + extra(shifts, new) == i + extra(s.shifts, i)


def test_a_crlf_made_one_space_is_one_character_fewer_before_what_follows() -> None:
    [s] = strings(json.dumps('a"\r\nb'))  # raw: "a\"\r\nb"
    text, shifts = one_line_shifted(s.value, s.shifts)
    assert text == 'a" b'
    assert 1 + 3 + extra(shifts, 3) == len('"a\\"\\r\\n')  # b's raw column


def test_a_piece_pushed_past_its_raw_column_is_shifted_back() -> None:
    # The second piece overlaps the first, so it is set three columns apart; its shifts say
    # where it really stands.
    _, text, _, shifts = render([Piece(0, 0, "abcdef"), Piece(0, 2, "xy", shifts=((1, 4),))])
    assert text == "abcdef   xy"
    at = text.index("x")
    assert at + extra(shifts, at) == 2
    assert at + 1 + extra(shifts, at + 1) == 2 + 1 + 4
    assert extra(shifts, len(text)) == 0
