"""Patterns compiled on first use, so that a run pays only for the patterns its texts need.

The detectors hold some 550 patterns, many for rarer contexts (a chat export, a seed
script, a letter's salutation). Compiled at import, they cost every commit's process
their compile time (over a quarter of a commit hook's instructions), and a commit of a
few ordinary files needs one in seven of them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, AnyStr, cast

import regex

# What the first use copies from the compiled pattern into the stand-in's own dict.
_COPIED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
           "groupindex", "groups", "flags")

Compile = Callable[[Any, int], Any]


class _Lazy:
    """Stands for a compiled pattern until its first use. From then on the pattern's
    methods are in this object's slots: a call costs what it costs on the compiled pattern,
    with no Python in between (a slot's read is as quick as a method's). A match's ``re``
    is the compiled pattern, not this stand-in: compare the two by their ``pattern``."""

    __slots__ = ("pattern", "_how", "_compiled", *_COPIED)

    def __init__(self, compile: Compile, pattern: str | bytes, flags: int) -> None:
        self.pattern = pattern  # read to build other patterns, without compiling this one
        self._how = (compile, flags)

    def __getattr__(self, name: str) -> Any:  # a slot not filled yet, or another attribute
        if name.startswith("__") or name in ("_how", "_compiled"):  # copy's, pickle's probes
            raise AttributeError(name)
        try:
            compiled = object.__getattribute__(self, "_compiled")
        except AttributeError:
            compile, flags = self._how
            compiled = self._compiled = compile(self.pattern, flags)
            for attr in _COPIED:
                setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __reduce__(self) -> tuple[Any, ...]:
        return _Lazy, (*self._how[:1], self.pattern, self._how[1])

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, done when the pattern is first used."""
    return cast("re.Pattern[AnyStr]", _Lazy(re.compile, pattern, flags))


def lazy_regex(pattern: AnyStr, flags: int = 0) -> regex.Pattern[AnyStr]:
    """``regex.compile(pattern, flags)``, done when the pattern is first used."""
    return cast("regex.Pattern[AnyStr]", _Lazy(regex.compile, pattern, flags))
