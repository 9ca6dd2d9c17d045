"""PERSON: what probes of new file types found (SQL migrations and Markdown pages, role
labels over products, chat turns). The names here are made up from common given names and
surnames; none is a real person's."""

from __future__ import annotations

import pytest

from safecommit.detect.locate import Locator
from safecommit.detect.names import find
from safecommit.model import Text


def names_in(path: str, text: str, syntax: str) -> list[str]:
    return [text[s.start:s.end] for s in find(Locator(Text(path, text, syntax)))]


# --- a FIXME's or an XXX's owner outside a code file's comments ------------------------------

@pytest.mark.parametrize(("path", "syntax", "text", "expected"), [
    ("V2__claims.sql", "sql", "-- FIXME(eleanor.harrington): index is missing\nSELECT 1;\n",
     ["eleanor.harrington"]),
    ("V2__claims.sql", "sql", "-- XXX(siobhan) confirm with the land team\nSELECT 1;\n",
     ["siobhan"]),
    ("V2__claims.sql", "sql", "/* FIXME(siobhan_harrington) */\nSELECT 1;\n",
     ["siobhan_harrington"]),
    ("V2__claims.sql", "sql", "-- Ask Siobhan about the backfill\nSELECT 1;\n", ["Siobhan"]),
    ("runbook.md", "markdown", "<!-- FIXME(eleanor.harrington): check -->\n",
     ["eleanor.harrington"]),
    ("runbook.md", "markdown", "<!-- XXX(siobhan) confirm the dates -->\n", ["siobhan"]),
    # a ticket, a tool or a word: no one; nor a string that only looks like a tag in SQL code
    ("V2__claims.sql", "sql", "-- FIXME(perf): slow\n-- XXX(DEV-123) later\nSELECT 1;\n", []),
    ("runbook.md", "markdown", "<!-- FIXME(python3.13): remove -->\n", []),
])
def test_a_fixme_owner_in_sql_and_markdown(path: str, syntax: str, text: str,
                                           expected: list[str]) -> None:
    assert names_in(path, text, syntax) == expected
