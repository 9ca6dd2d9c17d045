"""A password given to a command after a space (``redis-cli -a``, ``docker login -p``) in a
document's inline code ends at the backtick that closes the code."""

from __future__ import annotations

import pytest

from conftest import found
from secrets_support import fill


@pytest.mark.parametrize("line", [
    "5. `redis-cli -h cache-prd -a {secret}`",
    "Run `docker login registry.internal -u {user} -p {secret}` first.",
])
def test_a_spaced_password_in_inline_code_ends_at_its_backtick(line: str) -> None:
    content = fill(line) + "\n"
    covered = found("docs/runbook.md", content, kind="secret")
    assert covered == [fill("{secret}")]
