"""RE2 searches find what Python's engines find, in the places safecommit hands them to RE2:
ASCII text (or bytes patterns), patterns without lookaround."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from safecommit import re2scan
from safecommit.detect import codetext, markings, names
from safecommit.detect.locate import Locator
from safecommit.extract.text import printable_strings
from safecommit.model import Text

CODE_TEXT = st.lists(st.sampled_from([
    *"\"'`#/*-\\\n\t abc()=<>R", '"""', "'''", "/*", "*/", "//", "--", "--[[", "]]", "rem ",
    "Jane Doe", "name=", "'Jane'", "\"SECRET\"", "OFFICIAL-SENSITIVE", "Official sensitive"]),
    max_size=120).map("".join)


def finditer_spans(pattern: str, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text)]


def re2_spans(pattern: str, text: str) -> list[tuple[int, int]]:
    program = re2scan.compiled(pattern)
    assert program is not None
    return list(re2scan.spans(re2scan.searcher(program), text.encode()))


def test_spans_are_finditer_spans() -> None:
    text = 'a = "x" + "yy"  # "z"\nb = \'q\''
    for pattern in (r'"[^"\n]*"', r"'[^'\n]*'|#[^\n]*", r"[a-z]+", r"\d+"):
        assert re2_spans(pattern, text) == finditer_spans(pattern, text)


def test_an_empty_match_moves_the_search_on() -> None:
    assert re2_spans(r"x*", "axxb") == finditer_spans(r"x*", "axxb")


def test_a_pattern_re2_cannot_run_is_refused() -> None:
    assert re2scan.compiled(r"(?<!a)b") is None
    assert re2scan.compiled(r"(a)\1") is None


@settings(max_examples=300, deadline=None)
@given(CODE_TEXT, st.sampled_from(sorted(codetext._STYLES)))
def test_code_text_spans_are_the_same_with_re2(text: str, style: str) -> None:
    search = codetext._re2_scanner(style)
    expected = [m.span() for m in codetext._scanner(style).finditer(text)]
    if search is None:
        assert style == "basic"  # its REM comment needs a lookbehind
        return
    assert list(re2scan.spans(search, text.encode())) == expected


def test_non_ascii_code_is_read_by_the_regex_engine_in_characters() -> None:
    text = 'x = "café" # naïve\ny = "ok"'
    spans = codetext.text_spans(Locator(Text("a.py", text, "python")))
    assert spans is not None
    assert [text[s:e] for s, e in spans] == ['"café"', "# naïve", '"ok"']


@settings(max_examples=200, deadline=None)
@given(CODE_TEXT)
def test_marking_lines_are_the_same_with_re2(text: str) -> None:
    expected = sorted({text.count("\n", 0, m.start())
                       for m in markings._PREFILTER.finditer(text)})
    assert markings._candidate_lines(text) == expected


