"""GitLab Code Quality: the JSON that a merge request's Code Quality widget and its diff
annotations read (``artifacts: reports: codequality``). Values are masked.

Each finding is an issue at its file and line; a file that could not be scanned is one at
its first line. Fingerprints are the SARIF report's: the same from run to run, so GitLab
tells new issues from old, and they hash only what the report shows.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from safecommit.config import Config
from safecommit.model import Finding, ScanResult
from safecommit.report import fingerprint, message, remedy, repo_path

NOT_SCANNED = "NOT_SCANNED"


def render(result: ScanResult, config: Config, *, color: bool = False) -> str:
    issues: list[dict[str, Any]] = []
    seen: Counter[tuple[str, str, str]] = Counter()
    for f in result.findings:
        path = repo_path(config, f.path)
        key = (path, f.type, f.masked)
        seen[key] += 1
        issues.append(_issue(f"safecommit/{f.type}", _description(f, config),
                             fingerprint(key, seen[key]),
                             "blocker" if f.severity == "block" else "minor", path, f.line))
    for n in result.not_scanned:
        path = repo_path(config, n.path)
        text = f"Not scanned: {n.reason}." + (f" In commit {n.commit[:12]}." if n.commit else "")
        blocks = (config.on_error if n.internal else config.on_unscanned) == "block"
        issues.append(_issue(f"safecommit/{NOT_SCANNED}", text,
                             fingerprint((path, NOT_SCANNED, n.reason), 1),
                             "critical" if blocks else "minor", path, 1))
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"


def _issue(check: str, description: str, print_: str, severity: str, path: str,
           line: int) -> dict[str, Any]:
    return {"description": description, "check_name": check, "fingerprint": print_,
            "severity": severity, "location": {"path": path, "lines": {"begin": max(line, 1)}}}


def _description(f: Finding, config: Config) -> str:
    return (f"{message(f)} {remedy(f)} Report it: {config.guidance.report_incident}")
