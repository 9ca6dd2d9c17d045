"""A Doppler service token names its config between its type and its secret
(``dp.st.<config>.<token>``), and is found with that part as without it."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import BODY


@pytest.mark.parametrize("token", [
    "dp.st." + BODY[:44],
    "dp.st.prd." + BODY[:44],
    "dp.st.dev_personal." + BODY[:40],
])
def test_a_doppler_service_token_is_found_with_or_without_its_config(token: str) -> None:
    content = f"DOPPLER_TOKEN={token}\n"
    assert [(f.type, raw(content, f)) for f in scanned(".env", content)] == [
        ("DOPPLER_TOKEN", token)]


def test_a_doppler_token_written_as_a_placeholder_is_quiet() -> None:
    content = "doppler run --token dp.st.prd.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx -- make\n"
    assert scanned("Makefile", content) == []
