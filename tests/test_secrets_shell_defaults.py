"""The shell's assigning default (``${DB_PASSWORD:=<value>}``, ``${DB_PASSWORD=<value>}``)
is a literal fallback as ``:-`` is: the password is the value alone, without the ``=``. An
empty default or a command's output is none."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _secrets(content: str) -> list[str]:
    return [raw(content, f) for f in scanned("run.sh", content) if f.kind == "secret"]


@pytest.mark.parametrize("line", [
    "PGPASSWORD=${{PGPASSWORD:={pw}}} psql -U app",
    'export DB_PASSWORD="${{DB_PASSWORD={pw}}}"',
])
def test_an_assigning_default_is_the_password_alone(line: str) -> None:
    content = fill(line) + "\n"
    assert _secrets(content) == [fill("{pw}")]


@pytest.mark.parametrize("line", [
    'export DB_PASSWORD="${DB_PASSWORD:=}"',
    'export DB_PASSWORD="${DB_PASSWORD:-$(cat /run/secrets/db)}"',
    'export DB_PASSWORD="${DB_PASSWORD:?must be set}"',
])
def test_empty_defaults_and_commands_stay_quiet(line: str) -> None:
    assert _secrets(line + "\n") == []
