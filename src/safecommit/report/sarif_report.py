"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. Values appear only masked.

Each result carries ``partialFingerprints`` that stay the same from run to run and clone to
clone, so an alert is tracked rather than reopened, yet reveal nothing: they hash what the
report already shows (path, type, masked value), never the value. Setting
``primaryLocationLineHash`` ourselves also stops the upload action from hashing the raw
source line, which holds the value.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from typing import Any
from urllib.parse import quote

from safecommit import __version__
from safecommit.config import Config
from safecommit.model import Finding, NotScanned, ScanResult
from safecommit.report import fingerprint, message, repo_path

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://github.com/DEFRA/safecommit"
NOT_SCANNED = "NOT_SCANNED"
# GitHub ranks alerts by this score (0-10): a leaked credential is the worst.
_SEVERITY = {"secret": "9.0", "personal-data": "8.0", "marking": "8.0"}
_KIND_TEXT = {"secret": "a credential", "personal-data": "personal data",
              "marking": "a protective marking"}


def render(result: ScanResult, config: Config, *, color: bool = False) -> str:
    rules: dict[str, dict[str, Any]] = {}
    results = []
    seen: Counter[tuple[str, str, str]] = Counter()
    for f in result.findings:
        rules.setdefault(f.type, _rule(f.type, f.kind, f.why, config))
        uri = _repo_path(config, f.path)
        key = (uri, f.type, f.masked)
        seen[key] += 1
        results.append(_result(f, uri, list(rules).index(f.type), fingerprint(key, seen[key]),
                               config))
    for n in result.not_scanned:
        rules.setdefault(NOT_SCANNED, _not_scanned_rule(config))
        results.append(_unscanned(n, _repo_path(config, n.path), list(rules).index(NOT_SCANNED),
                                  config))
    doc = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "safecommit", "version": __version__, "semanticVersion": __version__,
                "informationUri": INFO_URI, "rules": list(rules.values()),
            }},
            "columnKind": "unicodeCodePoints",
            "invocations": [{"executionSuccessful": True}],
            "results": results,
            "properties": {"files": result.stats.files, "bytes": result.stats.bytes},
        }],
    }
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def _repo_path(config: Config, shown: str) -> str:
    # URIs percent-encode the name's own bytes, so a name that is not UTF-8 stays exact.
    return quote(os.fsencode(repo_path(config, shown)), safe="/")


def _guidance(config: Config) -> tuple[str, str]:
    g = config.guidance
    text = (f"Remove it and do not commit the file. Personal data: follow 'Report an AI "
            f"incident' ({g.report_incident}). A secret: rotate it, then remove it. When in "
            f"doubt, ask {g.contact}. Keeping data safe: {g.keeping_data_safe}")
    markdown = (f"Remove it and do not commit the file.\n\n"
                f"- Personal data: follow [Report an AI incident]({g.report_incident}).\n"
                f"- A secret: rotate it, then remove it.\n"
                f"- When in doubt, ask {g.contact}.\n\n"
                f"[Keeping data safe]({g.keeping_data_safe}) · "
                f"[Using data with AI]({g.using_data_with_ai})")
    return text, markdown


def _rule(type_: str, kind: str, why: str, config: Config) -> dict[str, Any]:
    text, markdown = _guidance(config)
    return {
        "id": type_,
        "name": "".join(part.capitalize() for part in type_.split("_")),
        "shortDescription": {"text": f"{type_}: {_KIND_TEXT.get(kind, kind)} in the repository"},
        "fullDescription": {"text": why},
        "help": {"text": text, "markdown": markdown},
        "helpUri": config.guidance.keeping_data_safe,
        "defaultConfiguration": {"level": "error"},
        "properties": {"tags": ["security", kind], "precision": "high",
                       "security-severity": _SEVERITY.get(kind, "8.0")},
    }


def _not_scanned_rule(config: Config) -> dict[str, Any]:
    return {
        "id": NOT_SCANNED, "name": "NotScanned",
        "shortDescription": {"text": "A file safecommit could not read"},
        "fullDescription": {"text": "safecommit fails closed: a file it cannot read may hold "
                                    "anything, so it blocks until it can be scanned."},
        "help": {"text": "Make the file readable (or smaller than max_file_bytes), or exclude "
                         "it in config with a reason your team agreed."},
        "defaultConfiguration": {"level": "error" if config.on_unscanned == "block"
                                 else "warning"},
        "properties": {"tags": ["security"], "security-severity": "5.0"},
    }


def _result(f: Finding, uri: str, rule_index: int, print_id: str,
            config: Config) -> dict[str, Any]:
    region: dict[str, int] = {"startLine": max(f.line, 1), "startColumn": max(f.column, 1)}
    if (f.end_line, f.end_column) > (f.line, f.column):
        region.update(endLine=f.end_line, endColumn=f.end_column)
    properties: dict[str, Any] = {"kind": f.kind, "masked": f.masked, "confidence": f.confidence,
                                  "detector": f.detector}
    for name in ("suggestion", "commit", "place"):
        if getattr(f, name):
            properties[name] = getattr(f, name)
    return {
        "ruleId": f.type,
        "ruleIndex": rule_index,
        "level": "error" if f.severity == "block" else "warning",
        "message": {"text": message(f)},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"},
            "region": region,
        }}],
        "partialFingerprints": {"safecommit/v1": print_id, "primaryLocationLineHash": print_id},
        "properties": properties,
    }


def _unscanned(n: NotScanned, uri: str, rule_index: int, config: Config) -> dict[str, Any]:
    text = f"Not scanned: {n.reason}." + (f" In commit {n.commit[:12]}." if n.commit else "")
    key = fingerprint((uri, NOT_SCANNED, n.reason), 1)
    return {
        "ruleId": NOT_SCANNED,
        "ruleIndex": rule_index,
        "level": "error" if config.on_unscanned == "block" else "warning",
        "message": {"text": text},
        "locations": [{"physicalLocation": {
            "artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"},
        }}],
        "partialFingerprints": {"safecommit/v1": key, "primaryLocationLineHash": key},
    }
