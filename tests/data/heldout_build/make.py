"""Build the held-out corpus: files and labels.json, from the templates in ``templates.py``.

Run from the repository root: ``.venv/bin/python tests/data/heldout_build/make.py``. It
writes ``tests/data/heldout/corpus/`` and ``tests/data/heldout/labels.json``, the layout the
shared yardstick reads (``EVAL_CORPUS=tests/data/heldout ../shared/eval/evaluate``).

Every planted value is marked in a template as ``⟦+CATEGORY/kind:value⟧`` (personal data,
a secret or a marking: must be found) or ``⟦-CATEGORY/kind:value⟧`` (a lookalike: must not
be found). Marks that share a group (``⟦+BANK_ACCOUNT/sort_code_account#b1:…⟧``) become
one label spanning their lines, as a sort code and account number on two lines do. The
builder writes the text without the marks, one label per mark, and checks every positive
value the way the real thing is checked (Luhn, mod 11, IBAN, NINO prefixes), so a typo
cannot turn a positive into a lookalike.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "heldout"

_MARK = re.compile(r"⟦(?P<sign>[+-])(?P<cat>[A-Z_]+)/(?P<kind>[a-z0-9_]+)(?:#(?P<group>\w+))?:"
                   r"(?P<value>[^⟧]*)⟧")


def render(path: str, template: str) -> tuple[str, list[dict[str, object]]]:
    labels: list[dict[str, object]] = []
    groups: dict[str, dict[str, object]] = {}
    out_lines = []
    for number, line in enumerate(template.split("\n"), start=1):
        for m in _MARK.finditer(line):
            label = {"path": path, "line": number, "end_line": number,
                     "category": m.group("cat"), "positive": m.group("sign") == "+",
                     "value": m.group("value"), "kind": m.group("kind")}
            group = m.group("group")
            if group is None:
                labels.append(label)
            elif group in groups:
                first = groups[group]
                first["end_line"] = number
                first["value"] = f"{first['value']} {m.group('value')}"
            else:
                groups[group] = label
                labels.append(label)
        out_lines.append(_MARK.sub(lambda m: m.group("value"), line))
    return "\n".join(out_lines), labels


def check(label: dict[str, object]) -> None:
    """A positive must be valid: the lookalike rules, not a typo, decide what is reserved."""
    from stdnum import iban, luhn
    from stdnum.gb import nhs, utr

    if not label["positive"]:
        return
    value = str(label["value"])
    digits = "".join(c for c in value if c.isdigit())
    cat = label["category"]
    ok = True
    if cat == "NHS":
        ok = nhs.is_valid(digits) and not digits.startswith("999")
    elif cat == "UTR":
        ok = utr.is_valid(digits)
    elif cat == "CARD":
        ok = luhn.is_valid(digits)
    elif cat == "IBAN":
        ok = iban.is_valid(value)
    elif cat == "NINO":
        compact = re.sub(r"[^A-Za-z0-9]", "", value).upper()
        ok = (re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", compact) is not None
              and compact[:2] not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
    elif cat == "PHONE":
        import phonenumbers

        text = "+44" + value[4:] if value.startswith("0044") else value
        number = phonenumbers.parse(text, "GB")
        ok = phonenumbers.is_valid_number(number)
    elif label["kind"] == "github_token":
        ok = _github_crc(value[4:34]) == value[34:]
    if not ok:
        raise SystemExit(f"make.py: {label['path']}:{label['line']}: invalid positive {value!r}")


def _github_crc(body: str) -> str:
    """GitHub's checksum: the CRC32 of a token's 30 random characters, in base62, 6 long."""
    import string
    import zlib

    alphabet = string.digits + string.ascii_uppercase + string.ascii_lowercase
    n, out = zlib.crc32(body.encode()), ""
    while n:
        n, r = divmod(n, 62)
        out = alphabet[r] + out
    return out.rjust(6, "0")


def main() -> int:
    sys.path.insert(0, str(HERE))
    from templates import TEMPLATES

    corpus = OUT / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    labels: list[dict[str, object]] = []
    for path, template in TEMPLATES.items():
        text, found = render(path, template.lstrip("\n"))
        for label in found:
            check(label)
        target = corpus / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        if path.endswith((".json", ".har", ".ipynb")):
            json.loads(text)  # a broken capture or notebook would test the fallback instead
        labels.extend(found)
    with open(OUT / "labels.json", "w", encoding="utf-8") as fh:
        fh.write("[\n" + ",\n".join(json.dumps(label, ensure_ascii=False) for label in labels)
                 + "\n]\n")
    print(f"{len(TEMPLATES)} files, {len(labels)} labels "
          f"({sum(1 for label in labels if label['positive'])} positive)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
