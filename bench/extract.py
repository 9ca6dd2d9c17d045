"""Time to scan documents beyond plain text: a 20-page PDF, a 5-sheet workbook and a
1920x1080 screenshot (OCR).

Each file is made with the real library (fpdf2, openpyxl, Pillow), then timed two ways:
``extract`` alone, in this process (best of N, after one warm-up), and the whole CLI,
``safecommit scan --format json FILE``, as a fresh process (best of N), which includes
start-up, imports, detectors and reporting. Needs the ``test`` extra and tesseract.
Wall time and CPU time (this process and its children, such as tesseract) are both shown:
on a busy shared machine, CPU time is the steadier number.

    .venv/bin/python bench/extract.py [--repeat N]
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from safecommit.extract import extract
from safecommit.model import Blob

SENTENCE = ("The claimant, reference {n}, asked for the payment to be reviewed. Contact "
            "case.officer.{n}@example.com or call 07700 900{n:03d}. ")


def pdf_20_pages() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_author("Bench Author")
    pdf.set_font("helvetica", size=10)
    for page in range(20):
        pdf.add_page()
        pdf.multi_cell(0, 5, "".join(SENTENCE.format(n=page * 40 + i) for i in range(40)))
    return bytes(pdf.output())


def workbook_5_sheets(rows: int = 2000) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    book.remove(book.active)
    for s in range(5):
        sheet = book.create_sheet(f"Sheet{s + 1}")
        sheet.append(["id", "name", "email", "phone", "postcode", "amount", "status", "note"])
        for r in range(rows):
            sheet.append([r, f"Test User {r}", f"user{r}@example.com", f"07700 900{r % 1000:03d}",
                          "SW1A 1AA", r * 1.5, "PAID", "no issues"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def screenshot_1920x1080() -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    im = Image.new("RGB", (1920, 1080), "white")
    draw = ImageDraw.Draw(im)
    font = ImageFont.load_default(size=22)
    for row in range(24):
        draw.text((60, 40 + row * 42), SENTENCE.format(n=row)[:110], fill="black", font=font)
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def _cpu() -> float:
    me, children = resource.getrusage(resource.RUSAGE_SELF), \
        resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def best(repeat: int, run: Callable[[], object]) -> tuple[float, float]:
    """(best wall seconds, best CPU seconds) over ``repeat`` runs."""
    run()  # warm-up: imports and caches, as in a second file of the same run
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), _cpu()
        run()
        walls.append(time.perf_counter() - wall)
        cpus.append(_cpu() - cpu)
    return min(walls), min(cpus)


def cli_seconds(path: Path, repeat: int) -> tuple[float, float]:
    command = [sys.executable, "-m", "safecommit", "scan", "--format", "json", str(path)]
    env = {**os.environ, "NO_COLOR": "1"}
    return best(repeat, lambda: subprocess.run(command, capture_output=True, env=env,
                                               cwd=path.parent, check=False))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    cases = [("20-page PDF", "bench.pdf", pdf_20_pages),
             ("5-sheet workbook (5 x 2,000 rows x 8 columns)", "bench.xlsx", workbook_5_sheets),
             ("1920x1080 screenshot (OCR)", "bench.png", screenshot_1920x1080)]
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'file':46} {'bytes':>8} {'extract s':>10} {'(CPU)':>7} {'CLI scan s':>11} "
              f"{'(CPU)':>7}")
        for label, name, make in cases:
            data = make()
            path = Path(tmp, name)
            path.write_bytes(data)
            blob = Blob(name, data)
            parts = extract(blob)
            if not isinstance(parts, list) or not parts:
                print(f"{label}: extract failed: {parts}", file=sys.stderr)
                return 1
            alone = best(args.repeat, lambda blob=blob: extract(blob))
            whole = cli_seconds(path, args.repeat)
            print(f"{label:46} {len(data):>8} {alone[0]:>10.2f} {alone[1]:>7.2f} "
                  f"{whole[0]:>11.2f} {whole[1]:>7.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
