"""Protective markings in LaTeX's running headers and footers set in colour: a colour
command's name or model (``\\color{red}``, ``\\textcolor{red}{…}``, ``\\color[rgb]{1,0,0}``)
is styling read past, as a type style is, so the marking it colours is the header's."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize("header", [
    r"\chead{\color{red}OFFICIAL-SENSITIVE}",
    r"\fancyhead[C]{\textcolor{red}{\textbf{OFFICIAL-SENSITIVE}}}",
    r"\fancyfoot[C]{\color[rgb]{1,0,0}OFFICIAL-SENSITIVE -- \thepage}",
])
def test_a_coloured_running_header_marks_the_document(header: str) -> None:
    content = ("\\documentclass{article}\n\\usepackage{fancyhdr}\n" + header + "\n"
               "\\begin{document}\nText.\n\\end{document}\n")
    assert markings("report/report.tex", content) == [(3, "OFFICIAL-SENSITIVE")]


def test_a_coloured_header_without_a_marking_stays_quiet() -> None:
    content = ("\\documentclass{article}\n\\usepackage{fancyhdr}\n"
               "\\fancyhead[L]{\\color{gray}Fraud referrals}\n\\begin{document}\n"
               "The red box shows SECRET material.\n\\end{document}\n")
    assert markings("report/report.tex", content) == []
