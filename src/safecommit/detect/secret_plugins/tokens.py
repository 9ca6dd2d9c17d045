"""Token formats that carry their own prefix: each is one declaration, validated where it can be.

detect-secrets knows the older formats; these are the ones it lacks (GitHub fine-grained and
app tokens with their CRC32 check, GOV.UK Notify and Pay, Azure AD client secrets, OpenAI
project and Anthropic keys …) and a few it knows too narrowly (Stripe restricted keys, npm
tokens outside ``.npmrc``). Where both find a value, ours wins the overlap (it has the
specific type).
"""

from __future__ import annotations

import re
import string
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from safecommit.detect.secret_plugins.model import Hit, Line
from safecommit.detect.secret_plugins.values import (
    decoded_base64,
    is_known_example,
    is_placeholder,
    rejection,
)
from safecommit.lazyre import lazy

_BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def _base62(n: int, width: int) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = _BASE62[r] + out
    return out.rjust(width, "0")


def _mixed(body: str) -> bool:
    """Upper case, lower case and digits: generated, not a word (``obj.hvs.connection…``)."""
    return any(c.isupper() for c in body) and any(c.islower() for c in body) \
        and any(c.isdigit() for c in body)


def github_checksum_ok(token: str) -> bool:
    """GitHub's ``gh?_`` tokens end with a base62 CRC32 of the 30 random characters before it."""
    body = token.partition("_")[2]
    if len(body) != 36:
        return False
    return _base62(zlib.crc32(body[:30].encode()), 6) == body[30:]


@dataclass(frozen=True)
class TokenFormat:
    """One token format. ``pattern``'s group ``v`` (or the whole match) is the secret."""

    type: str
    pattern: str
    triggers: tuple[str, ...]  # lower-case literals, one of which every match contains
    validate: Callable[[str], bool] | None = None
    confidence: float = 0.95
    flags: int = 0
    # The part that must not be a placeholder: what follows the fixed prefix.
    prefix: re.Pattern[str] = field(default=re.compile(r"^[A-Za-z]+[_-]"), repr=False)

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self.flags)


_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_B = r"(?<![A-Za-z0-9_])"  # no word character before
_E = r"(?![A-Za-z0-9_])"  # and none after
# Azure DevOps's older personal access token: 52 characters of base 32, in lower case.
_OLD_PAT = _B + r"[a-z2-7]{52}" + _E

