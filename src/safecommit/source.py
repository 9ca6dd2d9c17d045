"""Source: decide which bytes to scan, and read them.

Staged files come from the git index (what would be committed), never the working tree.
gitpython is imported only when a run needs git.
"""

from __future__ import annotations

import fnmatch
import functools
import os
import stat
import weakref
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from safecommit.model import Blob, NotScanned, OnDisk

if TYPE_CHECKING:
    import subprocess

    import git

# git's well-known empty tree (sha1 ids); diffing against it lists every file of a repo with
# no commits. ``empty_tree`` gives it in the repository's own object format.
EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"
GITLINK = 0o160000
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
SYMLINK = 0o120000


class SourceError(Exception):
    """A problem finding what to scan: not a repository, an unknown ref, …"""


def find_root(start: Path) -> Path | None:
    """The top of the git work tree holding ``start``, or None outside git.

    GIT_DIR (with GIT_WORK_TREE or core.worktree) names the repository the way git reads
    it: a "dotfiles" repository kept apart from its work tree, whose hooks git runs with
    both set. Without them the folders above ``start`` are searched for a ``.git``.
    """
    here = start.resolve()
    if git_dir := os.environ.get("GIT_DIR"):
        # Relative, they are read from the current folder, as git reads them.
        told = _told_root(os.getcwd(), git_dir, os.environ.get("GIT_WORK_TREE"))
        if told is not None and (here == Path.cwd().resolve() or here == told
                                 or told in here.parents):
            return told
    for candidate in (here, *here.parents):
        if (candidate / ".git").exists():
            return candidate
    for candidate in (here, *here.parents):
        if is_bare_repo(candidate):
            return candidate
    return None


@functools.lru_cache(maxsize=8)
def _told_root(start: str, git_dir: str, work_tree: str | None) -> Path | None:
    """The work tree that GIT_DIR and GIT_WORK_TREE (or core.worktree) name, as git itself
    decides it from the folder ``start``, or the git folder of a bare repository. Both are made
    absolute in this process's environment, so that every git run below reads the same
    repository from whichever folder it runs in."""
    import subprocess

    try:
        found = subprocess.run(["git", "rev-parse", "--absolute-git-dir",
                                "--is-bare-repository", "--show-toplevel"],
                               cwd=start, capture_output=True, text=True)
    except OSError:
        return None
    lines = found.stdout.splitlines()
    if len(lines) < 2:
        return None
    bare = lines[1] == "true"
    os.environ["GIT_DIR"] = lines[0]
    if bare or len(lines) < 3:
        return Path(lines[0]) if bare else None
    top = Path(lines[2])
    os.environ["GIT_WORK_TREE"] = str(top)
    return top


def is_bare_repo(path: Path) -> bool:
    """A bare clone, as CI systems sometimes check out: no work tree, just git's files."""
    return (path / "HEAD").is_file() and (path / "objects").is_dir() and (path / "refs").is_dir()


def open_repo(root: Path) -> git.Repo:
    import git

    git_dir = os.environ.get("GIT_DIR")
    try:
        repo = git.Repo(git_dir if git_dir else root)
    except (git.InvalidGitRepositoryError, git.NoSuchPathError) as exc:
        raise SourceError(f"{root}: not a git repository ({exc})") from None
    if git_dir and repo.bare and not is_bare_repo(root):
        # A bare repository given a work tree by GIT_WORK_TREE, as git lets it be (a
        # dotfiles repository): GitPython would take it as having none.
        repo._bare = False
        repo._working_tree_dir = repo.working_dir = repo.git._working_dir = str(root)
    # Never a network call: in a partial clone, reading an object it lacks would fetch it
    # from the promisor remote. Git 2.44 and later obey GIT_NO_LAZY_FETCH; before that, no
    # transport is allowed, so the fetch fails and the scan fails closed.
    repo.git.update_environment(GIT_NO_LAZY_FETCH="1", GIT_ALLOW_PROTOCOL="none",
                                GIT_TERMINAL_PROMPT="0")
    # gitpython opens what git itself may refuse (safe.directory: a checkout owned by
    # another user, as in many CI containers), and each later git command then fails in
    # its own way. Ask git once, and say its reason.
    try:
        repo.git.execute(["git", "rev-parse", "--absolute-git-dir"])
    except git.GitCommandError as exc:
        raise SourceError(_refusal(root, exc)) from None
    return repo


