"""Never leak: a unique value of every type is planted, and no output ever holds one.

Every format, to stdout and to --output files, the baseline, the audit report, history,
redact's dry run, and Python logging at DEBUG in every process.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from stdnum import iban, luhn
from stdnum.gb import nhs, utr

from conftest import Repo
from safecommit.report import FORMATS


def _nhs() -> str:
    for n in range(485777340, 485777400):
        for d in "0123456789":
            if nhs.is_valid(f"{n}{d}"):
                return f"{n}{d}"
    raise AssertionError("no NHS number")


def _iban() -> str:
    return next(v for v in (f"GB{c:02d}BARC20457741234567" for c in range(2, 99))
                if iban.is_valid(v))


NHS = _nhs()
CARD = "453914880343646" + luhn.calc_check_digit("453914880343646")
IMEI = "35693803564380" + luhn.calc_check_digit("35693803564380")
UTR = utr.calc_check_digit("123456780") + "123456780"
IBAN = _iban()

# type -> (line to plant, the raw value inside it)
PLANTED: dict[str, tuple[str, str]] = {
    "EMAIL_ADDRESS": ('"email": "leak.probe.one@gmail.com"', "leak.probe.one@gmail.com"),
    "PHONE_NUMBER": ('"mobile": "07723 481093"', "07723 481093"),
    "UK_POSTCODE": ('"postcode": "LS6 2QR"', "LS6 2QR"),
    "IP_ADDRESS": ('"clientIp": "81.2.69.160"', "81.2.69.160"),
    "MAC_ADDRESS": ('"mac": "3c:22:fb:7a:19:e4"', "3c:22:fb:7a:19:e4"),
    "DEVICE_ID": (f'"imei": "{IMEI}"', IMEI),
    "DATE_OF_BIRTH": ('"dateOfBirth": "1984-03-17"', "1984-03-17"),
    "UK_NINO": ('"nino": "JT 48 29 17 D"', "JT 48 29 17 D"),
    "UK_NHS": (f'"nhsNumber": "{NHS}"', NHS),
    "UK_PASSPORT": ('"passportNumber": "502135326"', "502135326"),
    "UK_DRIVING_LICENCE": ('"drivingLicence": "KOWAL802154TK9AB"', "KOWAL802154TK9AB"),
    "UK_UTR": (f'"utr": "{UTR}"', UTR),
    "CREDIT_CARD": (f'"cardNumber": "{CARD}"', CARD),
    "IBAN_CODE": (f'"iban": "{IBAN}"', IBAN),
    "UK_VEHICLE_REGISTRATION": ('"vehicleRegistration": "LR19 XKJ"', "LR19 XKJ"),
    "DEFRA_CPH": ('"cph": "47/215/3860"', "47/215/3860"),
    "DEFRA_SBI": ('"sbi": "106284735"', "106284735"),
    "DEFRA_CRN": ('"crn": "1102837465"', "1102837465"),
    "PERSON": ('"contactName": "Tomasz Kowalczyk"', "Tomasz Kowalczyk"),
    "AWS_ACCESS_KEY": ('"awsKey": "AKIAQ3EGUTKP7XZD6V2M"', "AKIAQ3EGUTKP7XZD6V2M"),
    "CONNECTION_STRING_PASSWORD": (
        '"db": "postgresql://svc_claims:Wy7kQ2vR9pLmZ3@db.internal.defra-demo.uk/claims"',
        "Wy7kQ2vR9pLmZ3"),
}

# Installed as sitecustomize: every Python process logs everything, at DEBUG, to stderr.
LOUD = "import logging, sys\nlogging.basicConfig(level=logging.DEBUG, stream=sys.stderr)\n"


def _fixture() -> str:
    body = ",\n".join(f"  {line}" for line, _ in PLANTED.values())
    return "{\n" + body + "\n}\n"


def _values() -> list[str]:
    values = [value for _, value in PLANTED.values()]
    return values + [v.replace(" ", "") for v in values if " " in v]


@pytest.fixture
def loud_env(tmp_path: Path) -> dict[str, str]:
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(LOUD)
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    return {**env, "NO_COLOR": "1", "PYTHONPATH": str(site)}


def _run(repo: Repo, env: dict[str, str], *args: str) -> str:
    proc = subprocess.run([sys.executable, "-m", "safecommit", *args], cwd=repo.path, env=env,
                          capture_output=True, text=True, timeout=300, input="")
    assert proc.returncode in (0, 1, 2), proc.stderr
    return proc.stdout + proc.stderr


def test_every_planted_type_is_found(repo: Repo, loud_env: dict[str, str]) -> None:
    import json

    repo.stage("fixtures/claimant.json", _fixture())
    out = subprocess.run([sys.executable, "-m", "safecommit", "scan", "--format", "json",
                          "fixtures/claimant.json"], cwd=repo.path, capture_output=True,
                         text=True, env=loud_env).stdout
    found = {f["type"] for f in json.loads(out)["findings"]}
    missing = set(PLANTED) - found
    assert not missing, f"not found, so not checked for leaks: {sorted(missing)}"


def test_no_output_of_any_kind_holds_a_raw_value(repo: Repo, loud_env: dict[str, str]) -> None:
    repo.stage("fixtures/claimant.json", _fixture())
    repo.write("docs/brief.md", "OFFICIAL-SENSITIVE\n\n" + _fixture())
    outputs: list[str] = []
    for fmt in FORMATS:
        outputs.append(_run(repo, loud_env, "scan", "--format", fmt, "."))
        outputs.append(_run(repo, loud_env, "scan", "--staged", "--format", fmt,
                            "--output", f"report.{fmt}"))
        outputs.append((repo.path / f"report.{fmt}").read_text())
        outputs.append(_run(repo, loud_env, "hook", "--format", fmt, "fixtures/claimant.json"))
    outputs.append(_run(repo, loud_env, "redact", "--dry-run", "fixtures/claimant.json"))
    outputs.append(_run(repo, loud_env, "baseline"))
    outputs.append((repo.path / ".safecommit-baseline.json").read_text())
    outputs.append(_run(repo, loud_env, "audit", "--report"))
    repo.git("commit", "-qm", "history", "--no-verify")
    outputs.append(_run(repo, loud_env, "history", "--format", "json"))
    outputs.append(_run(repo, loud_env, "doctor"))
    everything = "\n".join(outputs)
    assert "EMAIL_ADDRESS" in everything  # the runs did report findings
    leaked = [v for v in _values() if v in everything]
    assert not leaked, f"raw values in the output: {len(leaked)}"
