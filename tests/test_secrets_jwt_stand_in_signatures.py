"""A JSON web token whose signature is a stand-in (``.sig``, ``.signature``, ``.xxx``,
base64 of a word) signs nothing and opens nothing: it stays quiet wherever it is written.
A token with a real signature's shape is still found."""

from __future__ import annotations

import base64
import json

import pytest

from conftest import raw, scanned
from secrets_support import BODY


def _segment(claims: dict[str, object]) -> str:
    return base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")


# claims that name an account and an issuer, as a real token's do
UNSIGNED = (_segment({"alg": "RS256", "kid": "prod-key-1"}) + "."
            + _segment({"sub": "svc-claims", "iss": "https://idm.defra.internal",
                        "role": "admin"}))
WORD = base64.urlsafe_b64encode(b"BogusSignatureForTestingOnly-ABCDEF").decode().rstrip("=")


def _secrets(name: str, content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned(name, content) if f.kind == "secret"]


@pytest.mark.parametrize("signature", ["sig", "signature", "xxx", "fake-signature",
                                       "c2lnbmF0dXJl", WORD])
@pytest.mark.parametrize(("name", "template"), [
    ("src/client.py", 'TOKEN = "{}"\n'),
    (".env", "ACCESS_TOKEN={}\n"),
    ("config/app.yaml", "auth:\n  token: {}\n"),
    ("fixtures/response.json", '{{"access_token": "{}"}}\n'),
    ("docs/api.md", "Send `Authorization: Bearer {}` with each call.\n"),
])
def test_a_jwt_with_a_stand_in_signature_stays_quiet(signature: str, name: str,
                                                     template: str) -> None:
    content = template.format(UNSIGNED + "." + signature)
    assert _secrets(name, content) == []


@pytest.mark.parametrize(("name", "template"), [
    ("src/client.py", 'TOKEN = "{}"\n'),
    (".env", "ACCESS_TOKEN={}\n"),
])
def test_a_jwt_with_a_real_signatures_shape_is_still_found(name: str, template: str) -> None:
    token = UNSIGNED + "." + BODY[:43]
    assert _secrets(name, template.format(token)) == [("JSON_WEB_TOKEN", token)]
