"""Ask the scanner itself whether a candidate fake would be flagged.

The detectors decide what counts as reserved, and they keep learning; a fake is only safe
if they pass it as they are today. Each candidate is scanned as the value of a field named
for its type (``{"passport_number": "…"}``), where a detector is at its most eager, and
is rejected when any finding of any kind touches it.
"""

from __future__ import annotations

import json

from safecommit.config import Config
from safecommit.model import Text

# type -> a field name that gives the type's detector its context
FIELD: dict[str, str] = {
    "PERSON": "full_name", "EMAIL_ADDRESS": "email",
    "USERNAME": "db_username",  # safecommit: allow USERNAME a field name, not an account
    "PHONE_NUMBER": "phone_number", "UK_POSTCODE": "postcode",
    "STREET_ADDRESS": "address_line_1", "IP_ADDRESS": "client_ip", "MAC_ADDRESS": "mac_address",
    "DEVICE_ID": "device_id", "DATE_OF_BIRTH": "date_of_birth", "UK_NINO": "ni_number",
    "UK_NHS": "nhs_number", "UK_PASSPORT": "passport_number",
    "UK_DRIVING_LICENCE": "driving_licence_number", "UK_UTR": "utr",
    "CREDIT_CARD": "card_number", "UK_BANK_ACCOUNT": "bank_account", "IBAN_CODE": "iban",
    "UK_VEHICLE_REGISTRATION": "vehicle_registration", "DEFRA_CPH": "cph_number",
    "DEFRA_SBI": "sbi", "DEFRA_CRN": "crn", "DEFRA_FRN": "frn",
}


class Probe:
    """``probe(type, candidate)`` is True when the scan would flag ``candidate``."""

    __slots__ = ("_config", "_salt", "_seen")

    def __init__(self, config: Config, salt: bytes) -> None:
        self._config = config
        self._salt = salt
        self._seen: dict[tuple[str, str], bool] = {}

    def __call__(self, type: str, candidate: str) -> bool:
        key = (type, candidate)
        if key not in self._seen:
            self._seen[key] = self._flagged(type, candidate)
        return self._seen[key]

    def _flagged(self, type: str, candidate: str) -> bool:
        from safecommit.scan import scan_text

        quoted = json.dumps(candidate, ensure_ascii=False)
        line = "{" + json.dumps(FIELD.get(type, "value")) + ": " + quoted + "}"
        start = line.index(quoted) + 2  # 1-based column of the candidate's first character
        end = start + len(quoted) - 2
        text = Text("probe.json", line + "\n", "json")
        return any(f.column < end and f.end_column > start
                   for f in scan_text(text, self._config, self._salt))
