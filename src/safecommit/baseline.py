"""Baseline: the findings a repository already held when it adopted safecommit.

``.safecommit-baseline.json`` is committed with the code. Only findings it does not account
for block. An entry is keyed by path, type and a salted, slow hash of the normalised value;
never by line, so edits above a finding do not churn the file, and never by the value,
which is not stored anywhere. A second copy of a baselined value in another file, or one
copy more in the same file, is a new finding. The threat model is in docs/baseline.md.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from safecommit.config import BASELINE_FILE, ConfigError
from safecommit.fingerprint import normalise
from safecommit.model import Finding

FORMAT = 1
Decision = Literal["fake", "false-positive", "fix"]
DECISIONS: dict[str, str] = {
    "fake": "confirmed fake",
    "false-positive": "false positive",
    "fix": "to fix",
}
# scrypt at 2**15 x 8 costs ~0.1 s and 32 MiB a guess: see docs/baseline.md for the sums.
DEFAULT_N = 2**15
DEFAULT_R = 8
DEFAULT_P = 1
HASH_BYTES = 16
_MAX_CACHE = 50_000


@dataclass(frozen=True, slots=True)
class Kdf:
    """How a value becomes an entry's hash. Stored in the baseline, so it can be raised later."""

    salt: bytes
    n: int = DEFAULT_N
    r: int = DEFAULT_R
    p: int = DEFAULT_P

    @classmethod
    def new(cls) -> Kdf:
        return cls(secrets.token_bytes(32))

    @property
    def id(self) -> str:
        """Names this salt and cost in the local cache; reveals neither."""
        return hashlib.sha256(b"safecommit-kdf\0" + self.salt +
                              f"{self.n}:{self.r}:{self.p}".encode()).hexdigest()[:16]

    def hash(self, type: str, value: str) -> str:
        data = f"{type}\0{normalise(value)}".encode()
        return hashlib.scrypt(data, salt=self.salt, n=self.n, r=self.r, p=self.p,
                              maxmem=256 * self.n * self.r * self.p, dklen=HASH_BYTES).hex()


@dataclass(frozen=True, slots=True)
class Audit:
    decision: Decision
    by: str
    at: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Entry:
    """Up to ``count`` copies of one value of one type in one file (repo-relative path)."""

    path: str
    type: str
    kind: str
    hash: str
    count: int = 1
    audit: Audit | None = None

    @property
    def id(self) -> str:
        """A short handle for the command line: stable while the entry is."""
        return hashlib.sha256(f"{self.path}\0{self.type}\0{self.hash}".encode()).hexdigest()[:12]


