"""detect-secrets is loaded with a stand-in for ``requests``: no path through it can reach
the network, and a scan does not pay for the HTTP stack. Each case runs in a fresh
interpreter, as what is imported is the point."""

from __future__ import annotations

import subprocess
import sys

import pytest

# A real AWS-shaped key: detect-secrets' own plugin must find it with the stand-in in place.
FINDS = '''
from safecommit.detect import secrets
from safecommit.detect.locate import Locator
from safecommit.model import Text
text = Text("settings.py", 'aws_access_key_id = "AKIAZ7VRSQ4LMX2P6TQB"\\n')
assert [f.type for f in secrets.detect(Locator(text))] == ["AWS_ACCESS_KEY"]
'''


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_scan_with_detect_secrets_plugins_never_imports_requests() -> None:
    said = _run(FINDS + '''
import sys
print(sorted(m for m in sys.modules if m.split(".")[0] in ("requests", "urllib3", "ssl")))
''')
    assert said.strip() == "[]"


def test_detect_secrets_network_calls_raise() -> None:
    said = _run(FINDS + '''
import detect_secrets.plugins.base as base
from safecommit.detect.secret_plugins.offline import NetworkRefused
try:
    base.requests.get("https://example.com")
except NetworkRefused as exc:
    print(exc)
''')
    assert "safecommit makes no network calls" in said


def test_the_real_requests_is_still_there_for_anything_else() -> None:
    said = _run(FINDS + '''
import requests
print(requests.Session.__module__)
''')
    assert said.strip() == "requests.sessions"


@pytest.mark.parametrize("order", ["before", "after"])
def test_a_process_that_loaded_requests_first_keeps_it(order: str) -> None:
    first = "import requests\n" if order == "before" else ""
    said = _run(first + FINDS + '''
import detect_secrets.plugins.base as base
print(base.requests.__doc__.strip().split(":")[0].splitlines()[0])
''')
    expected = "Requests HTTP Library" if order == "before" else "safecommit's stand-in"
    assert said.strip() == expected
