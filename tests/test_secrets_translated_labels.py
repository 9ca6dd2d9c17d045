"""The word "password" in another language under a password's key is a translation's
label, not a password: GOV.UK services ship Welsh text beside English in code
(``{ password: 'Cyfrinair' }``). A real password there is still found."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


@pytest.mark.parametrize("label", ["Cyfrinair", "Wachtwoord", "Passwort", "Senha"])
def test_a_translated_password_label_stays_quiet(label: str) -> None:
    content = f"const cy = {{ password: '{label}', username: 'Enw defnyddiwr' }};\n"
    assert [f for f in scanned("src/i18n.ts", content) if f.kind == "secret"] == []


def test_a_real_password_in_the_same_shape_is_found() -> None:
    content = fill("const seed = {{ password: '{pw}' }};\n")
    assert [raw(content, f) for f in scanned("src/seed.ts", content)
            if f.kind == "secret"] == [fill("{pw}")]