FORMATS: tuple[TokenFormat, ...] = (
    TokenFormat("GITHUB_TOKEN", _B + r"gh[pousr]_[A-Za-z0-9]{36}" + _E,
                ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"), validate=github_checksum_ok,
                confidence=0.99),
    TokenFormat("GITHUB_TOKEN", _B + r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}" + _E,
                ("github_pat_",), prefix=re.compile(r"^github_pat_")),
    TokenFormat("GITLAB_TOKEN",
                _B + r"(?:glpat|gldt|glft|glsoat|glrt|glcbt|glimt|glptt|glagent|gloas|glffct)"
                r"-[A-Za-z0-9_.-]{20,}",
                ("glpat-", "gldt-", "glft-", "glsoat-", "glrt-", "glcbt-", "glimt-", "glptt-",
                 "glagent-", "gloas-", "glffct-")),
    TokenFormat("AZURE_CLIENT_SECRET",
                r"(?<![\w~.-])(?P<v>[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![\w~.-])",
                ("q~",), prefix=re.compile(r"^.{6}")),
    TokenFormat("GOVUK_NOTIFY_API_KEY",
                r"(?<![A-Za-z0-9_-])(?P<v>[A-Za-z0-9_][A-Za-z0-9_-]{0,254}?-" + _UUID + "-"
                + _UUID + r")(?![A-Za-z0-9_-])",
                ("key", "notify", "token", "secret"), prefix=re.compile(r"^.*?-(?=[0-9a-f]{8}-)"),
                confidence=0.9),
    # GOV.UK Pay: a random base-32 token, then its 32-character HMAC, after the account's
    # kind (a test key works a sandbox account: a credential still, if a weaker one)
    TokenFormat("GOVUK_PAY_API_KEY", _B + r"api_live_[a-z0-9]{50,70}" + _E, ("api_live_",),
                prefix=re.compile(r"^api_live_")),
    TokenFormat("GOVUK_PAY_API_KEY", _B + r"api_test_[a-z0-9]{50,70}" + _E, ("api_test_",),
                prefix=re.compile(r"^api_test_"), confidence=0.7),
    TokenFormat("SLACK_WEBHOOK_TOKEN",
                r"https://hooks\.slack\.com/(?:services|workflows|triggers)/T[A-Z0-9]{6,}"
                r"/[A-Z0-9]{6,}/[A-Za-z0-9]{16,}",
                ("hooks.slack.com",), prefix=re.compile(r"^.*?/T")),
    TokenFormat("SLACK_TOKEN", _B + r"xox[abposre]-(?:\d+-){1,3}[A-Za-z0-9]{16,}" + _E,
                ("xox",)),
    TokenFormat("SLACK_TOKEN", _B + r"xoxe\.xox[bp]-\d-[A-Za-z0-9]{100,}" + _E, ("xoxe.",)),
    TokenFormat("SLACK_TOKEN", _B + r"xapp-\d-[A-Z0-9]{9,}-\d+-[a-f0-9]{32,}" + _E, ("xapp-",)),
    TokenFormat("STRIPE_SECRET_KEY", _B + r"sk_live_[0-9a-zA-Z]{24,247}" + _E, ("sk_live_",),
                prefix=re.compile(r"^sk_live_")),
    TokenFormat("STRIPE_RESTRICTED_KEY", _B + r"rk_(?:live|test)_[0-9a-zA-Z]{24,247}" + _E,
                ("rk_live_", "rk_test_"), prefix=re.compile(r"^rk_[a-z]+_")),
    TokenFormat("STRIPE_SECRET_KEY", _B + r"sk_test_[0-9a-zA-Z]{24,247}" + _E, ("sk_test_",),
                prefix=re.compile(r"^sk_test_"), confidence=0.7),
    TokenFormat("STRIPE_WEBHOOK_SECRET", _B + r"whsec_[A-Za-z0-9+/]{32,}={0,2}", ("whsec_",)),
    TokenFormat("SENDGRID_API_KEY", _B + r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}" + _E,
                ("sg.",), prefix=re.compile(r"^SG\.")),
    TokenFormat("NPM_TOKEN", _B + r"npm_[A-Za-z0-9]{36}" + _E, ("npm_",)),
    TokenFormat("PYPI_TOKEN",
                _B + r"pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,}",
                ("pypi-",), prefix=re.compile(r"^pypi-\w{15}")),
    TokenFormat("OPENAI_API_KEY",
                _B + r"sk-(?:(?:proj|svcacct|admin)-)?[A-Za-z0-9_-]{20,}T3BlbkFJ"
                r"[A-Za-z0-9_-]{20,}" + _E, ("t3blbkfj",), prefix=re.compile(r"^sk-")),
    TokenFormat("OPENAI_API_KEY", _B + r"sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{58,}" + _E,
                ("sk-proj-", "sk-svcacct-", "sk-admin-"),
                prefix=re.compile(r"^sk-[a-z]+-")),
    TokenFormat("ANTHROPIC_API_KEY", _B + r"sk-ant-(?:api|admin|sid)\d{2}-[A-Za-z0-9_-]{80,}",
                ("sk-ant-",), prefix=re.compile(r"^sk-ant-\w+-")),
    TokenFormat("GOOGLE_API_KEY", _B + r"AIza[0-9A-Za-z_-]{35}" + r"(?![A-Za-z0-9_-])",
                ("aiza",), prefix=re.compile(r"^AIza")),
    TokenFormat("AWS_ACCESS_KEY", _B + r"(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[0-9A-Z]{16}" + _E,
                ("akia", "asia", "abia", "acca", "a3t"), prefix=re.compile(r"^A[A-Z0-9]{3}")),
    # Vault's service and batch tokens: a root token's body is 24 characters
    TokenFormat("HASHICORP_VAULT_TOKEN", r"(?<![\w.])hv[sb]\.[A-Za-z0-9_-]{24,}" + _E,
                ("hvs.", "hvb."), validate=lambda v: _mixed(v[4:])),
    TokenFormat("SONARQUBE_TOKEN", _B + r"sq[upa]_[0-9a-f]{40}" + _E, ("squ_", "sqp_", "sqa_")),
    TokenFormat("DATABRICKS_TOKEN", _B + r"dapi[0-9a-f]{32}(?:-\d)?" + _E, ("dapi",)),
    TokenFormat("DIGITALOCEAN_TOKEN", _B + r"do[opr]_v1_[a-f0-9]{64}" + _E,
                ("doo_v1_", "dop_v1_", "dor_v1_")),
    TokenFormat("SHOPIFY_TOKEN", _B + r"shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}" + _E,
                ("shpat_", "shpca_", "shppa_", "shpss_")),
    TokenFormat("HUGGINGFACE_TOKEN", _B + r"hf_[A-Za-z]{34}" + _E, ("hf_",)),
    TokenFormat("ATLASSIAN_API_TOKEN", _B + r"ATATT3[A-Za-z0-9_=-]{180,}", ("atatt3",),
                prefix=re.compile(r"^ATATT3")),
    TokenFormat("POSTMAN_API_KEY", _B + r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}" + _E, ("pmak-",)),
    TokenFormat("AGE_SECRET_KEY", r"AGE-SECRET-KEY-1[0-9A-Z]{58}", ("age-secret-key-",),
                prefix=re.compile(r"^AGE-SECRET-KEY-1")),
    TokenFormat("GRAFANA_TOKEN", _B + r"glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}" + _E, ("glsa_",)),
    TokenFormat("SENTRY_TOKEN", _B + r"sntry[su]_[A-Za-z0-9+/=_-]{50,}", ("sntrys_", "sntryu_")),
    # A Sentry DSN: the project's key (and, in the legacy form, its secret) as the URL's
    # user, the project's number as its path. Whoever holds it can write to the project.
    TokenFormat("SENTRY_DSN",
                r"(?<=://)(?P<v>[0-9a-f]{32}(?::[0-9a-f]{32})?)@[\w.-]+(?::\d+)?/(?:[\w.-]+/)*"
                r"\d+(?![\w./-])", ("sentry", "dsn"), prefix=re.compile(r"^"), confidence=0.8),
    TokenFormat("NEW_RELIC_API_KEY", _B + r"NRAK-[A-Z0-9]{27}" + _E, ("nrak-",)),
    # (a service token names its config between: dp.st.<config>.<token>)
    TokenFormat("DOPPLER_TOKEN", _B + r"dp\.(?:pt|st|sa|ct|scim|audit)\.(?:[a-z0-9_-]{2,35}\.)?"
                r"[A-Za-z0-9]{40,44}" + _E,
                ("dp.pt.", "dp.st.", "dp.sa.", "dp.ct.", "dp.scim.", "dp.audit.")),
    TokenFormat("LINEAR_API_KEY", _B + r"lin_api_[A-Za-z0-9]{40}" + _E, ("lin_api_",)),
    TokenFormat("DOCKER_HUB_TOKEN", _B + r"dckr_pat_[A-Za-z0-9_-]{27}" + _E, ("dckr_pat_",)),
    TokenFormat("TERRAFORM_CLOUD_TOKEN", _B + r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}",
                (".atlasv1.",), prefix=re.compile(r"^.{23}")),
    TokenFormat("MAILGUN_API_KEY", _B + r"key-[0-9a-f]{32}" + _E, ("key-",)),
    # Microsoft Teams incoming webhooks, and the Power Automate workflows that replace them:
    # the URL is the credential.
    TokenFormat("TEAMS_WEBHOOK_TOKEN",
                r"https://[\w-]+\.webhook\.office\.com/webhookb2/" + _UUID + "@" + _UUID
                + r"/IncomingWebhook/[0-9a-f]{32}/" + _UUID + r"(?:/[A-Za-z0-9_-]{20,})?",
                ("webhook.office.com",), prefix=re.compile(r"^.*?/webhookb2/")),
    TokenFormat("TEAMS_WEBHOOK_TOKEN",
                r"https://[\w.-]+\.logic\.azure\.com(?::443)?/workflows/[0-9a-f]{32}/triggers/"
                r"[^\s\"'?]+\?[^\s\"']*?sig=[A-Za-z0-9_-]{40,}",
                ("logic.azure.com",), prefix=re.compile(r"^.*?/workflows/")),
    TokenFormat("DISCORD_WEBHOOK_TOKEN",
                r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d{17,20}/"
                r"[A-Za-z0-9_-]{60,}", ("discord",), prefix=re.compile(r"^.*?/webhooks/")),
    TokenFormat("GOOGLE_OAUTH_CLIENT_SECRET", _B + r"GOCSPX-[A-Za-z0-9_-]{28}" + _E,
                ("gocspx-",)),
    TokenFormat("GOOGLE_OAUTH_REFRESH_TOKEN", _B + r"1//0[A-Za-z0-9_-]{40,}" + _E, ("1//0",),
                prefix=re.compile(r"^1//0")),
    TokenFormat("MAPBOX_SECRET_TOKEN", _B + r"sk\.eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,}"
                + _E, ("sk.eyj",), prefix=re.compile(r"^sk\.")),
    # Azure DevOps's personal access tokens since 2024: 84 characters, its fixed signature
    # "AZDO" at the 77th. Found anywhere; the older form (52 of base 32) only in a URL.
    TokenFormat("AZURE_DEVOPS_TOKEN", _B + r"[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}" + _E, ("azdo",),
                prefix=re.compile(r"^")),
    # The older form written out where a word names it: "the Azure DevOps PAT is …",
    # "new PAT: …" (a key that names it is the keyword plugin's). The shape is a SHA-256's
    # in base 32 too: only the name on its line says which (``_names_a_pat``).
    TokenFormat("AZURE_DEVOPS_TOKEN", _OLD_PAT,
                (" pat ", " pat:", " pat=", " pat,", " pat.", "(pat)", "personal access token",
                 "devops", "azdo"),
                validate=lambda v: any(c.isdigit() for c in v), prefix=re.compile(r"^"),
                confidence=0.9),
    # An Azure DevOps personal access token as the whole user part of a git or REST URL.
    TokenFormat("AZURE_DEVOPS_TOKEN",
                r"(?<=://)(?P<v>[a-z2-7]{52}|[A-Za-z0-9]{84})@(?:dev\.azure\.com|[\w-]+"
                r"\.visualstudio\.com)", ("dev.azure.com", "visualstudio.com"),
                prefix=re.compile(r"^")),
)

