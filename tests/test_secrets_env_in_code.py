"""A secret-named environment variable set in code with a literal is a secret, whichever
way the language sets it (an index, an attribute, a setter, or a default set only when the
variable is unset); a value read from elsewhere is not."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from secrets_support import fill, scan


@pytest.mark.parametrize(("name", "template"), [
    ("settings.py", 'import os\nos.environ["DB_PASSWORD"] = "{pw}"\n'),
    ("settings.py", 'import os\nos.environ.setdefault("APP_SECRET", "{secret}")\n'),
    ("server.js", 'process.env.APP_SECRET = "{secret}";\n'),
    ("server.js", 'process.env["DB_PASSWORD"] = "{pw}";\n'),
    ("config/boot.rb", 'ENV["APP_SECRET"] = "{secret}"\n'),
    # a default set only when the variable is unset
    ("config/boot.rb", "ENV['DB_PASSWORD'] ||= '{pw}'\n"),
    ("config/boot.rb", '@api_token ||= "{secret}"\n'),
    ("server.js", 'process.env.APP_SECRET ??= "{secret}";\n'),
    ("Startup.cs", 'settings.ClientSecret ??= "{secret}";\n'),
])
def test_a_secret_set_as_an_environment_variable_in_code_is_found(
        cli: Any, tmp_path: Path, name: str, template: str) -> None:
    assert len(scan(cli, tmp_path, name, fill(template))) == 1


@pytest.mark.parametrize(("name", "content"), [
    ("config/boot.rb", 'ENV["DB_PASSWORD"] ||= ENV.fetch("FALLBACK_PASSWORD")\n'),
    ("config/boot.rb", "@api_token ||= fetch_token_from_vault\n"),
    ("server.js", "process.env.APP_SECRET ??= process.env.OTHER_SECRET;\n"),
    ("server.js", 'options.password ||= "";\n'),
])
def test_a_default_read_from_elsewhere_is_quiet(
        cli: Any, tmp_path: Path, name: str, content: str) -> None:
    assert scan(cli, tmp_path, name, content) == []
