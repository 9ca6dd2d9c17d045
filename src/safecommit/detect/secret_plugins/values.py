"""Judge a candidate value: is it a real credential, or a placeholder, template, lookup or hash?

Every plugin's value passes through here, so "never flagged" means the same thing everywhere:
placeholders (``<your-password>``, ``changeme``, ``xxxx``, ``REPLACE_ME``), templating
(``${DB_PASSWORD}``, ``{{ secret }}``, ``%(password)s``, ``$(var)``, ``#{...}``), environment
variable names, integrity and checksum hashes, UUIDs and published example keys.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from safecommit.detect.context import words
from safecommit.lazyre import lazy
from safecommit.reserved import PLACEHOLDER_LOCAL_PARTS

# Words that stand in for a value. Compared after lower-casing and dropping separators.
_PLACEHOLDER_WORDS = frozenset({
    "changeme", "changeit", "change", "replaceme", "replace", "todo", "tbd", "tbc", "fixme",
    "dummy", "example", "examples", "sample", "fake", "test", "testing", "mock", "placeholder",
    "secret", "secrets", "password", "passwd", "pass", "pwd", "passw0rd", "token", "apikey",
    "key", "value", "yourpassword", "yoursecret", "yourtoken", "yourkey", "yourapikey",
    "mypassword", "mysecret", "mytoken", "redacted", "removed", "hidden", "masked", "notset",
    "unset", "none", "null", "nil", "undefined", "empty", "default", "required", "optional",
    "true", "false", "yes", "no", "on", "off", "enabled", "disabled", "string", "str", "text",
    "username", "user", "usr", "login", "admin", "administrator", "root", "postgres", "guest",
    "demo", "letmein", "qwerty", "abc123", "password1", "password123", "secret123", "foobar",
    "foo", "bar", "baz", "xyz", "abc", "na", "n/a", "insecure", "unsafe", "local", "dev",
    "development", "sandbox", "temp", "tmp", "generated", "random", "auto", "env", "ssm",
    "testuser", "testaccount", "testadmin", "demouser", "sampleuser", "exampleuser",
    "dummyuser", "fakeuser", "someuser", "myuser", "youruser", "newuser", "anyuser",
    "welcome", "hunter", "trustno",
    # the word "password" in other languages: a translation's label (GOV.UK's Welsh pages)
    "passwort", "motdepasse", "contrasena", "cyfrinair", "wachtwoord", "senha", "haslo",
    "passord", "losenord", "salasana", "parola", "contrasenya",
    "tiger",  # Oracle's demo account: scott/tiger
    "correcthorsebatterystaple",  # xkcd's passphrase, in every article about passphrases
})
# A famous weak password with a year and a symbol (``Welcome2024!``): what a default
# password set on a real account looks like, where ``Welcome1`` is a tutorial's.
_WEAK_BUT_REAL = lazy(r"^(?:welcome|letmein|qwerty|hunter|trustno)\d{4}[!?#*]+$")
_PLACEHOLDER_PARTS = lazy(
    r"(?i)(?:^|[^a-z])(?:your|my|insert|enter|replace|change|put|add|set|fill|paste)[-_ ]?"
    r"(?:your|the|a|an|real|actual|own)?[-_ ]?"
    r"(?:db|database|api|app|client|access|secret|private|service|account|admin)?[-_ ]?"
    r"(?:pass(?:word)?|pwd|secret|token|key|api[-_ ]?key|value|here|credentials?|user(?:name)?)"
    r"|(?:^|[^a-z])(?:here|goes[-_ ]?here)(?:$|[^a-z])"
    r"|example|sample|dummy|placeholder|redacted|changeme|replace[-_]?me|not[-_]?a[-_]?real"
    r"|do[-_]?not[-_]?use|xxxx|\*\*\*"

    # a value that says it is only for a developer's machine: a local default, not a secret
    r"|local[-_]?dev|dev[-_]?only|local[-_]?only|for[-_]?local|not[-_]?for[-_]?prod|insecure"
    # what Windows Setup writes over an answer file's passwords once it has used them
    r"|sensitive\*data\*deleted",
)
# Read only when the value holds "fake" or "strong": "fake" as a word of its own, or again
# and again (AKIAFAKEFAKEFAKEFAKE), not inside a word (Fakenham); SQL Server's container
# documentation's yourStrong(!)Password.
_RARER_PLACEHOLDER_PARTS = lazy(r"(?<![a-z])fake(?![a-z])|fake\w*fake|your[-_ ]?strong")
# Python's conversion and format spec after an interpolated name: {password!r}, {token:>12}
_FORMAT_SPEC = r"(?:![rsa])?(?::[<>^=+ 0-9.,_a-z%-]{1,12})?"
# Templating and references: the value names something filled in elsewhere.
_TEMPLATE = lazy(
    r"\$\{|\$\(|\{\{|\{%|%\([\w.-]+\)[sdr]|#\{|@\{|<%|\[\[[^\]]*\]\]"
    r"|^\{[\w.-]*\}$|^<[^<>]*>$|^&lt;.*&gt;$|^\[[\w .-]*\]$|^%[\w.-]+%(?:$|[\\/])|^@@?[\w.-]+@@?$"
    # placeholders joined as a credential is written: <user>:<password>, <user>/<pw>@<db>
    r"|^<[\w .-]{1,40}>(?:[:/@;,|]{1,3}<[\w .-]{1,40}>)+$"
    # Concourse's and BOSH's credential lookup ((db_password)), Puppet's %{hiera('x')}
    r"|^\(\([\w.:/-]{1,128}\)\)$|^%\{[^{}]{1,256}\}$"
    # A YAML tag (``!vault |``, ``!secret db_password``, ``!Ref DbPassword``), not a password
    # that starts with ``!``: a known tag, or a tag and then its value.
    r"|^!(?:vault|secret|env|ENV|env_var|include|encrypted|sops|Ref|Sub|GetAtt|ImportValue"
    r"|FindInMap|Join|Select|Base64|If|reference)\b|^![A-Za-z][\w.:-]*\s+\S"
    # A variable (``$DB_PASSWORD``, ``$dbPassword``, ``$env:DB_PASSWORD``, ``$config->x``),
    # not a password that starts with ``$`` (``$unshine-Otter-2024``, ``$Kx7pQ2v``).
    r"|^\$(?:[A-Z_][A-Z0-9_]*|[a-z_][a-z0-9_]*|[a-z]+(?:[A-Z][a-z0-9]+)+)$"
    r"|^\$(?:env:|[A-Za-z_]\w*(?:->|::|\.|\[))"
    r"|^__[\w.-]+__$|^%s$|^%v$|^\{\d*\}$|^\?$|^:[a-z_]\w*$"
    # an interpolation of a name, its attributes and its subscripts ({self.token},
    # {token[0]}, {row['key']}) in an f-string, a format string or C#'s $"…" (Spring's
    # {noop} is no name: a password in plain text follows it)
    r"|\{(?!noop\})[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*|\[(?:\d{1,4}|[a-z_]\w{0,40}"
    r"|'[\w.-]{1,40}'|\"[\w.-]{1,40}\")\])*" + _FORMAT_SPEC + r"\}"
    r"|^(?:ENC|vault|secret|ssm|env|arn|kms|sm|op|keyvault|akv)[:(\[]"
    # Mule's secure properties' encrypted value, as Jasypt's ENC(…): ![<base64>]
    r"|^!\[[A-Za-z0-9+/]{8,}={0,2}\]$"
    # a secret store's reference by its scheme: AWS Secrets Manager's and Parameter Store's
    # (Spring Cloud AWS, CloudFormation's dynamic references), SOPS's, Doppler's
    r"|^(?:(?:aws-)?secrets-?manager|(?:aws-)?parameter-?store|ssm-secure|sops|doppler"
    r"|infisical):"
    # an ARM template expression: [parameters('adminPassword')], [variables('pw')]
    r"|^\[[a-zA-Z]\w*\(.*\)\]$"
    # an Azure Pipelines runtime expression: $[variables.dbPassword], $[counter(…)]
    r"|^\$\[[^\]\n]{1,256}\]$"
    # An Azure App Service or Functions setting filled from Key Vault.
    r"|^@(?i:microsoft\.keyvault)\("
    # Grafana's lookups: $__env{X}, $__file{path}
    r"|\$__(?:env|file|vault)\{",
)
_ENV_NAME = lazy(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$")
_DOTTED_REFERENCE = lazy(
    r"^(?:var|local|locals|module|data|each|self|this|config|settings|secrets|env|process"
    r"|vars|inputs|needs|steps|github|params|values|context|props|random_password"
    r"|azurerm_[\w]+|aws_[\w]+|google_[\w]+"
    # Razor's model and view data in a .NET view: value="@Model.Password"
    r"|@(?:Model|ViewBag|ViewData|TempData|Configuration))\.[\w.\[\]\"'-]+$",
)
_UUID = lazy(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
_HASH = lazy(
    r"^(?:sha(?:1|224|256|384|512)|md5|blake2[bs]?)[-:=][A-Za-z0-9+/=_-]{16,}$"
    # crypt(3) and its kin: $2b$ bcrypt, $6$ sha512crypt, $y$ yescrypt, $apr1$ Apache's MD5 …
    r"|^\$(?:2[abxy]?|1|5|6|7|y|gy|apr1|md5|sha1|argon2(?:id|i|d)?|pbkdf2[\w-]*|scrypt)\$"
    r"|^(?:pbkdf2_sha\d+|bcrypt|argon2|sha1|md5)\$"
    # Spring's DelegatingPasswordEncoder and LDAP's userPassword name their scheme in braces
    # (``{bcrypt}$2a$…``, ``{SSHA}…``); ``{noop}`` is a password in plain text, so not here.
    r"|^\{(?:bcrypt|pbkdf2|scrypt|argon2|sha(?:256|512)?|ssha(?:256|512)?|s?md5|md4|crypt"
    r"|ldap)\}\S"
    # PostgreSQL's verifiers (pg_authid, pg_dumpall): SCRAM and the legacy md5 of 32 hex
    r"|^SCRAM-SHA-(?:1|256)\$\d+:|^md5[0-9a-f]{32}$"
    # MySQL's mysql_native_password: "*" and 40 hex digits
    r"|^\*[0-9A-F]{40}$"
    # Jupyter's passwd(): the algorithm, then its crypt form or salt:digest
    r"|^argon2:\$argon2(?:id|i|d)\$|^sha(?:1|256|512):[0-9a-f]{6,}:[0-9a-f]{40,}$",
    re.I,
)
# A word of a key that names a digest: whole words, as "shared" and "consumer" hold none.
_HASH_KEY_WORD = lazy(
    r"(?:\w*hash\w*|digests?|\w*checksums?|(?:sha|md)\d*(?:sum)?|sum|shasum|integrity|etag"
    r"|fingerprints?|commit|revision|rev)$")
_HEX_DIGEST_LENGTHS = frozenset({32, 40, 56, 64, 96, 128})
_HEX = lazy(r"^[0-9a-f]+$|^[0-9A-F]+$")
_NUMBER = lazy(r"^[-+]?\d+(?:[.,:]\d+)*$")
_PATH = lazy(
    r"^(?:/|\./|\.\./|~/|[A-Za-z]:[\\/]|\\\\|file:)"
    r"|\.(?:pem|key|crt|cer|p12|pfx|jks|keystore|json|txt|ya?ml|env|ini|cfg|conf|pub|der|asc"
    r"|gpg)$"
    # an object's key in a bucket or a blob container: folders and a file (base64 has no ".")
    r"|^[\w.-]+(?:/[\w.{}-]+)+\.[a-z][a-z0-9]{1,4}$",
    re.I,
)
# Where a secret store keeps one: lower-case names between slashes (secret/data/frp/db,
# kv/frp/prod#password), which a generated secret's mixed case never is.
# (or two names and the field to read, as Ansible's hashi_vault lookup takes them)
_STORE_PATH = lazy(
    r"^[a-z][a-z0-9_-]*(?:(?:/[a-z0-9_-]+){2,}(?:[:#][a-z0-9_-]+)?|/[a-z0-9_-]+[:#][a-z0-9_-]+)$")
# AWS's published documentation keys and similar well-known examples.
# GOV.UK Notify's documentation's service id and secret, which end a key of any name
_NOTIFY_DOCUMENTED = "26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0"
_KNOWN_EXAMPLES = frozenset({
    "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY", "AKIAI44QH8DHBEXAMPLE",
    # Azurite's (and the storage emulator's) one account key, published by Microsoft
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
    # the Cosmos DB emulator's one key, published by Microsoft
    "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
    # vendors' documentation keys, in every tutorial that copies them: Stripe's test
    # secret keys, the Maps JavaScript API samples' key, Mailgun's sample key
    "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_BQokikJOvBiI2HlWgH4olfQ2",
    "sk_test_26PHem9AhJZvU623DfE1x4sd", "AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe",
    "key-3ax6xnjp29jd6fds4gc373sgvjxteol0",
    # GOV.UK Pay's key in its authentication service's README
    "api_live_u3tl8gajo9paj0xki31jm1psr3v21m5urh50zoa7a262w4ntzoo6cqhu82",
    # Google's reCAPTCHA v2 test keys: every check passes, for automated tests
    "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe", "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI",
    # Microsoft's sample SQL Server password, in every eShopOnContainers-style compose file
    "Pass@word1",
    # Traefik's documentation's basic-auth users' hashes (of "test" and "test2")
    "$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/", "$apr1$d9hr9HBB$4HxwgUir3HP4EsggP/QNo0",
    # Consul's and Nomad's documentation's gossip keys
    "pUqJrVyVRj5jsiYEkM/tFQYfWyJIv4s3XkvDwy7Cu5s=", "cg8StVXbQJ0gPvMd9o7yrg==",
    # Microsoft's documentation's and SDK samples' SAS signature, URL-encoded and not
    "Z%2FRHIX5Xcg0Mq2rqI3OlWTjEg2tYkboXr1P9ZUXDtkk%3D",
    "Z/RHIX5Xcg0Mq2rqI3OlWTjEg2tYkboXr1P9ZUXDtkk=",
    # The OAuth specifications' examples, which libraries' docs and tests copy: RFC 6749's
    # tokens, code, client secrets and Basic credentials, RFC 6750's bearer token, RFC 7636's
    # PKCE verifier and challenge; RFC 5849's client, temporary and token credentials; the
    # OAuth 1.0a signing guide's consumer and token credentials
    "2YotnFZFEjr1zCsicMWpAA", "tGzv3JOkF0XG5Qx2TlKWIA", "SplxlOBeZQQYbYS6WxSbIA",
    "7Fjfp0ZBr1KtDRbnfVdmIw", "gX1fBat3bV", "czZCaGRSa3F0MzpnWDFmQmF0M2JW", "mF_9.B5f-4.1JqM",
    "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk", "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
    "dpf43f3p2l4k3l03", "kd94hf93k423kf44", "hh5s93j4hdidpola", "hdk48Djdsa",
    "nnch734d00sl2jdk", "pfkkdhi9sl3r4s00", "9djdj82h48djs9d2", "kkk9d7dh3k39sjv7",
    "j49sk3j29djd", "dh893hdasih9", "0685bd9184jfhq22", "ad180jjd733klru7",
    "xvz1evFS4wEEPTGEFPHBog", "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
    "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb",
    "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE",
    # jwt.io's example token, signed with "your-256-bit-secret"
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwi"
    "aWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
})
# A value that describes what it stands in for: "the-password-must-be-at-least-32-characters-
# long", "at-least-32-characters-long-dev-value". A passphrase of random words says nothing
# of itself; one of these says two things or more.
_DESCRIBING = frozenset({
    "password", "secret", "key", "token", "value", "must", "should", "least", "characters",
    "chars", "long", "length", "change", "replace", "example", "dummy", "local", "dev",
    "development", "test", "your", "here", "this", "not", "real", "only", "default", "insecure",
})
# Words in capitals joined by dashes, perhaps numbered, one of them the secret's own noun
# (``EVIL-TOKEN``, ``WRONG-PASSWORD-2``): a test's label for a value, as a real one never
# names what it is.
_SHOUTED_NAME = lazy(r"^[A-Z]{2,}(?:-[A-Z]{2,})+(?:-\d{1,4})?$")
_SECRET_NOUNS = frozenset({
    "password", "passwd", "pwd", "pass", "token", "secret", "key", "apikey", "jwt",
    "signature", "sig", "credential", "credentials", "creds", "cookie", "session", "otp",
})
_SEQUENCES = (
    "abcdefghijklmnopqrstuvwxyz" * 2,
    "0123456789" * 3,
    "qwertyuiopasdfghjklzxcvbnm",
)


def is_character_set(value: str) -> bool:
    """An alphabet written out: a base64 table, or the characters a password generator draws
    from (``A..Za..z0..9`` and a few symbols). Most of it is runs of consecutive letters or
    digits, which a generated secret almost never holds."""
    if len(value) < 16:
        return False
    covered = run = 1
    for a, b in pairwise(value):
        run = run + 1 if ord(b) == ord(a) + 1 else 1
        # a run counts once it is four long: its first three were held back until then
        covered += 4 if run == 4 else 1 if run > 4 else 0
    return covered >= 0.75 * len(value)


def shannon_entropy(value: str) -> float:
    if not value:
        return 0.0
    counts = Counter(value)
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


def char_classes(value: str) -> int:
    return sum((
        any(c.islower() for c in value),
        any(c.isupper() for c in value),
        any(c.isdigit() for c in value),
        any(not c.isalnum() for c in value),
    ))


_LEET = str.maketrans({"@": "a", "4": "a", "0": "o", "1": "i", "3": "e", "$": "s", "5": "s"})


_SEPARATORS = lazy(r"[\s_\-.:/'\"`]+")


def _squash(value: str) -> str:
    return _SEPARATORS.sub("", value.lower())


# Django's startproject writes SECRET_KEY = "django-insecure-<50 random characters>": the
# prefix warns against using it, but the key is generated, and signs wherever it is used.
_WARNING_PREFIX = lazy(r"^(?:django-)?insecure-(?P<rest>[^\s\"'`]{32,})$")


def _generated_with_warning(value: str) -> bool:
    m = _WARNING_PREFIX.match(value)
    return m is not None and looks_random(m.group("rest"), min_length=32) \
        and _PLACEHOLDER_PARTS.search(m.group("rest")) is None


def is_placeholder(value: str) -> bool:
    """A stand-in for a value: a word such as ``changeme``, masking stars, ``<...>``."""
    v = value.strip()
    if not v:
        return True
    squashed = _squash(v)
    plain = squashed.rstrip("0123456789!?#*")
    if (squashed in _PLACEHOLDER_WORDS or plain in _PLACEHOLDER_WORDS
            or plain.translate(_LEET) in _PLACEHOLDER_WORDS) \
            and not _WEAK_BUT_REAL.match(squashed):  # P@ssw0rd!, s3cr3t, Adm1n
        return True
    if len(set(v.lower())) <= 2:  # xxxxxxxx, ********, ppp, 0000
        return True
    if v in _KNOWN_EXAMPLES or "EXAMPLE" in v or v.endswith(_NOTIFY_DOCUMENTED):
        return True
    if _PLACEHOLDER_PARTS.search(v) and not _generated_with_warning(v):
        return True
    low = v.lower()
    if ("fake" in low or "strong" in low) and _RARER_PLACEHOLDER_PARTS.search(low):
        return True
    if "…" in v or "..." in v:  # cut short: "sk_live_…", "pass:..."
        return True
    parts = [p for p in re.split(r"[-_.\s]+", low) if p]
    if len(parts) >= 4 and sum(p in _DESCRIBING for p in parts) >= 2:
        return True
    if len(parts) >= 2 and all(p in _PLACEHOLDER_WORDS or p.isdigit() for p in parts):
        return True  # made of stand-ins: test-password-123, dummy_secret_1
    if _SHOUTED_NAME.match(v) and any(p in _SECRET_NOUNS for p in parts):
        return True
    return any(low in seq for seq in _SEQUENCES) and len(low) >= 4


def is_known_example(value: str) -> bool:
    """A key a vendor published in its documentation: every reader of it has it."""
    return value in _KNOWN_EXAMPLES


# The spans of the templating forms that can sit inside a value.
_TEMPLATE_SPAN = lazy(r"\$\{[^}]*\}|\$\([^)]*\)|\{\{.*?\}\}|#\{[^}]*\}|@\{[^}]*\}"
                            r"|\{(?!noop\})[a-z_][a-z0-9_.]*" + _FORMAT_SPEC + r"\}")
_ALNUM_SECRET = lazy(r"[A-Za-z0-9]{12,}")


_MAVEN_ENCRYPTED = lazy(r"^\{[A-Za-z0-9+/]{8,}={0,2}\}$")
# printf's slots, and what is left of a format string around them: words, no digits or
# symbols (which a random password with a "%s" in it would keep).
_PRINTF_SLOT = lazy(r"%[-+ 0#]?\d{0,3}(?:\.\d{1,2})?[sdifrx]")
_FORMAT_WORDS = lazy(r"[A-Za-z_ .:/-]*[a-z]{3}[A-Za-z_ .:/-]*")


def is_template(value: str) -> bool:
    """Templating or a reference to something defined elsewhere: but not a random literal
    with a ``${`` inside it (``a${b}Zq8Lm3Xp9Rt2Vw7``), whose letters and digits are there
    whatever fills it."""
    v = value.strip()
    if _DOTTED_REFERENCE.match(v) or v.startswith("{cipher}"):  # Spring Cloud Config decrypts it
        return True
    if _MAVEN_ENCRYPTED.match(v):  # Maven's encrypted password: {<base64>}
        return True
    if not _TEMPLATE.search(v):
        return False
    rest = _TEMPLATE_SPAN.sub("", v)
    return rest == v or not (_ALNUM_SECRET.fullmatch(rest) and char_classes(rest) == 3)


def is_format_string(value: str) -> bool:
    """A printf-style format around words (``__attr_factory_%s``): a name made at run time."""
    rest = _PRINTF_SLOT.sub(" ", value)
    return rest != value and _FORMAT_WORDS.fullmatch(rest) is not None


def is_env_name(value: str) -> bool:
    """``NOTIFY_API_KEY``: the name of an environment variable, not its value."""
    return bool(_ENV_NAME.match(value)) and not any(c.isdigit() for c in value[-4:]) \
        and shannon_entropy(value) < 4.2


def is_uuid(value: str) -> bool:
    return bool(_UUID.match(value))


def is_generated_key(value: str) -> bool:
    """A key a service issued: a UUID (Companies House's) or a long random value, not a
    placeholder or a variable."""
    return is_uuid(value) or (rejection(value) is None and made_by_a_generator(value))


def is_hash(value: str, key: str = "") -> bool:
    """Integrity and checksum hashes, password hashes, and hex digests under a hash key."""
    if _HASH.match(value):
        return True
    return bool(_HEX.match(value)) and len(value) in _HEX_DIGEST_LENGTHS \
        and (any(_HASH_KEY_WORD.match(w) for w in words(key).split())
             or key.lower().endswith("etag"))


# Regular-expression syntax: a pattern that describes secrets is not one.
# (``\(``, ``\|`` and ``\)`` are the groups and alternatives of Vim's, grep's and Emacs's
# patterns.)
_REGEX = lazy(r"\(\?[:=!<P]|\[[^\]]{0,30}[a-z0-9]-[a-z0-9][^\]]{0,30}\]|\\[dwsvbDWSB(|)]"
                    r"|\{\d+(?:,\d*)?\}|[.\]]\*|[.\]]\+")
_DOT_REPEAT = frozenset({".*", ".+", "]*", "]+"})


def _is_regex(value: str) -> bool:
    """Regular-expression syntax: two of its tokens, or one that a password would not hold
    by chance. A lone ``.+`` or ``.*`` inside a value may be a generated password's; at
    either end it is a pattern's (``fr.comp.lang.*``), as are anchors."""
    tokens = _REGEX.findall(value)
    if not tokens:
        return False
    return len(tokens) > 1 or tokens[0] not in _DOT_REPEAT \
        or value[:2] in _DOT_REPEAT or value[-2:] in _DOT_REPEAT \
        or value[0] == "^" or value[-1] == "$"


# A CSS selector, as a UI test's page object names a form's field (password: '#password',
# apiKey: 'input[name="api-key"]', '.govuk-input--password'): its names are lower-case
# words, where a password has capitals or digits.
_CSS_NAME = r"[a-z]+(?:[-_]{1,2}[a-z]+)*"
_CSS_PSEUDO = (r"(?:hover|focus(?:-visible|-within)?|active|visited|checked|disabled|enabled"
               r"|(?:first|last|only)-(?:child|of-type)|nth-(?:last-)?(?:child|of-type)|not|has"
               r"|is|where|visible|hidden|before|after|placeholder|invalid|valid|required|empty)")
# An attribute's test ([name="api-key"], [type=password]) and a pseudo-class's argument,
# taken out before the rest is read.
_CSS_BRACKETS = lazy(
    rf"\[{_CSS_NAME}(?:[~|^$*]?=(?:\"[^\"\]]*\"|'[^'\]]*'|[\w-]+))?\]|\([^()]*\)")
_CSS_COMPOUND = lazy(rf"(?:{_CSS_NAME}|\*)?(?:[#.]{_CSS_NAME}|::?{_CSS_PSEUDO})*")
_CSS_COMBINATOR = lazy(r"\s*[>+~]\s*|\s+")


# An OpenPGP message's body, encrypted to a key (Renovate's encrypted tokens, a gpg-armoured
# file's lines): its first packet, a session key for a public key, in base64.
_PGP_MESSAGE = lazy(r"^(?:wcFMA|wcBMA|hQEMA|hQIMA)[A-Za-z0-9+/]{16,}")
# An AWS KMS ciphertext blob in base64: its header (the format's version, then the key's
# id and the lengths) and at least the ciphertext of a short value. Only KMS decrypts it,
# for whoever its key's policy lets: like an OpenPGP message, safe to commit. (Ciphertext
# whose key is fixed or kept beside it, as Maven's master password, is not.)
_KMS_CIPHERTEXT = lazy(r"^AQ[EI][BCD]AH[A-Za-z0-9+/]{130,}={0,2}$")
# Windows' DPAPI blob, which only its user on its machine decrypts: NuGet.config's encrypted
# Password, PowerShell's ConvertFrom-SecureString. Its header (version 1 and the provider's
# id), in base64 or in hex.
# (a Remote Desktop file keeps its blob after its field's type: "password 51:b:01000000…")
_DPAPI_HEADS = ("AQAAANCMnd8BFdERjHoAwE/Cl+sB", "01000000", "51:b:01000000", "b:01000000")
_DPAPI_BLOB = (r"^(?:AQAAANCMnd8BFdERjHoAwE/Cl\+sB[A-Za-z0-9+/]{40,}={0,2}"
               r"|(?:(?:51:)?b:)?01000000[dD]08[cC]9[dD][dD][fF]0115[dD]1118[cC]7[aA]00[cC]04"
               r"[fF][cC]297[eE][bB][0-9a-fA-F]{40,})$")


def is_css_selector(value: str) -> bool:
    if not any(c in value for c in "#.[:"):
        return False
    rest = _CSS_BRACKETS.sub("", value).strip()
    if rest == value.strip() and not any(c in rest for c in "#.:"):
        return False
    return all(_CSS_COMPOUND.fullmatch(part) for part in _CSS_COMBINATOR.split(rest))


# Words in snake, kebab, dotted or camel case, maybe private (``_auth_user_id``, a class's
# ``_RSAPrivateKey`` in a type annotation); a dotted
# name may hold a message broker's wildcards (a RabbitMQ routing key, "orders.*.created").
_IDENTIFIER = lazy(
    r"^_*[a-z]+(?:[_.-][a-z]+)*$|^[a-z]+(?:\.(?:[a-z]+|[*#]))+$|^[a-z]+(?:[A-Z][a-z]+)+$"
    r"|^(?:[A-Z][a-z]+){2,}$|^_+(?:[A-Z]+[a-z]+){2,}$")
_BASE64 = lazy(r"^(?:[A-Za-z0-9+/]{4})+(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$")
# A function's or a field's name in snake case, words numbered (``x509_crt_verify_data2``):
# three parts or more, two of them words.
_NUMBERED_SNAKE = lazy(
    r"^(?=(?:[a-z0-9]*_)*[a-z]{3,}_(?:[a-z0-9]*_)*[a-z]{3,}(?:_|$))[a-z][a-z0-9]*"
    r"(?:_[a-z][a-z0-9]*){2,}$")
# roff's (a man page's) escapes: a named glyph, a two-letter one, a change of font
_ROFF_ESCAPE = lazy(r"\\(?:\[[^\]\s]{1,8}\]|\([A-Za-z]{2}|f[BIRP])")
_CONCATENATION_GAP = lazy(r"^\+[ \t]*[A-Za-z_][\w.]*(?:\(\))?[ \t]*\+$")
_ENV_ASSIGNMENT = lazy(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+=\S{0,20}$")


# Words of either case joined by dashes, underscores or dots, one of them in camel case
# (``id-regCtrl-regToken``, ``setct-PANToken``): an object's or a message's name.
# Each word is read one way only (a run of small letters whole, capitals before it or
# alone), so a long run of letters that is no name fails in linear time.
_WORD = r"(?:[A-Z]*[a-z]{2,}(?![a-z])|[A-Z]{2,}(?![A-Za-z]))+"
_MIXED_NAME = lazy(rf"^{_WORD}(?:[-_.]{_WORD})+$")
_HUMP = lazy(r"[a-z][A-Z]|[A-Z]{2}[a-z]")


def is_identifier(value: str) -> bool:
    """Words in snake, kebab or camel case (``auth_token``, ``accessToken``): a name."""
    return bool(_IDENTIFIER.match(value)) or (
        _MIXED_NAME.match(value) is not None and _HUMP.search(value) is not None)


# Lower-case words with a version or a number among them (``ffc-grants-postgresql-v2``,
# ``graph-token-cache-v2``), perhaps behind a cookie name's ``__Host-`` prefix.
_NUMBERED_NAME = lazy(
    r"^(?:__(?:Host|Secure)-)?[a-z]+(?:[-_.](?:[a-z]+|v?\d{1,4}))*[-_.][a-z]+"
    r"(?:[-_.](?:[a-z]+|v?\d{1,4}))*$")


def is_numbered_name(value: str) -> bool:
    """A name of two words or more, numbered (``kv-scope-01``): a resource's name, which a
    key's secret, token or API key never is. (A password may be words and a number.)"""
    return bool(_NUMBERED_NAME.match(value))


# Words that a name or a description is made of, never a passphrase of random words.
_NOT_RANDOM_WORDS = frozenset({
    "password", "passwd", "pass", "secret", "secrets", "admin", "root", "user", "username",
    "test", "example", "sample", "dummy", "default", "change", "changeme", "replace", "local",
    "dev", "demo", "prod", "production", "staging", "none", "null", "not", "empty", "vault",
    "key", "keyvault", "token", "value", "db", "database", "postgres", "postgresql", "mysql",
    "redis", "sql", "the", "and", "for", "from", "with", "see", "set", "use", "ask", "same",
    "as", "in", "on", "at", "by", "to", "of", "is", "are", "was", "be", "stored", "managed",
    "generated", "provided", "injected", "read", "env", "environment", "pipeline", "here",
    "your", "my", "our", "this", "that", "app", "service", "account", "api", "release",
    "chart", "name", "credentials", "creds", "login", "auth", "master", "server", "client",
    # a tutorial's words, and words that praise a password rather than being one
    "hello", "world", "foo", "bar", "baz", "qux", "fake", "mock", "temp", "tmp", "lorem",
    "ipsum", "secure", "very", "super", "strong", "please", "insecure", "unsafe", "guest",
    "word", "letmein", "welcome", "qwerty", "asdf", "private", "public", "simple", "some",
    "random", "long", "short", "string", "text", "new", "old", "real", "fixme", "todo",
})
_WORD_SPLIT = lazy(r"[-_ ]|(?<=[a-z])(?=[A-Z])")
_JOINED_WORDS = lazy(r"[a-z]{12,40}")


def is_passphrase(value: str) -> bool:
    """Three random words or more, as the NCSC advises for a password: kebab, Pascal or
    spaced (``orchard-kettle-lantern``, ``OrchardKettleLantern``), or run together. None
    of them a word that names or describes something (``postgres-admin-password``)."""
    if _JOINED_WORDS.fullmatch(value):
        return not any(w in value for w in _NOT_RANDOM_WORDS if len(w) > 2)
    parts = _WORD_SPLIT.split(value)
    return 3 <= len(parts) <= 6 and all(
        p.isalpha() and p.isascii() and len(p) >= 3 and p.lower() not in _NOT_RANDOM_WORDS
        for p in parts)


def is_base64(value: str) -> bool:
    """``value`` is base64, whole and padded as it should be."""
    try:
        base64.b64decode(value, validate=True)
    except ValueError:
        return False
    return True


def decoded_base64(value: str, lines: bool = False) -> str | None:
    """The printable text a base64 value encodes (Kubernetes Secret data), if it is one;
    with ``lines``, text of several lines too (a PEM key)."""
    if len(value) < 8 or not _BASE64.match(value):
        return None
    try:
        text = base64.b64decode(value, validate=True).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None
    printable = "".join(text.split()) if lines else text
    return text if printable.isprintable() else None


def is_unsigned_jwt(token: str) -> bool:
    """A JWT with no signature (``"alg": "none"``): anyone can write one, so it holds no
    secret. (A server that accepts one has a flaw, which a scan of text cannot see.)"""
    header, _, rest = token.partition(".")
    if not header.startswith("eyJ") or not rest.endswith(".") or rest.count(".") != 1:
        return False
    try:
        claims = json.loads(base64.urlsafe_b64decode(header + "=" * (-len(header) % 4)))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return False
    return isinstance(claims, dict) and str(claims.get("alg", "")).lower() == "none"


def has_stand_in_signature(token: str) -> bool:
    """A JWT whose signature is a stand-in (``.sig``, ``.signature``, ``.xxx``, base64 of a
    word): a real signature is 27 characters of random bytes or more (43 for HMAC-SHA256),
    so a shorter one, or one that decodes to text, signs nothing and the token opens
    nothing. (Its claims are JSON too: Flask's signed session holds a time stamp there.)"""
    parts = token.split(".")
    if len(parts) != 3 or not parts[0].startswith("eyJ") or not parts[1].startswith("eyJ") \
            or not parts[2]:
        return False
    signature = parts[2]
    if len(signature) < 16:
        return True
    try:
        decoded = base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4))
    except (ValueError, binascii.Error):
        return False
    return decoded.isascii() and decoded.decode().isprintable()


def is_sample_jwt(token: str) -> bool:
    """A JWT whose claims name no one: none at all (``eyJ….e30.…``), or only stand-ins
    (``{"sub": "test-user", "role": "admin", "iat": 1516239022}``), as a test fixture's or an
    API document's sample token holds. A real token names its issuer, audience or subject."""
    parts = token.split(".")
    if len(parts) != 3 or not parts[0].startswith("eyJ") or len(parts[1]) > 400:
        return False
    try:
        claims = json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return False
    return isinstance(claims, dict) and all(map(_stand_in, _strings(claims)))


def _strings(value: object) -> Iterator[str]:
    """Every string in a JSON value (numbers and booleans name no one)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


# A sample token's scopes and roles: words any token may hold, naming no one.
_CLAIM_WORDS = frozenset({"read", "write", "delete", "admin", "user", "users", "openid",
                          "profile", "email", "offline_access", "api", "all", "viewer",
                          "editor", "reviewer", "guest", "access", "refresh", "bearer"})


def _stand_in(value: str) -> bool:
    return len(value) <= 2 or value.lower() in _CLAIM_WORDS or is_placeholder(value) \
        or _NUMBER.match(value) is not None


def is_path(value: str) -> bool:
    if _STORE_PATH.match(value):
        return True
    if not _PATH.search(value):
        return False
    # One random segment after a "/" is a secret that starts with one (base64 can), not a path;
    # so are several, when none is a word (an AWS secret key: "/tjiz…+xE9/XOL3…").
    return not (value[0] == "/" and len(value) >= 16 and "." not in value
                and char_classes(value[1:]) >= 3
                and ("/" not in value[1:] or _random_base64(value)))


_BASE64_VALUE = lazy(r"[A-Za-z0-9+/]{30,}={0,2}")
# A word, or a folder's name ("/etc/", "/var/lib/"): text, not random bytes
_WORDY = lazy(r"[a-z]{6}|(?:^|/)[a-z]{2,}(?:/|$)")


def _random_base64(value: str) -> bool:
    """Base64 of random bytes, "/" and all: no word in it, and the entropy of random text."""
    return _BASE64_VALUE.fullmatch(value) is not None and _WORDY.search(value) is None \
        and shannon_entropy(value) >= 4.3


def looks_random(value: str, *, min_length: int = 12) -> bool:
    """High enough entropy, and more than one kind of character, to be a generated secret."""
    if len(value) < min_length:
        return False
    return char_classes(value) >= 2 and shannon_entropy(value) >= 3.0


# An OpenSSH public key's body starts with its type's name, encoded: ssh-rsa, ssh-ed25519,
# ecdsa-sha2-…, sk-ssh-…
_SSH_PUBLIC_KEY = ("AAAAB3NzaC1", "AAAAC3NzaC1", "AAAAE2VjZHNh", "AAAAGnNrLXNzaC1")
# A capitalised word of a name in Pascal case (ResultsPageCachedEntryV2Key)
_CAPITALISED_WORD = lazy(r"[A-Z][a-z]{2,}")


# What a generator writes: letters and digits, base64's and URL-safe base64's symbols, its
# padding at the end; never a comma or an "=" inside (Key=Name,Value=…: a list of pairs).
_GENERATED_ALPHABET = lazy(r"[A-Za-z0-9+/_~.-]+={0,2}")


def made_by_a_generator(value: str) -> bool:
    """Long, random, and of upper and lower case and digits: not a name in Pascal case,
    a shortcut, a public key, a hex digest (a fingerprint in a maintainers' table) or a list
    of pairs."""
    if len(value) < 20 or not looks_random(value) or char_classes(value) < 3 \
            or value.startswith(_SSH_PUBLIC_KEY) or not _GENERATED_ALPHABET.fullmatch(value):
        return False
    # four fifths in words: a random key of 20 is that rarely (about one in 300)
    return sum(len(w) for w in _CAPITALISED_WORD.findall(value)) * 5 < len(value) * 4


# The name of a hashing or encryption scheme: a setting's value (PostgreSQL's
# password_encryption, a JWT's signing algorithm), not a secret.
_ALGORITHM = lazy(
    r"(?i)^(?:scram-sha-(?:1|256)|md5|sha-?(?:1|224|256|384|512)|bcrypt|scrypt"
    r"|argon2(?:i|d|id)?|pbkdf2(?:[-_]sha-?\d+)?|aes-?(?:128|192|256)(?:-(?:gcm|cbc|ctr))?"
    r"|[hrpe]s(?:256|384|512))$")


@lru_cache(maxsize=4096)
def rejection(value: str, key: str = "") -> str | None:
    """Why ``value`` is not a credential, or None when it may well be one."""
    v = value.strip()
    if not v:
        return "empty"
    if len(v) >= 6 and key and _squash(key).endswith(_squash(v)):
        return "the key's own name"  # SN_setct_PANToken "setct-PANToken", an enum's value
    if is_template(v) or ("%" in v and is_format_string(v)):
        return "template"
    if is_placeholder(v):
        return "placeholder"
    if is_uuid(v):
        return "uuid"
    if v.startswith("pk.eyJ"):  # Mapbox's public token, made to be served to browsers
        return "public token"
    if v.endswith(".") and is_unsigned_jwt(v):
        return "unsigned token"
    if v.startswith("eyJ") and (is_sample_jwt(v) or has_stand_in_signature(v)):
        return "sample token"
    if is_hash(v, key):
        return "hash"
    if _ALGORITHM.match(v):
        return "algorithm"
    if _NUMBER.match(v):
        return "number"
    if not any(c.isalpha() for c in v):
        return "no letters"
    if "\\" in v and not any(c.isalnum() for c in _ROFF_ESCAPE.sub("", v)):
        return "markup"  # a man page's escapes around a placeholder: \[rB]@\[rB]
    if is_env_name(v):
        return "environment variable name"
    if "://" in v or is_path(v):
        return "url or path"
    if is_css_selector(v):
        return "css selector"
    if _PGP_MESSAGE.match(v) or (_KMS_CIPHERTEXT.match(v) and is_base64(v)) \
            or (v.startswith(_DPAPI_HEADS) and re.match(_DPAPI_BLOB, v) is not None):
        return "encrypted"
    if any(c.isspace() for c in v):
        return "prose"
    if is_identifier(v) or _NUMBERED_SNAKE.match(v) \
            or ("," in v and all(is_identifier(p) for p in v.split(","))):
        return "identifier"  # (and a list of them: "AutoGenerate,IsolateApps")
    if _CONCATENATION_GAP.match(v):
        return "code"  # "Pass "+pass+" done": the gap between two literals, read as one
    if _ENV_ASSIGNMENT.match(v):
        return "environment assignment"  # Pass "GUILE_AUTO_COMPILE=0" to …: its own key
    if is_character_set(v):
        return "character set"
    if _is_regex(v):
        return "regular expression"
    plain = decoded_base64(v)
    if plain is not None and plain != v:
        why = rejection(plain, key)
        if why in ("empty", "template", "placeholder", "environment variable name",
                   "the key's own name") \
                or (why == "prose" and reads_as_a_sentence(plain)):
            return f"encoded {why}"
    return None


# A sentence's words: letters, perhaps an apostrophe, then perhaps its punctuation.
_SENTENCE_WORD = lazy(r"[A-Za-z][A-Za-z']*[,.!?:;]?")
_FUNCTION_WORDS = frozenset({
    "the", "a", "an", "and", "or", "for", "to", "of", "in", "on", "is", "it", "this", "that",
    "with", "as", "by", "be", "not", "no", "if", "from", "at", "we", "you", "i", "our", "your",
    "my", "are", "was", "will", "has", "have", "here", "there"})


def reads_as_a_sentence(text: str) -> bool:
    """Words of a sentence, with a sentence's small words or its punctuation ("Hello, World!",
    "hello from the team"), not a passphrase of random words or a password with spaces (whose
    parts hold digits or symbols)."""
    parts = text.split()
    return len(parts) >= 2 and all(_SENTENCE_WORD.fullmatch(p) for p in parts) \
        and (any(p.lower().rstrip(",.!?:;") in _FUNCTION_WORDS for p in parts)
             or text.rstrip()[-1] in ".!?" or "," in text)


_SENTENCE_WORDS = frozenset({"the", "a", "an", "and", "or", "for", "to", "of", "in", "on", "is",
                             "it", "this", "that", "with", "as", "by", "be", "not", "no", "if"})
# Words that say which account is meant without naming one (the signed-in one, any one).
_WHICH_ACCOUNT = frozenset({"current", "self", "myself", "whoami", "any", "anyone", "everyone",
                            "all", "other", "another", "same", "new", "existing", "unknown",
                            "invalid", "missing", "undefined", "nil", "none"})
# Accounts that come with a product or an image: naming them tells nobody anything.
DEFAULT_ACCOUNTS = frozenset({
    "postgres", "root", "admin", "administrator", "sa", "user", "username", "guest", "test",
    "tester", "forge", "homestead", "app", "application", "dbuser", "dbadmin", "db", "mysql",
    "mariadb", "oracle", "system", "sys", "dbo", "default", "demo", "dev", "developer", "rabbitmq",
    "redis", "mongo", "mongodb", "elastic", "kibana", "ubuntu", "ec2-user", "centos", "debian",
    "azureuser", "vagrant", "pi", "docker", "node", "nobody", "www-data", "daemon", "nginx",
    "apache", "tomcat", "jenkins", "git", "__token__", "token", "oauth2", "oauth", "x-access-token",
    "x-oauth-basic", "x-token-auth", "apikey", "api", "aws", "anonymous", "ftp", "service",
    "owner", "sonar", "grafana", "prometheus",
    "airflow", "keycloak", "superset", "metabase", "minio", "minioadmin", "localstack", "neo4j",
    "pgbouncer",  # PgBouncer's own administrator, in its auth_file
    "cassandra", "couchdb", "influx", "local", "sqladmin", "sysadmin", "pgadmin", "superuser",
    "webmaster", "operator", "example", "dummy", "sample", "none", "null", "me", "someone",
    "nouser", "noreply", "no-reply", "manager",  # OpenLDAP's own: cn=Manager,dc=…
    "scott", "hr",  # Oracle's demo schemas
    # the fixed accounts of a registry's token log-in: GitLab CI's job token, Google's
    # access token, Azure Artifacts' personal access token
    "gitlab-ci-token", "oauth2accesstoken", "azuredevops",
})
# Accounts a team named for a role (no product makes them): an account an attacker can aim
# at beside its real password, but alone a word for a job (a deploy key, a CI bot).
CHOSEN_ACCOUNTS = frozenset({"svc", "ci", "deploy", "deployer", "bot"})
CHOSEN_ACCOUNT = "an account named for a role"
# An account name, perhaps with its Windows domain (``DEFRA\\svc-ffcpay``; its backslash
# escaped in a string literal of code).
_ACCOUNT = lazy(r"^(?:[A-Za-z0-9][\w.-]{0,62}\\{1,2})?[A-Za-z0-9][\w.@+-]{1,63}$")


# A role, not a person's account: a test's create_user(username="reviewer").
_ROLES = frozenset({"reviewer", "viewer", "editor", "approver", "reader", "writer", "auditor",
                    "publisher", "uploader", "contributor", "member", "staff", "support",
                    "customer", "caseworker", "officer", "inspector", "applicant", "claimant",
                    "partner", "citizen", "public", "moderator", "maintainer", "analyst",
                    "author", "owner", "guest", "visitor", "requester", "submitter"})
# The people of every example of a protocol or a log-in (alice sends to bob), the
# placeholder people of DESIGN.md as account names, and the accounts GitHub's API docs
# and their copied fixtures use.
_PLACEHOLDER_PEOPLE = frozenset({"alice", "bob", "carol", "charlie", "dave", "eve", "mallory",
                                 "trent", "jbloggs", "joebloggs", "jdoe", "johndoe", "janedoe",
                                 "octocat", "monalisa", "hubot"})
_AUTH_SCHEMES = frozenset({"bearer", "basic", "digest", "negotiate", "ntlm", "hmac", "sharedkey"})
# A test fixture's account: a word that says so, then one role word (test-viewer, demo_admin2).
_TEST_ACCOUNT = lazy(
    r"^(?:test|demo|dummy|fake|sample|example|mock|e2e|cypress|playwright)[-_.][a-z]+\d{0,3}$")
# An LDAP distinguished name whose first part names the account: cn=<name>,ou=…,dc=…
_DN = lazy(r"(?i)^(?:cn|uid)=(?P<n>[^,=+\\]+?)\s*,\s*(?:cn|ou|dc|o|l|c)=")


def account_span(value: str) -> tuple[int, int] | None:
    """Where in ``value`` a real account name is: all of it, or the account that an LDAP
    distinguished name names (``cn=<account>,ou=…``); None when it holds none."""
    if username_rejection(value.strip()) is None:
        return 0, len(value)
    m = _DN.match(value)
    if m is not None and username_rejection(m.group("n")) is None:
        return m.span("n")
    return None


def is_spaced_password(value: str) -> bool:
    """A password with spaces in it, not a sentence: a few parts, none a sentence's word,
    with upper and lower case and a digit or a symbol among them (``sp@ce xdF9 bar!``)."""
    parts = value.split()
    return 2 <= len(parts) <= 4 and char_classes("".join(parts)) >= 3 \
        and not any(p.lower().strip(".,!?") in _SENTENCE_WORDS for p in parts) \
        and not is_placeholder(value)


@lru_cache(maxsize=4096)
def username_rejection(value: str) -> str | None:
    """Why ``value`` is not a real account name, or None when it is one."""
    v = value.strip()
    if not v:
        return "empty"
    if is_template(v):
        return "template"
    if v.lower().rpartition("\\")[2] in DEFAULT_ACCOUNTS:
        return "default account"
    if v.lower().rpartition("\\")[2] in CHOSEN_ACCOUNTS:
        return CHOSEN_ACCOUNT
    if v.lower() in _ROLES:
        return "a role"
    if v.lower() in _SENTENCE_WORDS:  # "the user: the first one" is a sentence
        return "a word of a sentence"
    if v.lower() in _WHICH_ACCOUNT:  # username = "current": picks an account, names none
        return "a word for which account"
    low = v.lower()
    if low in _AUTH_SCHEMES:  # AuthenticationHeaderValue("Bearer", token): the scheme
        return "an authorization scheme"
    if low in _PLACEHOLDER_PEOPLE or low in PLACEHOLDER_LOCAL_PARTS \
            or _SEPARATORS.sub("", low) in _PLACEHOLDER_PEOPLE:  # j.bloggs, jane_doe
        return "placeholder"
    if is_placeholder(v) or _TEST_ACCOUNT.match(low):
        return "placeholder"
    if not _ACCOUNT.match(v) or not any(c.isalpha() for c in v):
        return "not an account name"
    if is_env_name(v):
        return "environment variable name"
    if is_uuid(v):
        return "uuid"
    if "@" in v:
        from safecommit.reserved import is_reserved_email
        if is_reserved_email(v):
            return "reserved domain"
    return None
