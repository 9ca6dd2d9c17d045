"""A batch file's ``@echo off`` is said to the shell before its head comment, as a shebang
is: ``REM`` lines under it head the file. R's roxygen comments (``#'``) are a head
comment's lines. A reStructuredText admonition (``.. warning::``) shows its text in a box,
so a marking there at the document's head is a banner, as in AsciiDoc; admonitions that
name different levels are a guide's notes about each, not banners."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize(("name", "content", "line"), [
    ("scripts/export.bat", "@echo off\nREM OFFICIAL-SENSITIVE\nREM Herd export\n"
     "python export.py\n", 2),
    ("scripts/export.cmd", "@ECHO OFF\nsetlocal\n:: OFFICIAL-SENSITIVE\npython export.py\n", 3),
    ("R/herds.R", "#' OFFICIAL-SENSITIVE\n#' Herd model helpers\nlibrary(dplyr)\n"
     "f <- function(x) x\n", 1),
])
def test_a_marking_under_a_batch_files_echo_off_or_in_roxygen_heads_the_file(
        name: str, content: str, line: int) -> None:
    assert markings(name, content) == [(line, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize(("name", "content"), [
    ("scripts/stamp.bat", "@echo off\necho OFFICIAL-SENSITIVE > banner.txt\n"),
    ("R/levels.R", "#' Levels the checker knows.\nlevels <- c(\"OFFICIAL\", "
     "\"OFFICIAL-SENSITIVE\", \"SECRET\")\n"),
])
def test_code_under_those_heads_that_handles_a_level_is_not_a_marking(
        name: str, content: str) -> None:
    assert markings(name, content) == []


@pytest.mark.parametrize(("content", "line"), [
    (".. warning:: OFFICIAL-SENSITIVE - do not share outside Defra\n\n"
     "Herd movement review\n====================\n\nBreakdowns rose.\n", 1),
    (".. important:: OFFICIAL-SENSITIVE\n\nHerd movement review\n"
     "====================\n\nBreakdowns rose.\n", 1),
])
def test_a_marking_in_an_rst_admonition_at_the_head_is_a_banner(content: str, line: int) -> None:
    assert markings("docs/review.rst", content) == [(line, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize(("name", "content"), [
    ("docs/levels.rst", "Handling guide\n==============\n\n.. note:: OFFICIAL-SENSITIVE\n\n"
     "   The level for material whose loss would cause harm.\n\n.. note:: SECRET\n\n"
     "   The level for serious threats.\n"),
    ("docs/review.rst", "Herd movement review\n====================\n\n"
     "Breakdowns rose in the south west and the midlands over the year.\n\n"
     ".. note:: Files marked OFFICIAL-SENSITIVE must not be uploaded to the AI tools.\n\n"
     "More text follows about the methods used.\n"),
    ("docs/levels.adoc", "= Handling guide\n\nIMPORTANT: TOP SECRET\n\n"
     "The level for the most serious threats.\n\nIMPORTANT: SECRET\n\n"
     "The level for serious threats.\n"),
])
def test_admonitions_about_levels_are_not_banners(name: str, content: str) -> None:
    assert markings(name, content) == []
