"""Shapes shared by the identifiers that are runs of digits."""

from __future__ import annotations

from dataclasses import replace

from safecommit.detect.recognizer import Recognizer
from safecommit.lazyre import lazy, lazy_regex
from safecommit.reserved import is_reserved_id

# The end of a number that is an id: not more digits, a decimal or a version. A Java, C#
# or Kotlin long literal's ``L`` (``106998341L``) ends it too, outside the value: a
# pattern that uses it names its value ``(?P<id>…)`` and declares ``group="id"``.
DIGITS_END = r"L?(?![\w]|[.\-]\d)"

# The start of an id that a REST path can hold: not inside a word, a decimal or a version,
# and after a slash only where a word names the segment (``/sbi/…``, ``/customers/…``),
# not a date's or a version's (``12/…``, ``v2/…``) nor a relative path's (``./…``). After
# a dot only where it ends "No" (``NHS No.<digits>``, typed with no blank).
PATH_ID_START = r"(?<![\w+\-])(?<!(?<!\b[Nn][Oo])\.)(?<![^A-Za-z]/|^/)"

# Nine digits typed in threes (``117 482 093``, ``518-273-946``), as people read an id out,
# after its first three: not part of a longer grouped number (an NHS number's, a phone's).
THREES_REST = r"(?P<sep>[ \-])\d{3}(?P=sep)\d{3}(?![ \-]\d)"
NOT_AFTER_GROUP = r"(?<!\d[ \-])"


def digits_only(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


_BARE_NUMBER = lazy(r"(?<![\w.])\d{8,19}(?![\w.])")


def in_a_list_of_numbers(line: str, value: str) -> bool:
    """A bare number with two or more others on its line is one of a list or a row of
    numbers (a whitelist of ids, test vectors), not anyone's phone."""
    return value.isdigit() and len(_BARE_NUMBER.findall(line)) >= 3


_DECIMAL = lazy(r"(?<![\w.])-?\d*\.\d+(?![\w.])")


def among_decimals(line: str, value: str) -> bool:
    """Dotted numbers on a line of many decimals are geometry or measurements run together
    (an SVG path's numbers written without blanks between them), not an address."""
    return len(_DECIMAL.findall(line)) >= 6


def is_placeholder_id(value: str, marks: int = 3) -> bool:
    """A reserved id (``is_reserved_id``), or a round number: an id whose last six digits
    are zeros (``106000000``) was typed as a stand-in, as one in a million real ids ends so."""
    return value.endswith("000000") or is_reserved_id(value, marks)


# A number read out digit by digit, as a call's transcript writes it ("oh seven nine
# double one, …"): each digit's word, ``double`` and ``triple`` repeating the next one.
_DIGIT_WORDS = {"oh": "0", "zero": "0", "nought": "0", "one": "1", "two": "2", "three": "3",
                "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
SPOKEN_DIGIT = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _DIGIT_WORDS)
SPOKEN_GAP = r"(?:,?[ \t]+|-)"
_SPOKEN_WORD = lazy_regex(r"[A-Za-z]+")


def spoken_digits(value: str) -> str:
    """The digits a number read out in words says: "double one" is ``11``."""
    digits, times = [], 1
    for word in _SPOKEN_WORD.findall(value.lower()):
        if word in ("double", "triple"):
            times = 2 if word == "double" else 3
            continue
        digits.append(_DIGIT_WORDS[word] * times)
        times = 1
    return "".join(digits)


_REPEAT = r"(?:(?:[Dd]ouble|[Tt]riple)[ \t]+)?"
# Where every number read out in words starts: a digit's word (or a repeat's), then a
# digit's. One gate for every id read out so, so that they cost the automata one. Whole
# words only: inside words ("someone", "weight", "often") the pair is on half the lines
# of English prose, and each such line is read by the detailed pattern.
# (RE2's syntax, as a gate is: no lookaround, so the letters either side are consumed.)
SPOKEN_GATE = (rf"(?:(?m:^)|[^A-Za-z])(?:[Dd]ouble|[Tt]riple|{SPOKEN_DIGIT}){SPOKEN_GAP}"
               rf"(?:{SPOKEN_DIGIT})(?:(?m:$)|[^A-Za-z])")


def read_out(rec: Recognizer, count: int, suggest: str) -> Recognizer:
    """``rec``'s id of ``count`` digits read out a digit at a time in words ("one oh six,
    five four three, …"), as a call's transcript writes it: beside the id's own name only,
    and checked as the digits it says are."""
    def valid(digits: str) -> bool:
        return len(digits) == count and (rec.validate is None or rec.validate(digits))

    return replace(
        rec,
        # (not the tail of a longer run of digits' words: a phone number's last ten)
        pattern=rf"(?<![\w\-])(?<!\b(?:{SPOKEN_DIGIT}|[Dd]ouble|[Tt]riple){SPOKEN_GAP})"
                rf"{_REPEAT}(?:{SPOKEN_DIGIT})"
                rf"(?:{SPOKEN_GAP}{_REPEAT}(?:{SPOKEN_DIGIT})){{{count // 3},{count - 1}}}"
                rf"(?![\w\-]|{SPOKEN_GAP}(?:{SPOKEN_DIGIT}|[Dd]ouble|[Tt]riple)\b)",
        group=0,
        requires_context=True,
        requires_key=False,
        normalise=spoken_digits,
        validate=valid,
        score=None,
        confidence=rec.confidence,
        suggest=suggest,
        gate_within=SPOKEN_GATE,
    )
