"""One run's mapping from real values to fakes: consistent, deterministic, memory only.

The same value gets the same fake in every file of a run, so fixtures that refer to each
other still agree. The fake is drawn from a keyed hash (HMAC) of the type and the value's
canonical form under the repository's salt: the same salt gives the same fakes, and
without the salt the fake says nothing about the value. Two values never share a fake
while the type's space has room, so unique keys in fixtures stay unique. The mapping
lives only in this object; it is never written anywhere.

A candidate the scanner would still flag is never used. When a type's whole space is
flagged, the detector's own suggestion for the value (a reserved value in its form) is
used instead: safe, though values then share it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from safecommit.redact.fakes import Draw, FakeType, fake_type

# Draws tried before two values are allowed to share a fake (a nearly full space).
ATTEMPTS = 24
# Flagged candidates of a type, none ever passing, before its space counts as rejected.
REJECTED_AFTER = 3

Flagged = Callable[[str, str], bool]


def _never(type: str, candidate: str) -> bool:
    return False


class Mapper:
    __slots__ = ("_choices", "_flagged", "_key", "_passed", "_rejected", "_taken")

    def __init__(self, key: bytes, flagged: Flagged = _never) -> None:
        self._key = key
        self._flagged = flagged
        # (type, canonical value) -> the draw its fake came from, or the fake itself when
        # it is a detector's suggestion. A draw is laid out again for each occurrence, so
        # "+447700…" and "07700 …" each keep their own shape.
        self._choices: dict[tuple[str, str], int | str] = {}
        self._taken: set[tuple[str, str]] = set()
        self._rejected: Counter[str] = Counter()
        self._passed: set[str] = set()

    def _draw(self, type: str, canonical: str, attempt: int) -> Draw:
        return Draw(self._key, f"{type}\0{canonical}", attempt)

    def fake(self, type: str, value: str, suggestion: str | None = None) -> str:
        """The fake for ``value``; it is ``value`` itself only when nothing safer exists."""
        kind = fake_type(type)
        canonical = kind.canonical(value)
        known = self._choices.get((type, canonical))
        if isinstance(known, str):
            return known
        if known is not None:
            return kind.generate(value, self._draw(type, canonical, known), self.fake)
        if kind.is_fake(value) and not self._flagged(type, value):
            return value
        choice, fake = self._choose(type, kind, value, canonical, suggestion)
        self._choices[(type, canonical)] = choice
        self._taken.add((type, kind.canonical(fake)))
        return fake

    def _choose(self, type: str, kind: FakeType, value: str, canonical: str,
                suggestion: str | None) -> tuple[int | str, str]:
        first: tuple[int, str] | None = None
        shared: tuple[int, str] | None = None
        for attempt in range(ATTEMPTS):
            if type not in self._passed and self._rejected[type] >= REJECTED_AFTER:
                break  # the detectors flag this type's whole space: skip to the suggestion
            candidate = kind.generate(value, self._draw(type, canonical, attempt), self.fake)
            first = first or (attempt, candidate)
            if self._flagged(type, candidate):
                self._rejected[type] += 1
                continue
            self._passed.add(type)
            if (type, kind.canonical(candidate)) not in self._taken:
                return attempt, candidate
            shared = shared or (attempt, candidate)
        if shared is not None:
            return shared  # the space is full: two values share a fake
        if suggestion and suggestion != value and not self._flagged(type, suggestion):
            return suggestion, suggestion
        if kind.is_fake(value):
            return value, value  # already ours, and nothing that passes is left
        if first is None:
            first = (0, kind.generate(value, self._draw(type, canonical, 0), self.fake))
        return first  # still flagged: the check after redaction reports it
