"""An object's account id set as a property (.NET's ``SqlConnectionStringBuilder``:
``builder.UserID = "<user>"``) names an account when the same object's password is set to
a real literal near it; a record's ``user.UserID`` beside a hash or another object's
password is its id, and a product's own account stays quiet."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _users(content: str) -> list[str]:
    return [raw(content, f) for f in scanned("Data/Db.cs", content) if f.type == "USERNAME"]


@pytest.mark.parametrize("order", [
    'builder.UserID = "{user}";\nbuilder.Password = "{pw}";\n',
    'builder.Password = "{pw}";\nbuilder.UserID = "{user}";\n',
])
def test_a_builders_user_id_beside_its_own_real_password_is_a_user_name(order: str) -> None:
    content = fill('var builder = new SqlConnectionStringBuilder();\n' + order)
    assert _users(content) == [fill("{user}")]


@pytest.mark.parametrize("password", [
    "user.Password = hasher.Hash(password);",
    'user.Password = "changeme";',
    'other.Password = "{pw}";',
])
def test_a_user_id_without_its_own_real_password_stays_quiet(password: str) -> None:
    content = fill('user.UserID = "a1b2c3d4";\n' + password + "\n")
    assert _users(content) == []


def test_a_products_own_account_stays_quiet() -> None:
    content = fill('b.UserID = "sa";\nb.Password = "{pw}";\n')
    assert _users(content) == []
