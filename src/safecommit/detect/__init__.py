"""Detect: run each enabled kind's detectors over a Text and yield Findings.

Each kind lives in its own module and is imported only when that kind is on.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Sequence
from types import ModuleType

from safecommit.detect.locate import Locator
from safecommit.model import Finding, Kind, Text

# kind -> modules with ``detect(locator) -> Iterator[Finding]``
DETECTORS: dict[Kind, tuple[str, ...]] = {
    "personal-data": ("safecommit.detect.personal", "safecommit.detect.names",
                      "safecommit.detect.usernames"),
    "secret": ("safecommit.detect.secrets",),
    "marking": ("safecommit.detect.markings",),
}


class DetectorError(Exception):
    """A detector failed on a text. The scan blocks (fail closed) unless told to warn."""

    def __init__(self, detector: str, cause: BaseException) -> None:
        super().__init__(f"internal error in detector {detector}: {type(cause).__name__}")
        self.detector = detector


def detect(text: Text | Locator, kinds: Sequence[Kind],
           failed: Callable[[DetectorError], None] | None = None) -> Iterator[Finding]:
    """Every enabled detector's findings in ``text`` (or the text a Locator maps, when the
    caller needs one too: it is built once).

    A detector that raises is a bug. With ``failed`` given, it is reported there and the
    other detectors still run; without it, the error is raised.
    """
    locator = text if isinstance(text, Locator) else Locator(text)
    yield from _same_value_once(_inside_secrets_dropped(list(_each(locator, kinds, failed))))


def _overlaps(a: Finding, b: Finding) -> bool:
    return (a.line, a.column) < (b.end_line, b.end_column) and \
        (b.line, b.column) < (a.end_line, a.end_column)


def _inside_secrets_dropped(found: list[Finding]) -> list[Finding]:
    """Part of a credential is the credential: ``p@ss!jo@db.example.com`` is a password, not an
    email address. The secret's finding stands, and says to rotate it."""
    secrets = [f for f in found if f.kind == "secret"]
    if not secrets:
        return found
    return [f for f in found if f.kind != "personal-data"
            or not any(_overlaps(f, s) for s in secrets)]


def _same_value_once(found: list[Finding]) -> list[Finding]:
    """A value is one finding. An email address under a user key (``smtp.username``) is
    the account's name there; under an email key (``EMAIL_HOST_USER``) no user finding
    is made, and the email's stands."""
    logins = {_span(f) for f in found if f.type == "USERNAME"}
    if not logins:
        return found
    # A user key's value of two words (``SEED_USER_NAME=<Given> <Surname>``) is a person's
    # name, which the login pass reads only up to its space: the name's finding stands.
    names = [f for f in found if f.type == "PERSON" and _span(f) not in logins]
    return [f for f in found if f.kind != "personal-data"
            or (f.type == "USERNAME" and not any(_within(f, n) for n in names))
            or (f.type != "USERNAME" and _span(f) not in logins)]


def _within(inner: Finding, outer: Finding) -> bool:
    return (outer.line, outer.column) <= (inner.line, inner.column) \
        and (inner.end_line, inner.end_column) <= (outer.end_line, outer.end_column)


def _span(f: Finding) -> tuple[int, int, int, int]:
    return f.line, f.column, f.end_line, f.end_column


_LOADED: dict[str, ModuleType] = {}


def _module(name: str) -> ModuleType:
    # import_module costs microseconds even when loaded: a big tree has tens of thousands of texts.
    found = _LOADED.get(name)
    if found is None:
        found = _LOADED[name] = importlib.import_module(name)
    return found


def _each(locator: Locator, kinds: Sequence[Kind],
          failed: Callable[[DetectorError], None] | None) -> Iterator[Finding]:
    for kind in kinds:
        for module_name in DETECTORS[kind]:
            module = _module(module_name)
            try:
                found = list(module.detect(locator))
            except Exception as exc:
                error = DetectorError(module_name.rsplit(".", 1)[-1], exc)
                if failed is None:
                    raise error from exc
                failed(error)
                continue
            yield from found
