"""Caps that keep an untrusted file from hurting the scanner (zip bombs, huge documents).

A file that hits a cap is not scanned: the handler raises ExtractError, and by default
that blocks the commit (fail closed).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from safecommit.extract.errors import ExtractError

MiB = 1024 * 1024


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


@dataclass(frozen=True, slots=True)
class Limits:
    max_depth: int = 4               # archives inside archives (and attachments inside mail)
    max_members: int = 10_000        # archive members and attachments, per committed file
    max_expanded: int = 256 * MiB    # bytes unpacked from one committed file, in all
    max_pages: int = 2_000           # PDF pages
    max_cells: int = 2_000_000       # spreadsheet cells, notebook cells, SQLite values
    max_pixels: int = 50_000_000     # image size for OCR (a 1920x1080 screenshot is 2 M)
    ocr_seconds: float = 60.0        # tesseract time for one image
    parse_seconds: float = 120.0     # time to read one document (PDF, workbook …)


LIMITS = Limits()


def limits_now() -> Limits:
    """The caps in force (tests lower them by replacing ``LIMITS``)."""
    return LIMITS


@dataclass(slots=True)
class Budget:
    """What one committed file has used so far; shared by everything nested inside it.

    Mutable on purpose: it is a running count, made fresh for each blob.
    """

    expanded: int = 0
    members: int = 0
    depth: int = 0

    @classmethod
    def fresh(cls) -> Budget:
        return cls()

    def enter(self, name: str) -> None:
        if self.depth >= limits_now().max_depth:
            raise ExtractError(f"nested more than {limits_now().max_depth} deep at {name} "
                               "(unpack it and commit the files, or do not commit it)")
        if self.members >= limits_now().max_members:
            raise ExtractError(f"holds more than {limits_now().max_members} files (a zip bomb?)")
        self.depth += 1
        self.members += 1

    def leave(self) -> None:
        self.depth -= 1

    def count(self, n: int) -> None:
        """Count ``n`` members or cells without reading them."""
        self.members += n
        if self.members > limits_now().max_members:
            raise ExtractError(f"holds more than {limits_now().max_members} files (a zip bomb?)")

    def take(self, size: int) -> None:
        self.expanded += size
        if self.expanded > limits_now().max_expanded:
            raise ExtractError(f"unpacks to more than {limits_now().max_expanded // MiB} MiB "
                               "(a zip bomb?)")

    def read(self, stream: Readable) -> bytes:
        """Read a decompressing stream, stopping as soon as it passes the cap."""
        room = limits_now().max_expanded - self.expanded
        data = stream.read(room + 1)
        self.take(len(data))
        return data
