"""detect-secrets' own plugins and filters, through its plugin API.

Each plugin runs only on a line that carries its trigger, and detect-secrets is imported only
when such a line turns up (without ``requests``: see safecommit.offline), which a commit hook
with nothing to find should not pay. Its findings then pass detect-secrets'
heuristic filters and ours (placeholders, published examples, GitHub's checksum).

Verification (a network call to the provider) is switched off: the scanner never calls out.
"""

from __future__ import annotations

import base64
import binascii
import importlib
import json
import logging
import re
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from typing import Any

from safecommit.detect.secret_plugins.model import Hit, Line
from safecommit.detect.secret_plugins.tokens import private_key_is_real, private_key_type
from safecommit.detect.secret_plugins.values import (
    has_stand_in_signature,
    is_placeholder,
    is_sample_jwt,
    is_unsigned_jwt,
)
from safecommit.lazyre import lazy
from safecommit.offline import without_requests

# detect-secrets plugin class -> (its module in detect_secrets.plugins, prefilter words that
# could put it on a line, a cheap test of the line). Two are left out: GitHubTokenDetector,
# as ours reads the same format, checks its CRC32 and reports the whole token (1.5.0's
# pattern captures only the prefix); and BasicAuthDetector, as our URI reader also takes
# passwords with reserved characters and knows an example host.
_KEYWORDS = ("key", "token", "secret", "pass", "auth")
_PLUGINS: dict[str, tuple[str, frozenset[str], re.Pattern[str]]] = {
    name: (module, frozenset(words), re.compile(pattern))
    for name, (module, words, pattern) in {
        "AWSKeyDetector": ("aws", ("a3t", "abia", "acca", "akia", "asia", "aws"),
                           r"A3T|ABIA|ACCA|AKIA|ASIA|(?i:aws)"),
        "ArtifactoryDetector": ("artifactory", ("artifactory", "akc", *_KEYWORDS),
                                r"AKC[a-zA-Z0-9]{10}|AP[\dABCDEF][a-zA-Z0-9]{8}"),
        "AzureStorageKeyDetector": ("azure_storage_key", ("accountkey",), r"AccountKey="),
        "CloudantDetector": ("cloudant", ("cloudant",), r"(?i:cloudant)"),
        "DiscordBotTokenDetector": ("discord", ("discord", *_KEYWORDS),
                                    r"[MNO][a-zA-Z\d_-]{23,25}\."),
        "GitLabTokenDetector": ("gitlab_token", ("glpat-", "gldt-", "glft-", "glsoat-", "glrt-",
                                                 "glcbt-", "glimt-", "gr1348941"),
                                r"gl(?:pat|dt|ft|soat|rt|cbt|imt)-|GR1348941"),
        "IbmCloudIamDetector": ("ibm_cloud_iam", ("ibm",), r"(?i:ibm)"),
        "IbmCosHmacDetector": ("ibm_cos_hmac", ("ibm", "hmac"), r"(?i:ibm|hmac)"),
        "JwtTokenDetector": ("jwt", ("eyj",), r"eyJ"),
        "MailchimpDetector": ("mailchimp", ("mailchimp", *_KEYWORDS), r"[0-9a-z]{32}-us\d"),
        "NpmDetector": ("npm", ("_authtoken",), r"_authToken"),
        "OpenAIDetector": ("openai", ("t3blbkfj",), r"T3BlbkFJ"),
        "PrivateKeyDetector": ("private_key", ("private key", "putty-user-key"),
                               r"PRIVATE KEY|PuTTY-User-Key-File"),
        "PypiTokenDetector": ("pypi_token", ("pypi-",), r"pypi-"),
        "SendGridDetector": ("sendgrid", ("sg.",), r"SG\."),
        "SlackDetector": ("slack", ("xox", "hooks.slack"), r"(?i:xox|hooks\.slack\.com)"),
        "SoftlayerDetector": ("softlayer", ("softlayer",), r"(?i:softlayer)"),
        "SquareOAuthDetector": ("square_oauth", ("sq0csp-",), r"sq0csp-"),
        "StripeDetector": ("stripe", ("k_live_",), r"k_live_"),
        "TelegramBotTokenDetector": ("telegram_token", ("telegram", *_KEYWORDS),
                                     r"\d{8,10}:[0-9A-Za-z_-]{35}"),
        "TwilioKeyDetector": ("twilio", ("twilio", *_KEYWORDS), r"(?:AC|SK)[a-z0-9]{32}"),
    }.items()
}
TRIGGERS: frozenset[str] = frozenset().union(*(words for _, words, _ in _PLUGINS.values()))
_BY_WORD: dict[str, tuple[str, ...]] = {
    word: tuple(name for name, (_, words, _) in _PLUGINS.items() if word in words)
    for word in TRIGGERS
}

# Our names for detect-secrets' types, where DESIGN.md has one.
_TYPE_NAMES = {"Secret Keyword": "GENERIC_SECRET", "Private Key": "PRIVATE_KEY",
               "Azure Storage Account access key": "AZURE_STORAGE_ACCOUNT_KEY"}
_JWT_EXAMPLE_SUBJECTS = ('"1234567890"',)
_AWS_KEY_ID = lazy(r"(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[0-9A-Z]{16}$")