def _refusal(root: Path, exc: Exception) -> str:
    """One line for git's refusal to use the repository at ``root``."""
    text = str(getattr(exc, "stderr", "") or "").strip()
    if text.startswith("stderr: '") and text.endswith("'"):  # as gitpython quotes it
        text = text[len("stderr: '"):-1]
    return git_refusal(root, text or type(exc).__name__)


def git_refusal(root: Path, stderr: str) -> str:
    """One line for git's refusal (its stderr) to use the repository at ``root``: its
    first line, and for a safe.directory refusal the command that lifts it."""
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    reason = lines[0].removeprefix("fatal: ") if lines else "git failed"
    if "safe.directory" in stderr:
        return (f"git refuses this repository: {reason} (if you trust it: "
                f"`git config --global --add safe.directory {root}`)")
    return f"{root}: git refuses this repository: {reason}"


def display_path(root: Path, rel: str) -> str:
    """A repo-relative path as the user should see it: relative to cwd, POSIX."""
    full = root / rel
    try:
        shown = os.path.relpath(full)
    except ValueError:  # another drive on Windows
        shown = str(full)
    return Path(shown).as_posix()


def is_excluded(path: str, patterns: Sequence[str]) -> bool:
    return any(matches_glob(path, p) for p in patterns)


def matches_glob(path: str, pattern: str) -> bool:
    """gitignore-ish globs: ``**`` crosses folders, a bare name matches at any depth."""
    path = path.lstrip("./") if path.startswith("./") else path
    if fnmatch.fnmatchcase(path, pattern):
        return True
    if pattern.endswith("/**") and (path + "/").startswith(pattern[:-2]):
        return True
    if pattern.startswith("**/") and matches_glob(path, pattern[3:]):
        return True
    if "/" not in pattern.rstrip("/"):
        return any(fnmatch.fnmatchcase(part, pattern.rstrip("/")) for part in path.split("/"))
    if "/**/" in pattern:
        head, tail = pattern.split("/**/", 1)
        return matches_glob(path, f"{head}/{tail}") or fnmatch.fnmatchcase(path, pattern)
    return False


# --- files on disk ---------------------------------------------------------------------------


def _measure(path: str, shown: str, max_bytes: int) -> Blob | OnDisk | NotScanned | None:
    """The file measured, to be read by ``read`` (a link is read now: its target's name is
    what is committed); None when it vanished since it was listed."""
    try:
        st = os.lstat(path)
        if stat.S_ISLNK(st.st_mode):
            # A link is committed as its target's name, never as the target's content.
            return Blob(shown, os.fsencode(os.readlink(path)))
        if not stat.S_ISREG(st.st_mode):
            return NotScanned(shown, "not a regular file")
        if st.st_size > max_bytes:
            return NotScanned(shown, f"file is {st.st_size} bytes, over the {max_bytes}-byte limit")
        return OnDisk(shown, path, st.st_size)
    except FileNotFoundError:
        return None
    except OSError as exc:
        return NotScanned(shown, f"cannot read: {exc.strerror or exc}")


def _read_file(path: str, shown: str, max_bytes: int) -> Blob | NotScanned | None:
    """The file's bytes; None when it vanished since it was listed."""
    found = _measure(path, shown, max_bytes)
    return read(found) if isinstance(found, OnDisk) else found


def read(item: OnDisk) -> Blob | NotScanned | None:
    """The bytes of a file measured by ``disk_blobs(defer=True)``; None when it vanished
    since. A file that outgrew the size limit since it was measured is read whole: it was
    under it when the scan listed it."""
    try:
        return Blob(item.path, _read_all(item.location, item.size))
    except FileNotFoundError:
        return None
    except OSError as exc:
        return NotScanned(item.path, f"cannot read: {exc.strerror or exc}")


