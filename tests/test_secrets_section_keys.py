"""A .NET setting whose sections a colon joins inside one quoted key (``dotnet user-secrets``'
``secrets.json``, App Service's settings: ``"Jwt:Key": "…"``) is named by all its sections,
as ``Jwt__Key`` is: a qualified key holds a secret. A key that picks a row or a cache entry
(``"Cache:Key"``) and an unquoted ``user:key`` in code stay quiet."""

from __future__ import annotations

from conftest import raw, scanned
from secrets_support import fill


def _secrets(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.kind == "secret"]


def test_a_colon_joined_jwt_key_is_a_secret() -> None:
    content = fill('{{\n  "Jwt:Key": "{secret}",\n  "Jwt:Issuer": "claims-api"\n}}\n')
    assert _secrets("secrets.json", content) == [fill("{secret}")]


def test_a_colon_joined_key_that_names_no_secret_stays_quiet() -> None:
    content = '{\n  "Cache:Key": "claims-v2",\n  "Features:PrimaryKey": "Id"\n}\n'
    assert _secrets("secrets.json", content) == []


def test_an_unquoted_pair_in_code_is_not_a_section_key() -> None:
    content = fill("const m = {{user:key}};\nconst n = lookup(jwt:key);\n")
    assert _secrets("src/a.ts", content) == []
