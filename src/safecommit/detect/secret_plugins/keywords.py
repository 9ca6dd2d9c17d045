"""Assignments to secret-sounding keys, in every common config syntax and in code.

One reader covers ``key: value`` (YAML, Ruby, JS objects), ``key = value`` (INI, TOML, HCL,
properties, ``.env``, shell ``export``, code), ``"key": "value"`` (JSON), ``key => value``
(PHP), ``key := value`` (Go), ``<key>value</key>`` and ``key="value"`` (XML), Dockerfile
``ENV KEY value``, command-line ``--password value``, SQL ``PASSWORD 'value'`` and
Kubernetes-style ``name:``/``value:`` pairs. The key decides whether a value is a password,
a secret or a user name; ``values`` decides whether the value is real.

In code a value must be a string literal: ``password = get_password()`` is not a secret, but
the fallback in ``process.env.DB_PASSWORD || 'hunter2!'`` is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from safecommit.detect.context import words
from safecommit.detect.locate import Locator
from safecommit.detect.secret_plugins.model import Hit, Line
from safecommit.detect.secret_plugins.prefilter import trie_pattern
from safecommit.detect.secret_plugins.tokens import fails_validation
from safecommit.detect.secret_plugins.values import (
    CHOSEN_ACCOUNT,
    account_span,
    char_classes,
    decoded_base64,
    is_base64,
    is_generated_key,
    is_numbered_name,
    is_passphrase,
    is_spaced_password,
    looks_random,
    made_by_a_generator,
    rejection,
    shannon_entropy,
    username_rejection,
)
from safecommit.extract.syntax import CODE, PROSE, STRUCTURED
from safecommit.lazyre import lazy
from safecommit.names_data import load as load_names
from safecommit.names_data import load_english


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A pattern made from text at run time, compiled once."""
    return re.compile(pattern)


# Word stems that can start a secret or user key; lower-case, for the prefilter too.
# A token's name cut short (API_TOK, GH_TOK), only before what ends a key: "_tok" alone
# starts every "_token", which has a trigger of its own.
_TOK_KEYS = frozenset({"_tok=", "_tok:", '_tok"', "_tok'", "_tok ", "_tok\n"})
# The rarer stems' triggers; ``_pat`` only before what ends a key: on its own it is the start
# of every ``_path``; and a script's ``$pat`` (PowerShell, shell), an Azure DevOps token;
# ``pw=`` alone (SAS's libname option, a form's field), ``pw:`` (a note's label) and
# `` pw?`` (a chat's question for one).
_RARE_STEMS = frozenset({"credential", "_pw", "-pw", "pw=", "pw:", " pw ", '"pw ', " pw?", "p/w",
                         "_pat=", "_pat:", '_pat"', "_pat'", "_pat ", "_pat\n", "$pat=", "$pat ",
                         "sonar", "masterauth", "erlang", "salt", *_TOK_KEYS})
# "the log-in is <user> / <password>": words of their own, as "login" is on every form's line
_LOGIN_IS = frozenset({"login is", "log-in is", "logon is", "login:", "log-in:", "logon:"})
_ACCOUNT_WORDS = frozenset({"account", "acct"})
# A log-in noted with no colon, the account straight after the word: "login <account> /
# <password>" in notes (read only in prose and messages).
_LOGIN_SAID = frozenset({"login ", "log-in ", "logon "})
# A log-in noted with one letter for each word: "u: <user> p: <password>", "u/p: <user> /
# <password>"; words of their own, as the letters alone are on every line.
_SHORT_LABELS = frozenset({" p:", "u/p:", "u= p="})
# A saved cookie's name that may be a session's, in a browser's storage state (JSON): a
# shape the prefilter reads as the word "cookie-name".
SHAPES = ((r'"name"\s*:\s*"[^"\n]{0,60}?(?:sess|sid|aspnetcore)', "cookie-name"),)
# A prose line with a spaced slash, which may say a service's log-in ("Jenkins: deploy /
# …") with no trigger word: the secret scan marks such lines with this word itself, as a
# spaced slash is in too many lines of code for the one pass (and a shape costs the pass
# more than it saves).
LABEL_PAIR = "label-pair"
# And one with " p=", which may say "u=<account> p=<password>"
ONE_LETTER_PAIR = "u= p="
# Consul's and Nomad's gossip key: encrypt = "<base64>" (HCL), "encrypt": "<base64>" (JSON);
# the word "encrypt" alone is on too many lines.
_GOSSIP_WORDS = frozenset({'encrypt = "', '"encrypt"'})
# A .env's short name that ends in an API's word (CH_API=<key>): a trigger of its own.
# (set in a .env, a script, an environment's entries or a call that sets one)
# (not at a line's end, "- name: CH_API" over its value: that trigger costs every run's
# start; a quoted name, "- name: 'CH_API'", is read)
# (and process.env.CH_API || "<key>", a lookup's literal default)
_API_NAMES = frozenset({"_api=", "_api =", "_api:", '_api"', "_api'", "_api |", "_api|",
                        "_api ?", "_api?", "_api\n", "_api\r"})
TRIGGERS = frozenset({"pass", "pwd", "secret", "token", "key", "identified", "auth", "bearer",
                      "pw for",
                      "basic ", "securestring", "cookie:", "creds", "<master>",
                      "cookie-name", *_API_NAMES, *_GOSSIP_WORDS,
                      *_RARE_STEMS, *_LOGIN_IS, *_SHORT_LABELS, *_LOGIN_SAID})
# A line whose only trigger is "login " holds a log-in only as a said pair, in prose or a
# message: code's "login " (a comment, a route) is left at once.
_NOT_LOGIN_SAID = TRIGGERS - _LOGIN_SAID
# " -user" too: the prefilter would read a command line's short user flag first, and miss
# the user word in PowerShell's long one.
# An LDAP bind's account is a key of its own: bind_dn, bindDN, manager-dn.
_DN_KEYS = tuple(f"{q}{sep}dn" for q in ("bind", "manager") for sep in ("", "_", "-", "."))
# ODBC's UID as a call's argument beside its PWD: dbConnect(…, UID = "<user>", PWD = "…"),
# or a setting beside it (R's config.yml: uid: <user>)
_UID_KEYS = frozenset({"uid=", "uid =", "uid:"})
USER_TRIGGERS = frozenset({"user", " -user", "login", "auth", "credential", "creds", *_DN_KEYS,
                           *_UID_KEYS, *_SHORT_LABELS, *_LOGIN_SAID, *_ACCOUNT_WORDS})
# A line whose only user word is "account" names one only as a said pair, in prose or a
# message ("account <name> / pass: …"): in code or settings it is left at once.
_NOT_ACCOUNT_WORDS = USER_TRIGGERS - _ACCOUNT_WORDS

_STEM = lazy(r"(?i)pass|pwd|secret|token|key|identified|_auth\b")
# The rarer stems, read only on a line that holds one (a longer alternation costs every line).
_STEM_WITH_RARE = lazy(
    rf"{_STEM.pattern}|credential|[_-]pw\b|(?<![\w+/])pw(?==(?!=)|:(?!:))|_pat\b|(?<=\$)pat\b"
    r"|_tok\b"
    r"|sonar[._]login|masterauth|erlang[._-]?cookie|salt")
_USER_STEM = lazy(r"(?i)user|login")
# The DN keys' stem, read only on a line that holds one (a longer alternation costs every line).
_USER_STEM_WITH_DN = lazy(r"(?i)user|login|(?:bind|manager)[_.-]?dn")
_USER_STEM_WITH_UID = lazy(r"(?i)user|login|(?:bind|manager)[_.-]?dn|\buid\b")
_PASSWORD_WORDS = frozenset({"pass", "pwd"})
_IDENT = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-$@")
# A key's start may hold a "/": Helm's "checksum/secret" annotation is a digest's name.
_IDENT_BEFORE = _IDENT | {"/"}
# Syntaxes where an unquoted value is a literal (in code it is an expression).
_UNQUOTED_CODE = frozenset({"shell", "dockerfile", "make", "batch"})

_PASSWORD_WORD = lazy(
    r"^(?:\w*password|\w*passwd|passphrase|passcode|pwd|pass|pswd|pw|\w*storepass|\w*keypass"
    r"|(?:db|pg|my|mysql|sql|smtp|mail|email|ftp|sftp|ssh|root|admin|user|app|redis|ldap"
    r"|bind|keystore|truststore|key|store|proxy|rabbit|rabbitmq|mq|amqp|require|master)"
    r"pass(?:wd|word)?|masterauth)$",
)
_KEY_QUALIFIERS = frozenset({
    "api", "secret", "access", "private", "signing", "sign", "master", "account", "auth",
    "encryption", "encrypt", "crypt", "client", "service", "shared", "app", "application",
    "subscription", "hmac", "jwt", "session", "webhook", "admin", "primary", "secondary", "storage",
    "consumer", "sas", "partner", "merchant", "integration", "management", "bot", "rest", "server",
    "developer", "license", "licence", "cookie", "csrf", "aes", "des", "cipher", "decryption",
    "validation", "verification", "recaptcha", "captcha", "maps", "notify", "mailgun", "bus",
    "apim", "eventhub", "relay", "function", "functions", "cosmos", "cosmosdb", "cognitive",
    "speech", "translator", "mailchimp", "sendgrid", "stripe", "twilio", "slack", "openai",
    "anthropic", "azure", "google", "firebase", "algolia", "pusher", "sentry", "datadog", "dd",
    "newrelic", "fernet", "eventgrid", "wrapping", "unseal", "routing",
    # Ordnance Survey's Data Hub (os_key, OS_DATAHUB_KEY), and other providers' keys
    "os", "datahub", "preshared", "mapbox", "github", "gitlab", "npm", "heroku", "cloudflare",
    "pagerduty",
    # WordPress's keys: NONCE_KEY (LOGGED_IN_KEY below)
    "nonce",
    # a service principal's client secret, as Data Factory's and Synapse's linked services
    # and Azure DevOps' service connections name it (servicePrincipalKey)
    "principal",
})
# Two words before "key" that make it a secret as one qualifier does (EventGridKey).
_TWO_WORD_QUALIFIERS = frozenset({("event", "grid"), ("event", "hub"), ("notification", "hub"),
                                  ("data", "hub"), ("logged", "in"),
                                  ("companies", "house"), ("company", "house")})
_SEPARATORS = ("", "_", ".", "-", " ")
_BEARER_BASIC = frozenset({"bearer", "basic "})
_HEADER_WORDS = frozenset({*_BEARER_BASIC, "auth"})
_COMPOUND_PREFIXES = (
    "api", "secret", "access", "private", "signing", "master", "account", "auth", "encryption",
    "client", "service", "shared", "app", "subscription", "hmac", "jwt", "session", "webhook",
    "storage", "consumer", "sas", "license")
# (one or two of them, run together in capitals: SHAREDACCESSKEY, STORAGEACCOUNTKEY)
_COMPOUND_KEYS = lazy(rf"^(?:{'|'.join(_COMPOUND_PREFIXES)}){{1,2}}key$")
# A key whose only secret word is "key" names a secret only with one of these in it (see
# _secret_word): "pat" and "pswd" are secret words with no trigger of their own
_KEY_ONLY = frozenset({"key"})
# (a qualifier right before "key": api_key, apiKey, "API key"; not "mapping[key]"). Of two
# words, the second is gate enough (classify reads both), unless it is as short as "in".
_MAKES_A_KEY_SECRET = lazy(trie_pattern(  # over the lower-cased line
    {f"{q}{sep}key" for q in {*_KEY_QUALIFIERS, *_COMPOUND_PREFIXES} for sep in _SEPARATORS}
    | {f"{b}{sep}key" for _, b in _TWO_WORD_QUALIFIERS if len(b) > 2 for sep in _SEPARATORS}
    | {f"{a}{s1}{b}{s2}key" for a, b in _TWO_WORD_QUALIFIERS if len(b) <= 2
       for s1 in _SEPARATORS for s2 in _SEPARATORS}
    | {"pat", "pswd"}))
# .NET's configuration sections joined as the environment (Jwt__Key) and App Service
# (Jwt:Key) join them: a qualifier, then the joint, then "key".
_SECTION_KEY = lazy(r"([a-z]+)(?:__|:)key")
_QUALIFIERS = frozenset({*_KEY_QUALIFIERS, *_COMPOUND_PREFIXES})


def _makes_a_key_secret(low: str) -> bool:
    """A qualifier names the line's key as a secret one (over the lower-cased line)."""
    return _MAKES_A_KEY_SECRET.search(low) is not None \
        or (("__key" in low or ":key" in low)
            and any(m.group(1) in _QUALIFIERS for m in _SECTION_KEY.finditer(low)))
# A key holding any of these words names, describes or points at a secret: it is not one.
_NOT_A_SECRET = frozenset({
    "hash", "hashed", "hashes", "digest", "checksum", "sha", "sha1", "sha256", "sha512", "md5",
    "through", "thru",  # a pass-through is no password
    "integrity", "fingerprint", "env", "var", "variable", "name", "names", "file", "filename",
    "files", "path", "dir", "directory", "url", "uri", "endpoint", "id", "ids", "length", "len",
    "size", "type", "types", "header", "field", "fields", "param", "parameter", "prompt",
    "label", "policy", "policies", "expiry", "expires", "expiration", "expire", "ttl",
    "timeout", "lifetime", "min", "max", "minimum", "maximum", "rotation", "rotate", "vault",
    "keyvault", "ref", "reference", "count", "format", "enabled", "enable", "disabled",
    "required", "require", "hint", "placeholder", "regex", "regexp", "pattern", "reset",
    "version", "algorithm", "alg", "location", "public", "pub", "arn", "mode", "method",
    "scheme", "kind", "source", "provider", "index", "column", "attr", "attribute", "strength",
    "complexity", "validator", "validation", "generator", "template", "changed", "updated",
    "created", "date", "last", "prefix", "suffix", "xsrf", "cancellation", "page", "next",
    "continuation", "pagination", "lexer", "parser", "sentinel", "invalid", "wrong", "bad",
    "incorrect", "mismatch", "error", "errors", "message", "msg", "description", "desc",
    "help", "doc", "docs", "usage", "show", "hide", "visible", "toggle", "input", "form",
    "button", "link", "icon", "class", "style", "selector", "event", "callback", "handler",
    "manager", "factory", "builder", "loader", "hasher", "hashers", "hashing", "validators",
    "storage", "backend", "backends", "strategy",
    "reader", "writer", "encoder", "decoder", "mapper", "getter", "setter", "check",
    "verify", "validate", "compare", "match", "matches", "equals", "is", "has", "use",
    "uses", "should", "can", "get", "fetch", "load", "read", "generate", "create", "make",
    "update", "request", "response", "result", "results", "schema", "spec",
    "binding", "secrets", "tokens", "keys", "passwords", "credentials", "mapping", "map",
    "secretkeyref", "keyref", "vaultref", "ssm", "kms",
    "stdin",  # docker login --password-stdin <registry>: a switch, the password piped in
})
# Before the secret word: these make it something else (a public key, a length, a prompt).
_NOT_BEFORE = frozenset({
    "public", "pub", "hash", "hashed", "min", "max", "minimum", "maximum", "reset", "is", "has",
    "show", "hide", "forgot", "invalid", "wrong", "bad", "incorrect", "xsrf", "cancellation",
    "page", "next", "continuation", "hint", "label", "placeholder", "prompt", "field", "input",
    "form", "header", "param", "parameter", "regex", "pattern", "policy", "length", "num",
    "count", "enable", "enabled", "require", "required", "error", "message", "msg",
    "description", "help", "doc", "template", "format", "type", "kind", "keyvault", "arn", "ssm",
    "kms", "expire", "expiry", "ttl", "timeout", "lifetime", "rotation", "last", "changed",
    "updated", "created", "date", "time", "encrypted", "sha", "md5", "digest", "checksum",
    "fingerprint", "integrity",
})
# These change the secret word only right before it (``getApiKey``, ``primary_key``,
# ``env_password``, ``url_token``); further off they belong to a name of their own
# (``GET_ADDRESS_API_KEY``, ``STORAGE_PRIMARY_ACCESS_KEY``, ``TF_VAR_db_password``,
# ``URL_SIGNING_SECRET``).
_NOT_RIGHT_BEFORE = frozenset({
    "get", "fetch", "load", "read", "generate", "validate", "check", "verify", "compare", "use",
    "id", "sort", "partition", "lookup", "map", "env", "var", "name",
    "file", "path", "url", "uri", "dir", "ref",
})
# A password for the address before it is the site's: Ansible's uri and get_url modules
# log in with url_password (a url_token is an address's, or one to fetch a token from).
_SITE = frozenset({"url", "uri"})
# Before "token": a form's anti-forgery token (CSRF), issued per session and posted back with
# the form. A saved page holds one; it grants nothing once the session ends.
_CSRF_WORDS = frozenset({"csrf", "xsrf", "authenticity", "forgery", "antiforgery"})
_USER_WORD = lazy(r"^(?:user|username|usr|uname|\w*dbuser|pguser|mysqluser|sqluser)$")
_LOGIN_QUALIFIERS = frozenset({"administrator", "admin", "db", "database", "sql", "server",
                               "ssh", "ftp", "sftp", "smtp", "mail", "root", "service",
                               "conn", "connection"})  # Airflow's --conn-login
_NOT_A_USER = frozenset({
    "agent", "group", "groups", "role", "roles", "home", "dir", "data", "info", "profile",
    "count", "table", "model", "class", "type", "repository", "field", "attribute", "input",
    "prompt", "label", "claim", "claims", "mapping", "template", "query", "url", "uri",
    "endpoint", "entity", "list", "manager", "provider", "store", "session", "pool",
    "id", "ids", "avatar", "photo", "image", "timeout", "limit", "max", "min", "number",
    "num", "quota", "after", "before", "redirect", "page", "path", "form", "button", "link",
    "route", "view", "title", "text", "message", "attempts", "attempt", "hint", "column",
    "mode", "method", "strategy", "enabled", "guide", "manual", "story", "stories", "research",
    "journey", "needs", "facing", "friendly", "experience", "interface", "base", "key",
    "token", "secret", "password", "is", "has", "current", "new", "get", "set", "find",
    "create", "update", "delete", "remove", "add", "check", "validate", "by", "per", "for",
    "services", "schema", "lookup", "display", "object", "ref", "reference",
    "format", "file", "env", "var", "variable", "name", "names", "event", "events", "handler",
    "error", "failed", "failure", "success", "status", "state", "flow", "action", "actions",
})


@dataclass(frozen=True, slots=True)
class Assignment:
    key: str
    value: str
    start: int  # of the value, within the line
    end: int
    quoted: bool
    line_delta: int = 0  # the value sits this many lines below the key
    in_comment: bool = False  # read from a comment in code: judged as prose
    example: bool = False  # an API description's example: a secret only if a generator made it


def _secret_word(parts: list[str], i: int) -> tuple[str, int] | None:
    """The class of a secret word at ``parts[i]``, and where its qualifiers start."""
    part = parts[i]
    if _PASSWORD_WORD.match(part):
        return "password", i
    if part.endswith("secret") and part != "secrets":
        return ("aws" if "aws" in parts and "access" in parts else "secret"), i
    if (part.endswith("token") and part != "tokens") or part in ("pat", "credential") \
            or (part == "tok" and i > 0 and i == len(parts) - 1) \
            or (part == "auth" and parts == ["auth"]):
        return "secret", i
    if part == "login" and "sonar" in parts[:i]:
        return "secret", i  # SonarQube's sonar.login holds a token, not a user name
    if part == "cookie" and i > 0 and parts[i - 1] == "erlang":
        return "secret", i - 1  # RabbitMQ's nodes share it to trust each other: a password
    if part == "apikey":
        return "api_key", i
    if part == "salt" and i > 0 and parts[i - 1] not in _OWN_SALT:
        return "salt", i
    if part == "key" and i > 0 and parts[i - 1] == "api":
        return "api_key", i - 1
    if _COMPOUND_KEYS.match(part):
        return "secret", i
    if part == "key" and i > 0 and parts[i - 1] in _KEY_QUALIFIERS:
        return "secret", i - 1
    if part == "key" and i > 1 and (parts[i - 2], parts[i - 1]) in _TWO_WORD_QUALIFIERS:
        return "secret", i - 2
    return None


# A salt a framework mixes into its hashes and signatures names what it is for (Drupal's
# hash_salt, WordPress's AUTH_SALT, a HASHIDS_SALT): that it is for a hash does not make it
# something else. A salt alone, or a user's, is each record's own, kept beside its hash.
_HASH_SALT = frozenset({"hash", "hashed"})
_OWN_SALT = frozenset({"user", "users", "account", "row", "record", "per"})


@lru_cache(maxsize=8192)
def classify(key: str) -> str | None:
    """``password``, ``aws``, ``api_key``, ``secret``, ``salt``, ``user`` or None for any
    other key.

    A word after the secret word that names, describes or points at it (``password_hash``,
    ``api_key_env``, ``secret_name``, ``token_url``) or one before it that changes what it is
    (``public_key``, ``min_password_length``, ``reset_token``) means the value is no secret.
    """
    parts = words(key).split()
    if not parts:
        return None
    if parts == ["identified"]:  # SQL: IDENTIFIED BY 'x'
        return "password"
    for i in range(len(parts)):
        found = _secret_word(parts, i)
        if found is None:
            continue
        cls, first = found
        if any(p in _NOT_A_SECRET for p in parts[i + 1:]) \
                or (parts[i].endswith("token") and _csrf(parts, i)):
            return None
        before = parts[:first] if cls != "salt" else \
            [p for p in parts[:first] if p not in _HASH_SALT]
        if any(p in _NOT_BEFORE for p in before) \
                or (first > 0 and parts[first - 1] in _NOT_RIGHT_BEFORE
                    and not (cls == "password" and parts[first - 1] in _SITE)):
            continue  # "id token" is no secret, but an ID_TOKEN_SIGNING_KEY is
        return cls
    return _classify_user(parts)


def _csrf(parts: list[str], i: int) -> bool:
    """The token at ``parts[i]`` is a form's CSRF token (``csrf_token``,
    ``csrfmiddlewaretoken``, ``authenticity_token``, ``__RequestVerificationToken``)."""
    return parts[i].startswith(("csrf", "xsrf")) or any(p in _CSRF_WORDS for p in parts[:i]) \
        or parts[max(i - 2, 0):i] == ["request", "verification"]


# An LDAP bind's account, named by its distinguished name: bindDN, manager-dn, userDn.
_DN_QUALIFIERS = frozenset({"bind", "manager", "user", "admin", "login", "service"})


def _classify_user(parts: list[str]) -> str | None:
    if parts[-1] == "dn" and len(parts) > 1 and parts[-2] in _DN_QUALIFIERS:
        return "user"
    excluded = any(p in _NOT_A_USER for p in parts)
    if excluded and parts[-2:] != ["user", "name"]:
        return None
    last = parts[-1]
    if _USER_WORD.match(last) and not last.endswith(("superuser", "enduser")):
        return "user"
    if parts[-2:] == ["user", "name"]:
        return "user"
    if last == "login" and (len(parts) == 1 or parts[-2] in _LOGIN_QUALIFIERS):
        return "user"
    return None


# Every read is bounded, so a line of 10,000 keys costs 10,000 short reads, not quadratic time.
MAX_VALUE = 1024  # a credential is shorter; a longer literal is data, not a value to judge
_WINDOW = 256  # how far after an operator a fallback literal may start


def _read_quoted(text: str, i: int) -> tuple[str, int, int] | None:
    """The string literal opening at ``text[i]``: (value, start, end), or None if unclosed."""
    quote = text[i]
    if text.startswith(quote * 3, i) and quote != "`":  # """…""" (TOML, Python) on one line
        close = text.find(quote * 3, i + 3, i + 6 + MAX_VALUE)
        return (text[i + 3:close], i + 3, close) if close != -1 else None
    stop = min(len(text), i + 2 + MAX_VALUE)
    j = i + 1
    while (k := text.find(quote, j, stop)) != -1:
        slashes = k - 1
        while slashes > i and text[slashes] == "\\":
            slashes -= 1
        if quote == "`" or (k - 1 - slashes) % 2 == 0:  # not an escaped quote
            return text[i + 1:k], i + 1, k
        j = k + 1
    return None


_FALLBACK = lazy(
    r"(?:\|\||\?\?|\bor\b|\?:|:-|\bdefault\s*[:=]"
    # Ruby's default in a block: ENV.fetch("DB_PASSWORD") { "<value>" }
    r"|\bfetch\(\s*[\"'][\w.-]+[\"']\s*\)\s*\{)\s*(?P<q>[\"'`])",
)
_UNQUOTED_END = lazy(r"[\s\"'`<]")
# A .properties value runs to its line's end; a comment after a space ends it sooner.
_PROPERTIES_END = lazy(r"[ \t]+[#!]|[ \t]*$")
# ${DB_PASSWORD:-default} (shell, compose), ${DB_PASSWORD:=default} (the shell's, which
# also sets it) and ${db.password:default} (Spring); not ${DB_PASSWORD:?message}, whose
# words are the error shown when the variable is unset.
_SHELL_DEFAULT = lazy(
    r"\$\{[\w.-]{1,128}?(?::[-=]?|[-=])(?P<v>[^}\s\"'?=][^}\s\"']{0,1023})\}")
_CALL_WITH_NAME = lazy(r"^[\w.$:\[\]>-]*\(\s*[\"'][A-Za-z_][\w.]*[\"']\s*,\s*(?=[\"'])")
# Words of an environment or config lookup (``os.environ``, ``process.env``, ``getenv``,
# ``Environment.GetEnvironmentVariable``, ``config(…)``, ``${…}``), lower-case.
_LOOKUP = ("env", "config(", "getproperty", "${", "settings.", "secrets.", "configuration[",
           "getvalue", "getsection", "configuration.")


