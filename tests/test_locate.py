"""The Locator: offsets to lines and columns, and the views of a text the detectors share."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from safecommit.detect.locate import Locator
from safecommit.model import Text


def locator(text: str) -> Locator:
    return Locator(Text("a.txt", text, "text"))


def test_positions_are_lines_and_columns_from_one() -> None:
    found = locator("first\nsecond line\n")
    assert found.position(0) == (1, 1)
    assert found.position(9) == (2, 4)
    assert found.line_text(1) == "second line"
    assert found.line_count == 3


def test_an_ascii_text_is_its_own_ascii_lines() -> None:
    lines = locator("plain\ntext\n").ascii_lines()
    assert lines is not None
    assert lines.data == b"plain\ntext\n"
    assert lines.others == ()


def test_lines_that_are_not_ascii_are_blanked_and_listed() -> None:
    text = "Jane Doe\nÉlodie Zieliński\nJohn Smith\n"
    lines = locator(text).ascii_lines()
    assert lines is not None
    assert lines.data == b"Jane Doe\n" + b" " * 16 + b"\nJohn Smith\n"
    assert [text[s:e] for s, e in lines.others] == ["Élodie Zieliński\n"]


def test_a_text_mostly_not_ascii_is_left_to_the_regex_engine() -> None:
    greek = "".join(map(chr, range(0x3B1, 0x3C9)))
    assert locator(f"{greek}\n{greek}\nok\n").ascii_lines() is None


LINES = st.lists(st.sampled_from(["abc", "Jane Doe", "é", "Ó Briain", "\u2019", " ", "\t", "x\n",
                                  "\n", "日本"]), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(LINES)
def test_ascii_lines_keep_every_ascii_line_at_its_offsets(text: str) -> None:
    lines = locator(text).ascii_lines()
    if lines is None:
        return
    assert len(lines.data) == len(text)
    blanked = set()
    for start, end in lines.others:  # whole lines, each with its line break
        line = text[start:end].removesuffix("\n")
        assert (start == 0 or text[start - 1] == "\n") and "\n" not in line
        assert end == len(text) or text[end - 1] == "\n"
        assert not line.isascii()
        blanked.update(range(start, start + len(line)))
    for i, ch in enumerate(text):
        expected = " " if i in blanked else ch
        assert chr(lines.data[i]) == expected
