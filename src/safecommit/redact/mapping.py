"""One run's mapping from real values to fakes: consistent, deterministic, memory only.

The same value gets the same fake in every file of a run, so fixtures that refer to each
other still agree. The fake is drawn from a keyed hash (HMAC) of the type and the value's
canonical form under the repository's salt: the same salt gives the same fakes, and
without the salt the fake says nothing about the value. Two values never share a fake
while the type's space has room, so unique keys in fixtures stay unique. The mapping
lives only in this object; it is never written anywhere.
"""

from __future__ import annotations

from safecommit.redact.fakes import Draw, fake_type

# Draws tried before two values are allowed to share a fake (a nearly full space).
ATTEMPTS = 24


class Mapper:
    __slots__ = ("_attempts", "_key", "_taken")

    def __init__(self, key: bytes) -> None:
        self._key = key
        # (type, canonical value) -> the draw its fake came from; each occurrence is laid
        # out again from that draw, so "+447700…" and "07700 …" stay in their own shapes.
        self._attempts: dict[tuple[str, str], int] = {}
        self._taken: set[tuple[str, str]] = set()

    def is_fake(self, type: str, value: str) -> bool:
        return fake_type(type).is_fake(value)

    def fake(self, type: str, value: str) -> str:
        """The fake for ``value``; a value that is already a safe fake is its own fake."""
        kind = fake_type(type)
        if kind.is_fake(value):
            return value
        canonical = kind.canonical(value)
        label = f"{type}\0{canonical}"
        known = self._attempts.get((type, canonical))
        if known is not None:
            return kind.generate(value, Draw(self._key, label, known), self.fake)
        candidate, chosen = value, 0
        for attempt in range(ATTEMPTS):
            candidate = kind.generate(value, Draw(self._key, label, attempt), self.fake)
            chosen = attempt
            if (type, kind.canonical(candidate)) not in self._taken:
                break
        self._attempts[(type, canonical)] = chosen
        self._taken.add((type, kind.canonical(candidate)))
        return candidate