def type_name(secret_type: str) -> str:
    return _TYPE_NAMES.get(secret_type) or "_".join(secret_type.upper().replace("-", " ").split())


@lru_cache(maxsize=1)
def _filters() -> tuple[Callable[..., bool], ...]:
    """detect-secrets' heuristic filters for one secret, with its settings made ready."""
    # detect-secrets logs skipped secrets verbatim at INFO; keep its logger quiet for good.
    logging.getLogger("detect-secrets").disabled = True
    with without_requests():
        from detect_secrets.filters import heuristic
        from detect_secrets.settings import get_settings
    get_settings().disable_filters(
        "detect_secrets.filters.common.is_ignored_due_to_verification_policies")
    return (heuristic.is_sequential_string, heuristic.is_potential_uuid,
            heuristic.is_templated_secret, heuristic.is_prefixed_with_dollar_sign,
            heuristic.is_not_alphanumeric_string)


@cache
def _plugin(name: str) -> Any:
    """detect-secrets' plugin ``name``, made on first use: only its own module is imported
    (its registry would import and inspect all thirty, ~25 ms before the first scan)."""
    _filters()
    with without_requests():
        module = importlib.import_module(f"detect_secrets.plugins.{_PLUGINS[name][0]}")
    return getattr(module, name)()


def _is_example_jwt(token: str) -> bool:
    """The token every JWT tutorial shows (jwt.io's John Doe), or one whose claims name no
    one."""
    if is_sample_jwt(token):
        return True
    try:
        payload = token.split(".")[1]
        claims = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)).decode()
        return any(s in claims for s in _JWT_EXAMPLE_SUBJECTS) and "John Doe" in claims
    except (IndexError, ValueError, binascii.Error, UnicodeDecodeError):
        return False


def _kept(line: Line, type: str, value: str) -> bool:
    if type == "JSON_WEB_TOKEN":
        return not (_is_example_jwt(value) or is_unsigned_jwt(value)
                    or has_stand_in_signature(value))
    if type == "PRIVATE_KEY":
        return private_key_is_real(line, line.text.find(value) + len(value))
    if type == "TWILIO_API_KEY" and value.startswith("AC"):
        return False  # an Account SID names the account (its auth token is the secret)
    if type == "AZURE_STORAGE_ACCOUNT_KEY":  # its plugin reports "AccountKey=…" whole
        return not is_placeholder(value.partition("=")[2] or value)
    return not is_placeholder(value.partition("_")[2] if "_" in value[:5] else value)


@lru_cache(maxsize=1024)
def _could(words: frozenset[str]) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """The plugins a line's trigger words put it in front of, and one search for all their
    tests: most lines (``key``, ``pass``) pass none, and one search says so."""
    names = tuple(sorted({name for word in words for name in _BY_WORD.get(word, ())}))
    if not names:
        return names, None
    return names, re.compile("|".join(_PLUGINS[name][2].pattern for name in names))


def find(line: Line) -> Iterator[Hit]:
    could, test = _could(line.words)
    if test is None or test.search(line.text) is None:
        return
    filters = _filters()
    for name in [name for name in could if _PLUGINS[name][2].search(line.text)]:
        for secret in _plugin(name).analyze_line(filename=line.path, line=line.text,
                                                 line_number=line.index + 1):
            value = secret.secret_value or ""
            if not value or any(f(value) for f in filters):
                continue
            type = type_name(secret.type)
            if type == "JSON_WEB_TOKEN":
                value = _whole_jwt(line.text, value)
            if not _kept(line, type, value):
                continue
            if type == "PRIVATE_KEY":
                type = private_key_type(line)
            elif type == "AWS_ACCESS_KEY" and not _AWS_KEY_ID.match(value):
                type = "AWS_SECRET_ACCESS_KEY"  # its plugin names both halves of a key alike
            start = line.text.find(value)
            if start < 0 or (type == "AWS_ACCESS_KEY" and _inside_a_word(line.text, start,
                                                                         len(value))):
                continue
            yield Hit(start, start + len(value), value, type, "detect-secrets", 0.9, priority=15)


# The signature after a JWT's second dot: the plugin's pattern ends lazily, so its match
# stops at that dot and would leave the signature out of the finding.
_JWT_SIGNATURE = lazy(r"[A-Za-z0-9_-]+")


def _whole_jwt(text: str, token: str) -> str:
    """The token with its signature, when the plugin's match stopped before it."""
    if not token.endswith(".") or token.count(".") != 2:
        return token
    start = text.find(token)
    if start < 0:
        return token
    signature = _JWT_SIGNATURE.match(text, start + len(token))
    return token + signature.group() if signature else token


def _inside_a_word(text: str, start: int, size: int) -> bool:
    """Whether text[start:start + size] is part of a longer run of letters and digits: the
    plugin's key id pattern has no bounds, so it finds one in a DNA sequence or an
    upper-case base32 blob."""
    end = start + size
    return (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())


def describe() -> str:
    """The detect-secrets plugins in use, for ``--version``-style reports and the benchmark."""
    return json.dumps(sorted(_PLUGINS))
