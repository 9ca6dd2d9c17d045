"""Context words: whole words on the same line or the line before a match.

``nhsNumber``, ``nhs_number`` and ``NHS number`` all read as the words "nhs number",
so one context entry covers every naming style, and ``public`` never contains ``pub``.
"""

from __future__ import annotations

from functools import lru_cache

from safecommit.lazyre import lazy

# The standard engine: twice as fast as ``regex`` on these, and they run on every line
# that holds a candidate. A word starts at a capital after a small letter (``nhsNumber``)
# and at the last capital of a run before small letters (``HTTPServer``), but not in an
# abbreviation's plural (``SBIs``, ``userIDs``) nor in ``DoB`` (a capitalised word of two
# letters and a capital that ends it: "DoB", "PoB", "NoK" are one word each).
_CAMEL = lazy(r"(?<=[a-z0-9])(?=[A-Z])(?!(?<=(?<![A-Z])[A-Z][a-z])[A-Z](?![A-Za-z]))"
                    r"|(?<=[A-Z])(?=[A-Z][a-z])(?![A-Z]s(?![a-z]))")
_NON_WORD = lazy(r"[^a-z0-9]+")
# A plural names what its singular does: "sbis", "postcodes", "nhs numbers", "addresses".
# Both sides of a comparison drop it; a word of three letters ("nhs") or one that ends in
# "ss" ("address") keeps its "s". The singular stays a prefix of the text's word, so the
# gates built from context entries (gate.py) still find it.
_PLURAL = lazy(r"(?<=[a-z0-9]{3})(?:(?<=ss)e)?(?<!s)s(?= )")
# A number after a word is a word of its own: "line1" and "line 1", "address2" and
# "address 2", "dob2" and "dob 2" read alike.
_NUMBERED = lazy(r"(?<=[a-z])(?=[0-9])")
# An organisation's place qualified by "home" is a person's home: a ``home_office`` (where
# someone works from home), ``home premises``, a ``home base``. Read as "home" alone, so
# that an organisation's word ("office") in a context entry does not find it.
_HOME_QUALIFIED = lazy(r"(?<= home )(?:office|premise|base|workplace) ")


@lru_cache(maxsize=4096)
def words(s: str) -> str:
    """Lower-case words separated and surrounded by single spaces."""
    spaced = _CAMEL.sub(" ", s)
    return " " + _NON_WORD.sub(" ", spaced.lower()).strip() + " "


def _for_context(spaced: str) -> str:
    """``words`` output with every plural made singular and numbers apart."""
    if "s " in spaced:
        spaced = _PLURAL.sub("", spaced)
    if " home " in spaced:
        spaced = _HOME_QUALIFIED.sub("", spaced)
    return _NUMBERED.sub(" ", spaced) if _HAS_DIGIT.search(spaced) else spaced


_HAS_DIGIT = lazy(r"[0-9]")


@lru_cache(maxsize=4096)
def context_words(s: str) -> str:
    """``words`` for comparing context: plurals made singular, numbers apart."""
    return _for_context(words(s))


@lru_cache(maxsize=1024)
def normalise_context(entries: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(context_words(e) for e in entries)


def has_context(region: str, context: tuple[str, ...]) -> bool:
    """True when any context entry appears in ``region`` as whole words."""
    if not context:
        return False
    haystack = context_words(region)
    return any(entry in haystack for entry in normalise_context(context))