KEYED_TEXT = st.lists(st.sampled_from([
    *"\"'`=:>([] \t\n,.", "=>", ":=", "author", "contactName", ".setOwner(", "owner = ",
    "author: ", "{'contactName': ", "owner=(", "x",
    "'Jane Doe'", '"Jane Doe"', "`Jane`", "'Dr Who (RPA)'", "Bob's", "J. Doe", "Hello there",
    "'Élodie Zieliński'", "é", "\u2019"]),
    max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(KEYED_TEXT)
@example("author 'Jane Doe'")  # a bare call's literal: only in Ruby, and by name
@example("author 'Élodie Zieliński'")
def test_keyed_literals_are_the_same_with_re2(text: str) -> None:
    # RE2 reads only the literals after an operator; the regex engine reads every one, and
    # _from_code finds the same keys either way.
    locator = Locator(Text("a.py", text, "python"))
    with_re2 = list(names._from_code(locator))
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(names.re2scan, "search_for", lambda *args: None)
        without = list(names._from_code(Locator(Text("a.py", text, "python"))))
    assert with_re2 == without


LONG_LITERAL_TEXT = st.lists(st.sampled_from([
    *"\"'`=:(<> \n,.", "x = ", "owner(", "'Jane Doe'", "van der ", "Abcdef " * 6,
    "Abcdefghij" * 8, "abc" * 10, "(see x: {1})", "<a@b>", "x" * 40]),
    max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(LONG_LITERAL_TEXT)
def test_keyed_literals_searched_unbounded_are_the_bounded_spans(text: str) -> None:
    # The quicker search's matches are the bounded pattern's, long literals too.
    data = text.encode()
    exact = re2scan.search_for(names._KEYED_LITERAL_RE2, 1)
    quick = re2scan.search_for(names._KEYED_LITERAL_QUICK_RE2, 1)
    assert exact is not None and quick is not None
    assert list(re2scan.bounded_spans(quick, exact, data, names._SHORT_LITERAL)) \
        == list(re2scan.spans(exact, data))


def test_a_literal_past_the_bound_is_searched_again_with_it() -> None:
    # 81 letters after the capital: too long for the bounded pattern, which finds the
    # next literal instead; 80: the literal itself.
    exact = re2scan.search_for(names._KEYED_LITERAL_RE2, 1)
    quick = re2scan.search_for(names._KEYED_LITERAL_QUICK_RE2, 1)
    assert exact is not None and quick is not None
    for letters, expected in ((80, [(4, 87), (91, 101)]), (81, [(92, 102)])):
        data = ('x = "A' + "b" * letters + '", k="Jane Doe"').encode()
        found = list(re2scan.bounded_spans(quick, exact, data, names._SHORT_LITERAL))
        assert found == list(re2scan.spans(exact, data)) == expected


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_binary_strings_are_the_printable_runs(data: bytes) -> None:
    expected = "\n".join(m.group().decode("ascii")
                         for m in regex.finditer(rb"[\x20-\x7e\t]{6,}", data))
    assert printable_strings(data) == expected


RUN_TEXT = st.lists(st.sampled_from([
    "A", "Jo", "Mc", "O'", "Dr", "van", "de", "bin", " ", "  ", "\t", ".", "'", "-", "a", "xy",
    "\n", "1", "_", "@", "Priya", "Patel", "NASA", "$", "/", "\\", "Joe. ", "J. ", "Élodie",
    "Zieliński", "\u2019", "«", "Ó"]),
    max_size=40).map("".join)


@settings(max_examples=500, deadline=None)
@given(RUN_TEXT)
def test_runs_are_the_same_with_re2(text: str) -> None:
    expected = [m.span()
                for m in names._run_matches_without_re2(text, 0, len(text), text.isascii())]
    assert [m.span() for m in names._run_matches(Locator(Text("a.txt", text, "text")))] \
        == expected


@pytest.mark.parametrize(("source", "data", "expected"), [
    (rb"<v[ \t.]", b"x\n<v Jane Doe>Hello\n", True),
    (rb"<v[ \t.]", b"<value>1</value> <var>", False),
    (rb'\\"', b'{\\"key\\": 1}', True),
    (rb'\\"', b'"plain"', False),
    (rb"(?i)insert into", b"-- Insert Into t", True),
    (rb"(?i)insert into", b"inserted into", False),
    (rb"@", b"", False),
])
def test_found_says_whether_a_pattern_matches_anywhere(source: bytes, data: bytes,
                                                       expected: bool) -> None:
    assert re2scan.found(source, data) is expected


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(["name", "Name", "x", " ", "\n", "na", "me", "NAMES"]),
                     max_size=40).map("".join))
def test_lines_with_are_the_lines_a_match_starts_on_each_once(text: str) -> None:
    data = text.encode()
    expected = sorted({text.count("\n", 0, m.start())
                       for m in re.finditer("(?i)name|a\nm", text)})
    assert re2scan.lines_with(rb"(?i)name|a\nm", data) == expected


@pytest.mark.parametrize(("data", "expected"), [
    (b"", []), (b"name", [0]), (b"name\n", [0]), (b"\n\nname", [2]),
    (b"a name, a name\nnone\nname", [0, 2]),
    ("caf\u00e9\nsurname: Doe\n".encode(), [1]),  # UTF-8: line breaks are still lines
])
def test_lines_with_reads_any_text(data: bytes, expected: list[int]) -> None:
    assert re2scan.lines_with(rb"(?i)name", data) == expected
