"""Protective markings in a source file's head comment: a marking that leads a line and goes
on to say how to handle the file marks it anywhere in the head; a comment's bare opener or
closer ("/**", " */") holds no text, so the line after it is the comment's first; a field's
note in brackets ends its value."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize(("name", "content", "line", "marking"), [
    ("fraud/score.py", '"""Fraud scoring model.\n\nOFFICIAL-SENSITIVE - do not share outside the '
     'team.\n"""\nimport pandas\n', 3, "OFFICIAL-SENSITIVE"),
    ("fraud/score.py", "# Fraud scoring model.\n#\n# OFFICIAL-SENSITIVE: do not share outside "
     "the counter-fraud team.\nimport pandas\n", 3, "OFFICIAL-SENSITIVE"),
    ("fraud/score.py", '"""Fraud scoring model.\n\nOFFICIAL-SENSITIVE: handle in line with the '
     'GSC.\n"""\nimport pandas\n', 3, "OFFICIAL-SENSITIVE"),
    ("fraud/score.py", '"""Fraud scoring model.\n\nOFFICIAL-SENSITIVE [PERSONAL]: not for onward '
     'distribution.\n"""\nimport pandas\n', 3, "OFFICIAL-SENSITIVE [PERSONAL]"),
])
def test_a_marking_with_handling_text_deeper_in_a_head_comment_marks_the_file(
        name: str, content: str, line: int, marking: str) -> None:
    assert markings(name, content) == [(line, marking)]


@pytest.mark.parametrize("at", ["head", "foot"])
@pytest.mark.parametrize(("text", "marking"), [
    ("OFFICIAL-SENSITIVE \u2014 do not share outside Defra", "OFFICIAL-SENSITIVE"),
    ("OFFICIAL-SENSITIVE [PERSONAL] | Owner: Data team", "OFFICIAL-SENSITIVE [PERSONAL]"),
    ("TOP SECRET UK EYES ONLY \u2014 do not share outside Defra", "TOP SECRET UK EYES ONLY"),
])
def test_a_javadoc_banner_after_its_bare_opener_is_the_comments_first_line(
        at: str, text: str, marking: str) -> None:
    comment = f"/**\n * {text}\n */\n"
    code = "package uk.gov.defra.cases;\n\npublic class Holdings {}\n"
    content = comment + code if at == "head" else code + comment
    assert markings("src/Holdings.java", content) == [(content.split("\n").index(f" * {text}")
                                                        + 1, marking)]


@pytest.mark.parametrize(("name", "content", "marking"), [
    ("cases/export.py", "# Marking: OFFICIAL-SENSITIVE (do not share)\nimport os\n",
     "OFFICIAL-SENSITIVE"),
    ("cases/export.sql", "-- Classification: SECRET (until the review closes)\nSELECT 1;\n",
     "SECRET"),
])
def test_a_classification_field_with_a_note_in_brackets_is_a_marking(
        name: str, content: str, marking: str) -> None:
    assert markings(name, content) == [(1, marking)]


@pytest.mark.parametrize(("name", "content"), [
    # a docstring that lists the levels and their rules
    ("policy.py", '"""Marking rules.\n\nOFFICIAL: may be shared with AI tools.\n'
     "OFFICIAL-SENSITIVE: do not share outside government without approval.\n"
     'SECRET: never.\n"""\nimport os\n'),
    # a note about a secret value, however it is worded
    ("sign.py", "# Signing helpers.\n#\n# SECRET: do not log the value, it goes to the vault."
     "\nimport hmac\n"),
    ("Sign.java", "/**\n * SECRET: the key is loaded from the vault.\n */\npackage a;\n"),
    ("Magic.java", "/**\n * TOP SECRET: this is where the magic happens\n */\npackage a;\n"),
    # a sentence about a level, not led by it
    ("upload.py", '"""Upload checks.\n\nFiles marked OFFICIAL-SENSITIVE must not be uploaded '
     'to the public bucket.\n"""\nimport os\n'),
    # a marking with words of explanation, not handling, deeper in a docstring
    ("rules.py", '"""Marking rules.\n\nOFFICIAL-SENSITIVE: needs approval from the SIRO.\n"""'
     "\nimport os\n"),
])
def test_a_head_comment_about_markings_is_not_marked(name: str, content: str) -> None:
    assert markings(name, content) == []
