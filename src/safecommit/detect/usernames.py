"""User names in connection strings and config keys: personal data, not a secret.

The user part of ``scheme://<user>:<password>@host``, ``User Id=<user>``,
``username: <user>``, ``DB_USER=<user>``, ``<username><user></username>``, a ``username``
column. Placeholders, environment lookups and the accounts that come with a product
(``postgres``, ``root``, ``sa``) are never flagged.
"""

from __future__ import annotations

from collections.abc import Iterator

from safecommit.detect.locate import Locator
from safecommit.detect.secrets import USER_PLUGINS, hits, to_finding
from safecommit.model import Finding

WHY = ("A user name identifies a person (or names an account an attacker can aim at): keep it "
       "in the environment or a secret store, not in the repository.")
SUGGESTION = "example_user"


def detect(locator: Locator) -> Iterator[Finding]:
    for index, hit in hits(locator, USER_PLUGINS):
        yield to_finding(locator, index, hit, WHY, SUGGESTION)
