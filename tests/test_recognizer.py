"""The recognizer engine: every declaration runs the same way, however many share a gate."""

from __future__ import annotations

from safecommit.detect.locate import Locator
from safecommit.detect.recognizer import Recognizer, gates, run
from safecommit.model import Text

# Two identifiers of one shape, told apart only by their words (as a CRN and an FRN are).
FIRST = Recognizer(type="FIRST", pattern=r"(?<!\d)\d{6}(?!\d)", why="first",
                   context=("first",), requires_context=True)
SECOND = Recognizer(type="SECOND", pattern=FIRST.pattern, why="second",
                    context=("second",), requires_context=True)
OTHER = Recognizer(type="OTHER", pattern=r"\bzq-\d{3}\b", why="other")
ALL = (FIRST, SECOND, OTHER)


def found(text: str) -> set[tuple[int, str]]:
    return {(f.line, f.type) for f in run(ALL, Locator(Text("a.txt", text, "text")))}


def test_recognizers_that_share_a_pattern_each_run_under_their_own_words() -> None:
    assert found("first 123456\n\nsecond 654321\n") == {(1, "FIRST"), (3, "SECOND")}
    assert found("second 654321\n") == {(1, "SECOND")}
    assert found("none 654321 zq-123\n") == {(1, "OTHER")}


def test_a_shared_pattern_is_one_gate_in_the_automata() -> None:
    shared = gates(ALL)
    if shared.usable:  # RE2 is a dependency; without it every recognizer runs anyway
        assert len(shared._gate_members) == 2
        assert shared._gate_members[0] == frozenset({0, 1})
