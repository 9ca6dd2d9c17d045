"""Detect: run each enabled kind's detectors over a Text and yield Findings.

Each kind lives in its own module and is imported only when that kind is on.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Sequence

from safecommit.detect.locate import Locator
from safecommit.model import Finding, Kind, Text

# kind -> modules with ``detect(locator) -> Iterator[Finding]``
DETECTORS: dict[Kind, tuple[str, ...]] = {
    "personal-data": ("safecommit.detect.personal", "safecommit.detect.usernames"),
    "secret": ("safecommit.detect.secrets",),
    "marking": ("safecommit.detect.markings",),
}


class DetectorError(Exception):
    """A detector failed on a text. The scan blocks (fail closed) unless told to warn."""

    def __init__(self, detector: str, cause: BaseException) -> None:
        super().__init__(f"internal error in detector {detector}: {type(cause).__name__}")
        self.detector = detector


def detect(text: Text, kinds: Sequence[Kind]) -> Iterator[Finding]:
    locator = Locator(text)
    for kind in kinds:
        for module_name in DETECTORS[kind]:
            module = importlib.import_module(module_name)
            try:
                found = list(module.detect(locator))
            except Exception as exc:  # noqa: BLE001 - fail closed, reported by the caller
                raise DetectorError(module_name.rsplit(".", 1)[-1], exc) from exc
            yield from found