@dataclass(frozen=True)
class Baseline:
    root: Path
    kdf: Kdf
    entries: tuple[Entry, ...] = ()
    # fingerprint -> hash, from this clone's cache in .git: saves the slow hash on every run.
    known: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    # new path -> an entry's path: files git saw renamed since the baseline was committed.
    moved: Mapping[str, str] = field(default_factory=dict, compare=False, repr=False)

    @cached_property
    def paths(self) -> frozenset[str]:
        return frozenset(e.path for e in self.entries)

    def covers(self, path: str, renamed_from: str | None = None) -> bool:
        """Whether any entry is for this file (shown path), so its findings need hashing."""
        return bool(self._paths_of(path, renamed_from) & self.paths)

    def _paths_of(self, path: str, renamed_from: str | None) -> set[str]:
        """The entry paths a file answers to: its own, the one it was just renamed from, and
        the one it had when the baseline was committed."""
        paths = {repo_path(self.root, path)}
        if renamed_from is not None:
            paths.add(repo_path(self.root, renamed_from))
        paths.update(self.moved[p] for p in list(paths) if p in self.moved)
        return paths

    def unaccounted(self, whole: Sequence[Finding], reported: Sequence[Finding],
                    renamed_from: str | None = None) -> list[Finding]:
        """The ``reported`` findings the baseline does not account for.

        ``whole`` holds every finding in the file, so copies are counted against the
        baseline even when only some lines were added (a range scan): a moved line is
        still the one copy, a pasted one is a copy too many.
        """
        if not whole:
            return list(reported)
        paths = self._paths_of(whole[0].path, renamed_from)
        allowance: Counter[tuple[str, str]] = Counter()
        types = set()
        for entry in self.entries:
            if entry.path in paths:
                allowance[(entry.type, entry.hash)] += entry.count
                types.add(entry.type)
        candidates = [f for f in whole if f.type in types]
        if not candidates:
            return list(reported)
        hashes = self.hashes(candidates)
        shown = {id(f) for f in reported}
        by_key: dict[tuple[str, str], list[Finding]] = defaultdict(list)
        for f in candidates:
            by_key[(f.type, hashes[id(f)])].append(f)
        covered: set[int] = set()
        for key, copies in by_key.items():
            excess = max(len(copies) - allowance[key], 0)
            # The copies beyond the allowance are new: prefer the reported ones, latest first.
            ordered = sorted(copies, key=lambda f: (id(f) in shown, f.line, f.column))
            covered.update(id(f) for f in ordered[:len(ordered) - excess])
        return [f for f in reported if id(f) not in covered]

    def hashes(self, findings: Sequence[Finding]) -> dict[int, str]:
        """Each finding's entry hash, by ``id(finding)``; the slow hash runs once per value."""
        todo: dict[tuple[str, str], list[Finding]] = defaultdict(list)
        out: dict[int, str] = {}
        for f in findings:
            cached = self.known.get(f.fingerprint) if f.fingerprint else None
            if cached is not None:
                out[id(f)] = cached
            else:
                todo[(f.type, normalise(f.value))].append(f)
        if todo:
            computed = hash_many(self.kdf, list(todo))
            fresh = {}
            for key, digest in zip(todo, computed, strict=True):
                for f in todo[key]:
                    out[id(f)] = digest
                    if f.fingerprint:
                        fresh[f.fingerprint] = digest
            if fresh:
                self.known.update(fresh)
                save_cache(self.root, self.kdf, fresh)
        return out


def hash_many(kdf: Kdf, items: Sequence[tuple[str, str]]) -> list[str]:
    """The slow hash of many (type, value) pairs; scrypt releases the GIL, so use the cores."""
    if len(items) < 2:
        return [kdf.hash(t, v) for t, v in items]
    from concurrent.futures import ThreadPoolExecutor

    workers = min(len(items), os.cpu_count() or 1)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda item: kdf.hash(*item), items))


def repo_path(root: Path, shown: str) -> str:
    """A finding's path (relative to the current directory) made relative to the repo."""
    full = os.path.normpath(os.path.join(os.getcwd(), shown))
    return Path(os.path.relpath(full, root)).as_posix()


# --- building ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Changes:
    added: int = 0
    removed: int = 0
    kept: int = 0
    moved: int = 0
    held: int = 0  # kept because their file could not be scanned this time


def build(findings: Iterable[Finding], root: Path, kdf: Kdf,
          previous: Baseline | None = None,
          unscanned: Iterable[str] = ()) -> tuple[Baseline, Changes]:
    """A baseline of ``findings``. Audit decisions carry over from ``previous``, also when an
    entry moved to another file; entries of files that could not be scanned are kept."""
    findings = list(findings)
    base = Baseline(root, kdf, (), dict(previous.known) if previous else {})
    hashes = base.hashes(findings)
    counts: Counter[tuple[str, str, str]] = Counter()
    kinds: dict[tuple[str, str, str], str] = {}
    for f in findings:
        key = (repo_path(root, f.path), f.type, hashes[id(f)])
        counts[key] += 1
        kinds[key] = f.kind
    old = {(e.path, e.type, e.hash): e for e in previous.entries} if previous else {}
    held_paths = {repo_path(root, p) for p in unscanned}
    entries: list[Entry] = []
    gone = {k: e for k, e in old.items() if k not in counts and e.path not in held_paths}
    moved_audits: dict[tuple[str, str], list[Audit]] = defaultdict(list)
    for (_, type_, digest), e in sorted(gone.items()):
        if e.audit is not None:
            moved_audits[(type_, digest)].append(e.audit)
    added = kept = moved = 0
    for key, count in sorted(counts.items()):
        path, type_, digest = key
        audit = old[key].audit if key in old else None
        if key in old:
            kept += 1
        elif moved_audits.get((type_, digest)):
            audit = moved_audits[(type_, digest)].pop(0)
            moved += 1
        else:
            added += 1
        entries.append(Entry(path, type_, kinds[key], digest, count, audit))
    held = [e for k, e in old.items() if e.path in held_paths and k not in counts]
    entries.extend(held)
    entries.sort(key=lambda e: (e.path, e.type, e.hash))
    changes = Changes(added=added, removed=len(gone) - moved, kept=kept, moved=moved,
                      held=len(held))
    return replace(base, entries=tuple(entries)), changes


