"""Configuration: ``[tool.safecommit]`` in pyproject.toml, or ``.safecommit.toml``.

Every key is declared once in ``_SCHEMA``; anything else is an error that names the key,
so a typo never silently turns a check off.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from safecommit.model import KINDS, Kind

if TYPE_CHECKING:
    from safecommit.baseline import Baseline

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib  # type: ignore[import-not-found, unused-ignore]

CONFIG_FILE = ".safecommit.toml"
# Here, not in baseline.py: a run looks for it, and imports the baseline module only if it exists.
BASELINE_FILE = ".safecommit-baseline.json"

DEFAULT_THRESHOLD = 0.5


class ConfigError(Exception):
    """A config problem; the message is one line and names the file and key."""


@dataclass(frozen=True, slots=True)
class Guidance:
    keeping_data_safe: str = "https://digital.defra.gov.uk/ai-toolkit/guidance/keeping-data-safe"
    using_data_with_ai: str = "https://digital.defra.gov.uk/ai-toolkit/guidance/using-data-with-ai"
    report_incident: str = "https://digital.defra.gov.uk/ai-toolkit/guidance/report-an-ai-incident"
    contact: str = "the AI Capability and Enablement team (AICE)"


@dataclass(frozen=True, slots=True)
class AllowEntry:
    """An allowlist entry. Exactly one of value, regex or path is set; reason is required."""

    reason: str
    value: str | None = None
    regex: str | None = None
    path: str | None = None
    types: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Config:
    root: Path = Path(".")
    source: str | None = None
    exclude: tuple[str, ...] = ()
    kinds: tuple[Kind, ...] = KINDS
    threshold: float = DEFAULT_THRESHOLD
    # What a file that cannot be scanned, or a detector that fails, does to the commit.
    on_unscanned: str = "block"
    on_error: str = "block"
    guidance: Guidance = field(default_factory=Guidance)
    allowlist: tuple[AllowEntry, ...] = ()
    disable: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    official_sensitive: str = "block"
    nlp_model: str | None = None
    max_file_bytes: int = 64 * 1024 * 1024
    # Loaded from .safecommit-baseline.json by the commands, not from config.
    baseline: Baseline | None = None


def _str(v: Any) -> str:
    if not isinstance(v, str):
        raise ValueError("must be a string")
    return v


def _str_list(v: Any) -> tuple[str, ...]:
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise ValueError("must be a list of strings")
    return tuple(v)


def _choice(*options: str) -> Callable[[Any], str]:
    def check(v: Any) -> str:
        if v not in options:
            raise ValueError(f"must be one of {', '.join(repr(o) for o in options)}")
        return str(v)

    return check


def _kinds(v: Any) -> tuple[Kind, ...]:
    items = _str_list(v)
    for item in items:
        if item not in KINDS:
            raise ValueError(f"unknown kind {item!r} (kinds are {', '.join(KINDS)})")
    return tuple(k for k in KINDS if k in items)


def _threshold(v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not 0 <= v <= 1:
        raise ValueError("must be a number from 0 to 1")
    return float(v)


def _positive_int(v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, int) or v <= 0:
        raise ValueError("must be a positive whole number")
    return v


_GUIDANCE_KEYS = ("keeping_data_safe", "using_data_with_ai", "report_incident", "contact")
_ALLOW_KEYS = ("reason", "value", "regex", "path", "types")


def _guidance(v: Any, where: str) -> Guidance:
    table = _table(v, where)
    _check_keys(table, _GUIDANCE_KEYS, where)
    return Guidance(**{k: _field(table, k, _str, where) for k in table})


def _allowlist(v: Any, where: str) -> tuple[AllowEntry, ...]:
    if not isinstance(v, list):
        raise ConfigError(f"{where}: must be a list of tables ([[...allowlist]])")
    entries = []
    for i, raw in enumerate(v, start=1):
        at = f"{where}[{i}]"
        table = _table(raw, at)
        _check_keys(table, _ALLOW_KEYS, at)
        reason = table.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            raise ConfigError(f"{at}: every allowlist entry needs a 'reason'")
        if ("value" in table and "regex" in table) or \
                not any(k in table for k in ("value", "regex", "path")):
            raise ConfigError(f"{at}: give a 'value' or a 'regex' (not both), a 'path', "
                              "or a value or regex with a path to allow it only there")
        if "regex" in table:
            _compile(table["regex"], f"{at}.regex")
            if _matches_anything(table["regex"]):
                raise ConfigError(f"{at}: regex matches everything; allow specific values")
        if "path" in table and isinstance(table["path"], str) and _every_path(table["path"]) \
                and "value" not in table and "regex" not in table:
            raise ConfigError(f"{at}: path allowlists every file; use 'kinds' to turn a check off")
        entries.append(
            AllowEntry(
                reason=reason,
                value=_field(table, "value", _str, at) if "value" in table else None,
                regex=_field(table, "regex", _str, at) if "regex" in table else None,
                path=_field(table, "path", _str, at) if "path" in table else None,
                types=_field(table, "types", _types, at) if "types" in table else (),
            )
        )
    return tuple(entries)


def _types(v: Any) -> tuple[str, ...]:
    """Type names (``PERSON``, ``EMAIL_ADDRESS``) or kinds; a typo would allow nothing."""
    import re

    items = _str_list(v)
    for item in items:
        if item not in KINDS and not re.fullmatch(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*", item):
            hint = f" (did you mean '{item.upper().replace('-', '_')}'?)" \
                if item.upper().replace("-", "_") != item else ""
            raise ValueError(f"has {item!r}, which is neither a type name in upper snake "
                             f"case nor a kind ({', '.join(KINDS)}){hint}")
    if not items:
        raise ValueError("is empty: list the types, or leave 'types' out for every type")
    return items


# Probes of every shape: an allowlist that accepts all of them accepts anything.
_PROBE_VALUES = ("x", "Ab9", "a b", "0", "@.-_/", "+=!~", "Zz Zz 99")
_PROBE_PATHS = ("a.txt", "src/app/settings.py", ".env", "docs/a/b/c.md")


def _matches_anything(pattern: str) -> bool:
    import regex

    compiled = regex.compile(pattern)
    return all(compiled.fullmatch(p, timeout=1.0) for p in _PROBE_VALUES)


def _every_path(glob: str) -> bool:
    from safecommit.source import matches_glob

    return all(matches_glob(p, glob) for p in _PROBE_PATHS)


def _disable(v: Any, where: str) -> dict[str, tuple[str, ...]]:
    """``"glob" = { types = [...], reason = "..." }``: types switched off for those paths."""
    table = _table(v, where)
    out = {}
    for glob, raw in table.items():
        at = f"{where}.{glob!r}"
        if not isinstance(raw, dict):
            raise ConfigError(f"{at}: needs a reason, like every allowlist entry (write "
                              f'"{glob}" = {{ types = [...], reason = "..." }})')
        _check_keys(raw, ("types", "reason"), at)
        reason = raw.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            raise ConfigError(f"{at}: every allowlist entry needs a 'reason'")
        if "types" not in raw:
            raise ConfigError(f"{at}: list the 'types' to switch off (to skip the files "
                              "altogether, use 'exclude')")
        out[glob] = _field(raw, "types", _types, at)
    return out


def _compile(pattern: Any, where: str) -> None:
    import regex

    if not isinstance(pattern, str):
        raise ConfigError(f"{where}: must be a string")
    try:
        regex.compile(pattern)
    except regex.error as exc:
        raise ConfigError(f"{where}: invalid regex ({exc})") from None


# key -> (Config field, parser). Parsers take the raw value, or (value, where) for tables.
_SCHEMA: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "exclude": ("exclude", _str_list),
    "kinds": ("kinds", _kinds),
    "threshold": ("threshold", _threshold),
    "on_unscanned": ("on_unscanned", _choice("block", "warn")),
    "on_error": ("on_error", _choice("block", "warn")),
    "official_sensitive": ("official_sensitive", _choice("block", "warn")),
    "nlp_model": ("nlp_model", _str),
    "max_file_bytes": ("max_file_bytes", _positive_int),
}
_TABLES: dict[str, tuple[str, Callable[[Any, str], Any]]] = {
    "guidance": ("guidance", _guidance),
    "allowlist": ("allowlist", _allowlist),
    "disable": ("disable", _disable),
}


def _table(v: Any, where: str) -> dict[str, Any]:
    if not isinstance(v, dict):
        raise ConfigError(f"{where}: must be a table")
    return v


def _check_keys(table: Mapping[str, Any], known: tuple[str, ...] | list[str], where: str) -> None:
    for key in table:
        if key not in known:
            import difflib  # only for the message: every run imports this module

            close = difflib.get_close_matches(key, known, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise ConfigError(f"{where}: unknown key '{key}'{hint}")


def _field(table: Mapping[str, Any], key: str, parse: Callable[[Any], Any], where: str) -> Any:
    try:
        return parse(table[key])
    except ValueError as exc:
        raise ConfigError(f"{where}: '{key}' {exc}") from None


def parse(raw: Mapping[str, Any], source: str, root: Path) -> Config:
    """Validate a raw ``[tool.safecommit]`` table into a Config."""
    _check_keys(raw, [*_SCHEMA, *_TABLES], source)
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key in _SCHEMA:
            name, parser = _SCHEMA[key]
            values[name] = _field(raw, key, parser, source)
        else:
            name, table_parser = _TABLES[key]
            values[name] = table_parser(value, f"{source}: {key}")
    return replace(Config(root=root, source=source), **values)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            data: dict[str, Any] = tomllib.load(fh)
            return data
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path.name}: not valid TOML ({exc})") from None
    except OSError as exc:
        raise ConfigError(f"{path.name}: cannot read ({exc.strerror})") from None


def load(root: Path, explicit: Path | None = None) -> Config:
    """Load config from ``explicit``, else ``.safecommit.toml``, else ``pyproject.toml``."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: config file not found")
        data = _read_toml(explicit)
        is_pyproject = explicit.name == "pyproject.toml"
        table = data.get("tool", {}).get("safecommit", data) if is_pyproject else data
        return parse(table, str(explicit), root)
    dedicated = root / CONFIG_FILE
    if dedicated.exists() and not dedicated.is_file():
        raise ConfigError(f"{CONFIG_FILE}: is not a file")
    if dedicated.is_file():
        return parse(_read_toml(dedicated), CONFIG_FILE, root)
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        tool = _read_toml(pyproject).get("tool", {})
        if isinstance(tool, dict) and "safecommit" in tool:
            return parse(_table(tool["safecommit"], "pyproject.toml: [tool.safecommit]"),
                         "pyproject.toml: [tool.safecommit]", root)
    return Config(root=root)


def env_flag(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() not in ("", "0", "false", "no")
