"""A form's field with its value filled in (a prototype's mock-up, a saved page): the value
of a password's or a key's field is that secret, wherever the field's attributes are."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from secrets_support import FAKES, scan, types

_PW = "Tq7vB2" + "xLm9Wk"


@pytest.mark.parametrize("template", [
    '<form>\n  <input name="password" value="{pw}">\n</form>\n',
    '<form>\n  <input class="govuk-input" id="password" name="password" type="password"'
    ' value="{pw}">\n</form>\n',
    '<form>\n  <input type="password" name="pw" value="{pw}">\n</form>\n',
    '<form>\n  <input value="{pw}" name="password">\n</form>\n',
])
def test_a_password_field_s_filled_in_value_is_a_password(
        cli: Any, tmp_path: Path, template: str) -> None:
    found = scan(cli, tmp_path, "login.html", template.format(pw=_PW))
    assert types(found) == {"PASSWORD"}
    assert [f["line"] for f in found] == [2]


def test_a_key_field_s_filled_in_value_is_a_secret(cli: Any, tmp_path: Path) -> None:
    content = f'<input type="hidden" id="api_key" value="{FAKES["secret"]}">\n'
    assert [f["line"] for f in scan(cli, tmp_path, "page.html", content)] == [1]


@pytest.mark.parametrize("content", [
    '<input name="password" value="">\n',
    '<input class="govuk-input" name="password" type="password"'
    ' value="{{ data[\'password\'] }}">\n',
    '<input type="password" name="password" placeholder="Enter your password">\n',
    f'<input type="hidden" name="csrf_token" value="{FAKES["secret"]}">\n',
    f'<input type="text" name="username" value="{_PW}">\n',
    # a .NET view's model: filled in when the page is served
    '<input type="password" id="password" value="@Model.Password">\n',
])
def test_an_empty_templated_or_other_field_is_no_secret(
        cli: Any, tmp_path: Path, content: str) -> None:
    assert scan(cli, tmp_path, "login.html", content) == []


def test_a_razor_view_s_model_value_is_no_password(cli: Any, tmp_path: Path) -> None:
    content = '<add key="SmtpPassword" value="@Model.SmtpPassword" />\n'
    assert scan(cli, tmp_path, "Settings.cshtml", content) == []