# The words that name an Azure DevOps personal access token, whole.
_PAT_WORDS = lazy(r"(?i)(?<![A-Za-z0-9_])(?:pats?|personal[ ]access[ ]tokens?"
                        r"|azure[ ]devops|devops|azdo)(?![A-Za-z0-9_])")


def _names_a_pat(text: str) -> bool:
    return _PAT_WORDS.search(text) is not None


# OpenVPN's shared keys (tls-auth, tls-crypt, a static-key tunnel's): whoever holds one
# passes the server's first check, or reads the tunnel. The body is hex, 32 to a line
# (tls-crypt-v2's is base64).
_OPENVPN = lazy(r"-----BEGIN OpenVPN (?:Static key V1|tls-crypt-v2 (?:client|server) key)"
                      r"-----")
_OPENVPN_BODY = lazy(r"\s*(?:[0-9a-fA-F]{32}|[A-Za-z0-9+/=]{40,})\s*$")

# Keys and registry logins kept base64-encoded: a Kubernetes Secret's ``tls.key`` or a CI
# variable holding a PEM key, a Docker config's ``"auth"`` (user:password), and a whole
# ``.dockerconfigjson``. Each is decoded and judged by what it holds.
_BASE64_PEM = lazy(r"(?<![A-Za-z0-9+/])LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,}={0,2}")
_DOCKER_AUTH = lazy(r"\"auth\"\s*:\s*\"(?P<v>[A-Za-z0-9+/]{8,}={0,2})\"")
_DOCKER_CONFIG = lazy(r"(?<![A-Za-z0-9+/])eyJhdXRocyI6[A-Za-z0-9+/]{20,}={0,2}")
_ENCODED = {"ls0tls1crudjti": "pem", '"auth"': "auth", "eyjhdxrocyi6": "config"}

