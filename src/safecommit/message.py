"""A commit message as git will record it: what the ``commit-msg`` hook is handed, less
the lines git drops.

A message is history as much as a file is (an AI assistant reads ``git log``, and often
writes the message too), so it is scanned as prose. From a message opened in the editor,
git leaves out the lines that start with its comment character (``core.commentChar``,
``#`` by default) and, after ``git commit --verbose``, everything from its scissors line
down: the diff it shows, whose lines the pre-commit hook has read already. A message
given with ``-m`` or ``-F`` keeps its ``#`` lines, so they are scanned.

The trailers that name the people who made the commit (Signed-off-by, Co-authored-by,
Reviewed-by …) are left out too: they say what the commit's author and committer fields
say, which every commit carries. A trailer about anyone else (Reported-by) is read.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from safecommit.lazyre import lazy
from safecommit.model import Blob

PATH = "commit message"
_SCISSORS = "------------------------ >8 ------------------------"
_OUR_PEOPLE = lazy(r"(?i)(?:signed-off|co-authored|reviewed|acked|tested|helped)-by:\s")


def comment_char(root: Path) -> str:
    """Git's comment character here (``auto`` and unset both mean ``#``)."""
    return cleanup(root)[0]


def cleanup(root: Path) -> tuple[str, bool, bool]:
    """How git will clean up the message it hands the hook: its comment character, whether
    the lines that start with it go, and whether everything from the scissors line goes.

    Git strips comment lines only from a message opened in the editor (or with
    ``commit.cleanup=strip``): ``git commit -m "# Notes ..."`` or ``-F`` records them. A
    hook learns that no editor ran from ``GIT_EDITOR=:``, which git sets for it.
    """
    found = subprocess.run(["git", "-C", str(root), "config", "--get-regexp",
                            r"^(core\.comment(char|string)|commit\.cleanup)$"],
                           capture_output=True, text=True, check=False).stdout
    settings = {}
    for line in found.splitlines():
        key, _, value = line.partition(" ")
        # core.commentString (git 2.45) is another name for core.commentChar, and may be
        # longer than one character: whichever git reads last is the one it uses.
        settings[key.replace("commentstring", "commentchar")] = value.strip()
    char = settings.get("core.commentchar", "")
    char = char if char and char != "auto" else "#"
    mode = settings.get("commit.cleanup", "default").lower()
    edited = os.environ.get("GIT_EDITOR") != ":"
    if mode == "default":
        mode = "strip" if edited else "whitespace"
    # whitespace and verbatim keep comment lines; scissors keeps them above its line
    return char, mode == "strip", mode in ("strip", "scissors") and edited


def recorded(text: str, comment: str = "#", drop: bool = True, scissors: bool = True) -> str:
    """``text`` less the lines git drops from a message: those that start with ``comment``
    (when ``drop``) and those from the scissors line down (when ``scissors``). A dropped
    line stays as an empty one, so that every line keeps its number in the message file."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if scissors and line == f"{comment} {_SCISSORS}":
            lines = lines[:i]
            break
    if not drop:
        return "\n".join(lines)
    return "\n".join("" if line.startswith(comment) else line for line in lines)


def without_makers(text: str) -> str:
    """``text`` with each trailer naming a maker of the commit left empty (see above)."""
    return "\n".join("" if _OUR_PEOPLE.match(line) else line for line in text.split("\n"))


def message_blob(path: Path, comment: str = "#", drop: bool = True,
                 scissors: bool = True) -> Blob:
    """The message in the file git hands the hook, as a blob to scan."""
    raw = path.read_bytes()
    text = without_makers(recorded(raw.decode("utf-8", "surrogateescape"), comment, drop,
                                   scissors))
    return Blob(PATH, text.encode("utf-8", "surrogateescape"))


def recorded_blob(message: bytes, commit: str) -> Blob:
    """A message as a commit holds it, as a blob to scan."""
    text = without_makers(message.decode("utf-8", "surrogateescape"))
    return Blob(PATH, text.encode("utf-8", "surrogateescape"), commit=commit)
