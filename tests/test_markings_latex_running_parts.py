"""Protective markings in LaTeX's running parts wherever they sit on a line: several
commands on one line (``\\lhead{…}\\chead{…}``, a page style's ``\\fancyhf{}`` first), a
header's lines parted by ``\\\\``, the kernel's ``\\@oddhead``, ``\\markright``, a title
page's institute and date, and the watermarks of the background, draftwatermark, xwatermark
and eso-pic packages, given as a command (through its boxes) or as an option
(``contents=``, ``text=``). A running part that only mentions a level is
not a marking."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(content: str) -> list[str]:
    return [raw(content, f) for f in scanned("report/main.tex", content) if f.kind == "marking"]


def document(preamble: str) -> str:
    return ("\\documentclass{article}\n\\usepackage{fancyhdr}\n" + preamble
            + "\n\\begin{document}\nHerd breakdowns rose in 2024.\n\\end{document}\n")


@pytest.mark.parametrize(("preamble", "found"), [
    ("\\backgroundsetup{contents={OFFICIAL-SENSITIVE}, scale=4, color=red!30, angle=45}",
     ["OFFICIAL-SENSITIVE"]),
    ("\\backgroundsetup{contents=OFFICIAL-SENSITIVE,scale=3}", ["OFFICIAL-SENSITIVE"]),
    ("\\backgroundsetup{scale=4, angle=45, contents={\\textbf{TOP SECRET}}}", ["TOP SECRET"]),
    ("\\usepackage[contents={OFFICIAL-SENSITIVE},color=red]{background}",
     ["OFFICIAL-SENSITIVE"]),
    ("\\SetBgContents{OFFICIAL-SENSITIVE}", ["OFFICIAL-SENSITIVE"]),
    ("\\usepackage[text=OFFICIAL-SENSITIVE,scale=3]{draftwatermark}", ["OFFICIAL-SENSITIVE"]),
    ("\\DraftwatermarkOptions{text=SECRET, scale=2}", ["SECRET"]),
    ("\\newwatermark[allpages,color=red!50,angle=45,scale=3]{OFFICIAL-SENSITIVE}",
     ["OFFICIAL-SENSITIVE"]),
    ("\\fancyhf{}\\fancyhead[C]{OFFICIAL-SENSITIVE}", ["OFFICIAL-SENSITIVE"]),
    ("\\lhead{Defra}\\chead{OFFICIAL-SENSITIVE}\\rhead{\\today}", ["OFFICIAL-SENSITIVE"]),
    ("\\fancyhead[C]{OFFICIAL-SENSITIVE}\\fancyfoot[C]{OFFICIAL-SENSITIVE}",
     ["OFFICIAL-SENSITIVE", "OFFICIAL-SENSITIVE"]),
    ("\\fancypagestyle{plain}{\\fancyhf{}\\fancyhead[C]{SECRET}}", ["SECRET"]),
    ("\\fancyfoot[C]{OFFICIAL-SENSITIVE \\\\ \\thepage}", ["OFFICIAL-SENSITIVE"]),
    ("\\makeatletter\\def\\@oddhead{\\hfil OFFICIAL-SENSITIVE\\hfil}\\makeatother",
     ["OFFICIAL-SENSITIVE"]),
    ("\\pagestyle{myheadings}\\markright{OFFICIAL-SENSITIVE}", ["OFFICIAL-SENSITIVE"]),
    ("\\AddToShipoutPictureBG{\\AtPageCenter{\\makebox[0pt]{\\scalebox{6}{\\rotatebox{45}{"
     "\\textcolor{red!20}{OFFICIAL-SENSITIVE}}}}}}", ["OFFICIAL-SENSITIVE"]),
    ("\\title{Herd review}\\institute{Defra \\\\ OFFICIAL-SENSITIVE}", ["OFFICIAL-SENSITIVE"]),
    ("\\date{TOP SECRET}", ["TOP SECRET"]),
])
def test_a_marking_latex_sets_on_every_page_marks_the_document(
        preamble: str, found: list[str]) -> None:
    assert markings(document(preamble)) == found


@pytest.mark.parametrize("preamble", [
    "\\backgroundsetup{contents={DRAFT}, scale=4}",
    "\\lhead{Defra}\\chead{Handling OFFICIAL-SENSITIVE material}\\rhead{\\today}",
    "\\markboth{Guide to marking SECRET documents}{Annex A}",
    "\\fancyhf{}\\fancyhead[C]{Secret Santa 2024}",
    "\\newwatermark[allpages]{Levels: OFFICIAL, OFFICIAL-SENSITIVE, SECRET}",
    "\\usepackage[text=Draft]{draftwatermark} % not OFFICIAL-SENSITIVE yet",
    "\\date{\\today}\\institute{Defra \\\\ Guidance on OFFICIAL-SENSITIVE material}",
    "\\AddToShipoutPictureBG{\\AtPageCenter{\\rotatebox{45}{Draft}}} % OFFICIAL-SENSITIVE later",
])
def test_a_running_part_that_only_mentions_a_level_is_not_a_marking(preamble: str) -> None:
    assert markings(document(preamble)) == []
