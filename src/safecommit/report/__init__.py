"""Report: render a ScanResult for people (text) or tools (json, sarif, junit, gitlab)."""

from __future__ import annotations

import hashlib
import importlib
from typing import Protocol

from safecommit.config import Config
from safecommit.model import Finding, ScanResult

FORMATS = ("text", "json", "sarif", "junit", "gitlab")


class Renderer(Protocol):
    def __call__(self, result: ScanResult, config: Config, *, color: bool = False) -> str: ...


def render(fmt: str, result: ScanResult, config: Config, *, color: bool = False) -> str:
    module = importlib.import_module(f"safecommit.report.{fmt}_report")
    renderer: Renderer = module.render
    # A file name that is not UTF-8 reaches us with surrogate escapes; every report must be
    # valid UTF-8 all the same, so such bytes are shown as U+FFFD.
    return renderer(result, config, color=color).encode("utf-8", "surrogateescape") \
        .decode("utf-8", "replace")


def blocking(result: ScanResult, config: Config) -> tuple[int, int]:
    """(findings that block, unscanned files that block)."""
    findings = sum(1 for f in result.findings if f.severity == "block")
    unscanned = sum(
        1 for n in result.not_scanned
        if (config.on_error if n.internal else config.on_unscanned) == "block")
    return findings, unscanned


def exit_code(result: ScanResult, config: Config) -> int:
    """0 clean, 1 findings, 2 a file could not be scanned (fail closed)."""
    findings, unscanned = blocking(result, config)
    if unscanned:
        return 2
    return 1 if findings else 0


def repo_path(config: Config, shown: str) -> str:
    """A reported path as the repository names it (from its root, with forward slashes)."""
    from safecommit.baseline import repo_path as path_in

    return path_in(config.root.resolve(), shown)


def fingerprint(key: tuple[str, str, str], occurrence: int) -> str:
    """An issue's id for a CI's tracking, the same from run to run and clone to clone: a
    hash of what the report shows already (path, type, masked value) and of which copy of
    it this is, never of the value."""
    data = "\0".join(("safecommit/v1", *key, str(occurrence))).encode("utf-8", "surrogateescape")
    return hashlib.sha256(data).hexdigest()[:32]


def message(f: Finding) -> str:
    """A finding in one line for a CI's report: its type and masked value, why, where in
    the file, the safe fake to use and the commit that added it."""
    parts = [f"{f.type}: {f.masked}", f.why]
    if f.place:
        parts.append(f"In {f.place}.")
    if f.suggestion:
        parts.append(f"Use a safe fake value instead, such as {f.suggestion}.")
    if f.commit:
        parts.append(f"Added in commit {f.commit[:12]}.")
    return " ".join(parts)


def remedy(f: Finding) -> str:
    """What to do about a finding: remove it, or, once it is in a commit (a push, a CI range,
    history), rewrite that commit, since a later commit that deletes it leaves it there."""
    from safecommit.message import PATH as MESSAGE

    if not f.commit:
        return "Remove it now, and do not commit the file."
    if f.path == MESSAGE:
        return f"Reword the message of commit {f.commit[:12]} (`git rebase -i`)."
    return (f"It is in commit {f.commit[:12]} already: rewrite that commit (`git rebase -i`) "
            "before it is merged; a later commit that deletes it leaves it in history.")
