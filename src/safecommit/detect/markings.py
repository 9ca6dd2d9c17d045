"""Protective markings: OFFICIAL-SENSITIVE and above, where a document carries them."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from safecommit.detect.locate import Locator
from safecommit.detect.make import make_finding
from safecommit.model import Finding

# A banner: the marking alone on its line, perhaps inside comment or markup punctuation.
_BANNER = regex.compile(
    r"^[\s#/*<>!\-=;'\"]*(?P<m>OFFICIAL[- ]SENSITIVE)(?:\s*\[[A-Z ]+\])?[\s#/*<>!\-=;'\"]*$",
    regex.MULTILINE,
)
WHY = ("OFFICIAL-SENSITIVE material needs specific approval before any AI tool may read it; "
       "keep it out of the repository.")


def detect(locator: Locator) -> Iterator[Finding]:
    for match in _BANNER.finditer(locator.text.text, timeout=2.0):
        start, end = match.span("m")
        yield make_finding(
            locator, start, end, match.group("m"),
            kind="marking", type="PROTECTIVE_MARKING", detector="marking-banner",
            confidence=0.95, why=WHY,
        )
