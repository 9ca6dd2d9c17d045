"""Windows' own files: an answer file written compactly keeps a password in a ``<Value>``
inside its element on one line (``<AdministratorPassword><Value>…</Value>``), found as when
written over lines; a Remote Desktop file's ``password 51:b:<blob>`` is a DPAPI blob that only
its user on its machine can decrypt, and stays quiet as other DPAPI blobs do."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill

_DPAPI = "01000000D08C9DDF0115D1118C7A00C04FC297EB01000000" + "4c5e2f8a9b1d3e7f6a0c" * 12


def _secrets(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.kind == "secret"]


@pytest.mark.parametrize("line", [
    "<UserAccounts><AdministratorPassword><Value>{pw}</Value><PlainText>true</PlainText>"
    "</AdministratorPassword></UserAccounts>",
    "<AutoLogon><Password><Value>{pw}</Value></Password><Enabled>true</Enabled></AutoLogon>",
])
def test_a_compact_answer_files_password_is_found(line: str) -> None:
    content = fill(line) + "\n"
    assert _secrets("autounattend.xml", content) == [fill("{pw}")]


def test_a_compact_element_that_names_no_secret_stays_quiet() -> None:
    content = "<TimeZone><Value>GMT Standard Time</Value></TimeZone><Name><Value>ops</Value>\n"
    assert _secrets("autounattend.xml", content) == []


def test_a_remote_desktop_files_dpapi_password_stays_quiet() -> None:
    content = f"full address:s:rdp.internal\nusername:s:ops\npassword 51:b:{_DPAPI}\n"
    assert _secrets("jump.rdp", content) == []
