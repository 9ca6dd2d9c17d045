"""Report: render a ScanResult for people (text) or tools (json, sarif, junit)."""

from __future__ import annotations

import importlib
from typing import Protocol

from safecommit.config import Config
from safecommit.model import ScanResult

FORMATS = ("text", "json", "sarif", "junit")


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
