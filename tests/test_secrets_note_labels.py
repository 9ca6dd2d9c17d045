"""A note's labels: a password or a key after its word and a dash ("Password - <value>",
"API Key - <value>"), and the short label ``PW:`` at a line's start, give their values as
"Password: <value>" does. Words, placeholders and code's ``pw: string`` stay quiet."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _secrets(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.kind == "secret"]


@pytest.mark.parametrize(("line", "value"), [
    ("Password - {pw}", "{pw}"),
    ("Password \u2013 {pw}", "{pw}"),
    ("PW: {pw}", "{pw}"),
    ("pw: {pw}", "{pw}"),
    ("API Key - {secret}", "{secret}"),
])
def test_a_value_after_a_dash_or_a_short_label_is_found(line: str, value: str) -> None:
    content = fill(line) + "\n"
    assert _secrets("handover.txt", content) == [fill(value)]


@pytest.mark.parametrize(("name", "line"), [
    ("api.md", "- `password` - the user's password"),
    ("api.md", "- password - required"),
    ("api.md", "- Password - see the vault"),
    ("api.md", "- Token - expires in 1 hour"),
    ("api.md", "- API key - rotate every 90 days"),
    ("api.md", "- pw: see 1Password"),
    ("api.md", "Password - <your-password>"),
    ("api.md", "Password \u2013 TBC"),
    ("login.ts", "function login(user: string, pw: string): Promise<void> {{}}"),
    ("login.ts", "const opts = {{ pw: process.env.PW }};"),
    ("hash.rs", "let p = pw::hash(&input);"),
])
def test_words_placeholders_and_code_stay_quiet(name: str, line: str) -> None:
    assert _secrets(name, fill(line) + "\n") == []
