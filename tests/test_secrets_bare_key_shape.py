"""A bare ``Key`` in JSON or YAML whose object's name says nothing of a secret (``"Search":
{"Key": …}``) is judged by its value's shape: random letters of both cases and digits, of a
symmetric key's length, in base64 or plain letters and digits, is an access key; a name, a
path, a hex digest, a template or a public key is not."""

from __future__ import annotations

import base64
import random

import pytest

from conftest import found
from secrets_support import BODY

_B64_KEY = base64.b64encode(random.Random(7).randbytes(64)).decode()  # an Azure key's size
_ALNUM_KEY = BODY[:52]


def _secrets(name: str, content: str) -> list[str]:
    return found(name, content, kind="secret")


@pytest.mark.parametrize("value", [_B64_KEY, _ALNUM_KEY])
def test_a_bare_key_under_a_plain_object_holding_a_random_key_is_found(value: str) -> None:
    content = ('{\n  "Search": {\n    "Endpoint": "https://srch-dev.search.windows.net",\n'
               f'    "Key": "{value}"\n  }}\n}}\n')
    assert _secrets("appsettings.json", content) == [value]


def test_a_bare_key_in_yaml_under_a_plain_mapping_is_found() -> None:
    content = f"search:\n  endpoint: https://srch-dev.search.windows.net\n  key: {_ALNUM_KEY}\n"
    assert _secrets("values.yaml", content) == [_ALNUM_KEY]


@pytest.mark.parametrize("value", [
    "uploads/2024/claims/" + BODY[:20] + ".csv",  # an object store's path
    "4c5e2f8a9b1d3e7f6a0c2b4d8e9f1a3c5b7d9e0f2a4c6e8b1d3f5a7c9e0b2d4f6a8c"[:64],  # a digest
    "ResultsPageCachedEntryV2KeyForClaimsSummary",  # a name in Pascal case
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + _B64_KEY * 4,  # a public key
    BODY[:52].upper(),  # one case: a constant's name or a code, as often as a key
    "session-cache",
])
def test_a_bare_key_under_a_plain_object_holding_no_key_s_shape_is_quiet(value: str) -> None:
    content = f'{{\n  "Item": {{\n    "Key": "{value}"\n  }}\n}}\n'
    assert _secrets("data.json", content) == []


def test_a_bare_key_holding_a_template_is_quiet() -> None:
    content = "cache:\n  key: ${{ runner.os }}-pip-${{ hashFiles('**/requirements.txt') }}\n"
    assert _secrets("ci.yaml", content) == []
