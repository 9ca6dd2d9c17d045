"""Secrets: detect-secrets' plugins and filters, run over each text line by line."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from safecommit.detect.locate import Locator
from safecommit.detect.make import make_finding
from safecommit.model import Finding

WHY = "A credential in a repository is compromised: rotate it, then remove it."

# detect-secrets names -> our type names (DESIGN.md); others are upper-snaked.
_TYPE_NAMES = {"Secret Keyword": "GENERIC_SECRET", "Private Key": "PRIVATE_KEY"}


@lru_cache(maxsize=1)
def _configure() -> Any:
    # detect-secrets logs skipped secrets verbatim at INFO; keep its logger quiet for good.
    logging.getLogger("detect-secrets").disabled = True
    from detect_secrets.core.plugins.util import get_mapping_from_secret_type_to_class
    from detect_secrets.core.scan import _process_line_based_plugins
    from detect_secrets.settings import configure_settings_from_baseline

    configure_settings_from_baseline({
        "plugins_used": [{"name": cls.__name__}
                         for cls in get_mapping_from_secret_type_to_class().values()],
    })
    return _process_line_based_plugins


def type_name(secret_type: str) -> str:
    return _TYPE_NAMES.get(secret_type) or "_".join(secret_type.upper().replace("-", " ").split())


def detect(locator: Locator) -> Iterator[Finding]:
    process = _configure()
    text = locator.text
    lines = list(enumerate(text.text.split("\n")))
    numbered = [(i + 1, line) for i, line in lines]
    for secret in process(numbered, filename=text.path):
        index = secret.line_number - 1
        value = secret.secret_value or ""
        line = lines[index][1]
        col = line.find(value) if value else -1
        start_in_line = max(col, 0)
        line_start = locator.line_span(index)[0]
        start = line_start + start_in_line
        end = start + (len(value) if col >= 0 else len(line.rstrip()))
        yield make_finding(
            locator, start, end, value or line.strip(),
            kind="secret", type=type_name(secret.type), detector="detect-secrets",
            confidence=0.9, why=WHY,
        )