def _read_all(path: str, size: int) -> bytes:
    """The file's bytes: plain reads, from one of its measured size, to the end (a file can
    grow or shrink since it was measured). No buffered file object for each of a tree's
    thousands of files."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        chunks = []
        want = size + 1
        while chunk := os.read(fd, want):
            chunks.append(chunk)
            want = 1 << 20
        return b"".join(chunks)
    finally:
        os.close(fd)


def _git_listed(root: Path, folder: Path) -> list[str] | None:
    """Tracked and untracked-but-not-ignored files under ``folder``, repo-relative."""
    import subprocess

    try:
        out = subprocess.run(
            ["git", "-C", str(root), "ls-files", "-z", "--cached", "--others",
             "--exclude-standard", "--", str(folder.resolve())],
            capture_output=True, check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    return sorted({os.fsdecode(p) for p in out.split(b"\0") if p})


class Unlisted(NamedTuple):
    """A folder the walk could not list: everything in it is unscanned."""

    folder: str
    reason: str


def _walk(folder: str) -> Iterator[str | Unlisted]:
    """Every entry under ``folder`` that is not a folder (files, links, even a link to a
    folder, which git commits as a link), .git left out: a folder's own entries by name,
    then its folders', depth first. A folder that cannot be listed is said, never skipped.

    One ``scandir`` a folder, whose entries know their type: no ``lstat`` of each folder as
    ``os.walk`` makes, nor its silence about a folder it cannot read.
    """
    pending = [folder]
    while pending:
        here = pending.pop()
        try:
            with os.scandir(here) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as exc:
            yield Unlisted(here, exc.strerror or str(exc))
            continue
        folders = []
        for entry in entries:
            try:
                is_folder = entry.is_dir(follow_symlinks=False)
            except OSError:  # its type unknown: measured as a file, which says why
                is_folder = False
            if not is_folder:
                yield entry.path
            elif entry.name != ".git":
                folders.append(entry.path)
        pending.extend(reversed(folders))


def _relative(path: str, start: str) -> str | None:
    """``path`` (absolute) relative to ``start`` (absolute), POSIX; None on another drive.

    Most files lie under ``start``: a prefix cut is the answer, without the two getcwd
    calls and the splitting that ``os.path.relpath`` costs on every file of a big tree."""
    prefix = start if start.endswith(os.sep) else start + os.sep
    if path.startswith(prefix) and os.sep + ".." + os.sep not in path:
        rel = path[len(prefix):]
    else:
        try:
            rel = os.path.relpath(path, start)
        except ValueError:  # another drive on Windows
            return None
    return rel.replace(os.sep, "/") if os.sep != "/" else rel


def disk_blobs(paths: Iterable[str], exclude: Sequence[str] = (),
               max_bytes: int = DEFAULT_MAX_BYTES,
               base: Path | None = None) -> Iterator[Blob | NotScanned]:
    """Files and folders on disk, read. See ``disk_files``."""
    for item in disk_files(paths, exclude, max_bytes, base):
        found = read(item) if isinstance(item, OnDisk) else item
        if found is not None:
            yield found


def disk_files(paths: Iterable[str], exclude: Sequence[str] = (),
               max_bytes: int = DEFAULT_MAX_BYTES,
               base: Path | None = None) -> Iterator[Blob | OnDisk | NotScanned]:
    """Files and folders on disk, measured: ``read`` reads each in the process that scans
    it. Folders are walked; .git and git-ignored files are skipped.

    ``base`` is the folder that ``exclude`` globs are relative to (the config root).
    """
    cwd = os.getcwd()
    base_dir = os.path.abspath(base) if base is not None else cwd

    def excluded(file: str) -> bool:
        if not exclude:
            return False
        rel = _relative(file, base_dir)
        return rel is not None and is_excluded(rel, exclude)

    def shown(path: str) -> str:
        return _relative(path, cwd) or Path(path).as_posix()

    def measure(file: str) -> Blob | OnDisk | NotScanned | None:
        return _measure(file, shown(file), max_bytes)

    for arg in paths:
        target = os.path.abspath(arg)
        if os.path.isdir(target):
            root = find_root(Path(target))
            listed = _git_listed(root, Path(target)) if root else None
            files: Iterable[str | Unlisted] = (os.path.join(root, p) for p in listed) \
                if root and listed is not None else _walk(target)
            for file in files:
                if isinstance(file, Unlisted):
                    if not excluded(file.folder):  # fail closed: its files are unknown
                        yield NotScanned(shown(file.folder), f"cannot list this folder "
                                         f"({file.reason}): nothing in it was scanned")
                elif not excluded(file) and (item := measure(file)) is not None:
                    yield item
        elif os.path.lexists(target):
            if not excluded(target) and (item := measure(target)) is not None:
                yield item
        else:
            yield NotScanned(Path(arg).as_posix(), "no such file")


# --- the git index ---------------------------------------------------------------------------


def empty_tree(repo: git.Repo) -> str:
    """The empty tree's id in the repository's object format: sha1, or sha256 for a
    repository made with ``git init --object-format=sha256``."""
    import hashlib

    form = repo.config_reader("repository").get_value("extensions", "objectformat", "sha1")
    if str(form).lower() == "sha1":
        return EMPTY_TREE
    return hashlib.new(str(form).lower(), b"tree 0\0").hexdigest()


def _has_head(repo: git.Repo) -> bool:
    try:
        repo.head.commit  # noqa: B018 - raises on an unborn branch
    except ValueError:
        # An unborn branch, or a sha256 commit id, which gitpython cannot read: ask git.
        return bool(repo.git.execute(["git", "rev-parse", "--verify", "-q", "HEAD"],
                                     with_exceptions=False))
    return True


def staged_paths(repo: git.Repo) -> list[str]:
    """Paths added, copied, modified, renamed or retyped in the index (deletions have no bytes)."""
    base = "HEAD" if _has_head(repo) else empty_tree(repo)
    out = repo.git.diff("--cached", "--name-only", "-z", "--no-renames",
                        "--diff-filter=ACMRTU", base)
    return [p for p in out.split("\0") if p]


def index_blobs(repo: git.Repo, paths: Sequence[str] | None = None,
                exclude: Sequence[str] = (),
                max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Blob | NotScanned]:
    """The index version of each path; a path not in the index is read from disk.

    ``paths`` are relative to the current directory; ``None`` means everything staged.
    """
    root = Path(repo.working_tree_dir or ".")
    if paths is None:
        rel_paths = staged_paths(repo)
    else:
        # abspath, not resolve: a staged symlink is scanned as the link, not its target.
        rel_paths = [Path(os.path.relpath(os.path.abspath(p), root.resolve())).as_posix()
                     for p in paths]
    entries = _index_entries(repo, rel_paths)
    renames = staged_renames(repo, root)
    for rel in rel_paths:
        if is_excluded(rel, exclude):
            continue
        shown = display_path(root, rel)
        entry = entries.get(rel)
        if entry is None:
            on_disk = _read_file(str(root / rel), shown, max_bytes)
            if on_disk is not None:  # else deleted: nothing will be committed
                yield on_disk
            continue
        mode, sha = entry
        if mode == GITLINK:
            continue  # a submodule's commit id, scanned in its own repository
        found = _read_staged(repo, root / rel, shown, sha, max_bytes)
        if rel in renames and isinstance(found, Blob):
            found = replace(found, renamed_from=display_path(root, renames[rel]))
        yield found


def staged_renames(repo: git.Repo, root: Path) -> dict[str, str]:
    """New path -> old path for each file renamed in the index.

    Only a baseline needs them (its entries follow a renamed file), so a repository
    without one pays nothing for git's rename detection.
    """
    if not (root / ".safecommit-baseline.json").is_file() or not _has_head(repo):
        return {}
    out = str(repo.git.execute(["git", "diff", "--cached", "-M", "--name-status", "-z",
                                "--diff-filter=R", "HEAD"], strip_newline_in_stdout=False))
    fields = out.split("\0")
    renames = {}
    for i in range(0, len(fields) - 2, 3):
        if fields[i].startswith("R"):
            renames[fields[i + 2]] = fields[i + 1]
    return renames


class _Objects:
    """Objects read through two long-lived ``git cat-file`` processes: for sha256 object
    ids, which gitpython's object database cannot read (it takes every id for sha1)."""

    def __init__(self, repo: git.Repo) -> None:
        self._repo = repo
        self._procs: dict[str, subprocess.Popen[bytes]] = {}

    def _ask(self, option: str, sha: str) -> tuple[subprocess.Popen[bytes], int]:
        import subprocess

        proc = self._procs.get(option)
        if proc is None:
            proc = self._procs[option] = subprocess.Popen(
                ["git", "cat-file", option], cwd=self._repo.working_dir,
                env={**os.environ, **self._repo.git.environment()},
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(sha.encode("ascii") + b"\n")
        proc.stdin.flush()
        fields = proc.stdout.readline().split()
        if len(fields) != 3:
            raise LookupError(f"object {sha[:12]} is not in the repository")
        return proc, int(fields[2])

    def size(self, sha: str) -> int:
        return self._ask("--batch-check", sha)[1]

    def data(self, sha: str) -> bytes:
        proc, size = self._ask("--batch", sha)
        assert proc.stdout is not None
        data = proc.stdout.read(size)
        proc.stdout.read(1)  # the newline after each object
        return data


_OBJECTS: weakref.WeakKeyDictionary[git.Repo, _Objects] = weakref.WeakKeyDictionary()


def object_size(repo: git.Repo, sha: str) -> int:
    """The size of the object ``sha`` (a sha1 or a sha256 id)."""
    if len(sha) == 40:
        return int(repo.odb.info(bytes.fromhex(sha)).size)
    return _OBJECTS.setdefault(repo, _Objects(repo)).size(sha)


def object_data(repo: git.Repo, sha: str) -> bytes:
    """The bytes of the object ``sha`` (a sha1 or a sha256 id)."""
    if len(sha) == 40:
        data: bytes = repo.odb.stream(bytes.fromhex(sha)).read()
        return data
    return _OBJECTS.setdefault(repo, _Objects(repo)).data(sha)


def _read_staged(repo: git.Repo, disk: Path, shown: str, sha: str,
                 max_bytes: int) -> Blob | NotScanned:
    try:
        size = object_size(repo, sha)
        if size > max_bytes:
            return NotScanned(shown, f"file is {size} bytes, over the {max_bytes}-byte limit "
                                     "(raise max_file_bytes to scan it)")
        data = object_data(repo, sha)
    except Exception as exc:
        return NotScanned(shown, f"cannot read staged blob {sha[:12]}: {type(exc).__name__}")
    if is_lfs_pointer(data):
        return _read_lfs_object(data, disk, shown, max_bytes)
    return Blob(shown, data)


_LFS_HEAD = b"version https://git-lfs.github.com/spec/v1\n"


def is_lfs_pointer(data: bytes) -> bool:
    return len(data) < 1024 and data.startswith(_LFS_HEAD) and b"\noid sha256:" in data


def _read_lfs_object(pointer: bytes, disk: Path, shown: str, max_bytes: int) -> Blob | NotScanned:
    """The pointer is committed, but the object is pushed too: scan it from the work tree."""
    import hashlib

    oid_line = pointer.split(b"\noid sha256:", 1)[1].split(b"\n", 1)[0]
    oid = oid_line.strip().decode("ascii", "replace")
    found = _read_file(str(disk), shown, max_bytes)
    if found is None:
        return NotScanned(shown, "Git LFS object is not in the work tree (run `git lfs pull`, "
                                 "then scan again)")
    if isinstance(found, Blob) and hashlib.sha256(found.data).hexdigest() == oid:
        return found
    if isinstance(found, NotScanned):
        return found
    return NotScanned(shown, "Git LFS object is not in the work tree (run `git lfs pull`, "
                             "then scan again)")


def _index_entries(repo: git.Repo, rel_paths: Sequence[str]) -> dict[str, tuple[int, str]]:
    if not rel_paths:
        return {}
    # Literal pathspecs: a file called `a[1].txt` or `*.py` is a name, not a pattern.
    args = ["git", "--literal-pathspecs", "ls-files", "-s", "-z"]
    if len(rel_paths) < 2000:
        args += ["--", *rel_paths]
    out = repo.git.execute(args, strip_newline_in_stdout=False)
    wanted = set(rel_paths)
    entries: dict[str, tuple[int, str]] = {}
    for record in str(out).split("\0"):
        if not record:
            continue
        meta, _, path = record.partition("\t")
        mode, sha, stage = meta.split()
        # During a merge conflict, stage 2 ("ours") is what would be committed after resolution.
        if path in wanted and (stage in ("0", "2") or path not in entries):
            entries[path] = (int(mode, 8), sha)
    return entries


# --- commit ranges ---------------------------------------------------------------------------


def range_blobs(repo: git.Repo, from_ref: str, to_ref: str, exclude: Sequence[str] = (),
                max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Blob | NotScanned]:
    """For each commit in ``from_ref..to_ref``, each changed file with the lines it added.

    Each commit is scanned on its own, not the net diff: a value added and removed later
    in the range still lands in history. The walk lives in ``safecommit.commits``.
    """
    from safecommit.commits import range_blobs as walk

    return walk(repo, from_ref, to_ref, exclude, max_bytes)