# --- the file ---------------------------------------------------------------------------------


def path_for(root: Path) -> Path:
    return root / BASELINE_FILE


def load(root: Path, path: Path | None = None) -> Baseline | None:
    """The repository's baseline, or None when it has none. A damaged file is an error."""
    path = path or path_for(root)
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ConfigError(f"{path.name}: cannot read ({exc.strerror})") from None
    try:
        doc = json.loads(raw)
    except ValueError as exc:
        raise ConfigError(f"{path.name}: not valid JSON ({exc}) (restore it from git, or "
                          "resolve the merge conflict in it)") from None
    kdf, entries = _parse(doc, path.name)
    return Baseline(root, kdf, entries, load_cache(root, kdf))


def follow_moves(baseline: Baseline) -> Baseline:
    """Entries whose file is gone follow it through each rename git saw in the commits since
    the baseline was last committed (and in the index), so a renamed file stays baselined
    until ``--update`` records the move.

    Only a baseline that names a missing file asks git. Each commit's own renames are
    followed, as a range scan follows them: a copy made later is not the file that moved,
    and a file moved and rewritten past git's rename similarity is a new file.
    """
    stale = {p for p in baseline.paths if not os.path.lexists(baseline.root / p)}
    if not stale:
        return baseline
    import subprocess

    def git(*args: str) -> str:
        done = subprocess.run(["git", "-C", str(baseline.root), "-c", "core.quotePath=false",
                               *args], capture_output=True, text=True, encoding="utf-8",
                              errors="surrogateescape")
        return done.stdout if done.returncode == 0 else ""

    since = git("log", "-1", "--format=%H", "--", BASELINE_FILE).strip()
    if not since:
        return baseline
    renames = (git("log", "--reverse", "-M", "--diff-filter=R", "--name-status", "-z",
                   "--format=", "--no-ext-diff", f"{since}..HEAD", "--")
               + git("diff", "--cached", "-M", "--diff-filter=R", "--name-status", "-z",
                     "--no-ext-diff", "HEAD", "--"))
    fields = [f.strip("\n") for f in renames.split("\0")]
    moved: dict[str, str] = {}
    i = 0
    while i + 2 < len(fields):
        if not (fields[i][:1] == "R" and fields[i][1:].isdigit()):  # R and its similarity
            i += 1
            continue
        old, new = fields[i + 1], fields[i + 2]
        origin = moved.get(old, old)
        if origin in stale:
            moved[new] = origin
        i += 3
    return replace(baseline, moved=moved) if moved else baseline


def _parse(doc: Any, where: str) -> tuple[Kdf, tuple[Entry, ...]]:
    if not isinstance(doc, dict) or doc.get("version") != FORMAT:
        raise ConfigError(f"{where}: not a safecommit baseline of version {FORMAT} "
                          "(make a new one with `safecommit baseline`)")
    kdf = _parse_kdf(doc.get("hash"), f"{where}: hash")
    raw_entries = doc.get("entries")
    if not isinstance(raw_entries, list):
        raise ConfigError(f"{where}: 'entries' must be a list")
    return kdf, tuple(_parse_entry(e, f"{where}: entries[{i}]")
                      for i, e in enumerate(raw_entries, start=1))


def _parse_kdf(raw: Any, where: str) -> Kdf:
    if not isinstance(raw, dict) or raw.get("algorithm") != "scrypt":
        raise ConfigError(f"{where}: must name the scrypt parameters and salt")
    try:
        salt = bytes.fromhex(raw["salt"])
        n, r, p = int(raw["n"]), int(raw["r"]), int(raw["p"])
    except (KeyError, TypeError, ValueError):
        raise ConfigError(f"{where}: needs a hex 'salt' and whole numbers 'n', 'r', 'p'") from None
    if len(salt) < 16 or n < 2**14 or n & (n - 1) or not 1 <= r <= 32 or not 1 <= p <= 16:
        raise ConfigError(f"{where}: the salt or cost is too weak or not valid (salt of 16 "
                          "bytes or more, n a power of two from 16384)")
    return Kdf(salt, n, r, p)


