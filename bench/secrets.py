"""Secrets side by side: safecommit's secret kind (and USERNAME) against detect-secrets 1.5.0.

Both tools scan the same copy of the dev corpus; both sets of findings are scored with the
yardstick's own ``score.py``. Then both scan the corpus copied ``--copies`` times, as fresh
processes, interleaved, ``--repeat`` times, for speed (median wall and CPU seconds).

- safecommit: ``safecommit scan --format json --kind secret --kind personal-data .``; the
  secret findings and the USERNAME findings are scored apart (the other personal data is
  another issue's). Speed runs use ``--kind secret`` only, the work detect-secrets does.
- detect-secrets: ``detect-secrets scan --all-files .`` (the corpus is not a git repository),
  every plugin and its default filters; each result becomes a finding of its type.

    .venv/bin/python bench/secrets.py [--copies 10] [--repeat 3] [--no-install]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from harness import (
    CORPUS,
    MB,
    Measured,
    corpus_copies,
    ensure_peers,
    measure,
    median_run,
    peer_bin,
    safecommit_command,
    save,
    say,
    table,
    tree_bytes,
)

SCORE = CORPUS.parent.parent / "score.py"
LABELS = CORPUS.parent / "labels.json"


def detect_secrets_command() -> list[str]:
    """detect-secrets 1.5.0 from the peers' virtualenv, or the one safecommit depends on."""
    peer = peer_bin("detect-secrets")
    return [str(peer if peer.exists() else Path(sys.executable).parent / "detect-secrets")]


def detect_secrets_version(command: list[str]) -> str:
    out = subprocess.run([*command, "--version"], capture_output=True, text=True)
    return out.stdout.strip() or "unknown"


def run_safecommit(corpus: Path, out: Path) -> list[dict[str, Any]]:
    subprocess.run([*safecommit_command(), "scan", "--format", "json", "--kind", "secret",
                    "--kind", "personal-data", "--output", str(out), "."], cwd=corpus,
                   check=False, capture_output=True)
    findings: list[dict[str, Any]] = json.loads(out.read_text())["findings"]
    return findings


def run_detect_secrets(corpus: Path) -> list[dict[str, Any]]:
    proc = subprocess.run([*detect_secrets_command(), "scan", "--all-files", "."], cwd=corpus,
                          capture_output=True, text=True, check=True)
    results = json.loads(proc.stdout)["results"]
    return [{"path": path, "line": r["line_number"], "type": r["type"]}
            for path, found in results.items() for r in found]


def score(findings: list[dict[str, Any]], work: Path, name: str) -> dict[str, Any]:
    path = work / f"{name}.json"
    path.write_text(json.dumps({"findings": findings}))
    out = subprocess.run([sys.executable, str(SCORE), "--labels", str(LABELS), "--findings",
                          str(path), "--json"], capture_output=True, text=True, check=True)
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}%"


def lookalikes(s: dict[str, Any]) -> str:
    """Planted lookalikes flagged, of all planted lookalikes."""
    kinds = s["negative_kinds"].values()
    return f"{sum(k['flagged'] for k in kinds)}/{sum(k['labels'] for k in kinds)}"


def accuracy_row(tool: str, s: dict[str, Any]) -> list[object]:
    cats = s["categories"]
    return [tool, pct(cats["CREDENTIAL"]["recall"]), pct(cats["CONN_USERNAME"]["recall"]),
            pct(s["precision"]), s["findings"], s["false_positive_findings"], lookalikes(s)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10, help="corpus copies for speed")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each tool")
    parser.add_argument("--no-install", action="store_true", help="use the peers as they are")
    args = parser.parse_args(argv)
    ensure_peers(install=not args.no_install)
    ds = detect_secrets_command()
    ds_version = detect_secrets_version(ds)
    if not ds_version.startswith("1.5.0"):
        say(f"detect-secrets is {ds_version}, not 1.5.0: the comparison is not the one asked")

    with tempfile.TemporaryDirectory(prefix="bench-secrets-") as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        shutil.copytree(CORPUS, corpus)
        ours = run_safecommit(corpus, work / "safecommit.json")
        theirs = run_detect_secrets(corpus)
        scores = {
            "safecommit: secret": score([f for f in ours if f["kind"] == "secret"], work,
                                        "secret"),
            "safecommit: USERNAME": score([f for f in ours if f["type"] == "USERNAME"], work,
                                          "username"),
            "safecommit: secret + USERNAME": score(
                [f for f in ours if f["kind"] == "secret" or f["type"] == "USERNAME"], work,
                "both"),
            f"detect-secrets {ds_version}": score(theirs, work, "detect-secrets"),
        }

    print(f"## Accuracy on the dev corpus ({CORPUS})\n")
    print(table(["tool", "CREDENTIAL recall", "CONN_USERNAME recall", "precision", "findings",
                 "false positives", "lookalikes flagged"],
                [accuracy_row(tool, s) for tool, s in scores.items()]))

    tree = corpus_copies(args.copies)
    files, size = tree_bytes(tree)
    commands = {
        "safecommit --kind secret": [*safecommit_command(), "scan", "--format", "json",
                                     "--kind", "secret", "."],
        f"detect-secrets {ds_version}": [*ds, "scan", "--all-files", "."],
    }
    runs: dict[str, list[Measured]] = {name: [] for name in commands}
    for _ in range(args.repeat):
        for name, command in commands.items():  # interleaved: both see the same load
            runs[name].append(measure(command, tree))
    timed = {name: median_run(r) for name, r in runs.items()}
    base = timed[f"detect-secrets {ds_version}"]
    print(f"\n## Speed: the corpus x{args.copies} ({files} files, {size / MB:.1f} MB), "
          f"median of {args.repeat}\n")
    print(table(["tool", "wall s", "CPU s", "MB/s (wall)", "MB/s (CPU)", "vs detect-secrets"],
                [[name, f"{m.seconds:.2f}", f"{m.cpu:.2f}", f"{size / MB / m.seconds:.2f}",
                  f"{size / MB / m.cpu:.2f}" if m.cpu else "-",
                  f"{base.seconds / m.seconds:.1f}x wall, {base.cpu / m.cpu:.1f}x CPU"
                  if m.cpu else "-"]
                 for name, m in timed.items()]))
    saved = save("secrets", {"scores": scores, "speed": timed, "bytes": size, "files": files})
    print(f"\nraw numbers: {saved}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
