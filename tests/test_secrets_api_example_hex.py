"""An OpenAPI example of an API key written in hex (32 or 40 random hex digits, as many
services issue them) is reported as a key of any other shape a generator made; a sequence,
a repeated digit, or a hex example under a name that is no secret's stays quiet."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import HEX

_SPEC = """openapi: 3.0.1
paths:
  /claims:
    get:
      parameters:
        - name: {name}
          in: header
          required: true
          schema:
            type: string
          example: {value}
"""


@pytest.mark.parametrize("value", [HEX[:32], HEX[:40]])
def test_a_hex_api_key_example_is_found(value: str) -> None:
    content = _SPEC.format(name="X-Api-Key", value=value)
    assert [(f.type, raw(content, f)) for f in scanned("openapi.yaml", content)] == [
        ("API_KEY", value)]


@pytest.mark.parametrize("name, value", [
    ("X-Api-Key", "0123456789abcdef0123456789abcdef"),
    ("X-Api-Key", "a" * 40),
    ("X-Request-Id", HEX[:32]),
    ("If-None-Match", HEX[:64]),
])
def test_a_hex_example_that_is_no_key_is_quiet(name: str, value: str) -> None:
    assert scanned("openapi.yaml", _SPEC.format(name=name, value=value)) == []