# Every literal a token line must contain, for the prefilter.
TRIGGERS: frozenset[str] = frozenset({"private key", "putty-user-key", "</d>", '"d"', *_ENCODED,
                                      "begin openvpn",
                                      *(t for f in FORMATS for t in f.triggers)})
_ALL_NOTIFY = lazy(_UUID + "-" + _UUID)
# Where one UUID runs into another (its last group, then the next one's first): a Notify
# key passed with no key word near it, ``NotificationsAPIClient("<name>-<uuid>-<uuid>")``.
# Written lower-case: the prefilter folds case.
SHAPES = ((r"-[0-9a-f]{12}-[0-9a-f]{8}-", "notify"),)
_ORDER = {id(f): i for i, f in enumerate(FORMATS)}
_BY_WORD: dict[str, tuple[TokenFormat, ...]] = {
    word: tuple(f for f in FORMATS if word in f.triggers) for word in TRIGGERS
}


def fails_validation(value: str) -> bool:
    """A value in a checksummed format whose checksum is wrong: made up, not issued."""
    return any(f.validate is not None and f.compiled.fullmatch(value) is not None
               and not f.validate(value) for f in FORMATS)


def _body(fmt: TokenFormat, value: str) -> str:
    return fmt.prefix.sub("", value, count=1)


