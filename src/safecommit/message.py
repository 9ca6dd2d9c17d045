"""A commit message as git will record it: what the ``commit-msg`` hook is handed, less
the lines git drops.

A message is history as much as a file is (an AI assistant reads ``git log``, and often
writes the message too), so it is scanned as prose. Git leaves out the lines that start
with its comment character (``core.commentChar``, ``#`` by default) and, after
``git commit --verbose``, everything from its scissors line down: the diff it shows,
whose lines the pre-commit hook has read already.

The trailers that name the people who made the commit (Signed-off-by, Co-authored-by,
Reviewed-by …) are left out too: they say what the commit's author and committer fields
say, which every commit carries. A trailer about anyone else (Reported-by) is read.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from safecommit.model import Blob

PATH = "commit message"
_SCISSORS = "------------------------ >8 ------------------------"
_OUR_PEOPLE = re.compile(r"(?i)(?:signed-off|co-authored|reviewed|acked|tested|helped)-by:\s")


def comment_char(root: Path) -> str:
    """Git's comment character here (``auto`` and unset both mean ``#``)."""
    found = subprocess.run(["git", "-C", str(root), "config", "--get", "core.commentChar"],
                           capture_output=True, text=True, check=False).stdout.strip()
    return found if found and found != "auto" else "#"


def recorded(text: str, comment: str = "#") -> str:
    """``text`` less the lines git drops from a message. A dropped line stays as an empty
    one, so that every line keeps its number in the message file."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line == f"{comment} {_SCISSORS}":
            lines = lines[:i]
            break
    return "\n".join("" if line.startswith(comment) else line for line in lines)


def without_makers(text: str) -> str:
    """``text`` with each trailer naming a maker of the commit left empty (see above)."""
    return "\n".join("" if _OUR_PEOPLE.match(line) else line for line in text.split("\n"))


def message_blob(path: Path, comment: str = "#") -> Blob:
    """The message in the file git hands the hook, as a blob to scan."""
    raw = path.read_bytes()
    text = without_makers(recorded(raw.decode("utf-8", "surrogateescape"), comment))
    return Blob(PATH, text.encode("utf-8", "surrogateescape"))


def recorded_blob(message: bytes, commit: str) -> Blob:
    """A message as a commit holds it, as a blob to scan."""
    text = without_makers(message.decode("utf-8", "surrogateescape"))
    return Blob(PATH, text.encode("utf-8", "surrogateescape"), commit=commit)
