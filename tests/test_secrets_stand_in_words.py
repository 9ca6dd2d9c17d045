"""A value of words in capitals that names the secret it stands for (``EVIL-TOKEN``,
``WRONG-PASSWORD``, ``SUPER-SECRET-VALUE``) is a test's label for a value, not a secret:
security tests send them to check that a server refuses them. A real value beside them is
still found."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


@pytest.mark.parametrize("line", [
    'resp = client.post("/login", data={{"password": "WRONG-PASSWORD"}})',
    'token = "INVALID-TOKEN"',
    'secret = "SUPER-SECRET-VALUE"',
    'assert client.login(password="BAD-PASSWORD-123") is False',
    'api_key = "FORGED-API-KEY"',
    'headers = {{"Authorization": "Bearer EVIL-TOKEN"}}',
])
def test_a_label_in_capitals_naming_the_secret_stays_quiet(line: str) -> None:
    content = fill(line) + "\n"
    assert [f for f in scanned("tests/test_auth.py", content) if f.kind == "secret"] == []


@pytest.mark.parametrize("line", [
    'password = "{pw}"',
    'token = "{secret}"',
])
def test_a_real_value_beside_them_is_still_found(line: str) -> None:
    content = 'bad = "WRONG-PASSWORD"\n' + fill(line) + "\n"
    found = [raw(content, f) for f in scanned("tests/test_auth.py", content)
             if f.kind == "secret"]
    assert found == [fill(line).split('"')[1]]


def test_words_in_capitals_that_name_no_secret_are_still_a_password() -> None:
    content = 'password = "ORCHARD-KETTLE-LANTERN"\n'
    assert [raw(content, f) for f in scanned("settings.py", content)] == [
        "ORCHARD-KETTLE-LANTERN"]
