"""Pathological input: every detector runs in linear time.

Each input is a long run of the characters patterns repeat. The bound is generous for
slow CI machines; a pattern that backtracks badly takes far longer (or hits the regex
timeout, which is an error, not a pass).
"""

from __future__ import annotations

import time

import pytest

from safecommit.config import Config
from safecommit.detect import detect
from safecommit.model import Text

N = 100_000
RUNS = ["a", "A", "0", "9", ".", "@", "-", "_", " ", "/", ":", "=", '"', "'", "\\", "\t", "+",
        "%", "#", "<", "[", "{", ",", "\n"]
PAIRS = ["a@", "a.", "0 ", "a-", "a ", "A ", "0-", "a=", "a:", "Aa", "a_", "0.", "1/", "a/",
         ":/", "\"a", "a,", "<a", "ab ", "Ab Cd ", "0:0", "a@a.", "A1", "=a", "://a",
         "Dr ", "J. ", "Dr van "]  # titles, initials, particles: runs of name items
SYNTAXES = ["text", "json", "python", "csv", "yaml", "markdown", "xml", "sql"]
BOUND = 10.0  # CPU seconds for 100k characters through every detector
# CPU time of this process, not the wall clock: other work on a shared machine (a CI runner,
# a parallel test worker) cannot fail the test, and a quadratic pattern still does.


def inputs() -> list[tuple[str, str]]:
    cases = [(f"run of {c!r}", c * N) for c in RUNS]
    cases += [(f"run of {p!r}", p * (N // len(p))) for p in PAIRS]
    cases += [(f"{c!r} then a break", c * N + "!") for c in ("a", "0", "@", ".")]
    return cases


@pytest.mark.parametrize("syntax", SYNTAXES)
def test_every_detector_is_linear_on_adversarial_runs(syntax: str) -> None:
    kinds = Config().kinds
    slowest = ("", 0.0)
    for name, text in inputs():
        started = time.process_time()
        list(detect(Text("adversarial", text, syntax), kinds))
        took = time.process_time() - started
        slowest = max(slowest, (name, took), key=lambda x: x[1])
        assert took < BOUND, f"{name} in {syntax} took {took:.1f} s"
