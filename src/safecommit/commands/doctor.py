"""``safecommit doctor``: which tiers and tools this machine can run, and how to turn on the rest.

It only looks: it imports nothing heavy, loads no model and never goes online.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import sys

from safecommit.commands.common import guarded, load_config


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--config", metavar="FILE", help="config file (default: .safecommit.toml "
                        "or [tool.safecommit] in pyproject.toml)")


def _version(package: str) -> str | None:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return None


def checks(nlp_model: str | None) -> list[tuple[str, str]]:
    """(what, state) pairs; each state starts with "on" or "off"."""
    from safecommit import nlp
    from safecommit.extract import ocr
    from safecommit.names_data import load

    names = load()
    rows = [("default tier", f"on: patterns, checksums and key context; names from "
                             f"{len(names.given):,} given names and "
                             f"{len(names.surnames) + len(names.more_surnames):,} surnames")]
    ner = nlp.status(nlp_model)
    detail = ner.detail
    if ner.on:
        versions = ", ".join(f"{p} {v}" for p in ("spacy", "presidio-analyzer")
                             if (v := _version(p)))
        detail += f" ({versions})"
    rows.append(("NER tier", detail))
    tesseract = ocr.available()
    rows.append(("OCR of images", f"on: tesseract at {tesseract}" if tesseract else
                 "off: tesseract is not installed (apt-get install tesseract-ocr); text in "
                 "images is reported as not scanned"))
    return rows


@guarded
def run(args: argparse.Namespace) -> int:
    args.kinds = None
    config = load_config(args)
    rows = checks(config.nlp_model)
    width = max(len(what) for what, _ in rows)
    for what, state in rows:
        sys.stdout.write(f"{what:<{width}}  {state}\n")
    return 0
