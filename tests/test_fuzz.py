"""Fuzzing: extract and detect never raise, whatever bytes or text they are given.

Every regex runs with a timeout, so an input that made one backtrack would surface here
as an error rather than a hang.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safecommit.config import Config
from safecommit.extract import extract
from safecommit.model import Blob, NotScanned, Text
from safecommit.scan import scan_blob

SUFFIXES = ["txt", "py", "js", "json", "yaml", "csv", "tsv", "env", "ini", "xml", "html", "md",
            "sql", "vtt", "srt", "ipynb", "har", "eml", "docx", "xlsx", "pptx", "pdf", "png",
            "jpg", "sqlite", "zip", "tar", "gz", "bin", "properties", "toml", "tf", "cs", "java"]
SYNTAXES = ["text", "python", "javascript", "java", "csharp", "json", "yaml", "csv", "tsv", "env",
            "ini", "properties", "xml", "html", "markdown", "sql", "vtt", "srt", "log", "email",
            "toml", "terraform", "shell", "dockerfile", "binary"]
CONFIG = Config()
SALT = b"\0" * 32
FUZZ = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _scan(blob: Blob) -> None:
    findings, problems = scan_blob(blob, CONFIG, SALT)
    for f in findings:
        assert f.line >= 1 and f.column >= 1
    for p in problems:
        assert isinstance(p, NotScanned) and p.reason


@FUZZ
@given(data=st.binary(max_size=4096), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_in_any_file_type_never_raise(data: bytes, suffix: str) -> None:
    blob = Blob(f"fuzz.{suffix}", data)
    result = extract(blob)
    assert isinstance(result, (list, NotScanned))
    _scan(blob)


@FUZZ
@given(text=st.text(max_size=2000), syntax=st.sampled_from(SYNTAXES))
def test_random_unicode_never_raises(text: str, syntax: str) -> None:
    from safecommit.detect import detect

    list(detect(Text("fuzz", text, syntax), CONFIG.kinds))


_IDENT = st.text("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-@. ", min_size=1,
                 max_size=20)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=5)
    | st.dictionaries(_IDENT, children, max_size=5),
    max_leaves=30,
)


@FUZZ
@given(doc=_JSON, suffix=st.sampled_from(["json", "ipynb", "har", "yaml"]))
def test_random_structured_documents_never_raise(doc: Any, suffix: str) -> None:
    _scan(Blob(f"doc.{suffix}", json.dumps(doc, indent=1).encode()))


@FUZZ
@given(rows=st.lists(st.lists(st.text(max_size=15), min_size=1, max_size=6), max_size=20),
       sep=st.sampled_from([",", "\t"]))
def test_random_delimited_files_never_raise(rows: list[list[str]], sep: str) -> None:
    body = "\n".join(sep.join(row) for row in rows)
    _scan(Blob("table.csv" if sep == "," else "table.tsv", body.encode()))


# Real files of the formats read by hand-written parsers (Parquet's footer and Snappy pages,
# dBase tables, OLE2 containers), damaged at random: a parser must fail closed, never raise.
_DATA = Path(__file__).parent / "data"
_REAL = {path.name: path.read_bytes() for path in [
    *sorted((_DATA / "parquet").glob("*.parquet")), _DATA / "gis" / "holdings.dbf",
    _DATA / "ole" / "word97.doc"]}


@FUZZ
@given(name=st.sampled_from(sorted(_REAL)), cut=st.integers(min_value=0, max_value=1 << 16),
       edits=st.lists(st.tuples(st.integers(min_value=0, max_value=1 << 16),
                                st.integers(min_value=0, max_value=255)), max_size=8))
def test_damaged_copies_of_real_files_never_raise(name: str, cut: int,
                                                  edits: list[tuple[int, int]]) -> None:
    data = bytearray(_REAL[name])
    for at, value in edits:
        data[at % len(data)] = value
    if cut % 3 == 0:  # a third of them also cut short, keeping the head or the tail
        data = data[:cut % len(data)] if cut % 2 else data[cut % len(data):]
    blob = Blob(name, bytes(data))
    assert isinstance(extract(blob), (list, NotScanned))
    _scan(blob)
