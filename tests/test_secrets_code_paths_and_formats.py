"""A path's steps and a format string are code, not a secret; the real thing beside them is."""

from __future__ import annotations

from conftest import found


def test_an_xpath_step_is_not_the_word_p_w() -> None:
    text = ('    # -- "p_sect" is a section with sectPr located at w:p/w:pPr/w:sectPr.\n')
    assert found("section.py", text, kind="secret") == []


def test_p_w_in_a_note_is_still_the_password_word() -> None:
    text = "sftp box: p/w: Tq7!mZr2Kx9v\n"
    assert found("notes.md", text, kind="secret") == ["Tq7!mZr2Kx9v"]


def test_a_format_string_under_a_secret_word_is_a_name_made_at_run_time() -> None:
    text = '_INIT_FACTORY_PAT = "__attr_factory_%s"\nTOKEN_NAME = "session_%d_token"\n'
    assert found("make.py", text, kind="secret") == []


def test_a_random_password_with_a_percent_s_in_it_is_still_found() -> None:
    text = 'DB_PASSWORD = "Xk9%sQ2m!Lp7"\n'
    assert found("settings.py", text, kind="secret") == ["Xk9%sQ2m!Lp7"]
