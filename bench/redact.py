#!/usr/bin/env python3
"""Redaction's measured target (issue 9), on a copy of a labelled corpus.

1. Copy the corpus to a temporary folder and run ``safecommit redact .`` in the copy.
2. Score the redacted copy with the eval yardstick (``evaluate --json``, pointed at the
   copy through EVAL_CORPUS), next to the original: the personal-data categories should
   find nothing after. A scan of the copy counts what personal data is still found.
3. Parse every JSON, YAML, notebook, TOML and XML file before and after: none may break.
4. Check the bytes around the values: line endings, BOMs and file modes are unchanged.

Usage:  .venv/bin/python bench/redact.py [--corpus ../shared/eval/dev] [--keep]
Exit 0 when both targets are met, 1 when not. Values never appear in the output.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from safecommit.config import tomllib  # tomllib, or tomli before Python 3.11

HERE = Path(__file__).resolve().parent
CHECKOUT = HERE.parent
DEFAULT_CORPUS = CHECKOUT.parent / "shared" / "eval" / "dev"
EVALUATE = CHECKOUT.parent / "shared" / "eval" / "evaluate"
NOT_PERSONAL = {"CREDENTIAL", "MARKING"}
PARSED = (".json", ".ipynb", ".har", ".yaml", ".yml", ".toml", ".xml")


def scanner() -> str:
    return os.environ.get("SAFECOMMIT") or str(Path(sys.executable).with_name("safecommit"))


def parse(path: Path) -> str | None:
    """None when the file parses as its suffix says, else the parser's complaint."""
    data = path.read_bytes()
    suffix = path.suffix.lower()
    try:
        if suffix in (".json", ".ipynb", ".har"):
            json.loads(data.decode("utf-8-sig"))
        elif suffix in (".yaml", ".yml"):
            import yaml

            list(yaml.safe_load_all(data))
        elif suffix == ".toml":
            tomllib.loads(data.decode("utf-8-sig"))
        elif suffix == ".xml":
            from defusedxml import ElementTree

            ElementTree.fromstring(data)
    except Exception as exc:
        return type(exc).__name__
    return None


def files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def evaluate(corpus: Path) -> dict[str, Any]:
    env = {**os.environ, "EVAL_CORPUS": str(corpus), "SAFECOMMIT": scanner()}
    out = subprocess.run([str(EVALUATE), "--json"], env=env, capture_output=True, text=True,
                         check=False)
    if out.returncode != 0:
        raise SystemExit(f"bench: evaluate failed ({out.returncode}): {out.stderr.strip()}")
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def personal_findings(corpus: Path) -> tuple[Counter[str], int]:
    """Personal-data findings in a scan of ``corpus``, by type, and how many of them sit
    inside a secret's span (a password@host read as an email): redact leaves those alone."""
    out = subprocess.run([scanner(), "scan", "--format", "json", "."],
                         cwd=corpus, capture_output=True, text=True, check=False)
    if out.returncode > 1:
        raise SystemExit(f"bench: scan of the redacted copy exited {out.returncode}: "
                         f"{out.stderr.strip()[-400:]}")
    findings = json.loads(out.stdout)["findings"]
    secrets = [f for f in findings if f["kind"] == "secret"]

    def inside_secret(f: dict[str, Any]) -> bool:
        return any(s["path"] == f["path"] and s["line"] == f["line"]
                   and s["column"] < f["end_column"] and f["column"] < s["end_column"]
                   for s in secrets)

    personal = [f for f in findings if f["kind"] == "personal-data"]
    return Counter(f["type"] for f in personal), sum(1 for f in personal if inside_secret(f))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="a folder holding corpus/ and labels.json")
    ap.add_argument("--keep", action="store_true", help="keep the redacted copy and say where")
    args = ap.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="safecommit-redact-bench-"))
    copy = work / "dev"
    shutil.copytree(args.corpus / "corpus", copy / "corpus")
    shutil.copy(args.corpus / "labels.json", copy / "labels.json")
    for p in files(copy / "corpus"):
        p.chmod(p.stat().st_mode | 0o200)
    try:
        return _measure(args.corpus, copy)
    finally:
        if args.keep:
            print(f"redacted copy kept in {copy / 'corpus'}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def _measure(original: Path, copy: Path) -> int:
    before = {p.relative_to(copy / "corpus"): p.read_bytes() for p in files(copy / "corpus")}
    modes = {p.relative_to(copy / "corpus"): p.stat().st_mode for p in files(copy / "corpus")}
    redact = subprocess.run([scanner(), "redact", "."], cwd=copy / "corpus",
                            capture_output=True, text=True, check=False)
    summary = [line for line in redact.stdout.splitlines() if line.startswith("safecommit:")]
    untouched = [line for line in redact.stdout.splitlines() if "left untouched:" in line]
    print(f"$ safecommit redact .   (exit {redact.returncode})")
    for line in summary:
        print(f"  {line}")
    if redact.returncode > 2 or (redact.returncode == 2 and not untouched):
        print(redact.stderr.strip()[-2000:])
        return 1

    old, new = evaluate(original), evaluate(copy)
    print("\nevaluate, personal-data categories: positives found before -> after redaction")
    found_after = 0
    for cat, before_cat in old["categories"].items():
        if cat in NOT_PERSONAL or not before_cat["positives"]:
            continue
        after = new["categories"][cat]["detected"]
        found_after += after
        print(f"  {cat:<16}{before_cat['positives']:>5} positives  {before_cat['detected']:>4}"
              f" -> {after}")
    for cat in sorted(NOT_PERSONAL):
        c_old, c_new = old["categories"][cat], new["categories"][cat]
        print(f"  {cat:<16}{c_old['positives']:>5} positives  {c_old['detected']:>4} -> "
              f"{c_new['detected']}   (not redacted on purpose)")
    left, in_secrets = personal_findings(copy / "corpus")
    print(f"\nscan of the redacted copy: {sum(left.values())} personal-data findings"
          + (f" ({', '.join(f'{t} {n}' for t, n in left.most_common())})" if left else "")
          + (f", {in_secrets} of them inside a secret's span (never rewritten; rotate the "
             "secret)" if in_secrets else ""))

    broken, checked, already = [], 0, 0
    changed = endings = boms = mode = 0
    for rel, data in before.items():
        path = copy / "corpus" / rel
        after_bytes = path.read_bytes()
        changed += after_bytes != data
        endings += after_bytes.count(b"\r\n") != data.count(b"\r\n")
        boms += after_bytes[:3] == b"\xef\xbb\xbf" != (data[:3] == b"\xef\xbb\xbf")
        mode += path.stat().st_mode != modes[rel]
        if rel.suffix.lower() in PARSED:
            checked += 1
            was, now = parse(original / "corpus" / rel), parse(path)
            if was is not None:
                already += 1
            elif now is not None:
                broken.append(f"{rel} ({now})")
    print(f"\nparse check: {checked} JSON/YAML/notebook/TOML/XML files, "
          f"{checked - already - len(broken)} parse after redaction, {len(broken)} broken"
          + (f", {already} did not parse before either" if already else ""))
    for b in broken:
        print(f"  broken: {b}")
    print(f"bytes: {changed} files changed; line endings changed in {endings}, BOM in {boms}, "
          f"mode in {mode}")
    if untouched:
        print(f"{len(untouched)} files left untouched by redact:")
        for line in untouched:
            print(f"  {line.strip()}")
    met = found_after == 0 and sum(left.values()) == in_secrets and not broken \
        and not (endings or boms or mode)
    print(f"\ntarget {'met' if met else 'NOT met'}: no personal data found after redaction, "
          "every structured file still parses")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
