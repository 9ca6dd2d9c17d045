"""Commits: the lines each commit added, for a ref range (CI, pre-push) or a whole history.

Each commit is read on its own, never the net diff: a value added in one commit and removed
in the next still lands in history. Renames are followed, so a file that only moved adds
nothing. A merge adds only the lines that are in none of its parents (its conflict
resolutions): what it brings in from a branch was scanned in that branch's own commits.

Memory stays flat however long the history: gitpython streams the commit list, each commit
is one ``git diff-tree`` per parent, and blobs are read one at a time through gitpython's
long-lived ``git cat-file``.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from safecommit.lazyre import lazy
from safecommit.message import recorded_blob as message_blob
from safecommit.model import Blob, NotScanned
from safecommit.source import (
    DEFAULT_MAX_BYTES,
    GITLINK,
    SourceError,
    display_path,
    empty_tree,
    is_excluded,
    is_lfs_pointer,
    object_data,
    object_size,
)

if TYPE_CHECKING:
    import git

# What git passes for "no commit": a new branch's remote side in pre-push, for example
# (sixty-four zeros in a sha256 repository).
ZERO_SHA = "0" * 40
_HUNK = lazy(rb"^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
_DIFF_TREE = ("-c", "core.quotePath=true", "diff-tree", "-r", "-M", "--raw", "-p", "-U0",
              "--no-commit-id", "--no-color", "--no-ext-diff", "--no-textconv", "--no-abbrev",
              "--src-prefix=a/", "--dst-prefix=b/", "--diff-filter=AMRT")


@dataclass(frozen=True, slots=True)
class Change:
    """One file a commit added or changed. ``lines`` None means read the whole file."""

    path: str
    sha: str
    mode: int
    lines: frozenset[int] | None
    old_path: str | None = None


# --- what to walk ----------------------------------------------------------------------------


def range_blobs(repo: git.Repo, from_ref: str, to_ref: str, exclude: Sequence[str] = (),
                max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Blob | NotScanned]:
    """For each commit in ``from_ref..to_ref``, each file it changed, with the lines it added.

    ``from_ref`` of forty zeros (git's "nothing") means every commit reachable from ``to_ref``.
    """
    to_sha = resolve(repo, to_ref, "--to")
    if from_ref.strip("0") == "" and len(from_ref) in (40, 64):
        revs = [to_sha]
    else:
        revs = [f"{resolve(repo, from_ref, '--from')}..{to_sha}"]
    return _blobs(repo, revs, exclude, max_bytes)


def unpushed_blobs(repo: git.Repo, local_ref: str, remote: str, exclude: Sequence[str] = (),
                   max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Blob | NotScanned]:
    """Every commit reachable from ``local_ref`` that no ref of ``remote`` holds yet: a push
    whose new history starts at a root commit (a new repository's first push)."""
    to_sha = resolve(repo, local_ref, "pushed ref")
    return _blobs(repo, [to_sha, "--not", f"--remotes={remote}"], exclude, max_bytes)


def history_blobs(repo: git.Repo, refs: Sequence[str], exclude: Sequence[str] = (),
                  max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Blob | NotScanned]:
    """Every commit reachable from ``refs`` (``--all`` for every ref), oldest first."""
    revs = [r if r == "--all" else resolve(repo, r, "ref") for r in refs]
    return _blobs(repo, revs, exclude, max_bytes)


def resolve(repo: git.Repo, ref: str, what: str) -> str:
    """The commit id ``ref`` names, or a one-line error that says what to do."""
    import git

    if not ref or ref.startswith("-"):
        raise SourceError(f"{what} {ref!r}: not a commit (give a branch, tag or commit id)")
    try:
        return str(repo.git.rev_parse("--verify", "--quiet", f"{ref}^{{commit}}")).strip()
    except git.GitCommandError:
        pass
    if is_shallow(repo):
        raise SourceError(f"{what} {ref}: commit not in this shallow clone (fetch the whole "
                          "history: `git fetch --unshallow`, or `fetch-depth: 0` in CI)")
    raise SourceError(f"{what} {ref}: unknown commit (fetch it, or check the name)")


def shallow_commits(repo: git.Repo) -> frozenset[str]:
    path = Path(repo.common_dir) / "shallow"
    try:
        return frozenset(path.read_text().split())
    except OSError:
        return frozenset()


def is_shallow(repo: git.Repo) -> bool:
    return bool(shallow_commits(repo))


def _blobs(repo: git.Repo, revs: list[str], exclude: Sequence[str],
           max_bytes: int) -> Iterator[Blob | NotScanned]:
    root = Path(repo.working_tree_dir or repo.git_dir)
    shallow = shallow_commits(repo)
    for sha, parents, message in _walk(repo, revs):
        if sha in shallow:
            raise SourceError(f"commit {sha[:12]}: its parents are missing from this "
                              "shallow clone, so what it added is unknown (fetch the whole "
                              "history: `git fetch --unshallow`, or `fetch-depth: 0` in CI)")
        for change in commit_changes(repo, sha, parents):
            if is_excluded(change.path, exclude):
                continue
            yield _read(repo, root, change, sha, max_bytes)
        # Its message is history too (a commit made with --no-verify skipped its hook).
        if message.strip():
            yield message_blob(message, sha)


def _walk(repo: git.Repo, revs: list[str]) -> Iterator[tuple[str, list[str], bytes]]:
    """Each commit with its parents and message, oldest first, streamed from one
    `git rev-list`. A message cannot hold a NUL, so NULs frame each one."""
    proc = repo.git.execute(["git", "rev-list", "--topo-order", "--reverse", "--parents",
                             "--format=%x00%B%x00", *revs, "--"], as_process=True)
    process = proc.proc
    assert process is not None and process.stdout is not None
    # Each commit is "commit <sha> <parents>\n", NUL, its message, NUL, "\n".
    fields = _fields(process.stdout)
    for header, message in zip(fields, fields, strict=False):
        sha, *parents = header.decode("ascii").split()[1:]
        yield sha, parents, message
    if process.wait() != 0:
        err = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
        last = err.strip().splitlines()[-1] if err.strip() else "git rev-list failed"
        raise SourceError(f"cannot list the commits to scan ({last})")


def _fields(stream: IO[bytes]) -> Iterator[bytes]:
    """The NUL-separated fields of ``stream``, read as it comes."""
    pending = b""
    while chunk := stream.read(1 << 16):
        *whole, pending = (pending + chunk).split(b"\0")
        yield from whole
    if pending.strip():
        yield pending


# --- one commit ------------------------------------------------------------------------------


def commit_changes(repo: git.Repo, sha: str, parents: Sequence[str]) -> list[Change]:
    """What ``sha`` added: against its parent, or the empty tree for a root commit.

    For a merge, a line counts only if it is new against every parent.
    """
    import git

    try:
        sides = [parse_diff_tree(repo.git.execute(["git", *_DIFF_TREE, parent, sha],
                                                  stdout_as_string=False))
                 for parent in (parents or [empty_tree(repo)])]
    except git.GitCommandError as exc:
        missing = _missing(repo, sha, parents)
        if missing is not None:
            shown = ", ".join(oid[:12] for oid in missing[:5]) or _last_line(exc)
            more = f" and {len(missing) - 5} more" if len(missing) > 5 else ""
            raise SourceError(
                f"commit {sha[:12]}: this partial clone lacks the files it changes ("
                f"{'objects ' if missing else ''}{shown}{more}), and safecommit never "
                "fetches: fetch them first (`git log -p --format= FROM..TO > /dev/null` "
                "does), or clone without --filter") from None
        raise SourceError(f"commit {sha[:12]}: cannot diff it against its parents "
                          f"({_last_line(exc)})") from None
    first, *others = sides
    changes = []
    for path, change in first.items():
        lines = change.lines
        for other in others:
            if path not in other:
                lines = frozenset()  # identical to that parent: it brings nothing new
                break
            lines = _intersect(lines, other[path].lines)
        if lines is None or lines:
            changes.append(Change(path, change.sha, change.mode, lines, change.old_path))
    return changes


def _missing(repo: git.Repo, sha: str, parents: Sequence[str]) -> list[str] | None:
    """The objects of the files ``sha`` changes, either side, that a partial clone lacks
    (asked of git with fetching off): empty when even its trees are missing, so that
    which files is unknown; None when it is not a partial clone."""
    import git

    try:
        promisors = r"^remote\..*\.promisor$|^extensions\.partialclone$"
        repo.git.config("--get-regexp", promisors)
    except git.GitCommandError:
        return None  # no promisor remote: not a partial clone
    wanted: list[str] = []
    try:
        for parent in parents or [empty_tree(repo)]:
            raw = repo.git.diff_tree("-r", "--raw", "--no-abbrev", parent, sha)
            for line in raw.splitlines():
                old_mode, new_mode, old, new = line[1:].split("\t", 1)[0].split()[:4]
                wanted += [oid for mode, oid in ((old_mode, old), (new_mode, new))
                           if int(mode, 8) not in (0, GITLINK) and oid not in wanted]
    except (git.GitCommandError, ValueError):
        return []
    found = []
    for oid in wanted:
        try:
            repo.git.cat_file("-e", oid)
        except git.GitCommandError:
            found.append(oid)
    return found


def _intersect(a: frozenset[int] | None, b: frozenset[int] | None) -> frozenset[int] | None:
    if a is None:
        return b
    return a if b is None else a & b


def _read(repo: git.Repo, root: Path, change: Change, sha: str,
          max_bytes: int) -> Blob | NotScanned:
    shown = display_path(root, change.path)
    origin = display_path(root, change.old_path) if change.old_path else None
    try:
        size = object_size(repo, change.sha)
        if size > max_bytes:
            return NotScanned(shown, f"file is {size} bytes, over the {max_bytes}-byte limit "
                                     "(raise max_file_bytes to scan it)", sha)
        data = object_data(repo, change.sha)
    except Exception as exc:  # any odb failure means "cannot read"
        return NotScanned(shown, f"cannot read blob {change.sha[:12]}: {type(exc).__name__}",
                          sha)
    if is_lfs_pointer(data):
        return _lfs_object(repo, data, shown, sha, max_bytes, origin)
    return Blob(shown, data, lines=change.lines, commit=sha, renamed_from=origin)


def _lfs_object(repo: git.Repo, pointer: bytes, shown: str, sha: str, max_bytes: int,
                origin: str | None) -> Blob | NotScanned:
    """A pointer is what git holds; the object it names is pushed too, so scan that."""
    oid = pointer.split(b"\noid sha256:", 1)[1].split(b"\n", 1)[0].strip().decode("ascii",
                                                                                  "replace")
    store = Path(repo.common_dir) / "lfs" / "objects" / oid[:2] / oid[2:4] / oid
    try:
        if store.stat().st_size > max_bytes:
            return NotScanned(shown, f"Git LFS object is over the {max_bytes}-byte limit", sha)
        data = store.read_bytes()
    except OSError:
        return NotScanned(shown, "Git LFS object is not fetched (run `git lfs fetch`, then "
                                 "scan again)", sha)
    if hashlib.sha256(data).hexdigest() != oid:
        return NotScanned(shown, "Git LFS object does not match its pointer", sha)
    # The pointer's lines say nothing about the object's: scan the object whole.
    return Blob(shown, data, commit=sha, renamed_from=origin)


def _last_line(exc: Exception) -> str:
    stderr = getattr(exc, "stderr", "") or ""
    if isinstance(stderr, bytes):
        stderr = stderr.decode("utf-8", "replace")
    text = str(stderr).strip()
    if text.startswith("stderr: '") and text.endswith("'"):  # as gitpython quotes it
        text = text[len("stderr: '"):-1]
    lines = [s for s in text.splitlines() if s.strip()]
    return lines[-1].strip() if lines else type(exc).__name__


# --- parsing `git diff-tree --raw -p -U0` ----------------------------------------------------


@dataclass
class _Section:
    header: bytes
    plus: bytes | None = None
    rename_to: bytes | None = None
    binary: bool = False
    deleted: bool = False


def parse_diff_tree(out: bytes) -> dict[str, Change]:
    """Changed files by new path, with the lines each added (None: binary or new, read whole).

    The raw part names each file safely; the patch part gives added line numbers. Patch
    sections are matched to files by path, since a type change gives two sections.
    """
    raw: list[tuple[str, int, str, str | None, str]] = []
    added: dict[str, set[int]] = {}
    binary: set[str] = set()
    lines = out.split(b"\n")
    i = 0
    while i < len(lines) and lines[i].startswith(b":"):
        raw.append(_parse_raw(lines[i]))
        i += 1
    section: _Section | None = None
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.startswith(b"diff --git "):
            _close(section, added, binary)
            section = _Section(line)
        elif section is None:
            continue
        elif line.startswith(b"@@ "):
            match = _HUNK.match(line)
            if match is None:
                raise SourceError(f"cannot read git's diff hunk header {line[:40]!r}")
            old_n = int(match.group(1)) if match.group(1) is not None else 1
            start = int(match.group(2))
            new_n = int(match.group(3)) if match.group(3) is not None else 1
            path = None if section.deleted else _section_path(section)
            if path is not None:
                added.setdefault(path, set()).update(range(start, start + new_n))
            # Skip the hunk body by count: an added line may itself start with "+++ " or "diff".
            body = old_n + new_n
            while body and i < len(lines):
                if not lines[i].startswith(b"\\"):
                    body -= 1
                i += 1
        elif line.startswith(b"+++ "):
            # git ends a name holding a space with a tab, for GNU patch.
            section.plus = line[4:].removesuffix(b"\t")
        elif line.startswith(b"rename to "):
            section.rename_to = line[len(b"rename to "):]
        elif line.startswith(b"deleted file mode"):
            section.deleted = True
        elif line.startswith(b"Binary files ") or line == b"GIT binary patch":
            section.binary = True
    _close(section, added, binary)
    changes = {}
    for status, mode, sha, old, new in raw:
        if mode == GITLINK:
            continue  # a submodule's commit id, scanned in its own repository
        lines_added: frozenset[int] | None
        if status == "A" or new in binary or new not in added:
            lines_added = None  # new, binary, or a section not understood: read it whole
        else:
            lines_added = frozenset(added[new])
            if not lines_added:
                continue  # a pure rename or a mode change adds nothing
        changes[new] = Change(new, sha, mode, lines_added, old if status == "R" else None)
    return changes


def _close(section: _Section | None, added: dict[str, set[int]], binary: set[str]) -> None:
    if section is None or section.deleted:
        return
    path = _section_path(section)
    if path is None:
        return
    if section.binary:
        binary.add(path)
    else:
        added.setdefault(path, set())


def _section_path(section: _Section) -> str | None:
    if section.rename_to is not None:
        return unquote(section.rename_to)
    if section.plus is not None:
        if section.plus == b"/dev/null":
            return None
        name = unquote(section.plus)
        return name[2:] if name.startswith("b/") else name
    return _header_path(section.header[len(b"diff --git "):])


def _header_path(rest: bytes) -> str | None:
    """``a/P b/P``: the path of a section with no ``+++`` line (binary, mode change)."""
    if rest.startswith(b'"'):
        first, remainder = _take_quoted(rest)
        second, _ = _take_quoted(remainder.lstrip(b" "))
        name = second if second is not None else first
        return name[2:] if name is not None and name.startswith("b/") else None
    n = len(rest)
    if n % 2 == 0:
        return None
    half = (n - 5) // 2
    if rest[:2] == b"a/" and rest[2 + half:5 + half] == b" b/" \
            and rest[2:2 + half] == rest[5 + half:]:
        return _decode(rest[5 + half:])
    return None


def _parse_raw(line: bytes) -> tuple[str, int, str, str | None, str]:
    """``:old_mode new_mode old_sha new_sha STATUS\\tpath[\\tnew_path]``."""
    meta, *paths = line.split(b"\t")
    fields = meta[1:].split()
    status = fields[4][:1].decode("ascii")
    names = [unquote(p) for p in paths]
    old = names[0] if len(names) > 1 else None
    return status, int(fields[1], 8), fields[3].decode("ascii"), old, names[-1]


_ESCAPES = {ord("a"): 7, ord("b"): 8, ord("t"): 9, ord("n"): 10, ord("v"): 11, ord("f"): 12,
            ord("r"): 13, ord('"'): 34, ord("\\"): 92}


def unquote(name: bytes) -> str:
    """A path as git prints it: C-quoted when it holds unusual bytes."""
    if name.startswith(b'"'):
        text, _ = _take_quoted(name)
        if text is not None:
            return text
    return _decode(name)


def _take_quoted(data: bytes) -> tuple[str | None, bytes]:
    """The C-quoted string at the start of ``data``, and what follows it."""
    out = bytearray()
    i = 1
    while i < len(data):
        c = data[i]
        if c == ord('"'):
            return _decode(bytes(out)), data[i + 1:]
        if c == ord("\\") and i + 1 < len(data):
            nxt = data[i + 1]
            if ord("0") <= nxt <= ord("7"):
                out.append(int(data[i + 1:i + 4], 8))
                i += 4
                continue
            out.append(_ESCAPES.get(nxt, nxt))
            i += 2
            continue
        out.append(c)
        i += 1
    return None, data


def _decode(name: bytes) -> str:
    return os.fsdecode(name)

