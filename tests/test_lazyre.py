"""A lazy pattern is compiled on first use, then behaves, and costs, as the compiled one."""

from __future__ import annotations

import copy
import importlib
import pickle
import pkgutil
import re

import pytest
import regex

import safecommit
from safecommit.lazyre import _Lazy, lazy, lazy_regex


def test_nothing_is_compiled_until_the_pattern_is_used() -> None:
    broken = lazy("(unclosed")
    assert broken.pattern == "(unclosed"  # readable without compiling
    with pytest.raises(re.error):
        broken.search("text")


@pytest.mark.parametrize("make, engine", [(lazy, re), (lazy_regex, regex)])
def test_it_answers_as_the_compiled_pattern_does(make: object, engine: object) -> None:
    source, text = r"(?P<word>[a-z]+)-(\d+)", "ab-12 cd-3 x"
    made = make(source, re.IGNORECASE)  # type: ignore[operator]
    compiled = engine.compile(source, re.IGNORECASE)  # type: ignore[attr-defined]
    assert made.search(text).group("word") == compiled.search(text).group("word")
    assert [m.span() for m in made.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert made.findall(text) == compiled.findall(text)
    assert made.sub("#", text) == compiled.sub("#", text)
    assert made.split(text) == compiled.split(text)
    assert made.fullmatch("AB-1") is not None
    assert made.match(" ab-1") is None
    assert made.groupindex == compiled.groupindex
    assert made.groups == compiled.groups


def test_after_first_use_its_methods_are_the_compiled_patterns_own() -> None:
    made = lazy(r"\d+")
    made.search("1")
    # the compiled pattern's own method, read from a slot: no Python in between
    assert isinstance(made.search.__self__, re.Pattern)  # type: ignore[attr-defined]
    assert type(made.search) is type(re.compile("x").search)


def test_regex_only_syntax_goes_to_the_regex_engine() -> None:
    assert lazy_regex(r"\p{Lu}\p{Ll}+").fullmatch("Émile") is not None


def test_it_survives_copy_and_pickle_and_stays_lazy() -> None:
    made = lazy("(unclosed")
    for twin in (copy.copy(made), copy.deepcopy(made), pickle.loads(pickle.dumps(made))):
        assert isinstance(twin, _Lazy)
        assert twin.pattern == made.pattern
    assert lazy(r"a+", re.I).search("xAAy").group() == pickle.loads(
        pickle.dumps(lazy(r"a+", re.I))).search("xAAy").group()


def test_every_lazy_pattern_in_the_package_compiles() -> None:
    """A typo in a rarely used pattern would otherwise wait for a user's file to find it."""
    seen = 0
    for module in pkgutil.walk_packages(safecommit.__path__, "safecommit."):
        if module.name.endswith("__main__"):
            continue  # runs the command line
        for value in vars(importlib.import_module(module.name)).values():
            if isinstance(value, _Lazy):
                assert value.groups >= 0  # compiled here, or raises
                seen += 1
    assert seen > 100
