"""The flow for one run: blobs → extract → detect → allow → a ScanResult."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import replace

from safecommit.allow import allow
from safecommit.config import Config
from safecommit.detect import DetectorError, detect
from safecommit.detect.locate import Locator
from safecommit.extract import extract
from safecommit.fingerprint import fingerprint
from safecommit.model import Blob, Finding, NotScanned, ScanResult, Stats, Text


def scan_text(text: Text, config: Config, salt: bytes) -> list[Finding]:
    """Findings in one Text that survive the allow stage, in file order."""
    found = list(detect(text, config.kinds))
    if text.lines is not None:
        found = [f for f in found if f.line in text.lines]
    kept = allow(Locator(text), found, config)
    return sorted(
        (replace(f, fingerprint=fingerprint(f.type, f.value, salt)) for f in kept),
        key=lambda f: (f.line, f.column, f.type),
    )


def scan_blob(blob: Blob, config: Config, salt: bytes) -> tuple[list[Finding], list[NotScanned]]:
    texts = extract(blob)
    if isinstance(texts, NotScanned):
        return [], [texts]
    findings: list[Finding] = []
    problems: list[NotScanned] = []
    for text in texts:
        try:
            findings.extend(scan_text(text, config, salt))
        except DetectorError as exc:
            problems.append(NotScanned(blob.path, f"{exc}; please report this as a bug",
                                       blob.commit))
    return findings, problems


def scan(items: Iterable[Blob | NotScanned], config: Config, salt: bytes) -> ScanResult:
    started = time.perf_counter()
    findings: list[Finding] = []
    not_scanned: list[NotScanned] = []
    files = size = 0
    for item in items:
        if isinstance(item, NotScanned):
            not_scanned.append(item)
            continue
        files += 1
        size += len(item.data)
        found, problems = scan_blob(item, config, salt)
        findings.extend(found)
        not_scanned.extend(problems)
    stats = Stats(files=files, bytes=size, seconds=round(time.perf_counter() - started, 3))
    return ScanResult(tuple(findings), tuple(not_scanned), stats)