def _fallback(text: str, i: int) -> tuple[str, int, int] | None:
    """A literal default behind an environment lookup, such as ``env('X', 'value')``."""
    rest = text[i:i + _WINDOW]
    low = rest.lower()
    if not any(word in low for word in _LOOKUP):
        return None
    m = _CALL_WITH_NAME.match(rest)
    if m:
        return _read_quoted(text, i + m.end())
    for m in _FALLBACK.finditer(rest):
        found = _read_quoted(text, i + m.start("q"))
        if found:
            return found
    return None


# A YAML anchor before a value (``password: &pw <value>``): the value is what follows it.
_YAML_ANCHOR = lazy(r"&[^\s\[\]{},]*[ \t]*")
# A YAML core tag before a value, which says its type (``!!str``, ``!!binary |``).
_YAML_CORE_TAG = lazy(r"!![\w/:.-]*[ \t]*")
# A YAML block scalar's indicator (``password: |``, ``>-``): the value is on the lines below.
_BLOCK_SCALAR = lazy(r"[|>][-+1-9]{0,2}")


def _yaml_anchored(line: Line, key: str, s: int, end: int) -> Assignment | None:
    """``x-db: &db_password <value>``: an anchor's name says what its value is."""
    if s == 0 or line.text[s - 1] != "&" or (line.text[end:end + 1] not in (" ", "\t")):
        return None
    read = _value_at(line, end, space_op=False)
    if read is None or read[0].startswith("#"):
        return None
    value, start, stop, quoted = read
    return Assignment(key, value, start, stop, quoted)


def _block_scalar(line: Line, key: str) -> Iterator[Assignment]:
    """``password: |`` over its value, alone on the next line and indented further. A block
    of more lines is a file (a certificate, a script), not one value."""
    count = line.locator.line_count
    if line.index + 1 >= count:
        return
    below = line.locator.line_text(line.index + 1)
    value = below.strip()
    indent = len(below) - len(below.lstrip())
    if not value or indent <= len(line.text) - len(line.text.lstrip()):
        return
    if line.index + 2 < count:
        after = line.locator.line_text(line.index + 2)
        if after.strip() and len(after) - len(after.lstrip()) >= indent:
            return
    yield Assignment(key, value, indent, indent + len(value), True, line_delta=1)


def _notebook_magic(line: Line) -> bool:
    """A notebook's ``%env NAME=value`` or ``!command``: shell, where a bare word is a value."""
    return line.syntax == "python" and line.text.lstrip()[:1] in ("%", "!") \
        and "(" not in line.text


def _value_at(line: Line, i: int, *, space_op: bool) -> tuple[str, int, int, bool] | None:
    """Read the value that starts at ``line.text[i]``, after the operator."""
    text = line.text
    n = len(text)
    while i < n and text[i] in " \t":
        i += 1
    if i >= n:
        return None
    if line.syntax == "yaml" and text[i] in "&*":
        if text[i] == "*":
            return None  # an alias: the value is the anchor's, read where the anchor is set
        i = _YAML_ANCHOR.match(text, i).end()  # type: ignore[union-attr]  # "&" always matches
        if i >= n:
            return None
    if line.syntax == "yaml" and text.startswith("!!", i):  # a core tag: !!str <value>
        i = _YAML_CORE_TAG.match(text, i).end()  # type: ignore[union-attr]  # "!!" matches
        if i >= n:
            return None
    # String prefixes: C# @"..", $"..", Python r".." b".." f"..".
    if (text[i] in "@$rbfuRBFU" or (text[i] == "N" and line.syntax == "sql")) \
            and i + 1 < n and text[i + 1] in "\"'":  # T-SQL: N'…' is a Unicode string
        i += 1
    elif text[i] in "SsR[nE" and (wrapped := _WRAPPED.match(text, i)) is not None:
        i = wrapped.end()
    if text[i] in "\"'`":
        found = _read_quoted(text, i)
        return (*found, True) if found else None
    if text[i] == "\\" and text[i + 1:i + 2] in ("\"", "'"):  # JSON-escaped code (notebooks)
        close = text.find("\\" + text[i + 1], i + 2, i + 2 + MAX_VALUE)
        return (text[i + 2:close], i + 2, close, True) if close > 0 else None
    if (line.syntax in CODE and line.syntax not in _UNQUOTED_CODE
            and not _notebook_magic(line)) or text.startswith("<%=", i):
        # (ERB in config, Rails' database.yml: <%= ENV.fetch("DB_PASSWORD") { "<value>" } %>)
        found = _fallback(text, i)
        return (*found, True) if found else None
    if line.syntax == "json":
        return None
    stop = min(n, i + MAX_VALUE)
    if line.syntax == "properties":  # to the line's end, its spaces too: a message's words
        end = _PROPERTIES_END.search(text, i)
        if end.start() > stop:  # type: ignore[union-attr]  # "$" always matches
            return None
    else:
        end = _UNQUOTED_END.search(text, i, stop)
    if end is None and stop < n:
        return None  # longer than any credential
    j = end.start() if end else stop
    value = text[i:j].rstrip(",;")
    if value.startswith("${"):  # ${DB_PASSWORD:-default}: only the default is a value
        m = _SHELL_DEFAULT.match(text, i)
        if m is None:
            return None
        return m.group("v"), m.start("v"), m.end("v"), False
    if not value or (space_op and not value[0].isalnum()):
        return None
    return value, i, i + len(value), False


# ``password: str = "x"`` (Python, TypeScript), ``var password string = "x"`` (Go),
# ``param adminPassword string = 'x'`` (Bicep), ``const DB_PASSWORD: &str = "x"`` (Rust),
# ``char password[] = "x"`` (C), ``Dim password As String = "x"`` (Visual Basic).
_ANNOTATED = lazy(
    r"(?:[ \t]*:[ \t]*&?(?:'static[ \t]+)?[A-Za-z_][\w.\[\], |]{0,60}?"
    r"|[ \t]+(?:As[ \t]+)?[A-Za-z_][\w.\[\]]{0,60}|\[\d*\])[ \t]*=(?![=>])")
# A call that only wraps a literal: String::from("x"), Some("x"), SecretString::new("x"),
# .NET's signing key from a literal's bytes: new SymmetricSecurityKey(Encoding.UTF8.GetBytes("x")).
_WRAPPED = lazy(
    r"(?:String::from|Some|Secret(?:String)?::new|SecureString|\[\]byte"
    r"|(?:new[ \t]+SymmetricSecurityKey\([ \t]*)?Encoding\.\w+\.GetBytes)\([ \t]*(?=[\"'`])")


# R's "<-", in R and in the R Markdown and Quarto documents whose chunks hold R.
_R_ASSIGNS = frozenset({"r", "markdown"})


# What closes a key in Markdown: its quotes and brackets, and the bold or italic stars
# around a label ("**Password**: <value>").
_MARKDOWN_CLOSERS = "\"'`]\\*"


def _past_stars(text: str, i: int) -> int:
    while text[i:i + 1] == "*":
        i += 1
    return i


def _operator(text: str, j: int, syntax: str) -> tuple[int, str] | None:
    """After a key ending at ``j``: where its value starts, and the operator.

    The operator is ``=`` (any assignment or comparison), ``>`` (an XML element) or ``" "``
    (a quoted value after a space: ``PASSWORD 'x'``, ``--password "x"``).
    """
    n = len(text)
    start = j
    closers = _MARKDOWN_CLOSERS if syntax == "markdown" else "\"'`]\\"
    while j < n and text[j] in closers:
        j += 1
    # A type comes after a bare name, never after a quoted one: in ``a="loc-token-b"
    # source="x"`` the word after the quote is the next attribute.
    if syntax in CODE and not any(c in "\"'`" for c in text[start:j]):
        typed = _ANNOTATED.match(text, j)
        if typed:
            return typed.end(), "="
    k = j
    while k < n and text[k] in " \t":
        k += 1
    if k >= n:
        return None
    # (a default set only when unset: Ruby's and JavaScript's "||=", "??=" in JavaScript,
    # C# and PHP: ENV["DB_PASSWORD"] ||= "…")
    if text[k:k + 3] in ("===", "!==", "||=", "??=") \
            or (text[k:k + 3] == "<<-" and syntax == "r"):
        return k + 3, "="
    if text[k:k + 2] == "<-" and syntax in _R_ASSIGNS:  # R: api_key <- "…"
        return k + 2, "="
    if text[k:k + 2] in (":=", "=>", "==", "!=", "?="):
        return k + 2, "="
    c = text[k]
    if c == "=":
        return k + 1, "="
    if c == ":":
        nxt = text[k + 1:k + 2]
        if nxt == ":" and syntax == "ldif":
            return k + 2, "="  # LDIF's "userPassword:: <base64>": the value encoded
        if nxt in ("", " ", "\t", "\"", "'") or syntax in ("json", "properties"):
            return k + 1, "="
        if nxt == "*" and syntax == "markdown":  # a bold label: "**Password:** <value>"
            return _past_stars(text, k + 1), "="
        return None
    if c == ">" and k == j:
        return k + 1, ">"
    if k > j and c in "\"'" and syntax not in ("json", "yaml", "toml", "ini", "properties"):
        return k, " "
    return None


# A source file's or a patch's name, which a ChangeLog entry or a list of changes writes
# before what changed in it ("* sm/passphrase.h: Likewise."); in prose, any path. (Not a
# file whose contents may be the secret, as a Kubernetes secret's "credentials.json" key.)
_FILE_NAME = lazy(
    r"\.(?:[ch]|cc|cpp|hpp|py|js|ts|jsx|tsx|java|kt|go|rb|rs|cs|php|swift|pl|pm|sh|exp|in|am"
    r"|ac|m4|md|rst|texi|po|html|css|scss|vue|patch|dpatch|diff|[1-9])$")


def _sections_before(text: str, s: int) -> int:
    """Where a quoted key begins whose sections a colon joins (.NET's user secrets and App
    Service: ``"Jwt:Key"``), for the key at ``s`` after that colon; else ``s``."""
    j = s - 1
    while j > 0 and text[j - 1] in _IDENT:
        j -= 1
    return j if j < s - 1 and j > 0 and text[j - 1] in "\"'" else s


def _keys(text: str, stem: re.Pattern[str]) -> Iterator[tuple[str, int, int]]:
    """Whole keys (``spring.datasource.password``) around each stem, with their spans."""
    last_end = -1
    for m in stem.finditer(text):
        if m.start() < last_end:
            continue
        s, e = m.start(), m.end()
        while s > 0 and text[s - 1] in _IDENT_BEFORE:
            s -= 1
        if text[s - 1:s] == ":" and s > 1:
            s = _sections_before(text, s)
        while e < len(text) and text[e] in _IDENT:
            e += 1
        last_end = e
        while e > s and text[e - 1] in "-.":
            e -= 1
        while s < e and text[s] in "-$@":
            s += 1
        if s < e:
            yield text[s:e], s, e


# A Windows switch's value after its colon: quoted, or a word up to a space.
_WINDOWS_SWITCH_VALUE = lazy(r"""(?P<v>"[^"\n]+"|'[^'\n]+'|[^\s"']+)""")
_BUILDER_ARGUMENT = lazy(r"\([ \t]*[\"']")
_SETTER = lazy(r"(?:^|(?<=\.))(?:set|with|put)(?=[A-Z_])")
_SPACED = lazy(  # (an unquoted value keeps its base64 padding: --account-key <base64>==)
    r"[ \t]+(?:BY[ \t]+)?(?P<v>\"[^\"]{0,1024}\"|'[^']{0,1024}'"
    r"|[^\s\"'=]{1,1024}(?:={1,2}(?=[\s\"'`;,)]|$))?)", re.IGNORECASE)
_SQL_BY = lazy(r"[ \t]+BY[ \t]", re.IGNORECASE)
_DOCKER_ENV = lazy(r"\s*(?:ENV|ARG)\s")
_SETX = lazy(r"(?i)\s*setx\s")  # Windows: setx NAME value
# A tool's own settings command: aws configure set <key> <value>, npm config set
# //registry/:_authToken <value>, yarn config set, dotnet user-secrets set.
_CONFIG_SET = lazy(r"(?:\bconfig(?:ure)?|user-secrets)\s+set\s+[^\s=]*$")
# A config directive alone on its line: ``requirepass s3cret`` (redis.conf, nginx, sshd),
# its value perhaps base64 with its padding (``Shared_Key <base64>==``).
_DIRECTIVE = lazy(r"\s*[\w.-]+[ \t]+[^\s=:]+={0,2}[ \t]*;?[ \t]*$")
# A web server's directive that sets a named value: nginx's ``proxy_set_header X-Api-Key
# "<key>";``, ``fastcgi_param DB_PASSWORD <password>;``, Apache's ``RequestHeader set …``.
_NAMED_DIRECTIVE = lazy(
    r"\s*(?:proxy_set_header|add_header|more_set_input_headers|grpc_set_header|fastcgi_param"
    r"|uwsgi_param|scgi_param|env|set|(?:Request)?Header\s+(?:set|append|add|always\s+set)"
    r"|SetEnv)\s")


def _spaced_value(line: Line, key: str, end: int, unquoted: bool) -> Assignment | None:
    """``ENV KEY value``, ``--password value``, netrc ``password value``, ``IDENTIFIED BY 'x'``."""
    m = _SPACED.match(line.text, end)
    if m is None:
        return None
    raw = m.group("v")
    start = m.start("v")
    if raw[0] in "\"'":
        return Assignment(key, raw[1:-1], start + 1, start + len(raw) - 1, True)
    if unquoted:
        if raw[0] == "(":  # an expression's value: -Credential (New-Object PSCredential …)
            return None
        if line.syntax == "ini" or key.lower() == "identified":
            # a directive's or a statement's end: "requirepass <password>;" (nginx),
            # "IDENTIFIED BY :app_password;" (a bind variable, then the statement's end)
            raw = raw.rstrip(";")
        return Assignment(key, raw, start, start + len(raw), False) if raw else None
    return None


# curl's (and wget's, httpie's) header option right before a quoted header: -H 'Name: value'
_HEADER_FLAG = lazy(r"(?:^|\s)(?:-H|--header)[ \t=]?$")
_HEADER_VALUE = {q: re.compile(rf"[ \t]*(?P<v>[^{q}\s]{{1,{MAX_VALUE}}})[ \t]*(?={q})")
                 for q in "\"'"}
# A setting's value inside the string literal that holds its key, by the literal's quote.
_IN_STRING_VALUE = {q: re.compile(rf"[^{q}\\\s]{{1,{MAX_VALUE}}}") for q in "\"'"}
# A string literal joined to more by ``+`` (Java, JavaScript, C#, Python)
_CONCATENATED = lazy(r"[ \t]*\+")


# Commands whose --user is a switch, not an option that takes an account: systemd's
# tools act on the caller's own session, pip installs into the caller's own directory.
_USER_SWITCH = lazy(r"\b(?:systemctl|journalctl|loginctl|busctl|systemd(?:-[\w-]+)?"
                          r"|pip[0-9.]*|flatpak|gsettings|dbus-[\w-]+)\b")


def _file_path(name: str) -> bool:
    """A name that is a file's path (/etc/ssl/private/key.pem), not a parameter's."""
    return "/" in name and "." in name.rpartition("/")[2]


def assignments(line: Line, stem: re.Pattern[str],
                keep: Callable[[str], bool] | None = None) -> Iterator[Assignment]:
    """Every (key, value) on the line whose key contains a stem; with ``keep``, only for
    the keys it keeps, so that the caller's verdict on a key (``for key in d``) spares
    reading what follows it."""
    text = line.text
    named = _named(text)
    if named and stem.search(named.group("k")) and not _file_path(named.group("k")):
        yield from _value_below(line, named)
        return
    comment: int | None = -1  # not looked for yet
    directive = line.syntax == "ini" and (_DIRECTIVE.match(text) is not None
                                          or _NAMED_DIRECTIVE.match(text) is not None)
    for key, s, end in _keys(text, stem):
        if (keep is not None and not keep(key)) or _FILE_NAME.search(key) is not None \
                or (line.syntax in PROSE and "/" in key) \
                or text[max(0, s - 7):s] in ("typeof ", "typeof("):
            continue  # (``typeof user === 'object'`` compares the key's type, not its value)
        if comment == -1:
            comment = _comment_start(text, line.syntax)
        if comment is not None and s > comment:
            yield from _in_comment(line, key, end)
            continue
        op = _operator(text, end, line.syntax)
        if op is None and line.syntax == "properties" and text[end:end + 1] in (" ", "\t") \
                and not text[:s].strip():
            op = end, "="  # Java's key and value apart by white space alone: "db.password x"
        if op is None and text[end:end + 1] == ":" and text[s:s + 1] == "/" \
                and "/" not in key[1:] and (s == 0 or text[s - 1] in " \t\"'") \
                and (switch := _WINDOWS_SWITCH_VALUE.match(text, end + 1)) is not None:
            # a Windows tool's switch: /password:<value>, /TargetPassword:<value>, /user:<x>
            value = switch.group("v")
            start = switch.start("v")
            if value[0] in "\"'" and value[-1] == value[0] and len(value) > 1:
                value, start = value[1:-1], start + 1
            yield Assignment(key, value, start, start + len(value), True)
            continue
        if op is None and text[s - 2:s] == "${" and text[end:end + 1] in (":", "-"):
            # a lookup's default: @Value("${jwt.secret:<value>}"), ${DB_PASSWORD:-<value>}
            default = _SHELL_DEFAULT.match(text, s - 2)
            if default is not None:
                yield Assignment(key, default.group("v"), default.start("v"), default.end("v"),
                                 False)
            continue
        # --password x, and a single-dash option: -storepass x (keytool), -Password x
        flag = text[max(s - 2, 0):s] == "--" \
            or (text[s - 1:s] == "-" and text[s - 2:s - 1] in " \t")
        quoted_key = s > 0 and text[s - 1] in "\"'"
        # ["redis-server", "--requirepass", "x"]: for a password; a list of strings that
        # holds "--user" is as often a list of words as an argv, unless a password's flag
        # is in it too (["--db-user", "<user>", "--db-password", …]).
        argv = flag and s > 2 and text[s - 3] in "\"'" and (
            classify(key) not in (None, "user")
            or (classify(key) == "user" and _ARGV_PASSWORD.search(text) is not None))
        if op is None and (argv or (
                quoted_key and _SETTING_CALL.search(text[max(0, s - 64):s - 1].rstrip()))):
            argument = _PAIR_ARGUMENT.match(text, end)  # define('DB_PASSWORD', 'x'), put("k", "v")
            if argument:
                literal = _read_quoted(text, argument.end())
                # (not the head of an expression: getProperty("k", "<word>" + version))
                if literal and _CONCATENATED.match(text, literal[2] + 1) is None:
                    yield Assignment(key, *literal, True)
                continue
            if (lookup := _PAIR_LOOKUP.match(text, end)) is not None:
                # define('AUTH_KEY', getenv_docker('WORDPRESS_AUTH_KEY', '<value>')): the
                # lookup's literal default
                fallback = _fallback(text, lookup.end())
                if fallback:
                    yield Assignment(key, *fallback, True)
                continue
        if op is None and (text[s:s + 1] == "." or text[s - 1:s] == ".") \
                and (argument := _BUILDER_ARGUMENT.match(text, end)) is not None:
            # a builder's step, .username("u").password("x"): a literal and nothing else
            literal = _read_quoted(text, argument.end() - 1)
            if literal and text[literal[2] + 1:literal[2] + 2] == ")":
                yield Assignment(key, *literal, True)
            continue
        if op is None and text[end:end + 1] == "(" and line.syntax in PROSE \
                and text[end + 1:end + 2] in ("\"", "'"):
            # an option with its value in brackets, in a script read as text: Stata's
            # odbc load, … user("<user>") password("<password>")
            literal = _read_quoted(text, end + 1)
            if literal and text[literal[2] + 1:literal[2] + 2] == ")":
                yield Assignment(key, *literal, True)
            continue
        if op is None and text[end:end + 1] == "(" and _SETTER.search(key):
            setter = _value_at(line, end + 1, space_op=False)
            if setter is not None and setter[3]:
                yield Assignment(_SETTER.sub("", key), setter[0], setter[1], setter[2], True)
            continue
        if op is None and line.syntax == "yaml" \
                and (anchored := _yaml_anchored(line, key, s, end)) is not None:
            yield anchored
            continue
        if op is None and text[end:end + 1] in ("]", ";") and "##vso[" in text \
                and (logged := _VSO_VALUE.match(text, end)) is not None:
            # Azure Pipelines: ##vso[task.setvariable variable=<key>;issecret=true]<value>
            yield Assignment(key, logged.group("v"), logged.start("v"), logged.end("v"), False)
            continue
        if op is None and _opens_element(text, s) \
                and (attribute := _XML_VALUE_ATTRIBUTE.match(text, end)) is not None:
            literal = _read_quoted(text, attribute.end())
            if literal:
                yield Assignment(key, *literal, True)
            continue
        if op is None and _opens_element(text, s) \
                and (element := _XML_ATTRIBUTES.match(text, end)) is not None:
            # <Pass encoding="base64">…</Pass> (FileZilla): the element's text is the value
            close = text.find("</", element.end(), element.end() + MAX_VALUE)
            if close > element.end():
                yield Assignment(key, text[element.end():close], element.end(), close, False)
            continue
        if op is None:
            setting = (line.syntax == "dockerfile" and _DOCKER_ENV.match(text) is not None) \
                or (line.syntax in ("batch", "powershell") and _SETX.match(text) is not None) \
                or (" set " in text and _CONFIG_SET.search(text, max(0, s - 80), s) is not None)
            # IDENTIFIED BY '<password>'; not IDENTIFIED EXTERNALLY or GLOBALLY, which name
            # the directory or the system that checks the password
            sql = key.lower() == "identified" and (line.syntax == "sql" or key == "IDENTIFIED") \
                and _SQL_BY.match(text, end) is not None
            if flag and key == "user" and _USER_SWITCH.search(text) is not None:
                continue  # "systemctl --user enable …": a switch, with no account after it
            if flag or setting or directive or sql or line.syntax == "netrc":
                # PowerShell's parameters take bare words: -Username svc_x
                found = _spaced_value(line, key, end, unquoted=line.syntax not in CODE
                                      or line.syntax in _UNQUOTED_CODE
                                      or (flag and line.syntax == "powershell")
                                      or key.lower() == "identified")
                if found:
                    yield found
            continue
        at, kind = op
        if quoted_key and line.syntax == "json" and text[end:end + 1] == "=":
            # "DB_PASSWORD=<value>" in a JSON list: a container's environment (docker
            # inspect, a task definition), the value running to the string's end
            close = text.find(text[s - 1], at, at + MAX_VALUE)
            if close > at:
                yield Assignment(key, text[at:close], at, close, True)
            continue
        if (quoted_key or argv) and text[end:end + 1] == "=" \
                and line.syntax in CODE and line.syntax not in _UNQUOTED_CODE:
            # A string that is itself a setting: withEnv(["DB_PASSWORD=<value>"]),
            # env=["API_TOKEN=<value>"], args = ["--db-password=<value>"]; the value runs
            # to the string's end or a space ("PGPASSWORD=<value> psql …")
            quote = text[s - 3] if argv else text[s - 1]
            m = _IN_STRING_VALUE[quote].match(text, at)
            if m is not None and m.end() < len(text) and text[m.end()] in (quote, " "):
                yield Assignment(key, m.group(), at, m.end(), True)
            continue
        if text[s - 1:s] == "&" and text[end:end + 1] == "=" \
                and line.syntax in CODE and line.syntax not in _UNQUOTED_CODE:
            # a later pair of a form body or a query string in a string of code:
            # 'grant_type=…&client_secret=<value>&scope=…', the value running to the "&"
            m = _FORM_VALUE.match(text, at)
            if m is not None:
                yield Assignment(key, m.group(), at, m.end(), True)
            continue
        if quoted_key and text[end:end + 1] == ":" \
                and _HEADER_FLAG.search(text, max(0, s - 12), s - 1) is not None:
            # curl -H 'X-Api-Key: <key>' inside a string of code or JSON (a Jenkinsfile's sh
            # step, package.json's scripts): the header's value runs to its quote
            m = _HEADER_VALUE[text[s - 1]].match(text, at)
            if m is not None:
                yield Assignment(key, m.group("v"), m.start("v"), m.end("v"), True)
            continue
        if kind == ">":
            if text.startswith("<![CDATA[", at):  # <Password><![CDATA[<value>]]></Password>
                at += 9
                close = text.find("]]>", at, at + MAX_VALUE)
            else:
                close = text.find("<", at, at + MAX_VALUE)
            if not _opens_element(text, s) or close == -1:
                continue
            yield Assignment(key, text[at:close], at, close, False)
            continue
        read = _value_at(line, at, space_op=kind == " ")
        if read is not None and line.syntax == "yaml" and not read[3] \
                and _BLOCK_SCALAR.fullmatch(read[0]):
            yield from _block_scalar(line, key)
        elif read is not None:
            value, start, stop, quoted = read
            if quoted or line.syntax not in PROSE or not _code_in_prose(text, value, stop):
                yield Assignment(key, value, start, stop, quoted)
        elif kind == "=":
            yield from _nested_value(line, key, at)
    if line.syntax in ("xml", "html") and ("key=" in text or "name=" in text):
        for m in _XML_NAMED_VALUE.finditer(text):
            if stem.search(m.group("k")):
                yield Assignment(m.group("k"), m.group("v"), m.start("v"), m.end("v"), False)
    if line.syntax == "xml" and "><" in text and "alue>" in text:
        for m in _XML_WRAPPED_VALUE.finditer(text):
            if stem.search(m.group("k")):
                yield Assignment(m.group("k"), m.group("v"), m.start("v"), m.end("v"), False)
    if line.syntax == "html" and "<input" in text and 'value="' in text:
        yield from _input_values(text, stem)
    pairs = reversed_pairs = None
    if "alue" in text:
        longer = "Parameter" in text or "ariable" in text or "arameter_" in text \
            or "OptionName" in text
        pairs = _LONGER_SAME_LINE_PAIR if longer else _SAME_LINE_PAIR
        reversed_pairs = _LONGER_SAME_LINE_PAIR_REVERSED if longer \
            else _SAME_LINE_PAIR_REVERSED
    for m in pairs.finditer(text) if pairs is not None else ():
        if stem.search(m.group("k")):
            pair = _read_quoted(text, m.end())
            if pair:
                yield Assignment(m.group("k"), pair[0], pair[1], pair[2], True)
    for m in _SSIS_INLINE.finditer(text) if "</ConfiguredValue>" in text else ():
        key = m.group("var") or m.group("k")
        if stem.search(key):
            yield Assignment(key, m.group("v"), m.start("v"), m.end("v"), False)
    for m in reversed_pairs.finditer(text) if reversed_pairs is not None else ():
        if stem.search(m.group("k")):
            yield Assignment(m.group("k"), m.group("v"), m.start("v"), m.end("v"), False,
                             in_comment=True)
    for m in _NAMED_EXAMPLE.finditer(text) if "xample" in text else ():
        if stem.search(m.group("k")) and (pair := _read_quoted(text, m.end())):
            yield Assignment(m.group("k"), *pair, True, example=True)
    for m in _SHORTHAND_PAIR.finditer(text) if "Value=" in text else ():
        if stem.search(m.group("k")):
            yield Assignment(m.group("k"), m.group("v"), m.start("v"), m.end("v"), False)


# A form's field with its value filled in: <input type="password" name="…" value="…">
_INPUT_TAG = lazy(r"<input\s(?P<a>[^<>]{0,1024})>", re.IGNORECASE)
_INPUT_ATTRIBUTE = lazy(r"(?P<n>[\w:.-]+)=\"(?P<v>[^\"]*)\"")


def _input_values(text: str, stem: re.Pattern[str]) -> Iterator[Assignment]:
    """A form field's filled-in value (a mock-up's, a saved page's), named by the field's
    name or id, or by its type when that is a password's, wherever its attributes are."""
    for tag in _INPUT_TAG.finditer(text):
        found = {m.group("n").lower(): m for m in _INPUT_ATTRIBUTE.finditer(tag.group("a"))}
        value = found.get("value")
        if value is None or not value.group("v"):
            continue
        names = [m.group("v") for a in ("name", "id") if (m := found.get(a)) is not None]
        if (kind := found.get("type")) is not None and kind.group("v").lower() == "password":
            names.append("password")
        key = next((n for n in names if stem.search(n) and classify(n) not in (None, "user")),
                   None)
        if key is not None:
            at = tag.start("a") + value.start("v")
            yield Assignment(key, value.group("v"), at, at + len(value.group("v")), True)


# An element's namespace prefix: <wsse:Password>, <ns2:ApiKey>
_NAMESPACE_PREFIX = lazy(r"<[A-Za-z_][\w.-]{0,30}:$")


def _opens_element(text: str, s: int) -> bool:
    """The key at ``text[s]`` is an XML element's name, perhaps after its namespace prefix."""
    before = text[s - 1:s]
    return before == "<" or (before == ":" and _NAMESPACE_PREFIX.search(text, max(0, s - 32), s)
                             is not None)


# A password's flag as one string of a list, followed by its value: "--db-password", "…"
_ARGV_PASSWORD = lazy(r"[\"']--?[\w.-]*(?:pass(?:word|wd)?|pwd)[\"']\s*,\s*[\"']")
_PAIR_LOOKUP = lazy(r"[\"']\s*,\s*(?=[A-Za-z_][\w.$:>-]*\()")
_PAIR_ARGUMENT = lazy(r"[\"']\s*,\s*(?=[\"'])")
# Calls whose first two arguments are a name and its value (or its default).
_SETTING_CALL = lazy(
    r"\b(?:define|setenv|putenv|Setenv|setProperty|SetProperty|setItem|setdefault|set|put|add"
    r"|Add|Set|Put|SetValue|setValue|getenv|Getenv|get|env|getProperty|GetValue|fetch"
    r"|getOrDefault|GetEnvironmentVariable|SetEnvironmentVariable"
    # a request's header: addHeader("X-API-Key", …), setRequestProperty, Fetch's append
    r"|header|addHeader|setHeader|AddHeader|setRequestProperty|append"
    r"|widgets\.(?:text|dropdown|combobox))\s*\($")  # a Databricks notebook's parameter
# Where a comment starts, by the family of the language; None for config and prose.
_HASH_COMMENT = frozenset({"python", "ruby", "shell", "perl", "r", "powershell", "terraform",
                           "make"})
_SLASH_COMMENT = frozenset({"javascript", "typescript", "java", "kotlin", "scala", "groovy",
                            "csharp", "fsharp", "go", "rust", "php", "swift", "c", "cpp",
                            "objc", "dart", "css", "bicep"})
_DASH_COMMENT = frozenset({"sql", "lua"})


_HASH_START = lazy(r"(?:^|\s)#")
_SLASH_START = lazy(r"(?:^|\s)//|^\s*/?\*")
_DASH_START = lazy(r"(?:^|\s)--")


def _comment_start(text: str, syntax: str) -> int | None:
    """Offset of a line comment in code (a ``#`` or ``//`` after a space), else None."""
    if syntax in _HASH_COMMENT or syntax == "php":
        m = _HASH_START.search(text)
        if m:
            return m.end() - 1
    if syntax in _SLASH_COMMENT:
        m = _SLASH_START.search(text)
        if m:
            return m.end() - 1
    if syntax in _DASH_COMMENT:
        m = _DASH_START.search(text)
        if m:
            return m.end() - 1
    return None


def _in_comment(line: Line, key: str, end: int) -> Iterator[Assignment]:
    """``# TODO remove: password=hunter2`` in code: read the comment as prose."""
    prose = line.as_prose()
    op = _operator(line.text, end, "text")
    if op is None or op[1] != "=":
        return
    read = _value_at(prose, op[0], space_op=False)
    if read is not None:
        value, start, stop, quoted = read
        if not quoted and _code_in_prose(line.text, value, stop):
            return
        yield Assignment(key, value, start, stop, quoted, in_comment=True)


# The words that open an expression, not a value: a doc comment's example of code
# (``const user = await User.findOne(…)``, ``const user = new User()``).
_EXPRESSION_WORDS = frozenset({"new", "await", "typeof", "yield", "async", "function",
                               "lambda", "require", "import", "this", "self", "super"})


def _code_in_prose(text: str, value: str, stop: int) -> bool:
    """The unquoted value is code in a comment's or a document's example: a word that opens
    an expression, or a name that a call follows or an object literal closes
    (``Schema({ user: Mixed })``), which in code is a variable, never a literal. (Not one a
    bracket closes, nor one before a remark in brackets: prose writes "(user: <account>)"
    and "user: <account> (locked out)".)"""
    return value in _EXPRESSION_WORDS or text[stop:stop + 1] == "(" \
        or text[stop:stop + 8].lstrip()[:1] == "}"


# (a .NET setting's name may hold its sections: Jwt:Key, as App Service lists it)
# The members that name a setting and hold its value: name (or key) and value, and their
# longer spellings, CloudFormation's ParameterKey and ParameterValue, Elastic Beanstalk's
# OptionName, an Airflow project's variable_name and variable_value.
_NAME_WORD = r"(?:Parameter|parameter_|Option|Variable|variable_)?(?:name|key|Name|Key)"
_VALUE_WORD = r"(?:Parameter|parameter_|Variable|variable_)?(?:value|Value)"
# (a name may be a path: an AWS parameter's, Name: /grants/prod/db/password)
_NAME_LINE_FORM = r"^\s*-?\s*[\"']?{}[\"']?\s*[:=]\s*[\"']?(?P<k>[\w.:/-]+)[\"']?\s*,?\s*$"
_NAME_LINE = lazy(_NAME_LINE_FORM.format("(?:name|key|Name|Key)"))
_LONGER_NAME_LINE = lazy(_NAME_LINE_FORM.format(_NAME_WORD))
_VALUE_LINE = lazy(rf"^\s*(?:[\"']?{_VALUE_WORD}[\"']?\s*[:=]|<[vV]alue>|<string>"
                         r"|<stringProp\s+name=\"Argument\.value\">|<ConfiguredValue>)")
# An element alone on its line, named by its key, its value in a <Value> below it: Windows'
# answer files (<AdministratorPassword> over <Value>…</Value>)
_XML_OPEN_LINE = lazy(r"^\s*<(?P<k>[A-Za-z][\w.-]*)>\s*$")
# Hadoop and Hive: <name>javax.jdo.option.ConnectionPassword</name> over <value>…</value>;
# an Apple property list: <key>ApiKey</key> over <string>…</string>
_XML_NAME_LINE = lazy(r"^\s*<(?P<tag>name|key)>(?P<k>[\w.-]+)</(?P=tag)>\s*$")
# A JMeter test plan's variable: <stringProp name="Argument.name">…</stringProp> over its
# <stringProp name="Argument.value">…</stringProp>
_JMETER_NAME_LINE = lazy(
    r"^\s*<stringProp\s+name=\"Argument\.name\">(?P<k>[\w.-]+)</stringProp>\s*$")
# An element named by its key, its value in a <Value> inside it on the same line: Windows'
# answer files written compactly (<AdministratorPassword><Value>…</Value>)
_XML_WRAPPED_VALUE = lazy(
    r"<(?P<k>[A-Za-z][\w.-]*)>\s*<[vV]alue>(?P<v>[^<>\s][^<>]*?)\s*</[vV]alue>")
# <entry key="db.password">…</entry>, <property name="password"><value>…</value>
_XML_NAMED_VALUE = lazy(
    r"<(?P<tag>[\w:.-]+)\s+(?:key|name)=\"(?P<k>[\w.-]+)\"\s*>\s*(?:<value>)?(?P<v>[^<>\s][^<>]*?)\s*<")
_PAIR = (r"[\"']?{name}[\"']?\s*[:=]\s*[\"'](?P<k>[\w.:-]+)[\"']\s*,?\s*"
         r"[\"']?{value}[\"']?\s*[:=]\s*(?=[\"'])")
_SAME_LINE_PAIR = lazy(_PAIR.format(name="(?:name|key|Name|Key)", value="(?:value|Value)"))
# (the longer names only on a line that holds one: each costs the search at every place)
_LONGER_SAME_LINE_PAIR = lazy(_PAIR.format(name=_NAME_WORD, value=_VALUE_WORD))
# The AWS CLI's shorthand: --parameters ParameterKey=DbPassword,ParameterValue=<value>
_SHORTHAND_PAIR = lazy(
    r"\b(?:ParameterKey|Name|Key)=(?P<k>[\w.:-]+),(?:ParameterValue|Value)="
    r"(?P<v>[^\s,\"']{1,1024})")
# The same pair the other way round, as an ECS task definition's environment writes it:
# {"value": "<value>", "name": "API_TOKEN"}
_PAIR_REVERSED = (r"[\"']?{value}[\"']?\s*[:=]\s*(?P<q>[\"'])(?P<v>[^\"'\n]{{1,1024}})(?P=q)"
                  r"\s*,\s*[\"']?{name}[\"']?\s*[:=]\s*[\"'](?P<k>[\w.:-]+)[\"']")
_SAME_LINE_PAIR_REVERSED = lazy(
    _PAIR_REVERSED.format(name="(?:name|key|Name|Key)", value="(?:value|Value)"))
_LONGER_SAME_LINE_PAIR_REVERSED = lazy(_PAIR_REVERSED.format(name=_NAME_WORD, value=_VALUE_WORD))
# .NET's settings: <setting name="GatewayApiKey" serializeAs="String"> over <value>…</value>
# (not one with its value among its attributes: <input name="password" value="…">)
_XML_NAMED_ELEMENT = lazy(
    r"^\s*<[\w:.-]+\s+(?:(?!value=)[\w:.-]+=\"[^\"]*\"\s+)*?name=\"(?P<k>[\w.-]+)\""
    r"(?:\s+(?!value=)[\w:.-]+=\"[^\"]*\")*\s*>\s*$")
# An SSIS package's configuration (.dtsConfig): the property's path names the value in the
# <ConfiguredValue> below, Path="\Package.Connections[Src].Properties[Password]"; a
# variable's Value property is named by the variable (Variables[User::DbPassword])
_SSIS_VARIABLE = lazy(
    r"^\s*<Configuration\s[^>]*\bPath=\"[^\"]*\.Variables\[(?:\w+::)?(?P<k>[\w.-]+)\]"
    r"\.Properties\[Value\]\"[^>]*>\s*$")
_SSIS_PROPERTY = lazy(
    r"^\s*<Configuration\s[^>]*\bPath=\"[^\"]*\.Properties\[(?P<k>[\w.-]+)\]\"[^>]*>\s*$")
# The same on one line, as the designer writes the whole file
_SSIS_INLINE = lazy(
    r"<Configuration\s[^>]*?\bPath=\"[^\"]*?(?:\.Variables\[(?:\w+::)?(?P<var>[\w.-]+)\]"
    r"\.Properties\[Value\]|\.Properties\[(?P<k>[\w.-]+)\])\"[^>]*>\s*"
    r"<ConfiguredValue>(?P<v>[^<]{1,1024})</ConfiguredValue>")
_VSO_VALUE = lazy(r"(?:;\w+=\w*)*\](?P<v>[^\s\"'`]+)")
# <password value="…" />: an element named by its key, its value an attribute
_XML_VALUE_ATTRIBUTE = lazy(r"\s+value\s*=\s*(?=[\"'])")
# An element's attributes before its text: <Pass encoding="base64">
_XML_ATTRIBUTES = lazy(r"(?:\s+[\w:.-]+\s*=\s*\"[^\"<>]*\")+\s*>")
_TF_VARIABLE = lazy(r"^\s*variable\s+\"(?P<k>[\w-]+)\"\s*\{\s*$")
_TF_DEFAULT = lazy(r"^\s*default\s*=\s*(?=\")")
_NAMED_START = frozenset("-\"'nkNK")
_LONGER_NAMES = ("Parameter", "parameter_", "Option", "Variable", "variable_")
_LONGER_START = frozenset("POVpv")


def _named(text: str) -> re.Match[str] | None:
    """A name whose value is on the lines below (``- name: X``, ``variable "x" {``,
    ``<name>x</name>``)."""
    head = text.lstrip()
    first = head[:1]
    if first in _NAMED_START:  # a cheap look at the first character spares most lines
        named = _NAME_LINE.match(text)
        if named is None and ("arameter" in head or "ariable_" in head or "OptionName" in head):
            named = _LONGER_NAME_LINE.match(text)  # "ParameterKey": "DbPassword"
        return named
    if first in _LONGER_START and head.startswith(_LONGER_NAMES):
        named = _LONGER_NAME_LINE.match(text)  # ParameterKey: DbPassword
        if named is not None:
            return named
    if head.startswith(("<name>", "<key>")):
        return _XML_NAME_LINE.match(text)
    if head.startswith("<stringProp"):
        return _JMETER_NAME_LINE.match(text)
    if head.startswith("<Configuration ") and "Properties[" in head:
        return _SSIS_VARIABLE.match(text) or _SSIS_PROPERTY.match(text)
    if head.startswith("<") and 'name="' in head:
        return _XML_NAMED_ELEMENT.match(text)
    if head.startswith("<"):
        return _XML_OPEN_LINE.match(text)
    return _TF_VARIABLE.match(text) if head.startswith("variable") else None


# The value inside an object under a secret key: ARM parameters (``"adminPassword":
# {"value": "…"}``), a template's ``"defaultValue"``, YAML ``adminPassword:`` over ``value: …``;
# a typed value's wrapper (DynamoDB's ``{"S": "…"}``, Avro's ``{"string": "…"}``, Firestore's
# ``{"stringValue": "…"}``).
_NESTED_VALUE = lazy(
    r"[\"']?(?:value|Value|defaultValue|default|Default)[\"']?[ \t]*[:=][ \t]*")
_TYPE_TAG = r"[\"'](?:S|string|stringValue)[\"'][ \t]*:[ \t]*"
_TYPED_VALUE = lazy(rf"\{{[ \t]*{_TYPE_TAG}")  # the object's first key, no other
# An API description's example of the value: OpenAPI's example (examples, a list of them),
# Swagger 2's x-example; in an object of its own on one line, {"type": "string", "example": …}
_EXAMPLE = r"[\"']?(?:x-)?example(?P<s>s)?[\"']?[ \t]*:[ \t]*"
_NESTED_VALUE_LINE = lazy(
    rf"[ \t]*(?:[{{,][ \t]*)?(?:{_NESTED_VALUE.pattern}|{_TYPE_TAG})")
_INLINE_EXAMPLE = lazy(r"\{[^{}]*?[\"'](?:x-)?example[\"'][ \t]*:[ \t]*(?=[\"'])")


# A YAML scalar in quotes alone on its line: the value of the key above it.
_YAML_QUOTED_LINE = lazy(r"""[ \t]+(?P<q>["'])(?P<v>[^"'\n]{1,1024})(?P=q)[ \t]*$""")


# How far below its key an object's value may be: a template's parameter describes itself
# (its type, description, lengths, allowed pattern) before its default.
_OBJECT_LINES = 12


def _nested_value(line: Line, key: str, at: int) -> Iterator[Assignment]:
    """The value of an object that opens at ``line.text[at]``, on its line or below it."""
    text = line.text
    rest = text[at:].strip()
    inner = None
    example = False
    if rest.startswith("{"):
        brace = text.index("{", at)
        inner = _TYPED_VALUE.match(text, brace) or _NESTED_VALUE.search(text, at)
        if inner is None and "xample" in text:
            inner = _INLINE_EXAMPLE.match(text, brace)
            example = True
    if inner is not None:
        found = _value_at(line, inner.end(), space_op=False)
        if found is not None and found[3]:  # a literal, not a reference
            yield Assignment(key, *found, example=example)
        return
    if rest not in ("", "{"):
        return
    indent = len(text) - len(text.lstrip())
    for delta in range(1, _OBJECT_LINES):
        if line.index + delta >= line.locator.line_count:
            return
        below = line.locator.line_text(line.index + delta)
        if not below.strip() or below.lstrip().startswith("#"):
            continue
        if len(below) - len(below.lstrip()) <= indent:
            return  # the object has ended: a sibling or a closing brace
        if delta == 1 and line.syntax == "yaml" and (quoted := _YAML_QUOTED_LINE.match(below)):
            # password:\n  "<value>": a quoted scalar on the line below its key
            yield Assignment(key, quoted.group("v"), quoted.start("v"), quoted.end("v"), True,
                             line_delta=1)
            return
        v = _NESTED_VALUE_LINE.match(below)
        if v is None and "xample" in below \
                and (shown := _EXAMPLE_LINE.match(below)) is not None:
            yield from _examples(line, delta, below, shown, key)
            return
        if v is None:
            continue
        if (assignment := _assignment_on(line, delta, below, v.end(), key)) is not None:
            yield assignment
        return


_EXAMPLE_LINE = lazy(rf"[ \t]*{_EXAMPLE}")
_EXAMPLE_ITEM = lazy(r"[ \t]*-[ \t]+")
_EXAMPLE_ITEMS = 4  # how many of a list of examples are read
_EXAMPLE_LINES = 10  # how far below a parameter's name its example may be


def _examples(line: Line, delta: int, text: str, m: re.Match[str],
              key: str) -> Iterator[Assignment]:
    """The example (or the list of examples) that ``m`` opens on ``text``, the line ``delta``
    lines from ``line``, as ``key``'s value."""
    if m.group("s") is None or text[m.end():].strip() not in ("", "["):
        if (found := _assignment_on(line, delta, text, m.end(), key)) is not None:
            yield replace(found, example=True)
        return
    indent = len(text) - len(text.lstrip())
    named = 0  # OpenAPI's examples by name, each with its value: (dev: summary: …, value: …)
    for below in range(delta + 1, min(delta + 1 + _EXAMPLE_LINES, line.locator.line_count
                                      - line.index)):
        item_text = line.locator.line_text(line.index + below)
        if len(item_text) - len(item_text.lstrip()) <= indent or named > _EXAMPLE_ITEMS:
            return
        item = _EXAMPLE_ITEM.match(item_text) \
            or _INDENTED_LITERAL.match(item_text)
        if item is None:
            item = _EXAMPLE_VALUE.match(item_text)
            named += 1
            if item is None:
                continue
        if (found := _assignment_on(line, below, item_text, item.end(), key)) is not None:
            yield replace(found, example=True)


_EXAMPLE_VALUE = lazy(r"[ \t]+[\"']?value[\"']?[ \t]*:[ \t]*")
_INDENTED_LITERAL = lazy(r"[ \t]+(?=[\"'])")  # a JSON list's item on a line of its own


def _has_examples(locator: Locator) -> bool:
    found = locator.cache.get("examples")
    if found is None:
        found = locator.cache["examples"] = "xample" in locator.text.text
    return bool(found)


# A parameter on one line: {"name": "api_key", "in": "header", "x-example": "<value>"}
_NAMED_EXAMPLE = lazy(
    r"[\"']name[\"'][ \t]*:[ \t]*[\"'](?P<k>[\w.:-]+)[\"'][^{}]*?"
    r"[\"'](?:x-)?example[\"'][ \t]*:[ \t]*(?=[\"'])")


def _example_below(line: Line, key: str, column: int) -> Iterator[Assignment]:
    """The example given in the object whose member at ``column`` names ``key`` (OpenAPI's
    parameter: ``- name: api_key`` over ``in: header`` … ``example: <value>``)."""
    for delta in range(1, min(_EXAMPLE_LINES, line.locator.line_count - line.index)):
        below = line.locator.line_text(line.index + delta)
        if not below.strip():
            continue
        indent = len(below) - len(below.lstrip())
        if indent < column or (indent == column and below.lstrip()[:1] in ("-", "}")):
            return  # the object has ended
        if indent == column and (m := _EXAMPLE_LINE.match(below)) is not None:
            yield from _examples(line, delta, below, m, key)
            return


def _assignment_on(line: Line, delta: int, text: str, start: int,
                   key: str) -> Assignment | None:
    """The value from ``start`` in ``text``, the line ``delta`` lines from ``line``, as
    ``key``'s: a name whose value is written on a line of its own above or below it."""
    sub = Line(text, line.index + delta, line.syntax, line.path, line.locator)
    found = _value_at(sub, start, space_op=False)
    return None if found is None else Assignment(key, *found, line_delta=delta)


def _value_below(line: Line, named: re.Match[str]) -> Iterator[Assignment]:
    """The value for a name on the next lines: Kubernetes ``- name: X`` / ``value: y``,
    and Terraform ``variable "x" {`` / ``default = "y"``."""
    key = named.group("k")
    block = named.re.pattern == _TF_VARIABLE.pattern  # the match's, not the stand-in
    for delta in range(1, 7 if block else 3):
        if line.index + delta >= line.locator.line_count:
            break
        below = line.locator.line_text(line.index + delta)
        if block and below.strip() == "}":
            return
        v = (_TF_DEFAULT if block else _VALUE_LINE).match(below)
        if v is None:
            if (line.syntax == "yaml" and below.lstrip()[:1] == "-") \
                    or (line.syntax == "json" and "}" in below):
                break  # the next item or the object's end: its value is not below
            continue
        if (assignment := _assignment_on(line, delta, below, v.end(), key)) is not None:
            yield assignment
        return
    if not block and line.syntax in ("json", "yaml") and _has_examples(line.locator):
        head = named.group(0)
        column = len(head) - len(head.lstrip(" \t-"))
        yield from _example_below(line, key, column)
    if line.syntax == "json" and not block:
        yield from _value_above(line, key)
    elif line.syntax == "yaml" and not block and named.group(0).lstrip()[:1] != "-":
        yield from _item_value_above(line, key)


# A YAML list item that opens with its value: "  - value: <value>" over "    name: <name>"
# (CloudFormation's "- Value:" over "Name:")
_ITEM_VALUE_LINE = lazy(rf"^(?P<i>\s*-\s+)[\"']?{_VALUE_WORD}[\"']?\s*:")
# How far above its name an entry's value may be: a task definition's or a build's variable
# may give its type and a description between them.
_ABOVE = tuple(range(-1, -7, -1))


def _item_value_above(line: Line, key: str) -> Iterator[Assignment]:
    """The value that opens the YAML list item whose later member names it (a pipeline's
    ``- value: '<value>'`` over ``name: apiToken``): the item's own first line, its key
    at the name's column."""
    indent = len(line.text) - len(line.text.lstrip())
    for delta in _ABOVE:
        if line.index + delta < 0:
            return
        above = line.locator.line_text(line.index + delta)
        item = _ITEM_VALUE_LINE.match(above)
        if item is not None:
            if len(item.group("i")) == indent \
                    and (found := _assignment_on(line, delta, above, item.end(), key)):
                yield found
            return
        if len(above) - len(above.lstrip()) != indent or above.lstrip()[:1] == "-":
            return  # another item, or a parent: the item opened with something else


def _value_above(line: Line, key: str) -> Iterator[Assignment]:
    """A JSON object's value above the member that names it (an ECS task definition's
    ``"value": "<value>",`` over ``"name": "API_TOKEN"``), in the same object: no brace
    between them."""
    for delta in _ABOVE:
        if line.index + delta < 0:
            return
        above = line.locator.line_text(line.index + delta)
        v = _VALUE_LINE.match(above)
        if v is not None:
            if (found := _assignment_on(line, delta, above, v.end(), key)) is not None:
                yield found
            return
        if "{" in above or "}" in above:
            return


def strong_enough(value: str, cls: str, syntax: str) -> bool:
    """Long and varied enough, for its class, to be a real value rather than a word."""
    prose = syntax in PROSE
    if cls == "salt":  # a salt a generator made, not a test vector's ("NaCl", "saltSALT…")
        return looks_random(value, min_length=16) \
            and (char_classes(value) >= 3 or _LONG_HEX.fullmatch(value) is not None)
    if cls == "password":
        if prose:
            return len(value) >= 8 and char_classes(value) >= 3
        return len(value) >= 6 and (char_classes(value) >= 2 or len(value) >= 10)
    if prose:
        return looks_random(value, min_length=16)
    entropy = shannon_entropy(value)
    return (len(value) >= 10 and char_classes(value) >= 2 and entropy >= 3.0) \
        or (len(value) >= 20 and entropy >= 3.5)


def _type(cls: str, key: str) -> str:
    k = key.lower()
    if k.endswith("_authtoken"):
        return "NPM_TOKEN"
    if cls == "aws":
        return "AWS_SECRET_ACCESS_KEY"
    if "twilio" in k and "token" in k:
        return "TWILIO_AUTH_TOKEN"
    return {"password": "PASSWORD", "api_key": "API_KEY"}.get(cls, "GENERIC_SECRET")


_AUTH_HEADER = lazy(r"(?i)\b(?P<scheme>bearer|basic)\s+(?P<v>[A-Za-z0-9._~+/-]{16,}=*)")
# Other schemes of an Authorization header: Django REST framework's and GitHub's "Token",
# Okta's "SSWS", Elasticsearch's "ApiKey". Their words are common, so only beside the header.
_OTHER_SCHEMES = lazy(
    r"(?i)\b(?P<scheme>token|ssws|api-?key)\s+(?P<v>[A-Za-z0-9._~+/-]{16,}=*)")
# The Bearer scheme joined in code to a literal token: R's paste("Bearer", "<token>") and
# paste0, "Bearer " + "<token>" (Python, JavaScript, Java, C#), PHP's . and VB's &, a
# format's "Bearer {}".format("<token>"), sprintf("Bearer %s", "<token>") (Go's %v,
# Objective-C's and Swift's %@), Python's "Bearer %s" % ("<token>",), JavaScript's
# .concat("<token>"); and a literal interpolated: C#'s $"Bearer {"<token>"}", a template's
# `Bearer ${"<token>"}`
_JOINED_BEARER = lazy(
    r"(?i)\b(?P<scheme>bearer)[ \t]*(?:(?:%[sv@]|\{0?\})?[\"'][ \t]*"
    r"(?:[,+.&]|%[ \t]*\(?|\.(?:format|concat)\()|\$?\{)[ \t]*"
    r"(?P<q>[\"'])(?P<v>[A-Za-z0-9._~+/-]{16,}=*)(?P=q)")
# A call that sets the Bearer scheme's token, given a literal: R's httr2
# req_auth_bearer_token("<token>") (or (req, "<token>")), Spring's setBearerAuth, Rust's
# reqwest .bearer_auth
_BEARER_CALL = lazy(
    r"(?i)\b(?P<scheme>\w{0,30}?bearer)\w{0,20}\s*\(\s*(?:[\w.$]+\s*,\s*)?"
    r"(?P<q>[\"'])(?P<v>[A-Za-z0-9._~+/-]{16,}=*)(?P=q)\s*[,)]")
_SCHEME_TYPES = {"bearer": "BEARER_TOKEN", "token": "API_TOKEN", "ssws": "OKTA_API_TOKEN",
                 "apikey": "API_KEY", "api-key": "API_KEY"}


# A Basic header built in code from a literal "user:password" (or ":token"):
# "Basic " + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(":<pat>")); and
# libcurl's option that takes the pair as it is: CURLOPT_USERPWD, "<user>:<password>".
_BASIC_SOURCE = lazy(
    r"(?:(?:GetBytes|b64encode|btoa|encodeToString|encodebytes|toBase64|Base64\.encode\w*"
    r"|Buffer\.from)\s*\(|USERPWD\s*,)\s*"
    r"[bu]?(?P<q>[\"'])(?P<u>[^\"':\s]*):(?P<p>[^\"'\s]+)(?P=q)")
# The words one of those lines holds: the header's scheme, a name with "auth" in it
# (basicAuth), or curl's option.
_SOURCE_WORDS = frozenset({"basic ", "auth", "pwd"})


def _basic_pairs(line: Line) -> Iterator[tuple[Assignment, Assignment]]:
    """Each literal "user:password" encoded for a Basic header, with a real password."""
    for m in _BASIC_SOURCE.finditer(line.text):
        password = m.group("p")
        if len(password) >= 4 and not rejection(password, "password"):
            yield (Assignment("username", m.group("u"), m.start("u"), m.end("u"), True),
                   Assignment("password", password, m.start("p"), m.end("p"), True))


def _basic_sources(line: Line) -> Iterator[Hit]:
    for _, password in _basic_pairs(line):
        yield Hit(password.start, password.end, password.value, "BASIC_AUTH_CREDENTIALS",
                  "keyword", 0.9, priority=12)


def _auth_headers(line: Line) -> Iterator[Hit]:
    """``Authorization: Bearer <token>`` and ``Basic <base64 of user:password>``; and with
    the header's name on the line, ``Token``, ``SSWS`` and ``ApiKey``."""
    found = list(_AUTH_HEADER.finditer(line.text)) if not line.words.isdisjoint(_BEARER_BASIC) \
        else []
    if "auth" in line.words and "authorization" in line.text.lower():
        found.extend(_OTHER_SCHEMES.finditer(line.text))
    if "bearer" in line.words:
        found.extend(_JOINED_BEARER.finditer(line.text))
        if "(" in line.text:
            found.extend(_BEARER_CALL.finditer(line.text))
    for m in found:
        value = m.group("v")
        if m.group("scheme").lower() == "basic":
            plain = decoded_base64(value)
            if plain is None or ":" not in plain:
                continue
            password = plain.partition(":")[2]
            if rejection(password, "password") or len(password) < 4:
                continue
            type = "BASIC_AUTH_CREDENTIALS"
        else:  # a JWT is left to the JWT plugin, which knows the tutorial examples
            if value.startswith("eyJ") or rejection(value, "token") \
                    or not looks_random(value, min_length=20):
                continue
            type = _SCHEME_TYPES.get(m.group("scheme").lower(), "BEARER_TOKEN")
        yield Hit(m.start("v"), m.end("v"), value, type, "keyword", 0.9, priority=12)


# A recorded request's cookies (a HAR file's headers, a curl command, a log): a session
# cookie lets whoever reads it act as that user until the session ends.
_COOKIE_HEADER = lazy(r"(?i)\b(?:set-)?cookie:[ \t]*(?P<pairs>[^\n]+)")
_COOKIE = lazy(r"(?:^|;)[ \t]*(?P<name>[^=;\s]{1,80})=(?P<v>[^;\s\"']{16,4096})")
_SESSION_NAME = lazy(
    r"(?i)sess|(?<![a-z])sid|auth|token|jwt|aspnetcore\.(?:cookies|identity)")


# A browser's saved cookies (Playwright's and Puppeteer's storage state): "name": "<cookie>"
# over its "value": "<value>", in a file of "cookies"; and curl's (Netscape's) cookie jar,
# one cookie a line: domain, flag, path, secure, expiry, name, value.
_COOKIE_NAME_LINE = lazy(r'\s*"name"\s*:\s*"(?P<k>[^"\n]{1,80})"\s*,?\s*$')
_COOKIE_VALUE_LINE = lazy(r'\s*"value"\s*:\s*"(?P<v>[^"\\\n]*)"')
_COOKIE_LINES = 3
_COOKIE_JAR_HEAD = ("# Netscape HTTP Cookie File", "# HTTP Cookie File")
_JAR_LINE = lazy(r"(?:#HttpOnly_)?[^\t#\s][^\t]*\t(?:TRUE|FALSE)\t[^\t]*\t(?:TRUE|FALSE)"
                       r"\t\d+\t(?P<k>[^\t]{1,80})\t(?P<v>[^\t\s]+)\s*$")


# A JAAS file's login module options: Kafka's PLAIN module takes its accounts as
# user_<account>="<password>", one an account.
_JAAS_USER = lazy(r'^\s*user_(?P<u>[\w.@-]{1,64})\s*=\s*"(?P<p>[^"\n]{1,1024})"')


def is_jaas_file(path: str) -> bool:
    """A JAAS configuration (kafka_server_jaas.conf), whose every line is read."""
    name = path.rpartition("/")[2].lower()
    return "jaas" in name and name.endswith(".conf")


def _jaas_users(line: Line) -> Iterator[re.Match[str]]:
    """Each user_<account>="<password>" entry with a real password, in a JAAS file."""
    if "user_" not in line.text or not is_jaas_file(line.path):
        return
    m = _JAAS_USER.match(line.text)
    if m is not None and rejection(m.group("p"), "password") is None \
            and strong_enough(m.group("p"), "password", "ini"):
        yield m


# A server's own list of users, one "<user>: <password>[,<role>…]" (or "=") a line: Jetty's
# realm.properties, ActiveMQ's and Artemis's users.properties. A hash (MD5:, CRYPT:) is
# not the password; Jetty's OBF: is, undone by anyone.
_USERS_FILE = lazy(r"(?:^|/)(?:[\w-]*users|realm)\.properties$")
_USERS_LINE = lazy(
    r"^\s*(?P<u>[A-Za-z_][\w.@-]{0,63})\s*[:=]\s*(?P<p>[^\s,#!][^\s,]*)\s*(?:,.*)?$")


def is_users_file(path: str) -> bool:
    return _USERS_FILE.search(path.lower()) is not None


def _listed_users(line: Line) -> Iterator[re.Match[str]]:
    """Each user of a server's user list with a real password."""
    if line.syntax != "properties" or not is_users_file(line.path):
        return
    m = _USERS_LINE.match(line.text)
    if m is not None and classify(m.group("u")) is None \
            and not m.group("p").upper().startswith("CRYPT:") \
            and rejection(m.group("p"), "password") is None \
            and strong_enough(m.group("p"), "password", line.syntax):
        yield m


def is_cookie_jar(locator: Locator) -> bool:
    """curl's (Netscape's) cookie jar: every line a cookie."""
    return locator.text.text.startswith(_COOKIE_JAR_HEAD)


def _a_jwt(value: str) -> bool:
    """A JWT, left to the JWT plugin: its header and its claims are JSON objects. (A Flask
    session cookie's payload is one too, but a timestamp and a signature follow it.)"""
    return value.startswith("eyJ") and value.partition(".")[2].startswith("eyJ")


def _session_value(name: str, value: str) -> bool:
    """A session cookie's value, random as a session's id (a JWT is the JWT plugin's)."""
    return _SESSION_NAME.search(name) is not None and not _a_jwt(value) \
        and rejection(value, "token") is None and looks_random(value, min_length=16)


def _stored_cookies(line: Line) -> Iterator[Hit]:
    m = _COOKIE_NAME_LINE.match(line.text)
    if m is None or '"cookies"' not in line.locator.text.text:
        return
    for delta in range(1, min(_COOKIE_LINES, line.locator.line_count - line.index - 1) + 1):
        v = _COOKIE_VALUE_LINE.match(line.locator.line_text(line.index + delta))
        if v is not None:
            if _session_value(m.group("k"), v.group("v")):
                yield Hit(v.start("v"), v.end("v"), v.group("v"), "SESSION_TOKEN", "keyword",
                          0.85, priority=12, line_delta=delta)
            return


def _jar_cookies(line: Line) -> Iterator[Hit]:
    m = _JAR_LINE.match(line.text)
    if m is not None and _session_value(m.group("k"), m.group("v")):
        yield Hit(m.start("v"), m.end("v"), m.group("v"), "SESSION_TOKEN", "keyword", 0.85,
                  priority=12)


def _session_cookies(line: Line) -> Iterator[Hit]:
    """``Cookie: session=<random>``: a session cookie, whatever the framework calls it
    (``connect.sid``, ``ASP.NET_SessionId``, ``.AspNetCore.Cookies``, ``PHPSESSID``)."""
    for header in _COOKIE_HEADER.finditer(line.text):
        offset = header.start("pairs")
        for m in _COOKIE.finditer(header.group("pairs")):
            value = m.group("v")
            if _SESSION_NAME.search(m.group("name")) is None or _a_jwt(value) \
                    or rejection(value, "token") or not looks_random(value, min_length=16):
                continue  # a JWT is left to the JWT plugin, which knows the tutorial examples
            yield Hit(offset + m.start("v"), offset + m.end("v"), value, "SESSION_TOKEN",
                      "keyword", 0.85, priority=12)


# A user name and a password as the two arguments of a credential: ``auth=("u", "p")``,
# ``new NetworkCredential("u", "p")``, ``HTTPBasicAuth('u', 'p')``, R's httr2
# ``req_auth_basic("u", "p")``, Rust's ``.basic_auth("u", Some("p"))``, OkHttp's
# ``Credentials.basic("u", "p")``; not sbt's four, whose first two are the realm and the
# host (``calls`` reads them).
_FOUR_LITERALS = r"(?!\s*(?:\"[^\"\n]*\"\s*,\s*){3}\"[^\"\n]*\"\s*\))"
_CREDENTIAL_CALL = lazy(
    r"(?:\bauth\s*=\s*\(|\b\w{0,40}?(?:Credentials?|Auth|Authentication|_auth)\w{0,20}"
    r"(?:\.basic)?\s*\()"
    + _FOUR_LITERALS + r"\s*"
    r"(?P<uq>[\"'])(?P<u>[^\"'\s]{1,64})(?P=uq)\s*,\s*(?:new\s+\w+\s*\(|Some\s*\()?\s*"
    r"(?P<pq>[\"'])(?P<p>[^\"']{1,200})(?P=pq)",
)
# An API key given as the user of HTTP basic auth, with an empty password: Companies House's
# API (``auth=("<key>", "")``, ``HTTPBasicAuth('<key>', '')``, axios's ``auth: {username:
# '<key>', password: ''}``).
_KEY_AS_USER = lazy(
    r"(?:\bauth\s*=\s*\(|\b\w{0,40}?(?:Credentials?|Auth|Authentication)\w{0,20}\s*\()\s*"
    r"(?P<q>[\"'])(?P<k>[^\"'\s]{16,128})(?P=q)\s*,\s*(?:\"\"|'')\s*\)"
    r"|\busername\s*:\s*(?P<uq>[\"'])(?P<u>[^\"'\s]{16,128})(?P=uq)\s*,\s*password\s*:\s*(?:\"\"|'')")
_SECURE_STRING = lazy(
    r"(?i)ConvertTo-SecureString\s+(?:-(?:AsPlainText|Force)\s+)*(?:-String\s+)?"
    r"(?P<q>[\"'])(?P<v>[^\"']+)(?P=q)"
    r"|(?P<pq>[\"'])(?P<pv>[^\"'\n]+)(?P=pq)\s*\|\s*ConvertTo-SecureString\b")


# (PowerShell's New-Object PSCredential -ArgumentList '<user>', $password too)
_CREDENTIAL_USER = lazy(
    r"(?:\bauth\s*=\s*\(|\b\w{0,40}?(?:Credentials?|Auth|Authentication)\w{0,20}\s*\("
    + _FOUR_LITERALS + r"|\bPSCredential\s+-ArgumentList\s+\(?"
    r"|\b(?i:pscredential)\]::new\()\s*"  # [pscredential]::new('<user>', $secure)
    r"(?P<uq>[\"'])(?P<u>[^\"'\s]{1,64})(?P=uq)\s*,")


def _credential_users(line: Line) -> Iterator[Assignment]:
    """The user name in ``PSCredential("<user>", $password)`` (or PowerShell 5's
    ``[pscredential]::new(…)``), whatever the password is."""
    for m in _CREDENTIAL_USER.finditer(line.text):
        yield Assignment("username", m.group("u"), m.start("u"), m.end("u"), True)


# A REST client's header with the user and password as they are, not encoded: VS Code's
# REST Client and JetBrains' HTTP client take "Basic <user>:<password>", "Basic <user>
# <password>" and "Digest <user> <password>" and encode them when they send the request.
_RAW_AUTHORIZATION = lazy(
    r"(?i)\bauthorization:[ \t]*(?:basic|digest)[ \t]+(?P<u>[A-Za-z_][\w.@\\-]{0,63})"
    r"(?::|[ \t]+)(?P<p>\S{1,200})[ \t]*$")


def _raw_authorization(line: Line) -> Iterator[tuple[Assignment, Assignment]]:
    if "authorization" not in line.text.lower():
        return
    for m in _RAW_AUTHORIZATION.finditer(line.text):
        yield (Assignment("username", m.group("u"), m.start("u"), m.end("u"), False),
               Assignment("password", m.group("p"), m.start("p"), m.end("p"), False))


# Yarn's npmAuthIdent (.yarnrc.yml) is npm's _auth: "<user>:<password>", or that pair in
# base64, which Yarn sends as a Basic header.
_AUTH_IDENT = lazy(
    r"(?i)\bnpmAuthIdent[\"']?[ \t]*:[ \t]*[\"']?(?P<v>[^\s\"']{1,400})")
_USER_PASSWORD = lazy(r"(?P<u>[^:\s]{1,64}):(?P<p>\S{1,200})")


def _auth_idents(line: Line) -> Iterator[tuple[Assignment, Assignment]]:
    """Each npmAuthIdent's user and password; for a base64 pair, the whole value is the
    password's span and the user has none."""
    for m in _AUTH_IDENT.finditer(line.text):
        value, start = m.group("v"), m.start("v")
        pair = _USER_PASSWORD.fullmatch(value)
        if pair is not None:
            yield (Assignment("username", pair.group("u"), start, start + pair.end("u"), True),
                   Assignment("password", pair.group("p"), start + pair.start("p"),
                              start + pair.end("p"), True))
        elif (plain := decoded_base64(value)) is not None \
                and (pair := _USER_PASSWORD.fullmatch(plain)) is not None:
            yield (Assignment("username", "", start, start, True),
                   Assignment("password", pair.group("p"), start, m.end("v"), True))


def _keys_as_users(line: Line) -> Iterator[Hit]:
    for m in _KEY_AS_USER.finditer(line.text):
        group = "k" if m.group("k") is not None else "u"
        if is_generated_key(m.group(group)):
            yield Hit(m.start(group), m.end(group), m.group(group), "API_KEY", "keyword", 0.9,
                      priority=10)


def _credential_arguments(line: Line) -> Iterator[tuple[Assignment, Assignment]]:
    for m in _CREDENTIAL_CALL.finditer(line.text):
        yield (Assignment("username", m.group("u"), m.start("u"), m.end("u"), True),
               Assignment("password", m.group("p"), m.start("p"), m.end("p"), True))


def _sealed(locator: Locator) -> bool:
    """A Bitnami SealedSecret: its values are encrypted for the cluster, safe to commit.
    Asked once per text (kept with the text, not in a cache that would hold texts)."""
    found = locator.cache.get("sealed")
    if found is None:
        found = locator.cache["sealed"] = "kind: SealedSecret" in locator.text.text
    return bool(found)


# A file of a user interface's words in one language: locales/cy.json, i18n/fr.yml,
# messages_cy.properties, Strings.cy.resx, res/values-cy/strings.xml.
# A file named for its language is named by a language's code, not any short word
# (app.yaml, db.json and web.ts are not languages).
_LANGUAGES = (
    "en|cy|gd|ga|kw|gv|fr|de|es|it|pt|pl|ro|nl|sv|da|no|nb|nn|fi|cs|sk|hu|bg|el|tr|ru|uk|be"
    "|ar|ur|bn|pa|gu|hi|ta|te|ml|mr|zh|ja|ko|vi|th|so|fa|he|lt|lv|et|hr|sr|sl|sq|mk|mt|is|ms"
    "|id|tl|sw|yo|ig|ha|am|ti|ps|ku|ne|si|my|km|cym|eng|gla|gle")
_LOCALE_PATH = lazy(
    r"(?i)(?:^|/)(?:locales?|i18n|l10n|langs?|languages|translations?|values-[a-z]{2,3})/"
    rf"|(?:^|/)(?:{_LANGUAGES})(?:[-_][a-z]{{2,4}})?\.(?:json|ya?ml|properties|js|ts|po)$"
    rf"|_(?:{_LANGUAGES})(?:[-_][a-z]{{2,4}})?\.properties$"
    rf"|\.(?:{_LANGUAGES})(?:-[a-z]{{2,4}})?\.resx$")
# Words and nothing else (no digit, no symbol but a sentence's): text a user reads.
_UI_TEXT = lazy(r"^[^\W\d_](?:[^\W\d_]|[ '\u2019.,:!?-])*$")


def _locale(locator: Locator) -> bool:
    """A translation file: its values are what the user interface says ("Cyfrinair" is
    Welsh for "password"). Asked once per text."""
    found = locator.cache.get("locale")
    if found is None:
        found = locator.cache["locale"] = _LOCALE_PATH.search(locator.text.path) is not None
    return bool(found)


@lru_cache(maxsize=8192)
def _secret_key(key: str) -> bool:
    """The key, or a setter's as it reads without ``set`` (``setPassword``), names a secret."""
    return classify(key) not in (None, "user") \
        or classify(_SETTER.sub("", key)) not in (None, "user")


def _secret_id_key(key: str) -> bool:
    """``secret_id``, ``VAULT_SECRET_ID``: a secret's id, or, beside a role's id, Vault's
    AppRole credential."""
    return words(key).split()[-2:] == ["secret", "id"]


def _secret_or_secret_id_key(key: str) -> bool:
    return _secret_id_key(key) or _secret_key(key)


# The role's id that an AppRole's secret id logs in with, on the line above or below it.
_ROLE_ID = lazy(r"(?i)role[_-]?id\b")


def _beside_a_role_id(line: Line) -> bool:
    locator = line.locator
    return "id" in line.text.lower() and any(
        _ROLE_ID.search(locator.line_text(i)) is not None
        for i in (line.index - 1, line.index + 1) if 0 <= i < locator.line_count)


def _secret_or_credentials_key(key: str) -> bool:
    """A secret's key, or a lone ``credentials``: a token's key in some configs (Prometheus's
    authorization block), whose value then decides."""
    return key.lower() == "credentials" or _secret_key(key)


@lru_cache(maxsize=8192)
def _user_key(key: str) -> bool:
    return classify(key) == "user" or classify(_SETTER.sub("", key)) == "user"


def _user_or_uid_key(key: str) -> bool:
    return _account_id_key(key) or _user_key(key)


def _account_id_key(key: str) -> bool:
    """ODBC's ``UID`` and .NET's ``UserID`` (SqlConnectionStringBuilder): an account, beside
    its password, also as a property set on an object (``builder.UserID``); elsewhere
    any id."""
    name = key.rpartition(".")[2]
    return name.lower().replace("_", "").replace(" ", "") in ("uid", "userid")


_USER_ID_KEY = lazy(r"(?i)\buser[_ ]?id\b")
# A literal password set on an object's property: builder.Password = "<password>";
_PROPERTY_PASSWORD = lazy(r"[ \t]*(?P<o>[\w.]+)\.(?:Password|Pwd)[ \t]*=[ \t]*\"(?P<v>[^\"\n]*)\"")


def _own_password_set(line: Line, key: str) -> bool:
    """An object's account id (``builder.UserID``) names an account when the same object's
    password is set to a real literal on the line above or below (.NET's
    SqlConnectionStringBuilder); a record's ``user.UserID`` beside its hash is its id."""
    owner = key.rpartition(".")[0]
    locator = line.locator
    for i in (line.index - 1, line.index + 1):
        m = _PROPERTY_PASSWORD.match(locator.line_text(i)) \
            if 0 <= i < locator.line_count else None
        if m is not None and m.group("o") == owner and rejection(m.group("v"), "password") \
                is None and strong_enough(m.group("v"), "password", line.syntax):
            return True
    return False


# In prose a secret is said, not assigned: "the db password is X", "API key: X", "use
# password X to log in". The key is the secret word and the word before it.
# A bare "key" only after a word that makes it a secret (classify decides: "the OS key is …"
# is one, "the primary key is …" not). A "p/w" after a colon or a slash is two steps of a
# path (XPath's "w:p/w:pPr"), not the word.
_SECRET_PHRASE = (r"(?:[A-Za-z0-9]+[ _-])?(?:password|passphrase|passcode|pwd|(?<![:/])p/?w"
                  r"|api[ _-]?key"
                  r"|access[ _-]key|secret(?:[ _-]key)?|token|key)")
# (after an inline tag that opens around it, in a message's HTML: "is <code><value></code>")
_SAID_VALUE = r"[`\"']?(?:<(?:b|strong|code|em|i|kbd)>)?(?P<{}>[^\s`\"']{{6,200}})"
# What a secret is for, between its word and its value: "the password for the staging box
# is X", "Password for `svc_x`: X". An account in code quotes there is the secret's user.
# (or where it works, or who gave it: "the root password on the box is X", "the api key
# we were given is X")
_SAID_FOR = (r"(?:\s+for\s+(?:the\s+)?`(?P<fu>[A-Za-z_][\w.@-]{1,63})`"
             r"|\s+(?:for|on|at|(?:that\s+)?(?:we|I|you|they))\s+(?:the\s+)?"
             r"[\w'-]+(?:\s+[\w'-]+){0,2}?)?"
             r"(?:\s*\([^()\n]{1,40}\))?")  # an aside: "(issued 2024-05-01)", "(rotated monthly)"
_SAID = lazy(  # a number after the word counts them: "Unseal Key 1: …", "key #2: …"
    rf"(?i)\b(?P<k>{_SECRET_PHRASE})(?:[ \t]+#?\d{{1,2}}\b)?{_SAID_FOR}"
    # (with a colon after the verb too: "the password is: <value>")
    rf"(?:\s+(?:(?:is|was|will\s+be|should\s+be|set\s+to)(?:\s*:)?|=|-|\u2013|->|=>|\u2192)\s+"
    rf"|\s*[:=]\s*|'s\s+"
    # or changed to it: "the admin password was reset to <value>", "password is now <value>"
    r"|\s+(?:(?:is|was|has\s+been|have\s+been|got)\s+)?(?:changed|reset|updated|rotated)"
    r"\s+to\s+|\s+(?:is\s+)?now\s+(?:set\s+to\s+)?"
    # or said in an aside: "the pw for svc_x (currently <value>)", "(it was <value>)"
    r"|\s*\(\s*(?:currently|now|it\s+(?:is|was)|it's)\s*:?\s+)"
    rf"{_SAID_VALUE.format('v')}"
    rf"|\b(?:use|using|with|try|enter|set)\s+(?:the\s+)?(?P<k2>{_SECRET_PHRASE})\s+(?:to\s+)?"
    + _SAID_VALUE.format("v2")
    # a secret changed to a new value: "reset the password to <value>"
    + rf"|\b(?:changed?|reset|updated?|rotated?)\s+(?:(?:the|their|his|her|my|your)\s+)?"
    # (perhaps whose: "reset the service account password to <value>")
    rf"(?:[A-Za-z]+\s+)?(?P<k4>{_SECRET_PHRASE})"
    # (perhaps for an account: "reset pwd for <account> to <value>")
    r"(?:\s+for\s+(?:the\s+)?[`\"']?[\w.@-]+[`\"']?(?:\s+(?:user|account))?)?"
    r"\s+to\s+" + _SAID_VALUE.format("v4"))
# "pass" for a password only after a log-in's word ("the prod db pass is <value>"): "the
# render pass is …", "the boarding pass is …" say nothing secret. (Read over the lower-cased
# line, only when it says "pass is" or "pass was": a pattern of its own, cheap to compile.)
_SAID_PASS = lazy(
    r"\b(?P<k>(?:db|database|sql|admin|root|vpn|wifi|sftp|ftp|ssh|smtp|ldap|account|acct"
    r"|login|user|portal|prod|staging|uat|service|svc)[ _-]pass)\s+(?:is|was)(?:\s*:)?\s+"
    + _SAID_VALUE.format("v"))
# A password's word and the password straight after it: "…, password <value>."; read only
# on a line with a password's word.
_SAID_BARE = lazy(r"(?i)\b(?P<k3>password|passphrase|passcode|pwd|p/?w)[ \t]+"
                        + _SAID_VALUE.format("v3"))
_SAID_END = ".,;:)]}>"
# A chat's question for a secret, and the answer below it that is the secret alone: "can
# someone share the sendgrid key?" then "[10:03] Sam: <key>".
_ASKED = lazy(rf"(?i)\b(?P<k>{_SECRET_PHRASE})\b[^?\n]{{0,60}}\?")
_ANSWER = lazy(r"\s*(?:\[[^\]\n]{1,30}\]\s*)?(?:[A-Za-z][\w .'-]{0,40}:(?:\s+|(?=[A-Za-z])))?"
                     # (perhaps after a word that says it is: "Sure, it's <value>")
                     r"(?i:(?:sure|yes|yeah|ok)[,!.]?\s+)?(?i:(?:it'?s|it\s+is|here\s+it\s+is:?)\s+)?"
                     r"(?P<v>[^\s`\"'<>]{8,200})\s*$")
# (a transcript's next cue is three lines down: a blank line and its timing between)
_ANSWER_LINES = 4
_UUID_VALUE = lazy(r"(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _answered(line: Line) -> Iterator[Assignment]:
    """The secret a chat's question asks for, when the next message holds it alone."""
    asked = _ASKED.search(line.text)
    if asked is None or any(w in _NOT_A_SECRET for w in words(asked.group()).split()):
        return  # "the token's request id?", "the key's expiry date?"
    yield from _answer_below(line, asked.group("k"))


# A secret's word closing its line, the value alone on the next one: an e-mail's "user
# <account>, password below:", "The password is:" (the same bar as an answer's)
_INTRODUCING_WORDS = frozenset({"pass", "pwd", "p/w", "secret", "token", "key"})
_INTRODUCED = lazy(
    rf"(?i)\b(?P<k>{_SECRET_PHRASE})\b(?:\s+(?:is|below|as\s+follows))?\s*:?[ \t]*$")


def _introduced(line: Line) -> Iterator[Assignment]:
    """The secret on the line below the words that introduce it."""
    said = _INTRODUCED.search(line.text)
    if said is None or any(w in _NOT_A_SECRET for w in words(said.group("k")).split()):
        return
    yield from _answer_below(line, said.group("k"), words_joined=False)


def _answer_below(line: Line, key: str, words_joined: bool = True) -> Iterator[Assignment]:
    """The value alone on the first line below ``line`` that is not blank, as ``key``'s:
    not an id, and (unless ``words_joined``) not words joined by dashes."""
    locator = line.locator
    for delta in range(1, min(_ANSWER_LINES, locator.line_count - line.index)):
        below = locator.line_text(line.index + delta)
        if not below.strip():
            continue
        m = _ANSWER.match(below)
        if m is not None and _UUID_VALUE.fullmatch(m.group("v")) is None \
                and (words_joined or not _words_joined(m.group("v"))):
            yield Assignment(key, m.group("v"), m.start("v"), m.end("v"), False, delta)
        return


_JOINED_WORDS = lazy(r"[A-Za-z]+(?:[-_.][A-Za-z0-9]+)+")


def _words_joined(value: str) -> bool:
    """Words joined by dashes or dots ("See-Confluence-Page-42"): a pointer, not a secret."""
    if _JOINED_WORDS.fullmatch(value) is None:
        return False
    parts = [p for p in re.split(r"[-_.]", value) if p.isalpha()]
    return len(parts) >= 2 and all(p.istitle() or p.lower() in load_english() for p in parts)


# A log-in shared in a chat: "user <name> / pass <password>", "login: <name>, pw: <password>",
# or in a README, quoted: "with user `<name>` and password `<password>`"; or the words alone
# between them, as a chat says it: "username <name> password <password>", "user <name> with
# password <password>", "db user is <name>, pass is <password>" (the password's prose bar,
# checked by the callers, keeps "user guide password section" quiet)
_SAID_PAIR = lazy(
    r"(?i)\b(?:user(?:name)?|login|account|acct|user[ _-]?id)\b(?:\s+is\b)?\s*[:=]?\s*"
    r"(?P<q>[`\"']?)"
    r"(?P<u>[A-Za-z_][\w.@\\-]{1,63})"
    r"(?P=q)(?P<sep>\s*[/,;|]\s*(?:and\s+)?|\s+(?:and\s+|with\s+)?)(?:the\s+)?"
    r"(?P<k>pass(?:word)?|pwd|p/?w)(?:\s+is\s+|\s*[:=]\s*|\s+)[`\"']?(?P<v>[^\s`\"']{6,200})")


def _said(line: Line) -> Iterator[Assignment]:
    """Secrets written in sentences (chat, email, transcripts, notes). A value that opens a
    bracket is an expression or an aside, not a literal: a runbook's ``-Password
    (Get-Secret …)``, "the password (see the vault)"."""
    for m in _SAID.finditer(line.text):
        group = next(g for g in ("v", "v2", "v4") if m.group(g) is not None)
        key = _said_key(m.group("k") or m.group("k2") or m.group("k4"))
        value = _said_value(m.group(group))
        if value and value[0] != "(":
            start = m.start(group)
            yield Assignment(key, value, start, start + len(value), False)
    for m in _SAID_BARE.finditer(line.text) \
            if not line.words.isdisjoint(_SAID_PAIR_WORDS) else ():
        value = _said_value(m.group("v3"))
        if value and value[0] != "(" and "machine " not in line.text[:m.start()].lower():
            # (a .netrc entry's words are the netrc reader's to judge)
            yield Assignment(_said_key(m.group("k3")), value, m.start("v3"),
                             m.start("v3") + len(value), False)
    yield from _said_passes(line.text)
    yield from _said_before(line.text)
    yield from (password for _, password in _said_pairs(line))


# A password said before its word: "<value> is the password for the reporting db",
# "<value> was our admin password". Not a file or a tool named for passwords ("… is the
# password manager", "… is the password field").
_BEFORE_GATES = (" is the ", " was the ", " is our ", " was our ", " is my ", " is your ")
_SAID_BEFORE = lazy(
    r"(?i)(?:^|(?<=[\s(>:]))[`\"']?(?P<v>[^\s`\"']{8,200}?)[`\"'.,]?\s+(?:is|was)\s+"
    r"(?:the|our|my|your)\s+(?:[\w'-]+\s+){0,3}?(?:password|passphrase|passcode|pwd)\b"
    r"(?![ \t]*(?:[-_]|file|manager|policy|field|hash|prompt|reset|page|form|box|column|input"
    r"|variable|setting|store|vault|rules?|expiry|length|history|s\b))")


def _password_shaped(word: str) -> bool:
    """Long enough and not letters alone: a cheap test before a pattern's."""
    return len(word) >= 8 and not word.isalpha()


def _said_before(text: str) -> Iterator[Assignment]:
    """A password said before the words that say what it is."""
    if (" is " not in text and " was " not in text) or not any(
            gate in text and _password_shaped(text[:text.find(gate)].rpartition(" ")[2])
            for gate in _BEFORE_GATES):
        return  # (no password-shaped word before the verb: the pattern is not compiled)
    for m in _SAID_BEFORE.finditer(text):
        yield Assignment("password", m.group("v"), m.start("v"), m.end("v"), False)


def _said_passes(text: str) -> Iterator[Assignment]:
    """"<what> pass is <value>": a password said with "pass" for its word."""
    if "ass is" not in text and "ass was" not in text and "ASS " not in text:
        return
    low = text.lower()
    if len(low) != len(text):
        return  # (a letter whose lower case is longer: offsets would not hold)
    for m in _SAID_PASS.finditer(low):
        value = _said_value(text[m.start("v"):m.end("v")])
        if value and value[0] != "(":
            yield Assignment(m.group("k"), value, m.start("v"), m.start("v") + len(value),
                             False)


def _said_key(key: str) -> str:
    """A said secret's word as a key: a note's "p/w" is "pw"."""
    return key.replace("/", "") if "/" in key else key


def _said_value(raw: str) -> str:
    """A value said in a sentence, without the punctuation after it; a placeholder keeps its
    closing ``>`` (``<user>:<password>``), so it still reads as one."""
    if "</" in raw and (tag := _CLOSING_TAG.search(raw)) is not None:
        raw = raw[:tag.start()]  # a message's HTML (Teams'): "api key: <key></div>"
    elif raw.endswith("<"):
        raw = raw[:-1]  # cut at a closing tag's slash: "<account> / <password></p>"
    value = raw.rstrip(_SAID_END)
    if "<" in value and raw[len(value):].startswith(">"):
        value += ">"
    return value


_CLOSING_TAG = lazy(r"</[A-Za-z][\w:-]*>")


# A chat's export (Slack's, Teams', Discord's) keeps each message as a string under its
# key, or in its table's message column; a saved page, as the text between its tags: its
# words are a sentence, read as prose is.
MESSAGE_SYNTAXES = frozenset({"json", "yaml", "csv", "tsv", "html"})
_MESSAGE_SYNTAXES = MESSAGE_SYNTAXES
_MESSAGE_WORDS = frozenset({"pass", "pwd", " pw ", '"pw ', "pw:", " pw?", "p/w", "secret", "token",
                            "key"})
_MESSAGE_WORDS_NOT_KEY = _MESSAGE_WORDS - {"key"}
# A key said in a message, as _SAID reads one ("the api key is …", "key: …"): a line whose
# only word is "key" (every JSON line of "apiKey": …) is read only with one of these in it.
_KEY_SAID = ("key is ", "key was ", "key: ", "key = ", "key for ", "key (", "key's ", "key?")


def _says_a_key(text: str) -> bool:
    low = text.lower()
    return any(said in low for said in _KEY_SAID)
# (A rare path's pattern is kept as its text: re compiles it when first used, not at start-up.)
# (a ticket's too: Jira's and ServiceNow's exports, description, summary and work_notes)
_MESSAGE_NAMES = (r"(?:text|body|content|message|msg|comment|note|reply|plaintext|description"
                  r"|summary|work_notes)")
_MESSAGE = rf"""(?i)(?<![\w-])["']?{_MESSAGE_NAMES}s?["']?\s*:\s*(?P<q>["'])"""
_MESSAGE_COLUMN = rf"""(?i)(?:^|[,;\t|])\s*["']?{_MESSAGE_NAMES}s?["']?\s*(?:[,;\t|]|$)"""
_CELL = r"""(?:^|(?<=[,;\t|]))[ \t]*(?:"(?P<q>(?:[^"]|"")*)"|(?P<v>[^,;\t|"]*))"""
# A run of text between block tags: inline tags (bold, code) inside a sentence keep it one.
_TEXT_NODE = r">(?P<t>[^<>]*(?:</?(?:b|strong|code|em|i|kbd|span)>[^<>]*)*)<"


def _message_spans(line: Line) -> list[tuple[int, int]]:
    """Where the line's messages are, as a sentence with a space in it."""
    spans: list[tuple[int, int]] = []
    if line.syntax in ("csv", "tsv"):
        if line.index > 0 and re.search(_MESSAGE_COLUMN, line.locator.line_text(0)):
            spans = [m.span("q" if m.group("q") is not None else "v")
                     for m in re.finditer(_CELL, line.text)]
    elif line.syntax == "html":
        spans = [m.span("t") for m in re.finditer(_TEXT_NODE, line.text)]
    else:
        for m in re.finditer(_MESSAGE, line.text):
            found = _read_quoted(line.text, m.end("q") - 1)
            if found is not None:
                spans.append(found[1:])
    # (or lines: a pasted block's escaped breaks, "creds:\nDB_USER=…\nDB_PASS=…")
    return [(a, b) for a, b in spans if " " in line.text[a:b] or "\\n" in line.text[a:b]]


# A JSON or YAML string's escaped line breaks and tabs ("creds:\nuser: x\npassword: y"), read
# as spaces of the same width: each line's first word then starts a word, and offsets hold.
_ESCAPED_BREAK = lazy(r"\\[nrt]")
# A setting written in a message, its name in capitals (a pasted .env: "DB_PASS=<value>")
_MESSAGE_SETTING = lazy(
    r"(?<![\w$.-])(?P<k>[A-Z][A-Z0-9]*_(?:[A-Z0-9]+_)*(?:PASS(?:WORD)?|PWD|SECRET|TOKEN|API_?KEY))"
    r"=(?P<v>[^\s\"'\\`<]{6,200})")


def _message_prose(line: Line) -> Line:
    """A message's line read as plain text, its escaped breaks as spaces."""
    prose = line.as_prose()
    if "\\" in line.text and line.syntax in ("json", "yaml"):
        return replace(prose, text=_ESCAPED_BREAK.sub("  ", line.text))
    return prose


def _said_in_messages(line: Line) -> Iterator[Assignment]:
    """What a chat message says: "the sftp password is <value> fyi"; and the answer to a
    message that asks for a secret, when the next message holds it alone."""
    spans = _message_spans(line)
    if not spans:
        return
    prose = _message_prose(line)
    for a in _said(prose):
        if any(start <= a.start and a.end <= end for start, end in spans):
            yield replace(a, in_comment=True)
    for m in _MESSAGE_SETTING.finditer(prose.text) if "=" in prose.text else ():
        if any(start <= m.start() and m.end() <= end for start, end in spans):
            yield Assignment(m.group("k"), m.group("v"), m.start("v"), m.end("v"), True)
    if "?" in line.text and line.syntax in ("json", "yaml"):
        for start, end in spans:
            yield from _answered_message(line, line.text[start:end])


# The next message that answers a question for a secret: its text alone, or after "it's".
_WRAPPING_TAGS = lazy(r"(?:<(?:p|div|span)\b[^<>]*>)*(?P<t>[^<>]*)(?:</(?:p|div|span)>)*")
_MESSAGE_ANSWER = lazy(r"(?:(?:it'?s|it\s+is|here(?:\s+it\s+is)?:?|sure[,:]?)\s+)?"
                       r"(?P<v>[^\s`\"'<>]{8,200}?)[.!]?$", re.I)
_ANSWER_MESSAGES = 12  # how many lines below a question its answer's message may start


def _answered_message(line: Line, question: str) -> Iterator[Assignment]:
    """A chat export's question for a secret ("can someone share the grafana password?")
    and the next message's text, when that text is the secret alone ("it's <value>")."""
    asked = _ASKED.search(question)
    if asked is None or any(w in _NOT_A_SECRET for w in words(asked.group()).split()):
        return
    locator = line.locator
    for delta in range(1, min(_ANSWER_MESSAGES, locator.line_count - line.index)):
        below = locator.line_text(line.index + delta)
        message = _MESSAGE_AT.search(below)
        if message is None:
            continue
        found = _read_quoted(below, message.end() - 1)
        if found is not None and found[0] == question:
            continue  # the question again, in its message's blocks (Slack's rich text)
        # (a Teams message's HTML wraps its text: <p><value></p>)
        wrapped = _WRAPPING_TAGS.fullmatch(found[0]) if found is not None else None
        if found is not None and wrapped is not None \
                and (m := _MESSAGE_ANSWER.match(found[0], wrapped.start("t"), wrapped.end("t"))) \
                is not None and _UUID_VALUE.fullmatch(m.group("v")) is None:
            start = found[1] + m.start("v")
            yield Assignment(asked.group("k"), m.group("v"), start, start + len(m.group("v")),
                             False, delta, in_comment=True)
        return


_MESSAGE_AT = lazy(_MESSAGE)


# A log-in tried in an incident's or a chat's notes, the password with no word of its own:
# "tried user <account> with <password>", "tried the <account> account with <password>",
# "tried logging in as <account> with <password>". Only a value with a password's mix of
# characters counts: "tried user bob with sudo" says nothing secret. (One trigger word:
# each word the prefilter looks for costs every text's first read.)
TRIED_TRIGGERS = frozenset({"tried ", "logged in", "signed in as", "logged on"})
_TRIED_WITH = lazy(
    r"(?i)\b(?:(?:tried|trying)\s+(?:the\s+)?(?P<w>user(?:name)?\s+|account\s+|login\s+)?"
    r"|(?:(?:tried|trying)\s+(?:to\s+)?)?(?:logg(?:ed|ing)|log|sign(?:ed|ing)?)[ -]?in"
    r"(?:to\s+[\w.-]{1,40})?\s+as\s+(?P<a>))"
    r"[`\"']?(?P<u>[A-Za-z_][\w.@\\-]{1,63})[`\"']?(?P<w2>\s+(?:user|account|login))?"
    r"\s+with\s+[`\"']?(?P<v>[^\s`\"']{8,200})")

# Or a log-in done with both, joined by "and" or a slash: "logged on with <account> and
# <password>", "logged in using <account> / <password>"
_LOGGED_WITH = lazy(
    r"(?i)\b(?:logg(?:ed|ing)|log|sign(?:ed|ing)?)[ -]?(?:in|on)(?:\s*to\s+[\w.-]{1,40})?"
    r"\s+(?:with|using)\s+(?:the\s+)?(?:user(?:name)?\s+|account\s+)?"
    r"[`\"']?(?P<u>[A-Za-z_][\w.@\\-]{1,63})[`\"']?\s+(?:and|/)\s+"
    r"(?:(?:the\s+)?(?:password|passwd|pwd|pw)\s+)?[`\"']?(?P<v>[^\s`\"']{8,200})")


def _log_in_matches(text: str) -> Iterator[re.Match[str]]:
    """Each log-in tried or done with an account and a password on the line."""
    for m in _TRIED_WITH.finditer(text):
        if m.group("a") is None and m.group("w") is None and m.group("w2") is None:
            continue  # "tried deploying with …": a word, not an account
        yield m
    if "logged" in text.lower():
        for m in _LOGGED_WITH.finditer(text):
            account = m.group("u")
            if account.isalpha() and (account[0].isupper() or (
                    account.lower() in load_english()
                    and username_rejection(account) != "default account")):
                continue  # "logged in with GitHub and …": a way to log in, not an account
            yield m


def _tried_log_ins(line: Line) -> Iterator[tuple[Assignment, Assignment]]:
    """(user, password) of each log-in tried in a note's sentence or a chat's message, with
    a real password."""
    spans: list[tuple[int, int]] | None = None
    if line.syntax in _MESSAGE_SYNTAXES:
        spans = _message_spans(line)
        if not spans:
            return
        line = _message_prose(line)
    elif line.syntax not in PROSE:
        return
    for m in _log_in_matches(line.text):
        if spans is not None and not any(a <= m.start() and m.end() <= b for a, b in spans):
            continue
        value = _said_value(m.group("v"))
        if rejection(value, "password") is None and strong_enough(value, "password", "text"):
            yield (Assignment("username", m.group("u"), m.start("u"), m.end("u"), False),
                   Assignment("password", value, m.start("v"), m.start("v") + len(value),
                              False))


def find_tried(line: Line) -> Iterator[Hit]:
    for _, password in _tried_log_ins(line):
        yield _hit(password, "PASSWORD", 0.75)


def find_tried_users(line: Line) -> Iterator[Hit]:
    for user, _ in _tried_log_ins(line):
        span = account_span(user.value)
        if span == (0, len(user.value)) or username_rejection(user.value) == CHOSEN_ACCOUNT:
            yield _hit(user, "USERNAME", 0.75, personal=True)


# A password said to be for an account: "the password for `<user>` is …"
SAID_USER_TRIGGERS = frozenset({"password for"})


def find_said_users(line: Line) -> Iterator[Hit]:
    """The account a password is said to be for, in prose: "the password for `<user>` is
    <password>". A line with no user word on it, so a plugin of its own."""
    if line.syntax not in PROSE or "`" not in line.text:
        return
    for m in _SAID.finditer(line.text):
        if m.group("fu") is None:
            continue
        value = m.group("v").rstrip(_SAID_END)
        if classify(m.group("k")) == "password" and not rejection(value, "password") \
                and strong_enough(value, "password", line.syntax) \
                and username_rejection(m.group("fu")) is None:
            yield _hit(Assignment("username", m.group("fu"), m.start("fu"), m.end("fu"), False),
                       "USERNAME", 0.75, personal=True)


# Credentials given as "<account> / <password>" after a word that says so: "creds:
# svc_x / <password>", "same credentials as before — svc_x / <password>". Both must be
# real: "credentials in Key Vault / GitHub secrets" names neither.
# What may wrap each half of a said pair: a quote, Markdown's bold or code, or an HTML
# page's inline tag (a saved chat's "<b><account></b> / <code><password></code>").
_PAIR_MARK = r"(?:\*\*?|[`\"']|</?(?:b|strong|code|em|i|kbd)>)?"
_SAID_CREDENTIALS = lazy(
    r"(?i)\b(?:creds|credentials?|log-?(?:in|on)(?:\s+is\b|:)"
    r"|log-?(?:in|on)(?=[ \t]+(?:(?:with|as|using)[ \t]+)?[A-Za-z_][\w.@\\-]{1,63}[ \t]*/))"
    r"[^/\n]{0,40}?(?<![\w.@\\-])"
    # (or joined by a colon: "Admin creds: admin:<password>")
    rf"(?P<u>[A-Za-z_][\w.@\\-]{{1,63}}){_PAIR_MARK}(?:\s*/\s*|:|\s+&\s+)(?P<m>{_PAIR_MARK})"
    r"(?P<v>[^\s`\"'/]{6,200})")
# Or with a space between them, closing the line: "Creds for the SFTP drop: <account>
# <password>" (only a colon's label, and an account that is no English word).
_SPACED_CREDENTIALS = lazy(
    r"(?i)\b(?:creds|credentials?)\b[^:\n]{0,40}:[ \t]*"
    rf"{_PAIR_MARK}(?P<u>[A-Za-z_][\w.@\\-]{{1,63}}){_PAIR_MARK}[ \t]+(?P<m>{_PAIR_MARK})"
    # (the line's end, or a message's: its closing tag or quote)
    rf"(?P<v>[^\s`\"'/<]{{8,200}}){_PAIR_MARK}[ \t]*(?:$|(?=</|[\"']))")
_CREDENTIAL_WORDS = frozenset({"credential", "creds", *_LOGIN_IS, *_LOGIN_SAID})
_SAID_ACCOUNTS = (None, "default account", CHOSEN_ACCOUNT)


_SAID_PAIR_WORDS = frozenset({"pass", "pwd", " pw ", "pw:", "p/w"})


# A service's own log-in in notes, with no word for a secret: "Jenkins: admin / <password>",
# "- Grafana (prod) - root / <password>". Only a product's administrator (a trigger of its
# own, with the spaced slash: "admin/" is in every admin page's path), after a label that
# opens the line or a message, and a value with a password's mix of characters.
SERVICE_PAIR_TRIGGERS = frozenset({"admin / ", "root / ", "administrator / ", "admin` / ",
                                   "root` / ", LABEL_PAIR})
_SERVICE_LABEL = (r"[ \t]*(?:[-*+>][ \t]+)?(?:\*\*)?[A-Za-z][\w .()-]{0,30}?(?:\*\*)?"
                  r"(?:[ \t]*:|[ \t]+[-\u2013])(?:\*\*)?[ \t]+")
_SERVICE_PAIR = lazy(
    rf"{_SERVICE_LABEL}{_PAIR_MARK}(?:admin|administrator|root){_PAIR_MARK}[ \t]+/[ \t]+"
    rf"{_PAIR_MARK}(?P<v>[^\s`\"'/<]{{8,200}})")
# Any other account: a role's (deploy, ci-bot) or a person's ("Jenkins: deploy / <password>")
_ACCOUNT_PAIR = lazy(
    rf"{_SERVICE_LABEL}{_PAIR_MARK}(?P<u>[A-Za-z_][\w.@-]{{1,40}}){_PAIR_MARK}[ \t]+/[ \t]+"
    rf"{_PAIR_MARK}(?P<v>[^\s`\"'/<]{{8,200}})")


def _service_pairs(line: Line) -> Iterator[re.Match[str]]:
    """Each service's log-in said as "<account> / <password>" after a label in notes or a
    message, with a real password: "Jenkins: admin / <password>"."""
    if line.syntax in _MESSAGE_SYNTAXES:
        starts = [a for a, _ in _message_spans(line)]
    elif line.syntax in PROSE:
        starts = [0]
    else:
        return
    if LABEL_PAIR in line.words:
        after = line.text.partition(" / ")[2].lstrip(" `*'\"").partition(" ")[0]
        if not _password_shaped(after) or char_classes(after) < 3:
            return  # (a cheap test first: most spaced slashes join words)
        pair = _ACCOUNT_PAIR
    else:
        pair = _SERVICE_PAIR
    for start in starts:
        m = pair.match(line.text, start)
        if m is None or not _an_account(m):
            continue
        value = _said_value(m.group("v")).rstrip("*")
        if rejection(value, "password") is None and char_classes(value) >= 3 \
                and strong_enough(value, "password", "text"):
            yield m


def find_service_pairs(line: Line) -> Iterator[Hit]:
    """The password of a service's log-in said beside its account."""
    for m in _service_pairs(line):
        value = _said_value(m.group("v")).rstrip("*")
        yield _hit(Assignment("password", value, m.start("v"), m.start("v") + len(value),
                              False), "PASSWORD", 0.75)


def find_service_pair_users(line: Line) -> Iterator[Hit]:
    """The account of a service's log-in beside its real password, when it is one an
    attacker can aim at (a person's, a role's a team chose; not a product's own)."""
    for m in _service_pairs(line) if LABEL_PAIR in line.words else ():
        if m.group("u")[0].isupper() and m.group("u").isalpha():
            continue  # "Wifi: DefraGuest / …": a network's or a product's name
        why = username_rejection(m.group("u"))
        if why is None or why == CHOSEN_ACCOUNT:
            yield _hit(Assignment("username", m.group("u"), m.start("u"), m.end("u"), False),
                       "USERNAME", 0.75, personal=True)


def _an_account(m: re.Match[str]) -> bool:
    """The pair's first half names an account: a product's, a role's or one a team chose,
    not an English word ("Status: blocked / …", "Roles: admin / read-only")."""
    if "u" not in m.re.groupindex:
        return True
    account = m.group("u")
    why = username_rejection(account)
    if why in ("default account", CHOSEN_ACCOUNT, "a role"):
        return True
    return why is None and not (account.isalpha() and account.lower() in load_english())


_PAIR_WORDS = _SAID_PAIR_WORDS | _CREDENTIAL_WORDS | _SHORT_LABELS
_SHORT_PAIR = lazy(
    r"(?i)(?<![\w/.-])(?:u[ \t]*:[ \t]*(?P<u>[A-Za-z_][\w.@\\-]{1,63})[ \t]*[/,;|]?[ \t]*p"
    r"|u/p[ \t]*:[ \t]*(?P<u2>[A-Za-z_][\w.@\\-]{1,63})[ \t]*)"
    r"[ \t]*[:/][ \t]*(?P<v>[^\s`\"']{6,200})"
    # (or with "=": "u=<account> p=<password>")
    r"|(?<![\w/.-])u=(?P<u3>[A-Za-z_][\w.@\\-]{1,63})[ \t]*[/,;|]?[ \t]*p=(?P<v3>[^\s`\"']{6,200})")


def _words_alone(m: re.Match[str]) -> bool:
    """The pair's parts are joined by words alone ("user <account> password …", "… with
    password …"), not by a mark or an "and"."""
    sep = m.group("sep").split()
    return not sep or sep[0].lower() == "with"


def _said_users_in_messages(line: Line) -> Iterator[Assignment]:
    """The account of a log-in said in a chat export's or a ticket's message, beside a real
    password: "prod creds: user <account>, password <password>"."""
    spans = _message_spans(line)
    if not spans:
        return
    prose = _message_prose(line)
    for user, password in _said_pairs(prose):
        if any(start <= user.start and password.end <= end for start, end in spans) \
                and rejection(password.value, "password") is None \
                and strong_enough(password.value, "password", "text"):
            yield replace(user, in_comment=True)


def _said_pairs(line: Line) -> Iterator[tuple[Assignment, Assignment]]:
    """(user, password) of each log-in written as a pair in a sentence."""
    words = line.words
    short = not words.isdisjoint(_SHORT_LABELS) and (
        "u=" in line.text or not words.isdisjoint(_SHORT_LABELS - {ONE_LETTER_PAIR}))
    for m in _SHORT_PAIR.finditer(line.text) if short else ():
        u = next(g for g in ("u", "u2", "u3") if m.group(g))
        v = "v3" if u == "u3" else "v"
        value = _said_value(m.group(v))
        yield (Assignment("username", m.group(u), m.start(u), m.end(u), False),
               Assignment("password", value, m.start(v), m.start(v) + len(value), False))
    for m in _SAID_PAIR.finditer(line.text) if not words.isdisjoint(_SAID_PAIR_WORDS) else ():
        if "machine " in line.text[:m.start()].lower():
            continue  # a .netrc entry's words are the netrc reader's to judge
        if _words_alone(m) and m.group("u").isalpha() and m.group("u").lower() in load_english():
            continue  # "user story password …", "user flow password: …": a sentence's noun
        value = _said_value(m.group("v"))  # (in a message's HTML, up to its closing tag)
        yield (Assignment("username", m.group("u"), m.start("u"), m.end("u"), False),
               Assignment("password", value, m.start("v"), m.start("v") + len(value), False))
    for m in _SAID_CREDENTIALS.finditer(line.text) if not words.isdisjoint(_CREDENTIAL_WORDS) \
            else ():
        value = _said_value(m.group("v"))
        if m.group("m").startswith("*"):
            value = value.rstrip("*")  # "**<password>**": bold's closing mark
        if username_rejection(m.group("u")) in _SAID_ACCOUNTS:
            # (a product's own account, "admin / <password>", still gives its password)
            yield (Assignment("username", m.group("u"), m.start("u"), m.end("u"), False),
                   Assignment("password", value, m.start("v"), m.start("v") + len(value),
                              False))
    for m in _SPACED_CREDENTIALS.finditer(line.text) \
            if "creds" in words or "credential" in words else ():
        value = _said_value(m.group("v"))
        if m.group("m").startswith("*"):
            value = value.rstrip("*")
        account = m.group("u")
        if username_rejection(account) in _SAID_ACCOUNTS \
                and not (account.isalpha() and account.lower() in load_english()):
            yield (Assignment("username", account, m.start("u"), m.end("u"), False),
                   Assignment("password", value, m.start("v"), m.start("v") + len(value),
                              False))


# A test run's result line, as DejaGnu, automake and many harnesses log it
# ("PASS: gdb.base/break.exp: run to main", "PASS: tests/t0001-init.sh"): the test's path
# or dotted name, not a password.
_TEST_RESULT = lazy(r"[ \t]*PASS[ \t]*:[ \t]+[\w+-]*[/.:][\w./:+-]*(?:[ \t:]|$)")
_PASS_LINE = lazy(r"[ \t]*PASS[ \t]*:[ \t]")
# A test run's log, known by its other results: every line of a pass in it is a result.
_OTHER_RESULT = lazy(r"(?m)^[ \t]*(?:FAIL|XFAIL|XPASS|SKIP|UNSUPPORTED|UNRESOLVED"
                           r"|UNTESTED)[ \t]*:[ \t]|^# of expected passes")


def _test_log(locator: Locator) -> bool:
    found = locator.cache.get("test-log")
    if found is None:
        found = locator.cache["test-log"] = _OTHER_RESULT.search(locator.text.text) is not None
    return bool(found)


# Maven's settings-security.xml: <master>{…}</master>, the master password that decrypts
# settings.xml's {…} passwords. It is encrypted with a fixed, published key, so whoever
# reads it has it: a secret though encrypted (where settings.xml's, under a master kept
# elsewhere, are not).
_MAVEN_MASTER = lazy(r"<master>\s*(?P<v>[^<\s][^<]{0,1023}?)\s*</master>")
_MAVEN_SECURITY = lazy(r"(?:^|/)settings-security\.xml(?:\.\w+)?$")
_ENCRYPTED_MASTER = lazy(r"\{[A-Za-z0-9+/]{8,}={0,2}\}")


def _maven_master(line: Line) -> Iterator[Hit]:
    if _MAVEN_SECURITY.search(line.path) is None:
        return
    for m in _MAVEN_MASTER.finditer(line.text):
        value = m.group("v")
        if _ENCRYPTED_MASTER.fullmatch(value) or (
                rejection(value, "password") is None
                and strong_enough(value, "password", line.syntax)):
            yield _hit(Assignment("master", value, m.start("v"), m.end("v"), False), "PASSWORD",
                       0.9)


_GOSSIP_VALUE = (
    r'(?i)\bencrypt"?[ \t]*[:=][ \t]*"(?P<v>[A-Za-z0-9+/]{22}==|[A-Za-z0-9+/]{32}'
    r'|[A-Za-z0-9+/]{43}=)"')


def _gossip_keys(line: Line) -> Iterator[Hit]:
    """Consul's (Nomad's) ``encrypt = "<base64>"``: the key that lets a node join the cluster
    and read its gossip. Random bytes, not text (a sentence in base64 is no key)."""
    for m in re.finditer(_GOSSIP_VALUE, line.text):
        value = m.group("v")
        if decoded_base64(value) is None and rejection(value, "key") is None \
                and looks_random(value, min_length=16):
            yield _hit(Assignment("encrypt", value, m.start("v"), m.end("v"), True),
                       "GENERIC_SECRET", 0.85)


# A block of tokens, each under the name of what it is for: Consul's and Nomad's ACL tokens
# (tokens { agent = "<uuid>" }, "tokens": { "agent": "<uuid>" }).
_BLOCK_SYNTAXES = frozenset({"terraform", "json", "yaml", "text"})
_TOKENS_HEAD = r"""^(?P<i>\s*)["']?tokens["']?\s*[:=]?\s*\{?\s*$"""
_TOKEN_ENTRY = (r"""^\s*["']?[\w-]{1,40}["']?\s*[:=]\s*(?P<q>["'])(?P<v>[^"'\s]{20,200})"""
                r"""(?P=q),?\s*$""")
_TOKEN_LINES = 12


def _token_block(line: Line) -> Iterator[Hit]:
    """Each token in the block a ``tokens`` line opens: a UUID (Consul's tokens are) or a
    value a generator made; not a name (``default = "anonymous"``) nor the nil UUID."""
    head = re.match(_TOKENS_HEAD, line.text)
    if head is None:
        return
    for delta, below in line.block(len(head.group("i")), _TOKEN_LINES):
        m = re.match(_TOKEN_ENTRY, below)
        if m is None:
            continue
        value = m.group("v")
        why = rejection(value, "token")
        if (why == "uuid" and value.lower() != "00000000-0000-0000-0000-000000000000") \
                or (why is None and _generated(value)):
            yield _hit(Assignment("token", value, m.start("v"), m.end("v"), True,
                                  line_delta=delta), "GENERIC_SECRET", 0.85)


# Composer's auth.json (or its COMPOSER_AUTH): a token kept under the host it is for, in an
# object named for the kind of token: "github-oauth": {"github.com": "<token>"}. The key is
# a host's name, so only the object above says what its value is.
_HOST_TOKENS = ('"github-oauth"', '"gitlab-oauth"', '"gitlab-token"', '"bearer"')
_HOST_TOKENS_HEAD = r'"(?:github-oauth|gitlab-oauth|gitlab-token|bearer)"\s*:\s*\{(?P<rest>.*)$'
_HOST_TOKEN = r'"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d+)?"\s*:\s*"(?P<v>[^"\\\s]{20,200})"'


def _host_tokens(line: Line) -> Iterator[Hit]:
    """Each token in the object a ``"github-oauth": {`` line opens (on its line, or on the
    lines below it to the object's end): a value a generator made, not a placeholder."""
    head = re.search(_HOST_TOKENS_HEAD, line.text)
    if head is None:
        return
    locator = line.locator
    delta, text, start = 0, head.group("rest"), head.start("rest")
    while True:
        for m in re.finditer(_HOST_TOKEN, text):
            value = m.group("v")
            if rejection(value, "token") is None and _generated(value):
                yield _hit(Assignment("token", value, start + m.start("v"), start + m.end("v"),
                                      True, line_delta=delta), "GENERIC_SECRET", 0.9)
        delta += 1
        if "}" in text or delta >= _TOKEN_LINES or line.index + delta >= locator.line_count:
            return
        text, start = locator.line_text(line.index + delta), 0


# A file that holds one secret and nothing else, named for it: Docker's and Compose's
# secrets (secrets/db_password.txt, /run/secrets/jwt_secret). Its name is the value's key.
_SECRET_FILE_SUFFIXES = frozenset({"txt", "secret"})


@lru_cache(maxsize=1024)
def secret_file_key(path: str) -> str | None:
    """The key a text file's name makes of it, when that key names a secret."""
    name = path.rpartition("/")[2]
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem = name
    elif suffix.lower() not in _SECRET_FILE_SUFFIXES:
        return None
    return stem if stem and classify(stem) not in (None, "user") else None


def is_one_secret_file(locator: Locator) -> bool:
    """A text file named for a secret, whose one line is its value."""
    text = locator.text
    return text.syntax == "text" and secret_file_key(text.path) is not None \
        and (locator.line_count == 1
             or (locator.line_count == 2 and not locator.line_text(1).strip()))


def _file_secret(line: Line) -> Iterator[Hit]:
    key = secret_file_key(line.path) or ""
    value = line.text.strip()
    cls = classify(key)
    if cls is None or cls == "user" or rejection(value, key) is not None \
            or not strong_enough(value, cls, "env") or fails_validation(value):
        return
    start = line.text.index(value)
    yield _hit(Assignment(key, value, start, start + len(value), False), _type(cls, key), 0.85)


# A short name in capitals that ends in an API's word, set as an environment's variable
# (after a "." or a ":" as code and PowerShell name one: process.env.CH_API, $env:CH_API;
# before a "," as a setter's call takes it: Setenv("CH_API", "…"); set only when unset:
# ENV["CH_API"] ||= "…")
_API_NAME_SET = (
    r"(?:^|(?<=[\s(,{\[.:]))[\"']?(?P<k>[A-Z][A-Z0-9]{0,15}(?:_[A-Z0-9]{1,16}){0,2}_API)"
    r"[\"']?\]?[ \t]*(?P<op>[:=,]|\|\|=|\?\?=)[ \t]*"
    r"(?P<q>[\"']?)(?P<v>[A-Za-z0-9_.~+/=-]{20,256})(?P=q)(?![^\s,)}\]#;])")
# In a script: a line that sets it (NAME=…, export NAME=…, ENV NAME=…, PowerShell's
# $env:NAME = … and its call); an exported name, or a Dockerfile's, in lower case too
_SHELL_SET = lazy(
    r"\s*(?:(?:export|ENV|ARG|set)\s+)?[A-Z][A-Z0-9_]*_API\s*="
    r"|\s*(?:export|ENV|ARG)\s+[a-z][a-z0-9_]*_api\s*="
    r"|\s*\$(?i:env):\w*_(?i:api)\s*=|.*\bSetEnvironmentVariable\s*\(")
# In code: the environment's map or object set by its index or attribute
# (os.environ["…"] = , process.env.… = , ENV["…"] = , os.environ.update({…}))
_ENV_TARGET = lazy(r"\benviron\s*\[|\benviron\.update\s*\(|\bprocess\.env\b|\bENV\s*\[")


def _sets_an_environment(line: Line) -> bool:
    syntax = line.syntax
    if syntax == "env" or (line.syntax == "json" and line.path.endswith(_ENV_JSON)):
        return True
    if syntax in _COMMAND_SYNTAXES:
        return _SHELL_SET.match(line.text) is not None
    if syntax == "python" and line.text.lstrip().startswith("%env ") and _notebook_magic(line):
        return True  # a notebook's cell sets it: %env CH_API=<key>
    if syntax in ("yaml", "json", "terraform"):
        return _under_an_environment(line)
    return syntax in CODE and (_ENV_SETTER.search(line.text) is not None
                               or _ENV_TARGET.search(line.text) is not None)


def _api_names(line: Line) -> Iterator[Hit]:
    """``CH_API=<key>``: the API's key, when a generator made the value (a UUID or a long
    random run) and the name is an environment's variable (a .env, R's .Renviron, a script's
    export, compose's environment, ``Sys.setenv``); its address, a flag or a placeholder is
    no secret."""
    # a .env's, an .Renviron's or an environment block's names may be in lower case
    # (ch_api=…); a script's lower-case name is the shell's own, not the environment's,
    # unless exported or a Dockerfile's ENV or ARG (PowerShell's names have no case)
    syntax = line.syntax
    shell_own = syntax in _COMMAND_SYNTAXES and syntax != "powershell" \
        and not line.text.lstrip().startswith(("export", "ENV", "ARG"))
    pattern = _API_NAME_SET if shell_own else "(?i)" + _API_NAME_SET
    for m in _compiled(pattern).finditer(line.text):
        value = m.group("v")
        if (m.group("op") == "," and (syntax not in CODE or _ENV_SETTER.search(
                line.text) is None)) \
                or classify(m.group("k")) is not None or not _api_key_value(value) \
                or not _sets_an_environment(line):
            continue  # (a name the other rules read already is judged there)
        yield _hit(Assignment(m.group("k"), value, m.start("v"), m.end("v"), bool(m.group("q"))),
                   "API_KEY", 0.85)
    if syntax in CODE:
        # a lookup's literal default, the key it falls back to: getenv("CH_API", "<key>"),
        # process.env.CH_API || "<key>", os.environ.get("CH_API") or "<key>"
        for m in _API_LOOKUP_DEFAULT.finditer(line.text):
            name = m.group("k") or m.group("n")
            if classify(name) is None and _api_key_value(m.group("v")):
                yield _hit(Assignment(name, m.group("v"), m.start("v"), m.end("v"),
                                      True), "API_KEY", 0.85)
    if syntax not in ("yaml", "json"):
        return
    if syntax == "yaml" and line.text.rstrip().endswith(("_API:", "_api:")) \
            and (expanded := _EXPANDED_NAME.match(line.text)) is not None \
            and classify(expanded.group("k")) is None and _under_an_environment(line):
        # GitLab's expanded variable: CH_API: over its value: (and its description:)
        for a in _value_below(line, expanded):
            if a.line_delta > 0 and _api_key_value(a.value):
                yield _hit(a, "API_KEY", 0.85)
    # an environment's or a pipeline's entry: {"name": "CH_API", "value": …} on one line,
    # or - name: CH_API with its value on a line below
    for m in _SAME_LINE_PAIR.finditer(line.text):
        if _API_NAME_ALONE.fullmatch(m.group("k")) is not None \
                and classify(m.group("k")) is None \
                and (found := _value_at(line, m.end(), space_op=False)) is not None \
                and _api_key_value(found[0]):
            yield _hit(Assignment(m.group("k"), *found), "API_KEY", 0.85)
    if line.text.rstrip(" \t\r\"',").endswith(("_API", "_api")) \
            and (named := _named(line.text)) is not None \
            and _API_NAME_ALONE.fullmatch(named.group("k")) is not None \
            and classify(named.group("k")) is None:
        for a in _value_below(line, named):
            if _api_key_value(a.value):
                yield _hit(a, "API_KEY", 0.85)


_API_NAME = (r"[A-Z][A-Z0-9]{0,15}(?:_[A-Z0-9]{1,16}){0,2}_API"
             r"|[a-z][a-z0-9]{0,15}(?:_[a-z0-9]{1,16}){0,2}_api")
_API_NAME_ALONE = lazy(_API_NAME)
# A mapping named for an API, alone on its line, over its value: key
_EXPANDED_NAME = lazy(r"^\s*[\"']?(?P<k>" + _API_NAME + r")[\"']?\s*:\s*$")


# An environment lookup by an _API name with a literal default: the call's second argument
# (getenv, os.environ.get, ENV.fetch, Laravel's env, config), or what follows ||, ?? or
# "or" after the variable read by its attribute, its index or a call
_API_LOOKUP_DEFAULT = lazy(
    r"(?:\b(?:getenv|Getenv|environ\.get|ENV\.fetch|env|config|GetEnvironmentVariable)"
    r"\(\s*[\"'](?P<k>" + _API_NAME + r")[\"']\s*,"
    r"|(?:\b(?:process\.env|ENV|environ)\s*\[\s*[\"']|\bprocess\.env\."
    r"|\b(?:getenv|Getenv|environ\.get|GetEnvironmentVariable)\(\s*[\"'])"
    r"(?P<n>" + _API_NAME + r")[\"']?\s*[\])]?\s*(?:\|\||\?\?|\bor\b))"
    r"\s*(?P<q>[\"'])(?P<v>[A-Za-z0-9_.~+/=-]{20,256})(?P=q)")


def _api_key_value(value: str) -> bool:
    """A value a generator made (a UUID or a long random run): an API's key, not its
    address, a flag or a placeholder."""
    return len(value) >= 20 and (_generated(value) or _UUID_VALUE.fullmatch(value) is not None) \
        and rejection(value, "api_key") in (None, "uuid") and not fails_validation(value)


def find(line: Line) -> Iterator[Hit]:
    """Secrets assigned to secret-sounding keys."""
    if line.syntax == "binary" or (line.syntax == "yaml" and _sealed(line.locator)):
        return  # a binary file's strings have no keys: only prefixed formats count there
    if line.index == 0 and is_one_secret_file(line.locator):
        yield from _file_secret(line)
    words = line.words
    if not words.isdisjoint(_ACCOUNT_WORDS):
        words = words - _ACCOUNT_WORDS  # a user name's word: "key" alone is still alone
    if words.isdisjoint(_NOT_LOGIN_SAID) and line.syntax not in PROSE \
            and line.syntax not in _MESSAGE_SYNTAXES:
        return
    if "cookie-name" in words and line.syntax == "json":
        yield from _stored_cookies(line)
    if not words.isdisjoint(_GOSSIP_WORDS):
        yield from _gossip_keys(line)
    if "\t" in line.text and line.syntax == "text" and is_cookie_jar(line.locator):
        yield from _jar_cookies(line)
    for m in (*_jaas_users(line), *_listed_users(line)):
        yield Hit(m.start("p"), m.end("p"), m.group("p"), "PASSWORD", "keyword", 0.9,
                  priority=10)
    if "token" in words and "tokens" in line.text and line.syntax in _BLOCK_SYNTAXES:
        yield from _token_block(line)
    if "<master>" in words:
        yield from _maven_master(line)
    if not words.isdisjoint(_API_NAMES):
        yield from _api_names(line)
        if words <= _API_NAMES:
            return
    if line.syntax == "json" and any(head in line.text for head in _HOST_TOKENS):
        yield from _host_tokens(line)
    if not words.isdisjoint(_TF_WORDS) and '"type"' in line.text and line.syntax == "json":
        yield from _state_results(line)
    keep: Callable[[str], bool] = _secret_key
    parent = None
    environment = False
    postman = list(_postman_api_keys(line)) if line.syntax == "json" and "key" in words \
        and _POSTMAN_VALUE_NAME.search(line.text) is not None else []
    # a setting's or a secret's name with its value below (- name: ch-key / value: …): a
    # name of the environment's or a store's, in any case
    named_entry = "key" in words and line.syntax in _NAMED_ENTRY_SYNTAXES \
        and (entry := _named(line.text)) is not None and "key" in entry.group("k").lower()
    if words == _KEY_ONLY and not _makes_a_key_secret(line.text.lower()):
        parent = _secret_parent(line)
        if parent is not None:
            keep = _bare_or_secret_key
        elif line.syntax in PROSE or postman:
            keep = _no_key  # only a sentence's key can be one: "the partner's key is <key>"
        elif "_KEY" not in line.text and not named_entry and not _env_file(line) \
                and not (environment := _in_an_environment(line)):
            # a .env's OS_PLACES_KEY=<key> is judged by its value, as is such a name set
            # wherever the environment is (compose, a workflow's env:, export, ENV), and a
            # Terraform variable's or local's, or an environment's entry, in lower case
            return  # "for key in d", "def get(self, key)": no key here can name a secret
    elif "key" in words and "ndpoint" in line.text \
            and (parent := _secret_parent(line)) is not None:
        keep = _bare_or_secret_key  # an endpoint's key, on a line with other trigger words
    if not words.isdisjoint(_HEADER_WORDS):
        yield from _auth_headers(line)
    if not words.isdisjoint(_SOURCE_WORDS):
        yield from _basic_sources(line)
    if "cookie:" in words:
        yield from _session_cookies(line)
    stem = _STEM if words.isdisjoint(_RARE_STEMS) else _STEM_WITH_RARE
    named_entry = named_entry and parent is None  # (a bare key's parent names it instead)
    env = "key" in words and ("_KEY" in line.text or named_entry or environment
                              or _env_file(line))
    if "credential" in words and keep is _secret_key and line.syntax in STRUCTURED:
        keep = _secret_or_credentials_key  # Prometheus's authorization: credentials: <token>
    approle = "secret" in words and keep is _secret_key and _beside_a_role_id(line)
    if approle:
        keep = _secret_or_secret_id_key
    named_key = _env_or_named_key if line.syntax == "env" \
        else _secret_or_named_key if named_entry or environment or (env and _env_file(line)) \
        else _secret_or_named_env_key
    found = list(assignments(line, stem, named_key if env else keep)) + postman
    if line.syntax == "json" and "secret" in words and '"type"' in line.text:
        found.extend(_postman_secrets(line))
    if line.syntax == "json" and "pass" in words and '"type"' in line.text:
        found.extend(_typed_passwords(line))
    if line.syntax in PROSE:
        found.extend(_said(line))
        if "?" in line.text:
            found.extend(_answered(line))
        elif line.text.rstrip().endswith((":", "below", "follows")) \
                and any(w in line.text[-24:].lower() for w in _INTRODUCING_WORDS):
            found.extend(_introduced(line))  # (its word near the line's end)
    elif (" is " in line.text or " was " in line.text) \
            and (comment := _comment_start(line.text, line.syntax)) is not None \
            and (line.text.find(" is ", comment) != -1 or line.text.find(" was ", comment) != -1):
        # a comment read as prose: "# TODO remove: the prod password is <value>"
        found.extend(replace(a, in_comment=True) for a in _said(line) if a.start > comment)
    if line.syntax in _MESSAGE_SYNTAXES and (
            (not words.isdisjoint(_MESSAGE_WORDS)
             and (not words.isdisjoint(_MESSAGE_WORDS_NOT_KEY) or _says_a_key(line.text)))
            or not words.isdisjoint(_CREDENTIAL_WORDS)  # "admin login: <user> / <pw>"
            or not words.isdisjoint(_SHORT_LABELS)):  # "u: <user> p: <pw>"
        found.extend(_said_in_messages(line))
    if "auth" in words or "credential" in words:
        found.extend(password for _, password in _credential_arguments(line))
        if "''" in line.text or '""' in line.text:
            yield from _keys_as_users(line)
    if "auth" in words and ("basic " in words or "igest" in line.text):
        found.extend(password for _, password in _raw_authorization(line))
    if "auth" in words and "uthIdent" in line.text:
        found.extend(password for _, password in _auth_idents(line))
    if "securestring" in words:
        found.extend(Assignment("password", m.group(g), m.start(g), m.end(g), True)
                     for m in _SECURE_STRING.finditer(line.text)
                     for g in ("v" if m.group("v") is not None else "pv",))
    if line.syntax in PROSE and "pass" in words and _PASS_LINE.match(line.text) \
            and (_TEST_RESULT.match(line.text) or _test_log(line.locator)):
        found = [a for a in found if a.key != "PASS"]
    for a in found:
        if (not a.quoted or line.text[a.start - 1:a.start] == "=") and "&" in a.value \
                and a.line_delta == 0 \
                and (re.search(_QUERY_PAIR, line.text[max(0, a.start - 80):a.start])
                     or _NEXT_PAIR.match(a.value, a.value.index("&"))):
            # a query string's or a form body's pair, ?password=<value>&next=…,
            # 'refresh_token=<value>&client_id=…': the value ends at the "&"
            a = replace(a, value=a.value[:a.value.index("&")], end=a.start + a.value.index("&"))
        if not a.quoted and (closed := _unopened_closers_cut(
                a.value, line.syntax in PROSE or a.in_comment)) != a.value:
            a = replace(a, value=closed, end=a.start + len(closed))
        if parent is not None and a.key.lower() == "key":
            if not looks_random(a.value, min_length=16) or (
                    char_classes(a.value) < 3 and not _LONG_HEX.fullmatch(a.value)):
                continue  # a bare key's value may be a name (session: key: _app_session)
            a = replace(a, key=parent)  # "Key" inside "Jwt" is the Jwt_Key
        cls = classify(a.key)
        env_key = named_key is _env_or_named_key and a.key.lower() == "key"  # .env's KEY=
        if cls is None and (is_named_key(a.key) or env_key) and (
                (env and named_key(a.key) and _generated(a.value.strip()))
                or (line.syntax in PROSE and made_by_a_generator(a.value.strip()))):
            cls = "secret"  # OS_PLACES_KEY=<key>; "the Riverside key is <key>"
        elif cls is None and approle and _secret_id_key(a.key):
            cls = "secret"  # Vault's AppRole: its secret_id, beside its role_id
        elif cls is None and a.key.lower() == "credentials" and line.syntax in STRUCTURED \
                and _generated(a.value.strip()):
            cls = "secret"  # a token a generator made, not fetch's credentials: "include"
        if cls is None or cls == "user":
            continue
        value = a.value.strip()
        if a.example and (not (made_by_a_generator(value) or _random_hex_key(value, cls))
                          or value.startswith("eyJ")):
            continue  # an example's "<your key>", "string"; a JWT's is the JWT plugin's
        if line.syntax == "ldif" and line.text[:a.start].rstrip().endswith("::"):
            plain = decoded_base64(value)  # judged as what it encodes: a password, a hash
            if plain is None:
                continue
            value = plain
        syntax = "text" if a.in_comment else line.syntax
        if not a.quoted and ((syntax in PROSE and _CODE_EXPRESSION.fullmatch(value))
                             or (syntax in _HOLDS_CODE and _CUT_AT_QUOTE.fullmatch(value))):
            continue  # code in a README or a comment: ``password = request.form["pw"]``
        if syntax in PROSE and names_a_secret(value):
            continue  # "the password is kv-claims-prd/db-password-v2 in Key Vault"
        why = rejection(value, a.key)
        # a passphrase of random words quoted in a sentence: 'use passphrase "<words>"'
        quote = line.text[a.start - 1:a.start] if a.start > 0 and a.line_delta == 0 else ""
        said_passphrase = why == "identifier" and cls == "password" and syntax in PROSE \
            and quote in _QUOTES and line.text[a.end:a.end + 1] == quote \
            and is_passphrase(value)
        if (why == "uuid" and (uuid_is_secret(a.key) or (approle and _secret_id_key(a.key))
                               or env_key)) \
                or said_passphrase \
                or (why in ("identifier", "prose") and cls == "password"
                    and _passphrase(a.key, value, syntax)) \
                or (why == "prose" and cls == "password" and a.quoted
                    and syntax in STRUCTURED and is_spaced_password(value)):
            why = None  # SMTP_PASSWORD='<words, digits and symbols with spaces>'

        if why or not (said_passphrase or strong_enough(value, cls, syntax)) \
                or fails_validation(value) or (cls != "password" and is_numbered_name(value)) \
                or (_UI_TEXT.match(value) and _locale(line.locator)):
            continue
        confidence = 0.9 if syntax not in PROSE else 0.75
        yield _hit(a, _type(cls, a.key), confidence)


_QUOTES = frozenset("`\"'")
_QUERY_PAIR = r"[?&][\w.-]+=$"  # (compiled when first needed)
_NEXT_PAIR = lazy(r"&[A-Za-z_][\w.-]*=")
_FORM_VALUE = lazy(r"[^&\s\"'`#]{1,1024}")
_OPENER = {")": "(", "]": "[", "}": "{"}


def _unopened_closers_cut(value: str, prose: bool = False) -> str:
    """An unquoted value without the brackets at its end that it never opened: they close
    the call or the list around it (``credential=token_credential)``, ``(pass=<value>)``);
    in a sentence, without the mark that ends it (``(password: <value>).``), though not an
    ellipsis, which says the value was cut short."""
    while value and ((prose and value[-1] in _SENTENCE_END and value[-2:-1] not in ("", "."))
                     or (value[-1] in _OPENER
                         and value.count(value[-1]) > value.count(_OPENER[value[-1]]))):
        value = value[:-1]
    return value


_SENTENCE_END = frozenset(".,;:")
_OPENER_CLOSE_MARKS = frozenset(_OPENER) | _SENTENCE_END


def _aside_stop_cut(value: str) -> str:
    """A value without the stop after the bracket that closes its aside: "(user: <x>)."
    (a stop alone after a word may be the word's: "-user unknown.")."""
    return value[:-1] if value[-1:] in _SENTENCE_END and value[-2:-1] in _OPENER else value


# Postman's API key auth names the key's value "value", beside the header that carries it:
# ``"apikey": [{"key": "value", "value": "<key>"}, {"key": "key", "value": "X-Api-Key"}]``,
# on one line or over several.
_POSTMAN_VALUE_NAME = lazy(r'"key"\s*:\s*"value"\s*,\s*(?:"value"\s*:\s*(?=")|$)')
_POSTMAN_VALUE_LINE = lazy(r'\s*"value"\s*:\s*(?=")')
_POSTMAN_REACH = 3  # lines above the entry where its list's "apikey" may be


# A Postman variable of the secret type, in an environment or a collection: its value is a
# secret whatever its key is named ({"key": "apim", "value": "<value>", "type": "secret"}),
# the value on the type's line or on one of the few above it, in the same entry.
_POSTMAN_SECRET_TYPE = lazy(r'"type"\s*:\s*"secret"')
_POSTMAN_VALUE = lazy(r'"value"\s*:\s*(?=")')
_POSTMAN_ENTRY_LINES = 4


def _postman_secrets(line: Line) -> Iterator[Assignment]:
    if _POSTMAN_SECRET_TYPE.search(line.text) is None:
        return
    for delta in range(0, min(_POSTMAN_ENTRY_LINES, line.index) + 1):
        text = line.before(delta) if delta else line.text
        if (v := _POSTMAN_VALUE.search(text)) is not None:
            if (read := _read_quoted(text, v.end())) is not None:
                yield Assignment("secret", *read, True, line_delta=-delta)
            return
        if "{" in text or (delta and "}" in text):
            return  # the entry's start, or the end of the one before it


# A credential of the password type, its value beside it (Keycloak's realm export: a user's
# "credentials": [{"type": "password", "value": "<password>"}]): the value on the type's
# line, or on one of the few below it, in the same object.
_PASSWORD_TYPE = lazy(r'"type"\s*:\s*"password"')


def _typed_passwords(line: Line) -> Iterator[Assignment]:
    typed = _PASSWORD_TYPE.search(line.text)
    if typed is None:
        return
    for delta in range(0, min(_POSTMAN_ENTRY_LINES, line.locator.line_count - line.index)):
        text = line.locator.line_text(line.index + delta) if delta else line.text
        at = typed.end() if not delta else 0
        if (v := _POSTMAN_VALUE.search(text, at)) is not None:
            if "}" not in text[at:v.start()] and (read := _read_quoted(text, v.end())):
                yield Assignment("password", *read, True, line_delta=delta)
            return
        if "}" in text[at:] or (delta and "{" in text):
            return  # the object's end, or the next one's start


def _postman_api_keys(line: Line) -> Iterator[Assignment]:
    text = line.text
    for m in _POSTMAN_VALUE_NAME.finditer(text):
        reach = range(1, min(_POSTMAN_REACH, line.index) + 1)
        if '"apikey"' not in text[:m.start()] \
                and not any('"apikey"' in line.before(n) for n in reach):
            continue
        if m.end() < len(text):  # the value on the same line
            read = _read_quoted(text, m.end())
            if read:
                yield Assignment("apikey", *read, True)
        elif line.index + 1 < line.locator.line_count:
            below = line.locator.line_text(line.index + 1)
            v = _POSTMAN_VALUE_LINE.match(below)
            if v is not None and (read := _read_quoted(below, v.end())):
                yield Assignment("apikey", *read, True, line_delta=1)


# An expression, not a literal: a call or a subscript (``f.read().strip()``, ``getpass()``,
# ``request.POST["password"]``, ``forms.CharField(widget=…)``), as code is written in prose.
# The value may be cut short where a quote or a bracket ends what is read (``getpass(``).
# A name may end in ``!`` or ``?`` (Elixir's ``System.fetch_env!(``, Ruby's, Rust's ``env!(``).
# A string's quote may carry its prefix: ``SecretBytes(b'…')``, ``re.compile(r"…")``.
_CODE_EXPRESSION = lazy(
    r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+[!?]?[(\[].*"  # obj.method(…), request.POST[…
    r"|[A-Za-z_]\w*[!?]?(?:\(\)|[(\[](?:[rRbBuUfF]{1,2})?[\"']).*"  # name(), name("…")
    r"|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\([A-Za-z_].*"  # a macro's call: NAME_OF(x, pass)
    # a call on names, a type's parameters: TokenCredential(token), Optional[Union[str
    r"|[A-Za-z_]\w*[(\[][A-Za-z_][\w.]*(?:[,(\[][ \t]*[A-Za-z_][\w.]*)*[)\]]*"
    # a lookup of a variable by its name: %sysget(DB_PASSWORD) (SAS), getenv(API_KEY)
    r"|%?[A-Za-z_]\w*\([ \t]*[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*[ \t]*\)?"  # (perhaps cut)
    # cut at its quote: getpass(, environ[, SecretBytes(b
    r"|[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*[!?]?[(\[](?:[rRbBuUfF]{1,2})?")
# A call or subscript cut short at its string's quote (``os.environ[``, or ``os.environ[\``
# where the quote is escaped): code, in any file.
# Markup and YAML hold code as text (a CDATA code block, a ``run: |`` script), where the
# rest of ``_CODE_EXPRESSION`` could be a password: ``<password>Summer.Time(1)</password>``.
_CUT_AT_QUOTE = lazy(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*[!?]?[(\[](?:[rRbBuUfF]{1,2})?\\?")
_HOLDS_CODE = frozenset({"xml", "html", "yaml"})
# In prose, a name of three parts or more, one of them a secret's own word, says where a
# secret is kept or what it is for (``kv-claims-prd/db-password-v2``, ``Notify-Team-Key-2024``,
# ``forgot-password-page-v3``): the secret is not in it.
_SECRET_PART = lazy(
    r"(?i)(?:^|[-_/.])(?:pass(?:word|wd)?|pwd|key|secret|token|vault|creds?)(?=$|[-_/.])")
_NAME_PARTS = lazy(r"[-_/.]")


def names_a_secret(value: str) -> bool:
    """A name of three parts or more holding a secret's own word (``kv-prd/db-password-v2``):
    where a secret is kept, not the secret."""
    return _SECRET_PART.search(value) is not None and len(_NAME_PARTS.findall(value)) >= 2


# A bare "key" in JSON or YAML (``"Key": "…"``), and the object above it that opens with
# the name of what it is (``"Jwt": {``, ``signing:``).
_BARE_KEY = lazy(r"\s*-?\s*[\"']?[Kk](?:ey|EY)[\"']?\s*:\s*[\"'\w]")
_PARENT = lazy(r"\s*-?\s*[\"']?(?P<k>[\w.$-]+)[\"']?\s*:\s*\{?\s*$")
_PARENT_LINES = 12
# The object and its bare "key" on one line: "Jwt": { "Key": "…" }
_INLINE_PARENT = (
    r"\s*-?\s*[\"']?(?P<k>[\w.$-]+)[\"']?\s*:\s*\{\s*[\"']?[Kk](?:ey|EY)[\"']?\s*:")


# A key of 128 bits or more written in hex: random, though it has two classes of character.
_LONG_HEX = lazy(r"[0-9a-f]{32,}|[0-9A-F]{32,}")
# INI and TOML: a bare key under a section header (``[notify]``, ``[api.stripe]``).
_INI_KEY = lazy(r"\s*[Kk](?:ey|EY)\s*[=:]")
_SECTION = lazy(r"\s*\[+\s*(?:[\w-]+\.)*(?P<k>[\w-]+)\s*\]+\s*$")


def _secret_section(line: Line) -> str | None:
    """The section a bare ``key =`` sits in, when its name makes that key a secret; or, in
    any section, a key long and random as an access key is (rclone's remotes)."""
    head = _INI_KEY.match(line.text)
    if head is None:
        return None
    for n in range(1, min(_PARENT_LINES, line.index) + 1):
        above = line.before(n)
        if above.lstrip().startswith("["):
            m = _SECTION.match(above)
            name = m.group("k") + "_key" if m is not None else ""
            if classify(name) not in (None, "user"):
                return name.replace("_key", "_Key")
            break
    value = line.text[head.end():].strip()
    if len(value) >= _ACCESS_KEY_LENGTH and char_classes(value) >= 3 and looks_random(value) \
            and is_base64(value):
        return "access_Key"
    return None


# An access key's length in base64, at the least: 24 random bytes
_ACCESS_KEY_LENGTH = 32


# An Azure SDK client's options on one line: { endpoint: …, key: … } (Cosmos DB, AI Search).
_ENDPOINT_AND_KEY = lazy(
    r"(?i)[\"']?endpoint[\"']?\s*[:=][^,;{}]{1,200},\s*[\"']?key[\"']?\s*[:=]")


# A bare key holding 16 or 32 bytes in base64 after "base64:": the form Laravel's key:generate
# writes its encryption key in, for an AES-128 or an AES-256 cipher.
_ENCRYPTER_KEY = lazy(
    r"""\bkey["']?\s*(?:=>|[:=])\s*["']?base64:(?:[A-Za-z0-9+/]{22}==|[A-Za-z0-9+/]{43}=)""")


def _secret_parent(line: Line) -> str | None:
    """The object a bare ``Key`` sits in, when its name makes that key a secret: the
    ``Key`` of ``"Jwt": {`` (ASP.NET's JWT settings) signs tokens; an INI file's section;
    a service's endpoint, whose key is its access key."""
    if line.syntax in ("ini", "toml"):
        return _secret_section(line)
    if "base64:" in line.text and _ENCRYPTER_KEY.search(line.text) is not None:
        return "encryption_Key"  # Laravel's config/app.php: 'key' => 'base64:<32 bytes>'
    if "ndpoint" in line.text and _ENDPOINT_AND_KEY.search(line.text) is not None:
        return "access_Key"
    if line.syntax in ("json", "yaml") and (inline := re.match(_INLINE_PARENT, line.text)):
        name = inline.group("k") + "_key"  # "Jwt": { "Key": "…", "Issuer": "…" }
        return inline.group("k") + "_Key" if classify(name) not in (None, "user") else None
    if line.syntax not in _OBJECT_SYNTAXES or _BARE_KEY.match(line.text) is None:
        return None
    if _beside_a_user(line):
        return "access_Key"  # a testing cloud's account and key: user: '…', key: '…'
    if line.syntax not in ("json", "yaml"):
        return None
    indent = len(line.text) - len(line.text.lstrip())
    for n in range(1, min(_PARENT_LINES, line.index) + 1):
        above = line.before(n)
        if not above.strip():
            continue
        if len(above) - len(above.lstrip()) < indent:
            m = _PARENT.match(above)
            if m is None or classify(m.group("k") + "_key") in (None, "user"):
                break
            return m.group("k") + "_Key"
    return "access_Key" if _symmetric_key(line.text) else None


# A bare key's value in JSON or YAML, quoted or not.
_BARE_KEY_VALUE = lazy(
    r"\s*-?\s*[\"']?[Kk](?:ey|EY)[\"']?\s*:\s*[\"']?(?P<v>[^\s\"',]+)[\"']?\s*,?\s*$")
# A symmetric key's length in base64: 24 to 64 random bytes (longer is a public key or a
# certificate)
_SYMMETRIC_KEY_LENGTH = range(_ACCESS_KEY_LENGTH, 89)


def _symmetric_key(text: str) -> bool:
    """A bare ``Key`` whose object's name says nothing (``"Search": {"Key": …}``) holds an
    access key when its value has a symmetric key's shape: random letters of both cases and
    digits, of an access key's length, in base64 or plain letters and digits (Azure's
    storage, search and Cosmos DB keys); not a name, a path or a hex digest."""
    m = _BARE_KEY_VALUE.match(text)
    if m is None:
        return False
    value = m.group("v")
    return len(value) in _SYMMETRIC_KEY_LENGTH and made_by_a_generator(value) \
        and (value.isalnum() or is_base64(value)) \
        and any(c.isupper() for c in value) and any(c.islower() for c in value)


def _random_hex_key(value: str, cls: str) -> bool:
    """A key or a token written in hex, 128 bits or more, as services issue them (an API
    key of 32 or 40 hex digits); a password is never only hex."""
    return cls != "password" and _LONG_HEX.fullmatch(value) is not None \
        and shannon_entropy(value) >= 3.5


# Where a bare key may sit in an object beside its account: config files, and the
# JavaScript and TypeScript of a test runner's settings (wdio.conf.js).
_OBJECT_SYNTAXES = frozenset({"json", "yaml", "javascript", "typescript"})
# A user key alone on its line: the account a bare key beside it belongs to.
_USER_LINE = lazy(r"\s*[\"']?(?:user|username|userName)[\"']?\s*[:=]\s*\S")


def _beside_a_user(line: Line) -> bool:
    """A bare ``key`` on the line after (or before) an account's ``user``, as a browser
    testing cloud's settings give them (BrowserStack's, Sauce Labs'): the key is its access
    key."""
    indent = len(line.text) - len(line.text.lstrip())
    for n in (1, -1):
        at = line.index - n
        if not 0 <= at < line.locator.line_count:
            continue
        other = line.locator.line_text(at)
        if len(other) - len(other.lstrip()) == indent and _USER_LINE.match(other):
            return True
    return False


def _no_key(key: str) -> bool:
    return False


def _bare_or_secret_key(key: str) -> bool:
    return key.lower() == "key" or _secret_key(key)


def _secret_or_named_key(key: str) -> bool:
    return _secret_key(key) or is_named_key(key)


def _env_or_named_key(key: str) -> bool:
    """In a .env, a bare KEY too: the environment's one key, judged by its value."""
    return _secret_or_named_key(key) or key.lower() == "key"


# Where a name that ends in "key" is the environment's setting, in any case: a .env, and
# Terraform's variables and locals (a .tfvars, or its JSON form, is an environment's
# settings file); and an Azure Functions app's local settings, whose "Values" are the
# environment its functions read.
_ENV_SYNTAXES = frozenset({"env", "terraform"})
_ENV_JSON = (".tfvars.json", "local.settings.json")
def _env_file(line: Line) -> bool:
    """And a Kubernetes Secret's manifest, whose every entry is a secret (ch-key: <key>)."""
    return line.syntax in _ENV_SYNTAXES \
        or (line.syntax == "json" and line.path.endswith(_ENV_JSON)) \
        or (line.syntax in ("yaml", "json") and _secret_manifest(line.locator))


# The keys whose entries are an environment's variables, whatever their case: compose's
# environment (a list of NAME=value, or a mapping), a workflow's, a launch configuration's
# or Heroku's app.json env, Helm's extraEnv, a pipeline's and a Lambda's variables.
_ENV_PARENTS = frozenset({"env", "environment", "extraenv", "envvars", "envvariables",
                          "environmentvariables", "variables", "appsettings"})
_ENV_PARENT_LINES = 60
# The key that opens the entries: a mapping's, or a list's (ECS's "environment": [)
# (or Terraform's block or map: environment {, app_settings = {)
_ENV_PARENT = lazy(r"\s*-?\s*[\"']?(?P<k>[\w.$-]+)[\"']?\s*(?::\s*[{\[]?|=\s*\{|\{)\s*$")
# A lower-case name that ends in "key", the only kind the environment's key must vouch for.
_LOWER_NAMED_KEY = lazy(r"[a-z0-9][_-]key\b|[a-z0-9]Key\b")
# A command's flags that set an app's or a container's environment: az's appsettings
# --settings, gcloud run's --set-env-vars, docker run's -e.
_ENV_FLAGS = lazy(r"\s(?:-e|--env|--(?:set-|update-)?env-vars|--(?:app-)?settings)[\s=]")
# Where commands are written: scripts, a Makefile's recipes, a Dockerfile's RUN.
_COMMAND_SYNTAXES = frozenset({"shell", "make", "dockerfile", "powershell", "batch"})
# Calls that set a variable of the environment, or of a store of settings that stands in
# for it: Airflow's Variable.set, a Databricks notebook's widgets, setenv and putenv.
_ENV_SETTER = lazy(
    r"\b(?:Variable\.set|setenv|Setenv|putenv|environ\.setdefault"
    r"|SetEnvironmentVariable|widgets\.(?:text|dropdown|combobox))\s*\(")


def _in_an_environment(line: Line) -> bool:
    """A lower-case ``ch_key`` set as an environment's variable: under a key that names an
    environment (``environment:``, ``"env": {``), in SAM's ``env.json`` (each function's
    environment), on a command line after a flag that sets one, or by a call that sets one
    (``Variable.set("ch_key", "…")``). Such a name is judged by its value, as in a .env."""
    syntax, text = line.syntax, line.text
    if syntax not in ("yaml", "json"):
        if syntax in _COMMAND_SYNTAXES:
            return "-" in text and _LOWER_NAMED_KEY.search(text) is not None \
                and _ENV_FLAGS.search(text) is not None
        # (code's every "for key in d" comes here: a look for the setter's words first)
        return ("env" in text or "Variable.set" in text or "widgets." in text) \
            and syntax in CODE and _ENV_SETTER.search(text) is not None \
            and _LOWER_NAMED_KEY.search(text) is not None
    if _LOWER_NAMED_KEY.search(text) is None:
        return False
    if "-" in text and _ENV_FLAGS.search(text) is not None:
        return True  # a workflow's step: run: docker run -e ch_key=…
    if syntax == "json" and line.path.rsplit("/", 1)[-1] == "env.json":
        return True
    return _under_an_environment(line)


def _under_an_environment(line: Line) -> bool:
    """The line is an entry under a key that names an environment (``environment:``,
    ``"env": {``), or a list item of one."""
    text = line.text
    head = text.lstrip()
    indent = len(text) - len(head)
    item = head.startswith("-")  # compose's list may sit at its key's indent
    for n in range(1, min(_ENV_PARENT_LINES, line.index) + 1):
        above = line.before(n)
        head = above.lstrip()
        if not head or head.startswith(("#", "//")):
            continue
        depth = len(above) - len(head)
        if depth < indent or (depth == indent and item and not head.startswith("-")):
            m = _ENV_PARENT.match(above)
            return m is not None \
                and m.group("k").lower().replace("_", "").replace("-", "") in _ENV_PARENTS
    return False


# Where a setting's name sits over its value: manifests, settings files, Terraform.
_NAMED_ENTRY_SYNTAXES = frozenset({"yaml", "json", "xml", "terraform", "toml", "ini"})


def _secret_or_named_env_key(key: str) -> bool:
    """Outside a .env, a named key only as an environment variable's name, in capitals
    (``CH_KEY``): code's ``cache_key`` and ``lookupKey`` are a map's or a store's keys."""
    return _secret_key(key) or (_ENV_NAME_KEY.fullmatch(key) is not None and is_named_key(key))


_ENV_NAME_KEY = lazy(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_KEY")


@lru_cache(maxsize=1024)
def is_named_key(key: str) -> bool:
    """A .env name that ends in "key" with nothing in it that says it is no secret
    (``OS_PLACES_KEY``, not ``CACHE_KEY_PREFIX`` or ``PUBLIC_KEY``)."""
    parts = words(key).split()
    return len(parts) >= 2 and parts[-1] == "key" \
        and not any(p in _NOT_A_SECRET or p in _NOT_BEFORE or p in _NOT_RIGHT_BEFORE
                    or p in _NOT_A_KEY for p in parts)


# Before "key" in a .env name: keys that pick a row, a cache entry or a map's field, and keys
# made to be served to browsers (a reCAPTCHA site key, Stripe's publishable key).
_NOT_A_KEY = frozenset({"cache", "sort", "partition", "row", "primary", "foreign", "lookup",
                        "idempotency", "object", "blob", "s3", "bucket", "redis", "kv", "store",
                        "lock", "dedup", "group", "routing", "message", "event", "feature",
                        "site", "publishable", "search", "browser", "frontend", "js", "host",
                        "ssh", "tls", "ssl", "cert", "gpg", "pgp"})


def _generated(value: str) -> bool:
    """A value only a generator makes: long, random, upper and lower case and digits (or
    a long hex run)."""
    return len(value) >= 20 and looks_random(value) \
        and (char_classes(value) >= 3 or _LONG_HEX.fullmatch(value) is not None)


# Terraform's state keeps what a resource made or stored, in plain text: a random_password's
# "result", a key vault's or a secret manager's secret value, an application's password.
_TF_STATE = lazy(r"\.tfstate(?:\.backup)?$")
_TF_SECRETS = {  # the resource's type: the attribute that holds its secret, and its type
    "random_password": ("result", "PASSWORD"),
    "azurerm_key_vault_secret": ("value", "GENERIC_SECRET"),
    "aws_secretsmanager_secret_version": ("secret_string", "GENERIC_SECRET"),
    "google_secret_manager_secret_version": ("secret_data", "GENERIC_SECRET"),
    "azuread_application_password": ("value", "PASSWORD"),
    "azuread_service_principal_password": ("value", "PASSWORD"),
}
_TF_RESOURCE = r'\s*"type"\s*:\s*"(?P<t>\w+)"'
# Each resource opens with its "mode" (an attribute's block may have a "type" of its own).
_TF_MODE = r'\s*(?:\{\s*)?"mode"\s*:'
_TF_RESOURCE_LINES = 60
# The words of those resources' types: one is on the line that names the type.
_TF_WORDS = frozenset({"pass", "secret"})


def _state_results(line: Line) -> Iterator[Hit]:
    """Below a resource's ``"type": "random_password"`` in a ``.tfstate``, the attribute that
    holds what it made or stores: ``"result": "…"``."""
    head = re.match(_TF_RESOURCE, line.text)
    if head is None or head.group("t") not in _TF_SECRETS \
            or _TF_STATE.search(line.path) is None:
        return
    name, type = _TF_SECRETS[head.group("t")]
    attribute = re.compile(rf'"{name}"\s*:\s*"')
    locator = line.locator
    for delta in range(1, min(_TF_RESOURCE_LINES, locator.line_count - line.index)):
        below = locator.line_text(line.index + delta)
        m = attribute.search(below)
        found = _read_quoted(below, m.end() - 1) if m is not None else None
        if found is not None:
            if not rejection(found[0], "password") \
                    and strong_enough(found[0], "password", line.syntax):
                yield _hit(Assignment(name, *found, True, line_delta=delta), type, 0.9)
            return
        if re.match(_TF_MODE, below):
            return  # the next resource


def _passphrase(key: str, value: str, syntax: str) -> bool:
    """Random words set as a password in config (``SMTP_PASSWORD=orchard-kettle-lantern``).
    In code such words are an identifier, and under ``passwordSecret`` a Secret's name.
    A Google app password (16 letters, shown in fours) is one anywhere."""
    if _APP_PASSWORD.fullmatch(value) and len(set(value)) >= 10 \
            and _SECRET_WORDS.search(value) is None:  # not "databasepassword"
        return True
    return syntax in STRUCTURED and bool(_PASSWORD_WORD.match(words(key).split()[-1])) \
        and is_passphrase(value)


# A Google account's app password, for SMTP or IMAP: EMAIL_HOST_PASSWORD = "abcd efgh ijkl mnop"
_APP_PASSWORD = lazy(r"[a-z]{4}( ?)[a-z]{4}\1[a-z]{4}\1[a-z]{4}")
_SECRET_WORDS = lazy(r"pass|secret|token|key|user|admin|login")


# Words of a key whose UUID names a thing (a tenant, a subscription, a request).
# A table's primary, secondary or foreign key picks a row: Azure's primary and secondary
# keys are base64 (or hex), never UUIDs.
_UUID_NAMES = frozenset({"id", "ids", "guid", "uuid", "subscription", "tenant", "directory",
                         "object", "resource", "workspace", "instance", "correlation", "request",
                         "trace", "device", "installation", "idempotency", "nonce", "state",
                         "primary", "secondary", "foreign"})


def uuid_is_secret(key: str) -> bool:
    """A UUID under a token's or a secret's key is one (Snyk, Codecov and npm's old tokens,
    Heroku's API keys are UUIDs). A lone ``token`` may hold any UUID (a fixture's, a
    request's), and a key of a thing's id (``tenant``, ``subscription``) names it."""
    parts = words(key).split()
    return len(parts) > 1 and not any(p in _UUID_NAMES for p in parts)


def _hit(a: Assignment, type: str, confidence: float, personal: bool = False) -> Hit:
    return Hit(a.start, a.end, a.value, type, "keyword", confidence, priority=10,
               kind="personal-data" if personal else "secret", line_delta=a.line_delta)


_SECRET_MANIFEST = ("kind: Secret", '"kind": "Secret"')


def _encoded_account(line: Line, value: str) -> bool:
    """``username: <base64>`` in a Kubernetes Secret's data, where it encodes an account."""
    if line.syntax not in ("yaml", "json") or (plain := decoded_base64(value)) is None \
            or username_rejection(plain.strip()) is not None:
        return False
    return _secret_manifest(line.locator)


def _secret_manifest(locator: Locator) -> bool:
    """The text holds a Kubernetes Secret."""
    found = locator.cache.get("secret_manifest")
    if found is None:
        text = locator.text.text
        found = locator.cache["secret_manifest"] = any(kind in text for kind in _SECRET_MANIFEST)
    return bool(found)


# Where a name in capitals is a value, not a variable read from the environment (XML and
# .properties write that ${NAME}; TOML and INI have no variables; code's string literal is
# one): Oracle's and Snowflake's accounts are in capitals (CSF_APP_RW).
_NO_BARE_VARIABLES = frozenset({"xml", "properties", "toml", "ini"})


_NAMES_A_USER = frozenset({"user", "username", "login", "name", "uid"})


def _upper_case_account(line: Line, value: str, quoted: bool) -> bool:
    """An account in capitals; not a name for one (DB_USER, APP_USERNAME). In YAML and
    JSON, beside its password or in dbt's profiles (a warehouse's account: user: DBT_SVC)."""
    return (line.syntax in _NO_BARE_VARIABLES
            or (quoted and line.syntax in CODE and line.syntax not in _UNQUOTED_CODE)
            or (line.syntax in ("yaml", "json")
                and (line.path.rsplit("/", 1)[-1] == "profiles.yml" or _password_beside(line)))) \
        and username_rejection(value) == "environment variable name" \
        and _NAMES_A_USER.isdisjoint(value.lower().split("_"))


# The account a sentence names beside the password it says: "the login for the portal is
# <user> and the password is <password>", "username was <user>, password …"
_SAID_USER = lazy(
    r"(?i)\b(?:log-?in|user\s?name|user|account)(?:\s+for\s+[\w' -]{1,40}?)?\s+(?:is|was)\s+"
    r"[`\"']?(?P<u>[A-Za-z_][\w.@\\-]{1,63})")


_PLAIN_WORD = lazy(r"[A-Za-z]+")


def _says_a_password(line: Line) -> bool:
    return any(classify(a.key) == "password" and rejection(a.value, "password") is None
               and strong_enough(a.value, "password", line.syntax) for a in _said(line))


def _said_users(line: Line) -> Iterator[Assignment]:
    for m in _SAID_USER.finditer(line.text):
        user = m.group("u").rstrip(_SAID_END)
        if _PLAIN_WORD.fullmatch(user):
            continue  # "the user is locked": a word of the sentence, not an account
        yield Assignment("username", user, m.start("u"), m.start("u") + len(user), False)


_PASSWORD_SET = lazy(r"(?i)(?:pass(?:word)?|pwd)[\"']?\s*[:=]")


def _password_beside(line: Line) -> bool:
    """The line above or below sets a password: a call's arguments or an object's fields
    one to a line (``UID = "<user>",`` then ``PWD = "…"``)."""
    locator = line.locator
    for i in (line.index - 1, line.index + 1):
        if not 0 <= i < locator.line_count:
            continue
        text = locator.line_text(i)
        if any(_a_password_key(text, m.start()) for m in _PASSWORD_SET.finditer(text)):
            return True
    return False


def _a_password_key(text: str, i: int) -> bool:
    """The key whose password word starts at ``text[i]`` is a password's: not a word that
    merely ends in one (``bypass``, ``compass``), which the key's classifier tells apart."""
    return classify(_key_around(text, i)) == "password"


def _key_around(text: str, i: int) -> str:
    """The whole key that holds ``text[i]``."""
    start = i
    while start > 0 and text[start - 1] in _KEY_CHARS:
        start -= 1
    end = i
    while end < len(text) and text[end] in _KEY_CHARS:
        end += 1
    return text[start:end]


_KEY_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")


# A password's key and its value (quoted or bare), on a line of a block of settings
# (all of a quoted value, so that a template's "{{ … }}" is judged whole; or an XML
# element's text, as Maven's settings write it: <password>…</password>)
_PASSWORD_VALUE = lazy(
    r"(?i)(?:pass(?:word)?|passwd|pwd)(?:[\"']?[ \t]*[:=][ \t]*"
    r"(?:\"(?P<dq>[^\"\n]*)\"|'(?P<sq>[^'\n]*)'|(?P<v>[^\s\"',;#]*))"
    r"|>(?P<x>[^<\n]*)<)")
_NEAR_LINES = 3


def real_password_near(line: Line, near: int = _NEAR_LINES, key: str = "") -> bool:
    """The nearest password to the line (on it, or up to ``near`` lines either way in the
    same block of settings: no blank line, section header or shallower key between) is a real
    one, no placeholder or reference: what makes a role's account (``user=deploy``) one an
    attacker can aim at. (The nearest, the one below first: a flat file's other services'
    passwords are theirs.) An account's key that names its service (``smtp_user``) pairs
    with the password of the same service's key in the block (``smtp_password``), wherever
    it is."""
    locator = line.locator
    indent = len(line.text) - len(line.text.lstrip())
    pattern = _PASSWORD_VALUE
    service = _USER_SUFFIX.sub("", key.lower()) if key else ""
    nearest: bool | None = None
    open_ways = [1, -1]  # (an account's password most often follows it)
    for n in range(near + 1):
        for step in tuple(open_ways) if n else (1,):
            i = line.index + step * n
            text = locator.line_text(i) if 0 <= i < locator.line_count else ""
            head = text.lstrip()
            if n and (not head or head.startswith("[") or len(text) - len(head) < indent):
                open_ways.remove(step)  # another block's
                continue
            values = [(m.group("v") or m.group("dq") or m.group("sq") or m.group("x") or "",
                       _PASSWORD_SUFFIX.sub("", k.lower()))
                      for m in pattern.finditer(text)
                      if classify(k := _key_around(text, m.start())) == "password"]
            if not values:
                continue
            mine = [v for v, own in values if own == service] if service else []
            real = any(rejection(v, "password") is None
                       and strong_enough(v, "password", line.syntax)
                       for v in mine or [v for v, _ in values])
            if not service or mine:
                return real
            if nearest is None:
                nearest = real
    return bool(nearest)


# An account's and a password's word at a key's end: what is left names the service.
_USER_SUFFIX = lazy(r"[_.-]?(?:user(?:name)?|login|uid)$")
_PASSWORD_SUFFIX = lazy(r"[_.-]?(?:pass(?:word)?|passwd|pwd)$")


# A chat's or a transcript's speaker label ("User:", "[10:02] USER:") and the words said
# after it: the value after the label is the first word of a sentence, not an account.
_SPEAKER_LABEL = lazy(r"(?i)^\W*(?:\d{1,2}:\d{2}(?::\d{2})?\W*)?user\W*:\s*$")
# (A log-in given in a chat, "user: <name> pass: <password>", is still one.)
_MORE_WORDS = lazy(r"[ \t,]+[A-Za-z']+[ \t]+\w")
# A capitalised word opens a sentence: one word (perhaps quoted) after it will do.
_NEXT_WORD = lazy(r"[ \t,]+[\"'(\[]?[A-Za-z]")


def _said_by_a_speaker(line: Line, a: Assignment) -> bool:
    """What a speaker said, or a sentence after a label or an option, in prose or a
    comment ("systemd-user: Drop RefuseManualStart", "NOTICE TO USER: Carefully read …",
    "--remote-user correspond to exactly one user", "find -user unknown."): its first word,
    an English word, is no account."""
    if (line.syntax not in PROSE and not a.in_comment) \
            or not line.words.isdisjoint(_PASSWORD_WORDS):
        return False
    word = a.value.rstrip(".")
    ends = word != a.value and not line.text[a.end:].strip()  # "… -user unknown."
    if _MORE_WORDS.match(line.text, a.end) is None and not ends and not (
            word.istitle() and _NEXT_WORD.match(line.text, a.end) is not None):
        return False
    if _SPEAKER_LABEL.match(line.text[:a.start]) is not None:
        return True
    # (a lower-case word that is also a given name may well be an account's: kept)
    return word.isalpha() and word.lower() in load_english() and (
        word.istitle() or (word.islower() and word.title() not in load_names().given))


def _status_word(line: Line, a: Assignment) -> bool:
    """A capitals word after a key, in prose or a comment, is a status ("…_USERNAME: ADDED.",
    "… DEPRECATED"), not an account."""
    word = a.value.rstrip(".")
    return (line.syntax in PROSE or a.in_comment) and len(word) >= 4 and word.isalpha() \
        and word.isupper() and word.lower() in load_english()


_EMAIL = lazy(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# "'s" after a word: a possessive, and so the word a sentence's owner, not an account
# (or after the name's next word, when the value opens a name of two: "<Natural> England's")
_POSSESSIVE = lazy(r"(?:[ \t]+[A-Z][\w-]*)?['\u2019]s\b")


def _possessive(line: Line, a: Assignment) -> bool:
    """In prose or a comment, the word before "'s" ("user: <tool>'s helper") owns what
    follows: a word of the sentence, not an account."""
    m = _POSSESSIVE.match(line.text, a.end) if line.syntax in PROSE or a.in_comment else None
    return m is not None and not a.quoted and (m.group()[0] in "'\u2019" or a.value.istitle())


# The rest of a string after an unquoted value, when it is words alone up to the string's
# closing quote: the value opened a phrase (a display name), not an account.
_REST_OF_PHRASE = lazy(r"(?:[ \t]+[A-Za-z][\w.'&-]*)+[ \t]*[\"']")


def _phrase_in_a_string(line: Line, a: Assignment) -> bool:
    """An unquoted value inside a string that goes on in words ("user.name=<Org> Prototype
    Kit" given to ``git -c``) is the first word of a name, not an account; a pair after it
    (``user=<account> password=…``) still ends the value."""
    text = line.text
    if a.quoted or text[a.end:a.end + 1] != " " or not text[a.end + 1:a.end + 2].isalpha() \
            or (m := _REST_OF_PHRASE.match(text, a.end)) is None:
        return False
    return text.count(m.group()[-1], 0, a.start) % 2 == 1  # its string's opening quote


# A YAML key's plain value up to a key of its own (a step's name holding "<word>: <word>")
_PLAIN_VALUE_BEFORE = lazy(
    r"[ \t]*(?:-[ \t]+)?[^\s:{}\[\],#'\"][^:{}\[\],#'\"]*:[ \t]+[^:{}\[\],'\"]*$")


def _key_in_a_plain_value(line: Line, a: Assignment) -> bool:
    """In YAML, a ``word: value`` inside another key's plain value (a step's name that
    says what it builds) is that value's text, not a setting."""
    if line.syntax != "yaml" or a.quoted:
        return False
    at = line.text.rfind(a.key, 0, a.start)
    return at > 0 and line.text[at + len(a.key):a.start].startswith(": ") \
        and ": " in line.text[:at] and _PLAIN_VALUE_BEFORE.match(line.text[:at]) is not None


# A chat platform's id for a member (Slack's U…, W… for a grid's, B… for a bot), which a
# chat export's messages give under "user": an id the platform made, not an account name.
_CHAT_MEMBER = lazy(r"[UWB](?=[A-Z0-9]*\d)[A-Z0-9]{8,10}")


def _chat_export(line: Line) -> bool:
    """The text is a chat export's messages: each has its time stamp ("ts") and text."""
    found = line.locator.cache.get("chat_export")
    if found is None:
        text = line.locator.text.text
        found = line.locator.cache["chat_export"] = '"ts"' in text and '"text"' in text
    return bool(found)


# A YAML mapping headed by a user ("user:", an Ansible module such as
# "community.postgresql.postgresql_user:") whose "name" is the account, beside its password.
_USER_BLOCK = lazy(r"(?P<i>\s*)(?:-\s+)?(?:[\w-]+\.)*(?:\w+_)?user:\s*$", re.IGNORECASE)
_BLOCK_NAME = lazy(r"\s*name:[ \t]*(?P<q>[\"']?)(?P<v>[A-Za-z_][\w.@-]{1,63})(?P=q)\s*$")
_BLOCK_LINES = 12


def _user_block_names(line: Line) -> Iterator[Hit]:
    """The account a user's block names (``name: <account>``), when the block's password is
    a real one: an Ansible task creating a database's user, a settings file's user."""
    head = _USER_BLOCK.match(line.text)
    if head is None:
        return
    name: tuple[int, re.Match[str]] | None = None
    real = False
    for delta, below in line.block(len(head.group("i")), _BLOCK_LINES):
        if name is None and (m := _BLOCK_NAME.match(below)) is not None:
            name = delta, m
        elif (p := _PASSWORD_VALUE.search(below)) is not None \
                and classify(_key_around(below, p.start())) == "password":
            value = p.group("v") or p.group("dq") or p.group("sq") or p.group("x") or ""
            real = rejection(value, "password") is None \
                and strong_enough(value, "password", line.syntax)
    if name is not None and real and username_rejection(name[1].group("v")) is None:
        delta, m = name
        yield Hit(m.start("v"), m.end("v"), m.group("v"), "USERNAME", "keyword", 0.85,
                  priority=10, kind="personal-data", line_delta=delta)


def find_users(line: Line) -> Iterator[Hit]:
    """User names assigned to user keys (``username:``, ``DB_USER=``, ``<username>``)."""
    if line.syntax == "binary" or (
            line.words.isdisjoint(_NOT_ACCOUNT_WORDS) and line.syntax not in PROSE
            and line.syntax not in _MESSAGE_SYNTAXES):
        return
    if line.syntax == "yaml" and line.text.endswith("user:"):
        yield from _user_block_names(line)
    for m in (*_jaas_users(line), *_listed_users(line)):
        if account_span(m.group("u")) == (0, len(m.group("u"))):
            yield Hit(m.start("u"), m.end("u"), m.group("u"), "USERNAME", "keyword", 0.85,
                      priority=10, kind="personal-data")
    keep: Callable[[str], bool] = _user_key
    uid = not line.words.isdisjoint(_UID_KEYS)
    if (uid or ("user" in line.words and _USER_ID_KEY.search(line.text) is not None)) \
            and (not line.words.isdisjoint(_PASSWORD_WORDS) or _password_beside(line)):
        # an account's id names the account only beside its password; else it is any id
        stem = _USER_STEM_WITH_UID if uid else _USER_STEM
        keep = _user_or_uid_key
    else:
        stem = _USER_STEM if line.words.isdisjoint(_DN_KEYS) else _USER_STEM_WITH_DN
    found = list(assignments(line, stem, keep))
    if "auth" in line.words or "credential" in line.words:
        found.extend(_credential_users(line))
        if "_auth" in line.text or ".basic" in line.text:
            # and the user of a call named in lower case (req_auth_basic), with a real
            # password
            named = {a.start for a in found}
            found.extend(user for user, password in _credential_arguments(line)
                         if user.start not in named
                         and rejection(password.value, "password") is None
                         and strong_enough(password.value, "password", line.syntax))
    if "auth" in line.words and ("basic " in line.words or "igest" in line.text):
        found.extend(user for user, password in _raw_authorization(line)
                     if rejection(password.value, "password") is None
                     and strong_enough(password.value, "password", line.syntax))
    if "auth" in line.words and "uthIdent" in line.text:
        found.extend(user for user, password in _auth_idents(line)
                     if user.value and rejection(password.value, "password") is None
                     and strong_enough(password.value, "password", line.syntax))
    if "auth" in line.words or "pwd" in line.words:  # btoa("<user>:…"), CURLOPT_USERPWD
        found.extend(user for user, _ in _basic_pairs(line) if user.value)
    if line.syntax in PROSE:  # a chat's "user <name> / pass <password>", with a real password
        found.extend(user for user, password in _said_pairs(line)
                     if rejection(password.value, "password") is None
                     and strong_enough(password.value, "password", line.syntax))
        if "pass" in line.words and _says_a_password(line):
            found.extend(_said_users(line))
    elif line.syntax in _MESSAGE_SYNTAXES and not line.words.isdisjoint(_PAIR_WORDS):
        found.extend(_said_users_in_messages(line))  # a chat export's or a ticket's log-in
    for a in found:
        if not a.quoted and a.value[-1:] in _OPENER_CLOSE_MARKS \
                and (closed := _unopened_closers_cut(_aside_stop_cut(a.value))) != a.value:
            a = replace(a, value=closed, end=a.start + len(closed))  # "(user: <account>)."
        value = a.value.strip()
        account_id = keep is _user_or_uid_key and _account_id_key(a.key) and (
            "." not in a.key or _own_password_set(line, a.key))
        if (classify(a.key) != "user" and not account_id) \
                or (_UI_TEXT.match(value) and _locale(line.locator)) \
                or _said_by_a_speaker(line, a) or _status_word(line, a) \
                or _possessive(line, a) or _phrase_in_a_string(line, a) \
                or _key_in_a_plain_value(line, a):
            continue  # a translation file's "Enw defnyddiwr" is the label, not a user
        if " email " in words(a.key) and _EMAIL.fullmatch(value):
            continue  # EMAIL_HOST_USER's address: the email finding stands for it
        if line.syntax == "json" and _CHAT_MEMBER.fullmatch(value) and _chat_export(line):
            continue  # a chat export's "user": "U04…": the platform's id for its member
        span = account_span(a.value)
        if span is None and (_encoded_account(line, value)
                             or _upper_case_account(line, value, a.quoted)
                             or (username_rejection(value) == CHOSEN_ACCOUNT
                                 and real_password_near(line, key=a.key))):
            span = 0, len(a.value)
        if span is None:
            continue
        if span != (0, len(a.value)):  # cn=<account>,ou=…: the account, not its path
            a = replace(a, value=a.value[span[0]:span[1]], start=a.start + span[0],
                        end=a.start + span[1])
        yield _hit(a, "USERNAME", 0.85, personal=True)
