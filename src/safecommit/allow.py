"""Allow: drop what is allowed — inline pragmas, config allowlists, low confidence.

Reserved fake values are dropped earlier, by each recognizer's own ``reserved`` check,
because only the declaration knows what a reserved value of its type looks like.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import regex

from safecommit.config import AllowEntry, Config
from safecommit.detect.locate import Locator
from safecommit.fingerprint import normalise
from safecommit.lazyre import lazy_regex
from safecommit.model import Finding
from safecommit.source import matches_glob

# `safecommit: allow`, optionally followed by type names and a free-text reason.
_PRAGMA = lazy_regex(r"safecommit:\s*allow\b(?P<rest>[^\n]*)", regex.IGNORECASE)
_TYPE_TOKEN = lazy_regex(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|PERSON|SECRET|MARKING")
_SEPARATORS = lazy_regex(r"[\s,]+")
# A line that holds only a comment whose text is the pragma: what comes before it is a
# comment opener, in any language's syntax (`#`, `--`, `<!--`, `{#`, `@*`, `<%#`, `{/*`,
# `::`, `[//]: # (`, `REM`), that is punctuation and spaces, never a word.
_COMMENT_ONLY = lazy_regex(r"^[^\w\n]*(?:rem\b[^\w\n]*)?safecommit:\s*allow\b[^\n]*$",
                              regex.IGNORECASE)
_DETECT_SECRETS_PRAGMA = lazy_regex(r"pragma:\s*allowlist[ -]secret", regex.IGNORECASE)
_DETECT_SECRETS_NEXTLINE = lazy_regex(r"pragma:\s*allowlist[ -]nextline[ -]secret",
                                         regex.IGNORECASE)


def pragma_types(line: str) -> frozenset[str] | None:
    """The types a pragma on ``line`` allows: empty for all, None when there is no pragma."""
    match = _PRAGMA.search(line)
    if match is None:
        return None
    types: set[str] = set()
    for token in _SEPARATORS.split(match.group("rest").strip(" -:*/>")):
        if _TYPE_TOKEN.fullmatch(token):
            types.add(token)
        elif token:
            break  # the reason starts here
    return frozenset(types)


def _pragma_allows(types: frozenset[str] | None, finding: Finding) -> bool:
    if types is None:
        return False
    return not types or finding.type in types or finding.kind.upper().replace("-", "_") in types \
        or (finding.kind == "secret" and "SECRET" in types) \
        or (finding.kind == "marking" and "MARKING" in types)


def allowed_by_pragma(locator: Locator, finding: Finding) -> bool:
    # Every line of the text on the finding's raw line: a pragma anywhere on it counts.
    indices = locator.indices_of(finding.line)
    line = "\n".join(map(locator.line_text, indices))
    if _pragma_allows(pragma_types(line), finding):
        return True
    previous = locator.line_text(indices[0] - 1) if indices else ""
    if _COMMENT_ONLY.match(previous) and _pragma_allows(pragma_types(previous), finding):
        return True
    if finding.kind == "secret":
        return bool(_DETECT_SECRETS_PRAGMA.search(line)
                    or _DETECT_SECRETS_NEXTLINE.search(previous))
    return False


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> regex.Pattern[str]:
    return regex.compile(pattern)


def _entry_allows(entry: AllowEntry, finding: Finding, path: str) -> bool:
    """``path`` is the finding's path relative to the repository, as config globs are."""
    if entry.types and finding.type not in entry.types and finding.kind not in entry.types:
        return False
    if entry.path is not None and not matches_glob(path, entry.path):
        return False
    if entry.value is not None:
        return normalise(finding.value) == normalise(entry.value)
    if entry.regex is not None:
        try:
            return _compiled(entry.regex).fullmatch(finding.value, timeout=1.0) is not None
        except TimeoutError:
            return False  # fail closed: a regex too slow to decide allows nothing
    return entry.path is not None


def allowed_by_config(config: Config, finding: Finding) -> bool:
    if not config.allowlist and not config.disable:
        return False
    path = _repo_path(config.root, finding.path)
    if any(_entry_allows(e, finding, path) for e in config.allowlist):
        return True
    return any(
        matches_glob(path, glob) and (finding.type in types or finding.kind in types)
        for glob, types in config.disable.items()
    )


def _repo_path(root: Path, shown: str) -> str:
    """Findings name files relative to the current directory; config globs, to the repo."""
    full = os.path.normpath(os.path.join(os.getcwd(), shown))
    try:
        return Path(os.path.relpath(full, root.resolve())).as_posix()
    except ValueError:  # another drive on Windows
        return shown


def allow(locator: Locator, findings: Iterable[Finding], config: Config) -> Iterator[Finding]:
    for finding in findings:
        if finding.confidence < config.threshold:
            continue
        if allowed_by_pragma(locator, finding) or allowed_by_config(config, finding):
            continue
        if finding.kind == "marking" and config.official_sensitive == "warn":
            # The marking rules decide: SECRET and above never downgrade.
            from safecommit.detect.markings import apply_policy

            finding = apply_policy(finding, config.official_sensitive)
        yield finding
