"""What the gates and the prefilter derive from each recognizer's pattern, shipped as data.

Deriving them parses every pattern with Python's regex parser: some 700 million
instructions, most of a commit hook's scanning, spent before the first byte is read. They
depend on the patterns alone, so they are worked out when the patterns change

    python -m safecommit.detect.derived

and read back from ``data/derived.json`` here. A pattern the table does not hold (changed
since, or not a recognizer's) is derived as before, so a stale table makes a run slower,
never different; ``tests/test_derived.py`` fails until it is written again.
"""

from __future__ import annotations

import hashlib
import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

TABLE = Path(__file__).resolve().parent.parent / "data" / "derived.json"
KINDS = ("gate", "letter", "plan")


class _Missing:
    """What ``known`` gives for a pattern the table does not hold (None is a derivation)."""


MISSING: Final = _Missing()


def key(pattern: str, ignore_case: bool = False) -> str:
    """The table's key for ``pattern``: a digest, as the patterns run to thousands of
    characters."""
    flagged = ("i" if ignore_case else "-") + pattern
    return hashlib.blake2b(flagged.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


@lru_cache(maxsize=1)
def _table() -> dict[str, dict[str, Any]]:
    try:
        with TABLE.open(encoding="utf-8") as file:
            table = json.load(file)
    except (OSError, ValueError):  # missing or damaged: everything is derived
        return {}
    return table if isinstance(table, dict) else {}


def known(kind: str, pattern: str, ignore_case: bool = False) -> Any:
    """The shipped derivation of ``kind`` for ``pattern``, or MISSING."""
    return _table().get(kind, {}).get(key(pattern, ignore_case), MISSING)


def build() -> dict[str, dict[str, Any]]:
    """The table, derived afresh from every recognizer's pattern."""
    from safecommit.detect.gate import derive_gate, derive_leads_with_letter
    from safecommit.detect.personal import RECOGNIZERS
    from safecommit.detect.prefilter import derive_plan
    from safecommit.detect.recognizer import gated_on

    table: dict[str, dict[str, Any]] = {kind: {} for kind in KINDS}
    for rec in RECOGNIZERS:
        own = key(rec.pattern, rec.ignore_case)
        table["gate"][own] = derive_gate(rec.pattern, rec.ignore_case)
        gated = gated_on(rec)
        table["letter"][key(gated)] = derive_leads_with_letter(gated)
        plan = derive_plan(rec.pattern, rec.ignore_case)
        table["plan"][own] = None if plan is None else \
            [plan.trigger, plan.compact, plan.reach, plan.base]
    return table


def dumps(table: dict[str, dict[str, Any]]) -> str:
    return json.dumps(table, indent=1, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the table; with ``--check``, only say whether it is current (exit 1 if not)."""
    args = sys.argv[1:] if argv is None else argv
    fresh = dumps(build())
    current = TABLE.read_text(encoding="utf-8") if TABLE.exists() else ""
    if "--check" in args:
        if fresh != current:
            print(f"{TABLE.name} is stale: run python -m safecommit.detect.derived",
                  file=sys.stderr)
            return 1
        return 0
    if fresh != current:
        TABLE.write_text(fresh, encoding="utf-8")
        print(f"wrote {TABLE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
