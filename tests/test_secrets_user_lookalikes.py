"""User names that are not accounts: a display name given to ``git -c user.name=…``, a
``word: value`` inside a YAML key's plain value (a CI step's name), and a word that picks
an account without naming one (``username = "current"``)."""

from __future__ import annotations

import pytest

from conftest import found
from secrets_support import fill


def _users(name: str, content: str) -> list[str]:
    return found(name, content, type_="USERNAME")


@pytest.mark.parametrize("line", [
    'git -c "user.name=GOV.UK Prototype Kit" -c user.email=noreply@example.com commit -m x',
    "run: git -c 'user.name=Defra Digital Bot' commit -am x",
])
def test_a_display_name_in_a_string_is_no_account(line: str) -> None:
    assert _users("scripts/release.sh", line + "\n") == []


def test_an_account_in_a_string_followed_by_a_pair_is_still_found() -> None:
    content = fill('git -c "user.name={user}" fetch\n'
                   'psql "host=db user={user} password={pw} dbname=reports"\n')
    assert _users("scripts/release.sh", content) == [fill("{user}"), fill("{user}")]


@pytest.mark.parametrize("line", [
    "  - name: NHS login: build",
    "  - name: GOV.UK One Login: deploy",
    "title: Service login: tests",
])
def test_a_key_inside_a_yaml_plain_value_is_no_setting(line: str) -> None:
    content = "steps:\n" + line + "\n    run: make\n"
    assert _users(".github/workflows/ci.yml", content) == []


def test_a_yaml_login_key_of_its_own_still_gives_its_account() -> None:
    content = fill("db:\n  login: {user}\n  password: {pw}\n")
    assert _users("config/app.yaml", content) == [fill("{user}")]


@pytest.mark.parametrize("word", ["current", "self", "anyone", "unknown", "existing"])
def test_a_word_for_which_account_is_no_account(word: str) -> None:
    assert _users("app/auth.py", f'username = "{word}"\npassword = get_password(username)\n') \
        == []


def test_a_named_account_in_code_is_still_found() -> None:
    assert _users("app/auth.py", fill('username = "{user}"\n')) == [fill("{user}")]