def _parse_entry(raw: Any, where: str) -> Entry:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: must be an object")
    try:
        path, type_, kind, digest = (raw[k] for k in ("path", "type", "kind", "hash"))
        count = raw.get("count", 1)
    except KeyError as exc:
        raise ConfigError(f"{where}: missing '{exc.args[0]}'") from None
    if not all(isinstance(v, str) and v for v in (path, type_, kind, digest)) \
            or isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise ConfigError(f"{where}: 'path', 'type', 'kind' and 'hash' must be text, "
                          "'count' a whole number from 1")
    if len(digest) != 2 * HASH_BYTES or any(c not in "0123456789abcdef" for c in digest):
        raise ConfigError(f"{where}: 'hash' must be {2 * HASH_BYTES} hex digits")
    audit = _parse_audit(raw["audit"], f"{where}.audit") if "audit" in raw else None
    return Entry(path, type_, kind, digest, count, audit)


def _parse_audit(raw: Any, where: str) -> Audit:
    if not isinstance(raw, dict) or raw.get("decision") not in DECISIONS:
        raise ConfigError(f"{where}: 'decision' must be one of {', '.join(DECISIONS)}")
    by, at, note = raw.get("by"), raw.get("at"), raw.get("note", "")
    if not (isinstance(by, str) and by and isinstance(at, str) and at and isinstance(note, str)):
        raise ConfigError(f"{where}: needs 'by' and 'at' (who decided, and when)")
    return Audit(raw["decision"], by, at, note)


def dumps(baseline: Baseline) -> str:
    """One entry a line, sorted: a change to the baseline reads well in a diff."""
    head = {
        "version": FORMAT,
        "about": "safecommit baseline: findings accepted when the repository adopted "
                 "safecommit. No values are stored; see docs/baseline.md.",
        "hash": {"algorithm": "scrypt", "n": baseline.kdf.n, "r": baseline.kdf.r,
                 "p": baseline.kdf.p, "salt": baseline.kdf.salt.hex()},
    }
    lines = [json.dumps(_entry_dict(e), ensure_ascii=False) for e in baseline.entries]
    body = ",\n    ".join(lines)
    text = json.dumps(head, indent=2, ensure_ascii=False)[:-2]
    return text + ',\n  "entries": [' + (f"\n    {body}\n  " if lines else "") + "]\n}\n"


def _entry_dict(e: Entry) -> dict[str, Any]:
    out: dict[str, Any] = {"path": e.path, "type": e.type, "kind": e.kind, "hash": e.hash}
    if e.count != 1:
        out["count"] = e.count
    if e.audit is not None:
        out["audit"] = {"decision": e.audit.decision, "by": e.audit.by, "at": e.audit.at,
                        **({"note": e.audit.note} if e.audit.note else {})}
    return out


def save(baseline: Baseline, path: Path | None = None) -> Path:
    """Write atomically: an interrupted write leaves the previous baseline whole."""
    from safecommit.commands.common import write_atomic

    target = path or path_for(baseline.root)
    write_atomic(target, dumps(baseline))
    return target


# --- this clone's cache of slow hashes ---------------------------------------------------------


def _cache_path(root: Path, kdf: Kdf) -> Path | None:
    git_dir = root / ".git"
    if not git_dir.is_dir():
        return None
    return git_dir / "safecommit" / f"baseline-{kdf.id}.json"


def load_cache(root: Path, kdf: Kdf) -> dict[str, str]:
    path = _cache_path(root, kdf)
    if path is None:
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}


def save_cache(root: Path, kdf: Kdf, fresh: Mapping[str, str]) -> None:
    """Add to the cache; it is only a cache, so any failure is ignored."""
    path = _cache_path(root, kdf)
    if path is None:
        return
    try:
        data = load_cache(root, kdf)
        if len(data) + len(fresh) > _MAX_CACHE:
            data = {}
        data.update(fresh)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass
