"""Keep a fake value in the written shape of the value it replaces.

A fake that keeps the original's spacing, separators, case and length reads the same to the
code around it: a YAML scalar stays a string or a number, a CSV cell stays unquoted, a
fixed-width column stays aligned, and no quote or escape is ever needed.
"""

from __future__ import annotations

from collections.abc import Callable


def fill(template: str, chars: str, slot: Callable[[str], bool] = str.isdigit) -> str | None:
    """``template`` with each slot character replaced, in order, by one of ``chars``.

    None when the template has a different number of slots, so the caller can lay the
    value out another way.
    """
    if sum(1 for c in template if slot(c)) != len(chars):
        return None
    it = iter(chars)
    return "".join(next(it) if slot(c) else c for c in template)


def fill_alnum(template: str, chars: str) -> str | None:
    """Like ``fill`` over letters and digits, each fake letter taking the case of its slot."""
    laid = fill(template, chars, str.isalnum)
    if laid is None:
        return None
    if any(c.islower() for c in template) and not any(c.isupper() for c in template):
        return laid.lower()
    return "".join(f.lower() if t.islower() else f for t, f in zip(template, laid, strict=True))


def match_case(template: str, word: str) -> str:
    """``word`` in the case of ``template``: UPPER, lower or Title."""
    letters = [c for c in template if c.isalpha()]
    if not letters:
        return word
    if all(c.isupper() for c in letters) and len(letters) > 1:
        return word.upper()
    if all(c.islower() for c in letters):
        return word.lower()
    return word[:1].upper() + word[1:]


def separator(value: str, default: str = " ") -> str:
    """The first separator the value uses between groups, if any."""
    for c in value:
        if not c.isalnum():
            return c
    return default


def group(chars: str, sizes: tuple[int, ...], sep: str) -> str:
    """``chars`` split into groups of ``sizes`` (the last takes the rest), joined by ``sep``."""
    out, i = [], 0
    for size in sizes:
        if i >= len(chars):
            break
        out.append(chars[i:i + size])
        i += size
    if i < len(chars):
        out.append(chars[i:])
    return sep.join(out)
