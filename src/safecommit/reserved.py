"""Published-as-fictional values: never flagged, and the source of every suggestion.

See DESIGN.md, "Safe fake values". Each check takes the raw value as found.
"""

from __future__ import annotations

RESERVED_DOMAINS = ("example.com", "example.org", "example.net")
RESERVED_TLDS = (".example", ".test", ".invalid", ".localhost")


def is_reserved_domain(domain: str) -> bool:
    d = domain.lower().rstrip(".")
    if d in ("localhost",) or d.endswith(RESERVED_TLDS):
        return True
    return any(d == r or d.endswith("." + r) for r in RESERVED_DOMAINS)


def is_reserved_email(value: str) -> bool:
    return is_reserved_domain(value.rpartition("@")[2])
