"""Secrets in form bodies and query strings, code in API docs, and the OAuth specifications'
published examples. The secrets here are made up for the tests."""

from __future__ import annotations

import pytest

from conftest import found

SECRET = "Wq8pLm2vRx7Kd93"


def secrets(name: str, content: str) -> list[str]:
    return found(name, content, kind="secret")


@pytest.mark.parametrize(("name", "content"), [
    # a form body in a string: each pair's value ends at its "&"
    ("client.py", f"payload = 'refresh_token={SECRET}&client_id=app'\n"),
    ("token.sh", "curl https://login.example.net/token -d 'grant_type=client_credentials"
                 f"&client_id=app&client_secret={SECRET}&scope=api'\n"),
    ("auth.js", 'const body = "grant_type=client_credentials&client_id=app'
                f'&client_secret={SECRET}";\n'),
])
def test_a_form_bodys_secret_is_found_alone(name: str, content: str) -> None:
    assert secrets(name, content) == [SECRET]


def test_each_secret_of_a_form_body_is_found() -> None:
    content = f"body = 'oauth_token=Kd93Wq8pLm2vRx7&oauth_token_secret={SECRET}&confirmed=true'\n"
    assert secrets("oauth.py", content) == ["Kd93Wq8pLm2vRx7", SECRET]


@pytest.mark.parametrize(("name", "content"), [
    # an SDK's reference: a signature's type, a call on names, a variable closing a call
    ("api.md", "    credential: Optional[Union[str, Dict[str, str], TokenCredential]] = None,\n"),
    ("guide.md", "```python\ntoken_credential = TokenCredential(token)\n"
                 "client = BlobServiceClient(url, credential=token_credential)\n```\n"),
    # a query string built from a variable
    ("client.js", 'const url = base + "?a=1&client_secret=" + secret;\n'),
])
def test_code_in_docs_is_no_secret(name: str, content: str) -> None:
    assert secrets(name, content) == []


@pytest.mark.parametrize("content", [
    'token = {"access_token": "2YotnFZFEjr1zCsicMWpAA",\n'
    '         "refresh_token": "tGzv3JOkF0XG5Qx2TlKWIA"}\n',
    'headers = {"Authorization": "Basic czZCaGRSa3F0MzpnWDFmQmF0M2JW"}\n',
    "header = 'OAuth oauth_consumer_key=\"9djdj82h48djs9d2\", oauth_token=\"kkk9d7dh3k39sjv7\"'\n",
    'redirect = "https://client.example.com/cb?code=SplxlOBeZQQYbYS6WxSbIA&state=xyz"\n',
])
def test_the_oauth_specifications_examples_are_known_fakes(content: str) -> None:
    assert secrets("test_oauth.py", content) == []


def test_a_secret_closed_by_a_bracket_is_still_found() -> None:
    content = f"Connect with the service account (password={SECRET}) until the move.\n"
    assert secrets("notes.md", content) == [SECRET]
