"""A secret header set by a client's call, its name then its value (``addHeader("X-API-Key",
"…")``, ``setRequestProperty``, ``setHeader``, Fetch's ``append``, OkHttp's and reqwest's
``header``), is found as ``set`` and ``Add`` were; a header that names no secret, a
variable and a placeholder stay quiet."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _secrets(name: str, content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned(name, content) if f.kind == "secret"]


@pytest.mark.parametrize(("name", "line"), [
    ("Client.java", 'Request r = b.url(u).addHeader("X-API-Key", "{secret}").build();'),
    ("Client.java", 'conn.setRequestProperty("X-Api-Key", "{secret}");'),
    ("Client.java", 'httpPost.setHeader("x-api-key", "{secret}");'),
    ("client.ts", "res.setHeader('X-Api-Key', '{secret}');"),
    ("client.ts", "headers.append('x-api-key', '{secret}');"),
    ("Main.kt", 'chain.request().newBuilder().header("X-API-Key", "{secret}").build()'),
    ("main.rs", 'let r = client.get(url).header("x-api-key", "{secret}");'),
])
def test_a_secret_header_set_by_a_call_is_found(name: str, line: str) -> None:
    content = fill(line) + "\n"
    assert _secrets(name, content) == [("API_KEY", fill("{secret}"))]


@pytest.mark.parametrize("line", [
    "headers.append('x-request-id', '{hex32}');",
    "res.setHeader('If-None-Match', '{secret}');",
    "headers.append('x-api-key', process.env.API_KEY);",
    "res.setHeader('x-api-key', apiKey);",
    "headers.append('x-api-key', '<your-api-key>');",
])
def test_other_headers_variables_and_placeholders_stay_quiet(line: str) -> None:
    assert _secrets("client.ts", fill(line) + "\n") == []
