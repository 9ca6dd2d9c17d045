"""The flow for one run: blobs → extract → detect → allow → a ScanResult."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import partial
from itertools import chain
from typing import TypeVar

from safecommit.allow import allow
from safecommit.config import Config
from safecommit.detect import DetectorError, detect
from safecommit.detect.locate import Locator
from safecommit.extract import may_ocr, stream
from safecommit.fingerprint import fingerprint
from safecommit.model import Blob, Finding, Kind, NotScanned, OnDisk, ScanResult, Stats, Text
from safecommit.source import read


def scan_text(text: Text, config: Config, salt: bytes,
              failed: Callable[[DetectorError], None] | None = None) -> list[Finding]:
    """Findings in one Text that survive the allow stage, in file order."""
    locator = Locator(text)
    found = list(detect(locator, config.kinds, failed))
    if config.nlp_model and "personal-data" in config.kinds:
        from safecommit import nlp  # the NER tier: imported only when a model is configured

        found = nlp.merge(found, text, config.nlp_model)
    if text.lines is not None:
        found = [f for f in found if f.line in text.lines]
    kept = allow(locator, found, config)
    return sorted(
        (replace(f, fingerprint=fingerprint(f.type, f.value, salt)) for f in kept),
        key=lambda f: (f.line, f.column, f.type),
    )


def scan_blob(blob: Blob, config: Config, salt: bytes) -> tuple[list[Finding], list[NotScanned]]:
    findings: list[Finding] = []
    problems: list[NotScanned] = []
    # A baselined file is read whole, so that copies of a value are counted in all of it.
    baseline = config.baseline if config.baseline is not None \
        and config.baseline.covers(blob.path, blob.renamed_from) else None
    whole: list[Finding] = []
    errors: dict[str, DetectorError] = {}

    def failed(error: DetectorError) -> None:
        errors.setdefault(error.detector, error)

    # One part at a time: an archive's members are read as the scan reaches them.
    for text in stream(blob):
        if isinstance(text, NotScanned):  # the file, or a part of it (member, OCR …), unread
            problems.append(text)
            continue
        if baseline is None:
            findings.extend(scan_text(text, config, salt, failed))
            continue
        found = scan_text(replace(text, lines=None), config, salt, failed)
        whole.extend(found)
        findings.extend(f for f in found if text.lines is None or f.line in text.lines)
    # The other detectors' findings stand; the failed one makes the file "not fully scanned".
    problems.extend(
        NotScanned(blob.path, f"{exc}; the file was not fully scanned. This is a bug in "
                   "safecommit: please report it", blob.commit, internal=True)
        for exc in errors.values())
    if baseline is not None:
        findings = baseline.unaccounted(whole, findings, blob.renamed_from)
    return findings, problems


Outcome = tuple[list[Finding], list[NotScanned]]
# What a source yields: a file's bytes, a file on disk to read, or a file it could not read.
Item = Blob | OnDisk | NotScanned
ItemT = TypeVar("ItemT", bound=Item)


def scan_item(item: Item, config: Config, salt: bytes) -> Outcome:
    """One file's findings and problems. An unexpected error fails closed, as not scanned."""
    if isinstance(item, OnDisk):
        found = read(item)
        if found is None:  # gone since it was listed: nothing to scan
            return [], []
        item = found
    if isinstance(item, NotScanned):
        return [], [item]
    try:
        return scan_blob(item, config, salt)
    except Exception as exc:
        # Only the error's type: its message could quote the value that was being read.
        return [], [NotScanned(item.path, f"internal error while scanning "
                               f"({type(exc).__name__}); please report this as a bug",
                               item.commit, internal=True)]


def scan_chunk(chunk: list[Item], config: Config, salt: bytes) -> list[Outcome]:
    """A worker's task: several files, so that each trip to a process carries enough work."""
    return [scan_item(item, config, salt) for item in chunk]


def warm(kinds: tuple[Kind, ...]) -> None:
    """Import every enabled detector and compile its patterns, once, before workers start."""
    list(detect(Text("warm-up", "warm up\n"), kinds))


def _size(item: Item) -> int:
    if isinstance(item, Blob):
        return len(item.data)
    return item.size if isinstance(item, OnDisk) else 0


def _held(item: Item) -> int:
    """The bytes an item holds in memory while it waits (a file on disk is only listed)."""
    return len(item.data) if isinstance(item, Blob) else 0


def _ocr_first(item: Item) -> bool:
    return not isinstance(item, NotScanned) and may_ocr(item.path)


def outcomes(items: Iterable[ItemT], config: Config, salt: bytes,
             jobs: int | None = None) -> Iterator[tuple[ItemT, Outcome]]:
    """Each item with its outcome, in input order: in this process, or a pool for a large run."""
    from safecommit import pool

    head, rest, large = pool.look_ahead(items, _size)
    processes = pool.jobs(jobs)
    if not large or processes < 2:
        for item in chain(head, rest):
            yield item, scan_item(item, config, salt)
        return
    left = chain(head, rest)
    # The first chunk is scanned here, before the fork: real work that also imports and
    # compiles whatever the detectors load lazily, so every worker shares those pages.
    for item in next(pool.chunked(left, _size), []):
        yield item, scan_item(item, config, salt)
    numbers: deque[list[int]] = deque()

    def chunks() -> Iterator[list[ItemT]]:
        numbered = pool.hoisted(left, _ocr_first, _held)
        for chunk in pool.chunked(numbered, lambda pair: _size(pair[1])):
            numbers.append([number for number, _ in chunk])
            yield [item for _, item in chunk]

    def settled() -> Iterator[tuple[int, tuple[ItemT, Outcome]]]:
        task = partial(scan_chunk, config=config, salt=salt)
        for chunk, result in pool.ordered_map(task, chunks(), processes,
                                              warm=partial(warm, config.kinds),
                                              size=lambda chunk: sum(map(_size, chunk))):
            if isinstance(result, BaseException):
                result = _failed(chunk, result)
            yield from zip(numbers.popleft(), zip(chunk, result, strict=True), strict=True)

    yield from pool.in_order(settled())


def _failed(chunk: list[ItemT], error: BaseException) -> list[Outcome]:
    """Each file of a chunk whose scanner process failed, as not scanned."""
    why = "scanner process failed" if not isinstance(error, Exception) else \
        f"scanner process failed ({type(error).__name__})"
    return [([], [NotScanned(item.path, f"{why}; please report this as a bug",
                             item.commit if isinstance(item, Blob) else None, internal=True)])
            if not isinstance(item, NotScanned) else ([], [item]) for item in chunk]


def scan(items: Iterable[Item], config: Config, salt: bytes,
         jobs: int | None = None) -> ScanResult:
    """Scan every item. ``jobs`` caps the worker processes (default: $SAFECOMMIT_JOBS, or
    every core); a run of a few files stays in this process whatever it says."""
    started = time.perf_counter()
    findings: list[Finding] = []
    not_scanned: list[NotScanned] = []
    files = size = 0
    for item, (found, problems) in outcomes(items, config, salt, jobs):
        if not isinstance(item, NotScanned):
            files += 1
            size += _size(item)
        findings.extend(found)
        not_scanned.extend(problems)
    stats = Stats(files=files, bytes=size, seconds=round(time.perf_counter() - started, 3))
    notes: tuple[str, ...] = ()
    if config.nlp_model and "personal-data" in config.kinds:
        from safecommit import nlp

        notes = tuple(n for n in (nlp.note(config.nlp_model),) if n)
    return ScanResult(tuple(findings), tuple(not_scanned), stats, notes)
