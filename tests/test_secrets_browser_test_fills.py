"""A browser test that types a literal into a password field (Playwright, Cypress, Selenium,
WebdriverIO) holds a test account's password: ``page.fill("#password", "<password>")``,
``getByLabel("Password").fill("<password>")``, ``cy.get("[name=password]").type(…)``,
``find_element(By.ID, "password").send_keys(…)``. A variable, an environment lookup, a weak
"wrong" password and a field that is not a password's stay quiet."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _passwords(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PASSWORD"]


@pytest.mark.parametrize(("name", "line"), [
    ("login.spec.ts", "await page.fill('#password', '{pw}');"),
    ("login.spec.ts", "await page.getByLabel('Password').fill('{pw}');"),
    ("login.spec.ts", "await page.locator('input[type=\"password\"]').fill('{pw}');"),
    ("login.cy.js", "cy.get('input[name=password]').type('{pw}')"),
    ("test_login.py", 'driver.find_element(By.ID, "password").send_keys("{pw}")'),
])
def test_a_password_typed_into_a_password_field_is_found(name: str, line: str) -> None:
    content = fill(line) + "\n"
    assert _passwords(name, content) == [fill("{pw}")]


@pytest.mark.parametrize("line", [
    "await page.fill('#password', process.env.E2E_PASSWORD);",
    "await page.getByLabel('Password').fill(password);",
    "await page.fill('#password', 'wrong');",
    "await page.fill('#search', '{pw}');",
    "cy.get('#username').type('{user}')",
])
def test_variables_weak_values_and_other_fields_stay_quiet(line: str) -> None:
    assert _passwords("login.spec.ts", fill(line) + "\n") == []