_PEM = lazy(r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----")
_PEM_BODY_INLINE = lazy(r"(?:\\n|\\r\\n|\s)*[A-Za-z0-9+/=]{40,}")
# A body line, perhaps as a string literal of a key split over lines ("…\n" +, + "…\n").
_PEM_BODY_LINE = lazy(r"^\s*(?:[+&.]\s*)?[@$]?[\"'`]?(?:[A-Za-z0-9+/=]{40,}|Proc-Type:)")


# Lines that may come between a key's first line and its body: PGP armour headers
# (``Version: GnuPG``), PEM's ``DEK-Info:``, PuTTY's ``Encryption:`` and ``Public-Lines:``.
_KEY_HEADER = lazy(r"^\s*[A-Za-z][\w-]*:\s")
_KEY_HEADER_LINES = 6


def private_key_is_real(line: Line, end: int) -> bool:
    """A key's first line with the key after it: on its own line (JSON-escaped), or below
    it, past blank lines and headers."""
    if _PEM_BODY_INLINE.match(line.text, end):
        return True
    for k in range(1, _KEY_HEADER_LINES + 1):
        below = line.before(-k)
        if _PEM_BODY_LINE.match(below):
            return True
        if below.strip() and not _KEY_HEADER.match(below):
            return False
    return False


def private_key_type(line: Line) -> str:
    if '"private_key"' in line.text and "service_account" in line.locator.text.text:
        return "GCP_SERVICE_ACCOUNT_KEY"
    return "PRIVATE_KEY"


# PuTTY's key files, of every version (detect-secrets knows version 2 only).
_PUTTY = lazy(r"PuTTY-User-Key-File-\d+:")


def _private_keys(line: Line) -> Iterator[Hit]:
    for m in _PEM.finditer(line.text):
        if private_key_is_real(line, m.end()):
            yield Hit(m.start(), m.end(), m.group(), private_key_type(line), "token-format",
                      0.99, priority=30)
    for m in _PUTTY.finditer(line.text) if "putty-user-key" in line.words else ():
        if private_key_is_real(line, len(line.text)):
            yield Hit(m.start(), m.end(), m.group(), "PRIVATE_KEY", "token-format", 0.99,
                      priority=30)


# A private key's own parts: .NET's <RSAKeyValue> with its private exponent <D>, and a JSON
# Web Key's "d" (RSA and elliptic curves both name the private part so). A public key has
# neither.
_XML_PRIVATE_EXPONENT = lazy(r"<D>\s*(?P<v>[A-Za-z0-9+/]{40,}={0,2})\s*</D>")
_JWK_PRIVATE = lazy(r"\"d\"\s*:\s*\"(?P<v>[A-Za-z0-9_-]{40,})\"")


def _holds_a_jwk(line: Line) -> bool:
    """The text names a key type (``"kty"``), as every JSON Web Key does. Asked once."""
    found = line.locator.cache.get("jwk")
    if found is None:
        found = line.locator.cache["jwk"] = '"kty"' in line.locator.text.text
    return bool(found)


def _key_parts(line: Line) -> Iterator[Hit]:
    found: Iterator[re.Match[str]] = iter(())
    if "</d>" in line.words:
        found = _XML_PRIVATE_EXPONENT.finditer(line.text)
    elif '"d"' in line.words and _holds_a_jwk(line):
        found = _JWK_PRIVATE.finditer(line.text)
    for m in found:
        yield Hit(m.start("v"), m.end("v"), m.group("v"), "PRIVATE_KEY", "token-format", 0.95,
                  priority=30)


def _registry_login(encoded: str) -> bool:
    """A Docker config's ``auth``: base64 of ``user:password``, with a real password."""
    plain = decoded_base64(encoded)
    if plain is None or ":" not in plain:
        return False
    password = plain.partition(":")[2]
    return len(password) >= 4 and rejection(password, "password") is None


def _encoded(line: Line, kinds: set[str]) -> Iterator[Hit]:
    if "pem" in kinds:
        for m in _BASE64_PEM.finditer(line.text):
            plain = decoded_base64(m.group(), lines=True) or ""
            header = _PEM.search(plain)
            if header is not None and _PEM_BODY_INLINE.match(plain, header.end()):
                yield Hit(m.start(), m.end(), m.group(), "PRIVATE_KEY", "token-format", 0.95,
                          priority=30)
    if "auth" in kinds:
        for m in _DOCKER_AUTH.finditer(line.text):
            if _registry_login(m.group("v")):
                yield Hit(m.start("v"), m.end("v"), m.group("v"), "BASIC_AUTH_CREDENTIALS",
                          "token-format", 0.9, priority=30)
    if "config" in kinds:
        for m in _DOCKER_CONFIG.finditer(line.text):
            plain = decoded_base64(m.group(), lines=True) or ""
            if any(_registry_login(a.group("v")) for a in _DOCKER_AUTH.finditer(plain)):
                yield Hit(m.start(), m.end(), m.group(), "BASIC_AUTH_CREDENTIALS",
                          "token-format", 0.9, priority=30)


# Rails keeps the key that opens its credentials.yml.enc in config/master.key (and
# config/credentials/<environment>.key): 32 hex characters, the file's one line.
_RAILS_KEY = lazy(r"\s*(?P<v>[0-9a-f]{32})\s*")


def is_rails_key_file(path: str) -> bool:
    name = path.rpartition("/")[2]
    return name == "master.key" or (path.endswith(".key") and "credentials/" in path)


def _rails_key(line: Line) -> Iterator[Hit]:
    m = _RAILS_KEY.fullmatch(line.text)
    if m is not None and len(set(m.group("v"))) > 4:  # not 000…0
        yield Hit(m.start("v"), m.end("v"), m.group("v"), "RAILS_MASTER_KEY", "token-format",
                  0.95, priority=30)


# A build tool's prefix for values it ships to every browser (Vite, Next.js, Create React
# App, Expo, Nuxt, Gatsby): a DSN under one is public by design, as Sentry's browser SDK
# needs it.
_PUBLIC_NAME = lazy(
    r"\b(?:VITE|NEXT_PUBLIC|REACT_APP|EXPO_PUBLIC|NUXT_PUBLIC|NUXT_ENV|GATSBY|PUBLIC)_\w*"
    r"[\"']?\s*[:=]")


def _openvpn_keys(line: Line) -> Iterator[Hit]:
    for m in _OPENVPN.finditer(line.text):
        if _OPENVPN_BODY.match(line.before(-1)):
            yield Hit(m.start(), m.end(), m.group(), "OPENVPN_STATIC_KEY", "token-format", 0.95,
                      priority=30)


# An AWS secret access key: 40 characters of base64's alphabet, no padding.
_AWS_SECRET = lazy(r"(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])")
_AWS_SECRET_REACH = 200  # how far after its key's id, on the line, the secret may be


def _aws_secret_after(line: Line, end: int) -> Iterator[Hit]:
    """The secret said on the line after its access key's id, with no key naming it ("access
    key AKIA… secret <secret>", a CSV row with other headers): generated, in both cases with
    digits, so a commit's hex or a word is not one."""
    m = _AWS_SECRET.search(line.text, end, end + _AWS_SECRET_REACH)
    if m is not None and _mixed(m.group()) and not is_known_example(m.group()):
        yield Hit(m.start(), m.end(), m.group(), "AWS_SECRET_ACCESS_KEY", "token-format", 0.9,
                  priority=30)


def find(line: Line) -> Iterator[Hit]:
    if "begin openvpn" in line.words:
        yield from _openvpn_keys(line)
    if line.index == 0 and is_rails_key_file(line.path):
        yield from _rails_key(line)
    if "private key" in line.words or "putty-user-key" in line.words:
        yield from _private_keys(line)
    if "</d>" in line.words or '"d"' in line.words:
        yield from _key_parts(line)
    if not line.words.isdisjoint(_ENCODED):
        yield from _encoded(line, {_ENCODED[word] for word in line.words & _ENCODED.keys()})
    formats = {_ORDER[id(f)]: f for word in line.words for f in _BY_WORD.get(word, ())}
    for _, fmt in sorted(formats.items()):
        if fmt.type == "GOVUK_NOTIFY_API_KEY" and not _ALL_NOTIFY.search(line.text):
            continue  # "-" triggers everything: look for the two UUIDs first
        for match in fmt.compiled.finditer(line.text):
            group = "v" if "v" in fmt.compiled.groupindex else 0
            value = match.group(group)
            if fmt.validate is not None and not fmt.validate(value):
                continue
            if is_placeholder(_body(fmt, value)) or is_known_example(value):
                continue
            start, end = match.span(group)
            if fmt.pattern is _OLD_PAT and not _names_a_pat(line.text):
                continue
            if fmt.type == "SENTRY_DSN" and _PUBLIC_NAME.search(line.text, 0, start):
                continue
            yield Hit(start, end, value, fmt.type, "token-format", fmt.confidence, priority=30)
            if fmt.type == "AWS_ACCESS_KEY":
                yield from _aws_secret_after(line, end)
