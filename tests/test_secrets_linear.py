"""Adversarial lines made of the secret plugins' own trigger words: every read is bounded, so
time grows with the line, not with its square."""

from __future__ import annotations

import time

import pytest

from safecommit.detect.locate import Locator
from safecommit.detect.secrets import detect as detect_secrets
from safecommit.detect.usernames import detect as detect_usernames
from safecommit.model import Text

N = 20_000
CASES = {
    "keys with unquoted values": "password=" * (N // 9),
    "keys with open quotes": 'password="' * (N // 10),
    "keys with escaped quotes": 'password = \\"' * (N // 13),
    "user keys": "user=" * (N // 5) + " host=",
    "bare stems": "key " * (N // 4),
    "uri starts": "a://" + "a:" * (N // 2),
    "uri at signs": "x://u:" + "p@" * (N // 2),
    "pem header words": "-----BEGIN " + "A " * (N // 2),
    "credential call": "NetworkCredential(" + "'a'," * (N // 4),
    "ado pairs": "Server=x;" + "Password=a;" * (N // 11),
    "bearer": "Bearer " * (N // 7),
    "name lines": "- name: DB_PASSWORD\n" * (N // 20),
    "token prefixes": "ghp_" * (N // 4),
    "setting calls": "define(" + "'password', " * (N // 12),
    "comment": "x = 1 # password=" + "a" * N,
    "sql rows": "INSERT INTO t (password) VALUES " + "('a'," * (N // 5),
    "easy connects": "a" * (N // 3) + "/" + "b" * (N // 3) + "@/@//",
    "sql updates": "UPDATE t SET value = '" + "'' " * (N // 3),
    "sql updated sets": "UPDATE t " + "SET value = 'a' " * (N // 16),
    "sql rows below": "INSERT INTO t (password) VALUES\n" + "('a', ('a'\n" * (N // 10),
}
BOUND = 5.0  # CPU seconds of this process for every case at once (the wall clock counts
# whatever else a shared machine runs)


@pytest.mark.parametrize("syntax", ["python", "yaml", "text", "sql", "shell", "json", "csv"])
def test_secret_and_username_detectors_are_linear_on_their_own_trigger_words(syntax: str) -> None:
    started = time.process_time()
    for text in CASES.values():
        locator = Locator(Text("adversarial", text, syntax))
        list(detect_secrets(locator))
        list(detect_usernames(locator))
    assert time.process_time() - started < BOUND
