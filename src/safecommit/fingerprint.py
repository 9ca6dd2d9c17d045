"""Fingerprints: stable ids for findings that never reveal the value.

A fingerprint is a keyed BLAKE2b of the type and the normalised value. The key is a
per-repository secret kept in ``.git/safecommit/salt`` (never committed), so a
fingerprint shown in a report or uploaded in SARIF cannot be reversed by trying every
phone number: without the key there is nothing to test guesses against.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from pathlib import Path

from safecommit.lazyre import lazy_regex

_SPACE = lazy_regex(r"[\s\-]+")


def normalise(value: str) -> str:
    """Spacing, hyphens and case do not make a different value."""
    return _SPACE.sub("", value).lower()


def load_salt(root: Path | None) -> bytes:
    """The repository's fingerprint key; a random one per run outside git."""
    if root is None or not (root / ".git").is_dir():
        return secrets.token_bytes(32)
    path = root / ".git" / "safecommit" / "salt"
    try:
        return bytes.fromhex(path.read_text().strip())
    except (OSError, ValueError):
        pass
    salt = secrets.token_bytes(32)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(salt.hex())
        os.replace(tmp, path)
    except OSError:
        pass  # read-only checkout: fingerprints are then stable only within this run
    return salt


def fingerprint(type: str, value: str, salt: bytes) -> str:
    data = f"{type}\0{normalise(value)}".encode()
    return hashlib.blake2b(data, key=salt[:64], digest_size=16).hexdigest()
