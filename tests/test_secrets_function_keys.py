"""An Azure Function's key in its path's query with no scheme or host on the line
(``POST /api/<name>?code=<key>``), and base64 padding kept in a key's span: a URL query's
``code=<key>==`` and an option's ``--account-key <key>==``."""

from __future__ import annotations

import pytest

from conftest import found
from secrets_support import BODY

_KEY = BODY[:46] + "=="  # a function key's shape: base64 with its padding
_ACCOUNT_KEY = (BODY * 2)[:86] + "=="  # a storage account key's shape


def _secrets(name: str, content: str) -> list[str]:
    return found(name, content, kind="secret")


@pytest.mark.parametrize("line", [
    "POST /api/Ingest?code={k}",
    "GET /api/Ingest?clientId=default&code={k}",
    "2026-03-01T10:00:00Z INFO Executing 'Functions.Ingest' /api/Ingest?code={k} 200",
])
def test_a_function_key_in_a_path_query_is_found_whole(line: str) -> None:
    content = line.format(k=_KEY) + "\n"
    assert _secrets("docs/api.md", content) == [_KEY]


def test_a_key_in_a_url_query_keeps_its_padding() -> None:
    content = f'curl "https://func-app.azurewebsites.net/api/Ingest?code={_KEY}&x=1"\n'
    assert _secrets("scripts/call.sh", content) == [_KEY]


def test_an_account_key_option_keeps_its_padding() -> None:
    content = (f"az storage blob upload --account-name stexample --account-key {_ACCOUNT_KEY}"
               " --container-name logs --file out.json\n")
    assert _secrets("scripts/upload.sh", content) == [_ACCOUNT_KEY]


@pytest.mark.parametrize("line", [
    "POST /api/Ingest?code=<function-key>",
    "POST /api/Ingest?code=YOUR_FUNCTION_KEY_HERE",
    "POST /api/Ingest?code=$(FUNCTION_KEY)",
    "GET /callback?code=AUTHORIZATION_CODE&state=xyz",
    "GET /api/Ingest?code=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "const url = `/api/Ingest?code=${functionKey}`;",
])
def test_a_placeholder_or_a_variable_as_a_function_key_stays_quiet(line: str) -> None:
    assert _secrets("docs/api.md", line + "\n") == []
