"""OFFICIAL-SENSITIVE with its words joined by a colon or a slash (``OFFICIAL: SENSITIVE``,
``OFFICIAL/SENSITIVE``) is the same marking; a comment beside PHP's open tag heads its
file; LaTeX's ``\\author`` is part of the title page, so a marking on a line of its own
there (after ``\\\\``) marks the document."""

from __future__ import annotations

import pytest

from conftest import found

BODY = "\n# Grazing licence review\n\nThe review covers licences granted in the last year.\n"


def markings(name: str, content: str) -> list[str]:
    return found(name, content, kind="marking")


@pytest.mark.parametrize("banner", ["OFFICIAL: SENSITIVE", "OFFICIAL/SENSITIVE",
                                    "OFFICIAL / SENSITIVE"])
def test_a_banner_joining_its_words_by_a_colon_or_a_slash_is_a_marking(banner: str) -> None:
    assert markings("docs/review.md", f"{banner}\n{BODY}") == [banner]


@pytest.mark.parametrize("content", [
    f"OFFICIAL: routine business\n{BODY}",
    "Levels we handle:\n\n- OFFICIAL\n- OFFICIAL-SENSITIVE is not allowed\n",
    f"OFFICIAL\n{BODY}",
    "OFFICIAL/SENSITIVE/SECRET\n\nChoose one of the levels above for each document.\n",
])
def test_official_alone_or_with_a_note_after_its_colon_is_not_a_marking(content: str) -> None:
    assert markings("docs/review.md", content) == []


@pytest.mark.parametrize(("content", "found"), [
    ("<?php // OFFICIAL-SENSITIVE\nnamespace App\\Http;\n\nfunction handle($request) {\n"
     "    return view('home');\n}\n", ["OFFICIAL-SENSITIVE"]),
    ("<?php /* SECRET - UK EYES ONLY */\nnamespace App\\Http;\n\n"
     "function handle($request) { return view('home'); }\n", ["SECRET - UK EYES ONLY"]),
])
def test_a_comment_beside_phps_open_tag_heads_the_file(content: str, found: list[str]) -> None:
    assert markings("app/Http/Handler.php", content) == found


@pytest.mark.parametrize("content", [
    "<?php // Keep the signing secret out of the logs.\nnamespace App\\Http;\n",
    "<?php\n$level = 'SECRET';\nif ($doc->marking === 'OFFICIAL-SENSITIVE') { deny(); }\n",
])
def test_php_code_about_markings_is_not_a_marking(content: str) -> None:
    assert markings("app/Http/Handler.php", content) == []


@pytest.mark.parametrize(("author", "found"), [
    (r"\author{Defra Analysis Team \\ OFFICIAL-SENSITIVE}", "OFFICIAL-SENSITIVE"),
    (r"\author{Defra Analysis Team\\SECRET}", "SECRET"),
])
def test_a_marking_under_a_latex_authors_names_marks_the_document(author: str,
                                                                 found: str) -> None:
    content = (f"\\documentclass{{article}}\n\\title{{Herd breakdown review}}\n{author}\n"
               "\\begin{document}\n\\maketitle\nBreakdowns rose in the south west.\n"
               "\\end{document}\n")
    assert markings("reports/review.tex", content) == [found]


@pytest.mark.parametrize("author", [
    r"\author{The Top Secret Committee}",
    r"\author{Jane Doe \\ Keeping secrets in the pipeline}",
])
def test_a_latex_authors_names_are_not_a_marking(author: str) -> None:
    content = (f"\\documentclass{{article}}\n\\title{{Herd breakdown review}}\n{author}\n"
               "\\begin{document}\n\\maketitle\nBreakdowns rose in the south west.\n"
               "\\end{document}\n")
    assert markings("reports/review.tex", content) == []
