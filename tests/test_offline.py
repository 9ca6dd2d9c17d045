"""detect-secrets is loaded with a stand-in for ``requests``, and python-stdnum with stand-ins
for ``ssl`` and ``pydoc``: no path through either can reach the network, and a scan does not
pay for the HTTP and TLS stacks. Each case runs in a fresh interpreter, as what is imported
is the point."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

# A real AWS-shaped key: detect-secrets' own plugin must find it with the stand-in in place.
FINDS = '''
from safecommit.detect import secrets
from safecommit.detect.locate import Locator
from safecommit.model import Text
text = Text("settings.py", 'aws_access_key_id = "AKIAZ7VRSQ4LMX2P6TQB"\\n')
assert [f.type for f in secrets.detect(Locator(text))] == ["AWS_ACCESS_KEY"]
'''

# A valid NHS number and a valid card number (made up): stdnum checks the digits of both.
_VALUES = json.loads((Path(__file__).parent / "data/identifiers/values.json").read_text())
_LINE = f"NHS number {_VALUES['UK_NHS']['valid'][0]}, card {_VALUES['CREDIT_CARD']['valid'][0]}"
VALIDATES = f'''
from safecommit.detect import personal
from safecommit.detect.locate import Locator
from safecommit.model import Text
text = Text("notes.txt", "{_LINE}\\n")
assert sorted(f.type for f in personal.detect(Locator(text))) == ["CREDIT_CARD", "UK_NHS"]
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


def test_only_the_detect_secrets_plugins_a_line_needs_are_loaded() -> None:
    said = _run(FINDS + '''
import sys
print(sorted(m.rpartition(".")[2] for m in sys.modules
             if m.startswith("detect_secrets.plugins.") and m != "detect_secrets.plugins.base"))
''')
    # private_key comes with detect-secrets' filters; its registry would import all thirty.
    assert said.strip() == "['aws', 'private_key']"


def test_detect_secrets_network_calls_raise() -> None:
    said = _run(FINDS + '''
import detect_secrets.plugins.base as base
from safecommit.offline import NetworkRefused
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


def test_checking_digits_with_stdnum_never_imports_ssl_or_pydoc() -> None:
    said = _run(VALIDATES + '''
import sys
print(sorted(m for m in sys.modules if m.split(".")[0] in ("ssl", "_ssl", "pydoc")))
print("stdnum.gb.nhs" in sys.modules, "stdnum.luhn" in sys.modules)
''')
    assert said.split("\n")[:2] == ["[]", "True True"]


def test_stdnums_network_client_raises() -> None:
    said = _run(VALIDATES + '''
import stdnum.util
from safecommit.offline import NetworkRefused, Unavailable
for call in (lambda: stdnum.util.ssl.create_default_context(),
             lambda: stdnum.util.pydoc.getdoc(stdnum.util)):
    try:
        call()
    except (NetworkRefused, Unavailable) as exc:
        print(type(exc).__name__, exc)
''')
    refused, unavailable = said.strip().split("\n")
    assert refused.startswith("NetworkRefused ssl.") and "no network calls" in refused
    assert unavailable.startswith("Unavailable pydoc.")


@pytest.mark.parametrize("order", ["before", "after"])
def test_ssl_and_pydoc_are_real_for_anything_else(order: str) -> None:
    first = "import ssl, pydoc\n" if order == "before" else ""
    said = _run(first + VALIDATES + '''
import ssl, pydoc, stdnum.util
print(ssl.create_default_context().__class__.__name__, pydoc.splitdoc("a\\n\\nb")[0])
print(stdnum.util.ssl is ssl)
''')
    assert said.split("\n")[:2] == ["SSLContext a", str(order == "before")]
