"""Protective markings in block comments at a source file's head or foot: Lua's
``--[[`` … ``]]``, Haskell's and Elm's ``{-`` … ``-}`` and Ruby's ``=begin`` … ``=end`` hold
the file's head comment as ``/*`` … ``*/`` does; a bracket closing code is no comment."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize(("name", "content", "line"), [
    ("scripts/holdings.lua", "--[[\n  OFFICIAL-SENSITIVE\n]]\nlocal x = 1\n", 2),
    ("scripts/holdings.lua", "local x = 1\n--[[\n  OFFICIAL-SENSITIVE\n]]\n", 3),
    ("src/Holdings.hs", "{-\n  OFFICIAL-SENSITIVE\n-}\nmodule Holdings where\n", 2),
    ("src/Holdings.elm", "module Holdings exposing (x)\n\nx = 1\n{-\n  OFFICIAL-SENSITIVE\n"
     "-}\n", 5),
    ("lib/holdings.rb", "=begin\nOFFICIAL-SENSITIVE\n=end\nputs 1\n", 2),
])
def test_a_marking_in_a_block_comment_at_the_head_or_foot_marks_the_file(
        name: str, content: str, line: int) -> None:
    assert markings(name, content) == [(line, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize(("name", "content"), [
    # a nested list closed on the last line: code, not a Lua comment's end
    ("marking/levels.py", 'LEVELS = [\n    ["OFFICIAL-SENSITIVE", 1],\n    ["OFFICIAL", 2],\n]]\n'),
    ("marking/levels.lua", 'local t = {\n  level = "OFFICIAL-SENSITIVE",\n}\nreturn t\n]]\n'),
    # a block comment that lists the levels
    ("marking/Levels.hs", "{-\n  Levels: OFFICIAL, OFFICIAL-SENSITIVE, SECRET\n-}\n"
     "module Levels where\n"),
])
def test_code_and_comments_about_levels_stay_quiet(name: str, content: str) -> None:
    assert markings(name, content) == []
