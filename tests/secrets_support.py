"""Generated fake credentials for the secret and user-name tests, and a one-file scan.

Nothing here is a real credential: each value is built at run time from a fixed random body
(with a valid checksum where the format has one), so the repository's own scan never sees a
literal secret in the test sources. Templates in the tests say ``{pw}``, ``{user}`` …
"""

from __future__ import annotations

import base64
import string
import zlib
from pathlib import Path
from typing import Any

# High-entropy letters and digits, nothing that reads as a word.
BODY = "Xk29fQmP7wLz3RtY8vNb1CsD4hJgE6uA0fGiK5oMnQ7pRsTuVwXyZ1a2b3c4d5e6f7g8h9"
HEX = "4c5e2f8a9b1d3e7f6a0c2b4d8e9f1a3c5b7d9e0f2a4c6e8b1d3f5a7c9e0b2d4f6a8c"
UUID_A = "3f9c2e1a-7b4d-4c8e-9a1f-2d3e4f5a6b7c"
UUID_B = "8e7d6c5b-4a39-4281-b7f6-e5d4c3b2a190"
_B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def _base62(n: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = _B62[r] + out
    return out.rjust(6, "0")


def github(prefix: str = "ghp", *, checksum: bool = True) -> str:
    """A GitHub token of the given prefix, with a valid (or a broken) CRC32 checksum."""
    random = BODY[:30]
    check = _base62(zlib.crc32(random.encode()))
    if not checksum:
        check = check[::-1] if check[::-1] != check else "000000"
    return prefix + "_" + random + check


FAKES: dict[str, str] = {
    "pw": "Tq7!vB2#" + "xLm9",
    "pw_reserved": "p@ss:w/rd#1?" + "x",
    "user": "svc_" + "reports",
    "person": "katie" + ".osborne",
    "secret": BODY[:32],
    "hex": HEX[:40],
    "hex32": HEX[2:34],
    "ghp": github("ghp"),
    "gho": github("gho"),
    "ghs": github("ghs"),
    "ghu": github("ghu"),
    "ghr": github("ghr"),
    "ghp_bad": github("ghp", checksum=False),
    "github_pat": "github" + "_pat_11" + BODY[:20] + "_" + BODY[:59],
    "glpat": "gl" + "pat-" + BODY[:20],
    "azure_ad": BODY[:3] + "8Q" + "~" + BODY[3:37],
    "notify": "my_service-" + UUID_A + "-" + UUID_B,
    "slack_webhook": "https://hooks.slack" + ".com/services/T0A1B2C3D/B0A1B2C3D/" + BODY[:24],
    "slack_bot": "xo" + "xb-123456789012-1234567890123-" + BODY[:24],
    "stripe_live": "sk" + "_live_" + BODY[:24],
    "stripe_restricted": "rk" + "_live_" + BODY[:24],
    "sendgrid": "S" + "G." + BODY[:22] + "." + BODY[22:65],
    "npm": "np" + "m_" + BODY[:36],
    "pypi": "py" + "pi-AgEIcHlwaS5vcmc" + BODY * 2,
    "openai": "sk" + "-proj-" + BODY + BODY[:10],
    "openai_legacy": "sk" + "-" + BODY[:20] + "T3Blbk" + "FJ" + BODY[20:40],
    "anthropic": "sk" + "-ant-api03-" + BODY + BODY[:20] + "AA",
    "google": "AI" + "za" + BODY[:35],
    "aws_id": "AK" + "IA" + "QW3RT7YU9IO2PA4S",
    "aws_secret": BODY[:30] + "/+" + BODY[30:38],
    # claims that name an account and an issuer, as a real token's do
    "jwt": "ey" + "JhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdmMtY2xhaW1zIiwiaXNzIjoiaHR0cHM6"
           "Ly9pZG0uZGVmcmEuaW50ZXJuYWwiLCJyb2xlIjoiYWRtaW4ifQ." + BODY[:43],
    "storage_key": base64.b64encode(bytes(range(64))).decode(),
    "bus_key": base64.b64encode(bytes(range(100, 132))).decode(),
    "sas_sig": BODY[:43] + "%3D",
    "pem_body": "MIIEowIBAAKCAQEA" + BODY[:48],
    "twilio_sid": "S" + "K" + HEX[:32],
    "govuk_pay": "api_" + "live_" + "f8nu40ugecuup9e9o04a2j1huorps8n628vdgrjqomqel1hak6dhi74uu5",
    "basic": base64.b64encode(("svc_" + "bot:Tq7!vB2#xLm9").encode()).decode(),
    "teams_webhook": "https://defra.webhook.office" + ".com/webhookb2/" + UUID_A + "@" + UUID_B
                     + "/IncomingWebhook/" + HEX[:32] + "/" + UUID_A,
    "teams_workflow": "https://prod-12.westeurope.logic.azure" + ".com:443/workflows/" + HEX[:32]
                      + "/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers"
                      + "&sv=1.0&sig=" + BODY[:43],
    "discord_webhook": "https://discord" + ".com/api/webhooks/840598318911270978/" + BODY[:68],
    "google_oauth": "GOC" + "SPX-" + BODY[:28],
    "google_refresh": "1/" + "/0" + BODY[:60],
    "mapbox": "sk" + ".eyJ1Ijoi" + BODY[:30] + "." + BODY[30:52],
    "ado_pat": "yjtqm4dbwojfybwuypjebblnovqea3h3fx73yquwhrpecorugrtp",
    "pem_base64": base64.b64encode(("-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA"
                                    + BODY[:48] + "\n-----END RSA PRIVATE KEY-----\n").encode()
                                   ).decode(),
    "docker_auth": base64.b64encode(("ci-" + "deployer:Tq7!vB2#xLm9").encode()).decode(),
    "docker_auth_placeholder": base64.b64encode(b"user:changeme").decode(),
    "sonar": "sq" + "u_" + HEX[:40],
    "vault_root": "hv" + "s." + BODY[:24],
    "vault_service": "hv" + "s.CAESI" + BODY + BODY[:20],
}
FAKES["conn_b64"] = base64.b64encode(
    ("postgres://" + FAKES["user"] + ":" + FAKES["pw"] + "@db.internal:5432/app").encode()).decode()
FAKES["storage_b64"] = base64.b64encode(
    ("DefaultEndpointsProtocol=https;AccountName=stapp01;AccountKey=" + FAKES["storage_key"]
     + ";EndpointSuffix=core.windows.net").encode()).decode()
FAKES["conn_b64_none"] = base64.b64encode(b"postgres://db.internal:5432/app").decode()
FAKES["conn_b64_placeholder"] = base64.b64encode(b"postgres://app:changeme@db/app").decode()
FAKES["docker_config"] = base64.b64encode(
    ('{"auths":{"acr.azurecr.io":{"auth":"' + FAKES["docker_auth"] + '"}}}').encode()).decode()


def fill(template: str) -> str:
    """The template with ``{name}`` replaced by the fake of that name (``{{`` stays ``{``)."""
    return template.format(**FAKES)


def scan(cli: Any, tmp: Path, name: str, content: str, kind: str = "secret") -> list[Any]:
    """Write ``name`` under ``tmp`` and return the findings of ``safecommit scan`` on it."""
    path = tmp / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    run = cli("scan", "--format", "json", "--kind", kind, str(path))
    assert run.code in (0, 1), run.err
    findings: list[Any] = run.json["findings"]
    return findings


def types(findings: list[Any]) -> set[str]:
    return {f["type"] for f in findings}
