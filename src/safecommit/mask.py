"""Mask a value for display: enough to find it again, never enough to learn it.

The line and column say where a value is; the mask only has to confirm which one. So it
keeps as little as it can: nothing of a password a person chose, nor of a key or token
beyond the prefix that every value of its format shares (``AKIA…``, ``ghp_…``); one letter
of a name; and a few characters of an identifier (a card's issuer, an NHS number's first
digits). The number of stars is capped, hiding the length.
"""

from __future__ import annotations

from safecommit.lazyre import lazy
from safecommit.model import Kind

# Chosen by a person, so any character of it helps a guesser.
_CHOSEN_SECRETS = frozenset({"PASSWORD", "GENERIC_SECRET", "CONNECTION_STRING_PASSWORD",
                             "BASIC_AUTH_CREDENTIALS", "SECRET_KEYWORD"})
# Words, where two letters are half a short name.
_WORDS = frozenset({"PERSON", "USERNAME", "STREET_ADDRESS"})
# The public prefixes of token formats: the same in every token of the format, so showing
# one tells nothing about the secret after it.
_FORMAT_PREFIX = lazy(
    r"github_pat_|gh[pousr]_|gl(?:pat|dt|rt|ptt)-|xox[a-z]-|xapp-|(?:sk|rk|pk)_(?:live|test)_"
    r"|whsec_|sk-ant-|sk-proj-|sk-|SG\.|AIza|A(?:KIA|SIA|GPA|IDA|ROA|NPA|NVA|IPA)|eyJ|npm_"
    r"|pypi-|hv[sbr]\.|GOCSPX-|dop_v1_|shp(?:at|ss|ca|pa)_|ya29\.|-----BEGIN")


def _stars(s: str, keep: int) -> str:
    if len(s) <= keep:
        return "*" * len(s)
    return s[:keep] + "*" * min(max(len(s) - keep, 3), 8)


def mask(value: str, type: str, kind: Kind = "personal-data") -> str:
    if type == "EMAIL_ADDRESS" and "@" in value:
        local, _, domain = value.rpartition("@")
        host, dot, tld = domain.rpartition(".")
        return f"{_stars(local, 1)}@{_stars(host, 1)}{dot}{tld}" if dot else \
            f"{_stars(local, 1)}@{_stars(domain, 1)}"
    if type == "PROTECTIVE_MARKING":
        return value  # a marking is not a secret: saying which one helps the reader
    compact = value.strip()
    if type in _CHOSEN_SECRETS or type.endswith("_PASSWORD"):
        return "*" * 8
    if type in _WORDS:
        return _stars(compact, 1) if len(compact) > 4 else "*" * len(compact)
    if kind == "secret":
        prefix = _FORMAT_PREFIX.match(compact)
        return (prefix.group() if prefix else "") + "*" * 8
    if len(compact) <= 4:
        return "*" * len(compact)
    return _stars(compact, 2 if len(compact) < 12 else 4)
