"""Personal data: the identifier declarations, run by the recognizer engine."""

from __future__ import annotations

from collections.abc import Iterator

from safecommit.detect.locate import Locator
from safecommit.detect.recognizer import Recognizer, run
from safecommit.model import Finding
from safecommit.reserved import is_reserved_email

EMAIL = Recognizer(
    type="EMAIL_ADDRESS",
    name="email",
    pattern=r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@"
            r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])",
    why="An email address identifies a person.",
    reserved=is_reserved_email,
    suggest="jane.doe@example.com",
    confidence=0.95,
)

RECOGNIZERS: tuple[Recognizer, ...] = (EMAIL,)


def detect(locator: Locator) -> Iterator[Finding]:
    yield from run(RECOGNIZERS, locator)
