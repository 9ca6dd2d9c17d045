"""A connection string built in an interpolated string (C#'s and VB's ``$"…"``, Python's
``f"…"``) fills its braced values from code: ``Password={options.Password}`` is a hole, not
ODBC's braced password. A braced value in a plain string, and a literal password beside the
holes, are still found."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _secrets(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.kind == "secret"]


@pytest.mark.parametrize(("name", "line"), [
    ("Db.cs", 'var cs = $"Server={Host};User Id={UserName};Password={Secrets.DbPassword};";'),
    ("Db.cs", 'var cs = $"Server={Host};Password={options.Password};";'),
    ("Db.cs", 'var cs = $"Server={Host};Password={_config["Db:Password"]};";'),
    ("Db.cs", 'var cs = $@"Server={Host};Pwd={opts.Password};";'),
    ("Db.cs", 'var cs = $"Server={Host};Password={config.GetValue<string>("DbPw")};";'),
    ("db.py", 'cs = f"Server={host};Password={cfg.DbPassword};"'),
    ("db.py", "cs = f'Server={host};Password={cfg[\"pw\"]};'"),
])
def test_a_hole_in_an_interpolated_connection_string_is_no_password(name: str,
                                                                   line: str) -> None:
    assert _secrets(name, line + "\n") == []


@pytest.mark.parametrize(("name", "line"), [
    ("Db.cs", 'var cs = "Driver={{ODBC Driver 18}};Server=sql;Uid=a;Pwd={{{pw}}};";'),
    ("Db.cs", 'var cs = $"Server={{Host}};Uid={{u}};Pwd={pw};";'),
    ("db.py", 'cs = "Server=h;Password={{{pw}}};"'),
])
def test_a_braced_literal_and_a_literal_beside_holes_are_found(name: str, line: str) -> None:
    content = fill(line) + "\n"
    assert _secrets(name, content) == [fill("{pw}")]
