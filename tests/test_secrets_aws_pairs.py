"""An AWS secret access key said on the line after its access key's id, with no key naming
it: a chat's "access key AKIA… secret <secret>", or a CSV export whose headers are not read
as keys. It is generated (both cases and digits), so a commit's hex or AWS's documented
example after a key id stays quiet."""

from __future__ import annotations

import pytest

from conftest import raw, scanned

_ID = "AKIA" + "TVLDXWK3S7WGH635"
_SECRET = "u2At1YvpmM5NyTFFrCVY0dXO5" + "PcjfZ2b30m8kvm+"


def _secrets(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content)
            if f.type == "AWS_SECRET_ACCESS_KEY"]


@pytest.mark.parametrize(("name", "content"), [
    ("chat.txt", f"[09:09] Sam: access key {_ID} secret {_SECRET}\n"),
    ("rootkey.csv", f"Access key ID,Secret access key\n{_ID},{_SECRET}\n"),
    ("notes.md", f"- `{_ID}` / `{_SECRET}` (ci user)\n"),
])
def test_a_secret_after_its_access_key_id_is_found(name: str, content: str) -> None:
    assert _secrets(name, content) == [_SECRET]


@pytest.mark.parametrize("content", [
    f"key {_ID} was added in commit 5d66aae76bfa137bdc0be2fccfec86d1c27345ae\n",
    "AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n",
    f"{_ID} belongs to the ci user; rotate it via the console every ninety days\n",
])
def test_hex_examples_and_words_after_a_key_id_stay_quiet(content: str) -> None:
    assert _secrets("notes.md", content) == []
