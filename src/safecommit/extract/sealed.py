"""Files that hold data in a form safecommit cannot read: reported as not scanned, never
read as the printable strings of their compressed bytes (which would pass them unread)."""

from __future__ import annotations

from pathlib import PurePosixPath

from safecommit.extract.errors import ExtractError
from safecommit.model import Blob

# What each is, and how to commit what it holds instead.
KINDS: dict[str, str] = {
    ".hyper": "a Tableau extract (Hyper), whose rows safecommit cannot read: commit the "
              "workbook without its extract, or the data as CSV",
    ".tde": "a Tableau data extract, whose rows safecommit cannot read: commit the workbook "
            "without its extract, or the data as CSV",
}
# Power BI's data model (``DataModel`` in a .pbix) opens with this, in UTF-16: its tables
# are XPress9-compressed.
XPRESS9 = "This backup was created using XPress9".encode("utf-16-le")
_XPRESS9_WHY = ("a Power BI data model (XPress9-compressed), whose tables safecommit cannot "
                "read: commit the report as a .pbit template, without its data")


# An Outlook data file (.pst, .ost): whole mailboxes, their text scrambled by default.
_OUTLOOK_WHY = ("an Outlook data file (a mailbox, its text scrambled), which safecommit "
                "cannot read: do not commit mailboxes; commit the messages needed as .eml")


def why(data: bytes) -> str | None:
    """Why a file known by its first bytes cannot be read, if it is one of these."""
    if data.startswith(XPRESS9):
        return _XPRESS9_WHY
    return _OUTLOOK_WHY if data.startswith(b"!BDN") else None


def extract(blob: Blob) -> list[object]:
    suffix = PurePosixPath(blob.path).suffix.lower()
    raise ExtractError(KINDS.get(suffix, "a format safecommit cannot read"))
