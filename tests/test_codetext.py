"""Code text: the comment and string spans of a source file, read left to right."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safecommit.detect.codetext import comment_marks, in_text, text_spans
from safecommit.detect.locate import Locator
from safecommit.model import Text

SOURCE = 'x = 1  # set by Jane Doe\ny = "a string"\n"""a docstring\nover lines"""\nz = f(\'q\')\n'


def spans_of(text: str, syntax: str = "python", until: int | None = None
             ) -> list[tuple[int, int]] | None:
    return text_spans(Locator(Text("a.py", text, syntax)), until)


def test_comments_and_strings_are_the_text_of_code() -> None:
    spans = spans_of(SOURCE)
    assert spans is not None
    assert [SOURCE[s:e] for s, e in spans] == [
        "# set by Jane Doe", '"a string"', '"""a docstring\nover lines"""', "'q'"]
    start = SOURCE.index("Jane")
    assert in_text(spans, start, start + len("Jane Doe"))
    assert not in_text(spans, 0, 1)  # x: code


def test_what_a_jsx_component_renders_between_tags_is_text() -> None:
    source = ('const Card = () => (\n  <div className="card">\n    <p>Bronwen Rees</p>\n'
              '    {items.map((i) => <Row key={i} />)}\n  </div>\n);\n')
    for path in ("Card.tsx", "Card.jsx"):
        spans = text_spans(Locator(Text(path, source, "typescript")))
        assert spans is not None
        start = source.index("Bronwen")
        assert in_text(spans, start, start + len("Bronwen Rees"))
        assert not in_text(spans, source.index("items"), source.index("items") + 5)
    # In a plain TypeScript file, a comparison is not markup.
    plain = text_spans(Locator(Text("card.ts", source, "typescript")))
    assert plain is not None and not in_text(plain, start, start + len("Bronwen Rees"))


def test_perl_documentation_is_text_from_its_first_directive_to_cut() -> None:
    source = ("my $total = 0;  # running sum\n\n=head1 AUTHOR\n\nBronwen Rees wrote it.\n"
              "\n=cut\n\nmy $name = 'x';\nmy $y = $a == $b;\n")
    for text in (source, source + "é\n"):  # RE2 reads ASCII text; regex the rest
        spans = text_spans(Locator(Text("Report.pm", text, "perl")))
        assert spans is not None
        assert [text[s:e] for s, e in spans] == [
            "# running sum", "=head1 AUTHOR\n\nBronwen Rees wrote it.\n\n=cut", "'x'"]


def test_a_text_that_is_not_code_has_no_spans() -> None:
    assert spans_of("Jane Doe wrote this.\n", "text") is None


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=len(SOURCE) + 1))
def test_a_scan_that_stops_early_holds_every_span_that_starts_before_it(until: int) -> None:
    whole = spans_of(SOURCE)
    part = spans_of(SOURCE, until=until)
    assert whole is not None and part is not None
    assert part == [span for span in whole if span[0] < until]


def test_a_later_call_reads_on_where_an_earlier_one_stopped() -> None:
    locator = Locator(Text("a.py", SOURCE, "python"))
    assert text_spans(locator, 5) == []
    assert len(text_spans(locator) or []) == 4
    assert len(text_spans(locator, 5) or []) == 4  # what is known stays known


@pytest.mark.parametrize(("syntax", "marks"), [
    ("python", "#"), ("ruby", "#"), ("java", "/"), ("typescript", "/"), ("php", "#/"),
    ("sql", "-/#"), ("lua", "-"), ("markdown", ""), ("json", ""),
])
def test_a_syntax_names_the_characters_that_open_its_comments(syntax: str, marks: str) -> None:
    assert comment_marks(syntax) == marks


def test_a_csharp_verbatim_string_over_lines_is_text() -> None:
    source = ('var body = @"Dear reader,\nsee the ""notes"".";\nvar n = 1;\n'
              'var t = $@"Row {n}\nend";\n')
    spans = spans_of(source, "csharp")
    assert spans is not None
    assert [source[s:e] for s, e in spans] == [
        '@"Dear reader,\nsee the ""notes""."', '$@"Row {n}\nend"']
