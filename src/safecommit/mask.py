"""Mask a value for display: enough to find it again, never enough to learn it."""

from __future__ import annotations


def _stars(s: str, keep: int) -> str:
    if len(s) <= keep:
        return "*" * len(s)
    return s[:keep] + "*" * min(max(len(s) - keep, 3), 8)


def mask(value: str, type: str) -> str:
    if type == "EMAIL_ADDRESS" and "@" in value:
        local, _, domain = value.rpartition("@")
        host, dot, tld = domain.rpartition(".")
        return f"{_stars(local, 1)}@{_stars(host, 1)}{dot}{tld}" if dot else \
            f"{_stars(local, 1)}@{_stars(domain, 1)}"
    if type == "PROTECTIVE_MARKING":
        return value  # a marking is not a secret: saying which one helps the reader
    compact = value.strip()
    if len(compact) <= 4:
        return "*" * len(compact)
    return _stars(compact, 2 if len(compact) < 12 else 4)
