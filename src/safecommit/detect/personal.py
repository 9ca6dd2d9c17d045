"""Personal data: the identifier declarations (``identifiers/``), run by the recognizer engine.

Names (PERSON) and user names in connection strings have their own detectors.
"""

from __future__ import annotations

from collections.abc import Iterator

from safecommit.detect.identifiers import ALL
from safecommit.detect.identifiers.contact import EMAIL
from safecommit.detect.locate import Locator
from safecommit.detect.recognizer import Recognizer, run
from safecommit.model import Finding

RECOGNIZERS: tuple[Recognizer, ...] = ALL
__all__ = ["EMAIL", "RECOGNIZERS", "detect"]


def detect(locator: Locator) -> Iterator[Finding]:
    """Every identifier's findings; where two of one type overlap, the first, longer one."""
    found = sorted(run(RECOGNIZERS, locator),
                   key=lambda f: (f.line, f.column, -(f.end_line * 100000 + f.end_column)))
    kept: dict[str, tuple[int, int]] = {}
    for finding in found:
        end = kept.get(finding.type)
        if end is not None and (finding.line, finding.column) < end:
            continue  # inside an earlier finding of the same type
        kept[finding.type] = (finding.end_line, finding.end_column)
        yield finding
