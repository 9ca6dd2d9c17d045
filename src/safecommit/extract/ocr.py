"""Text in an image, read by the ``tesseract`` binary when it is installed.

tesseract is run as a plain subprocess on the image bytes (stdin to stdout), with a
timeout, one thread and no network. Its language data comes with the system package;
nothing is ever downloaded.
"""

from __future__ import annotations

import os
import shutil
import subprocess

from safecommit.extract import limits
from safecommit.model import Blob, NotScanned, Text

INSTALL = ("install tesseract: sudo apt-get install tesseract-ocr, brew install tesseract, "
           "or winget install UB-Mannheim.TesseractOCR")


# An image smaller than this holds no readable sentence (icons); OCR is not worth it.
MIN_SIDE = (100, 20)


class OcrUnavailable(Exception):
    """OCR could not run on this image; the message says why and what to do."""


def available() -> str | None:
    return shutil.which("tesseract")


def read_text(data: bytes) -> str:
    """What tesseract reads in the image ``data``."""
    binary = available()
    if binary is None:
        raise OcrUnavailable(f"tesseract is not installed ({INSTALL})")
    # One thread each: tesseract's OpenMP threads fight each other on small machines.
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}
    try:
        done = subprocess.run([binary, "stdin", "stdout", "--psm", "3"], input=data,
                              capture_output=True, timeout=limits.LIMITS.ocr_seconds, env=env,
                              check=False)
    except subprocess.TimeoutExpired:
        raise OcrUnavailable(f"OCR took over {limits.LIMITS.ocr_seconds:.0f} s, "
                             "over the cap") from None
    except OSError as exc:
        raise OcrUnavailable(f"tesseract could not run ({exc.strerror or exc})") from None
    if done.returncode != 0:
        first = done.stderr.decode("utf-8", "replace").strip().splitlines()
        why = first[-1][:120] if first else f"exit code {done.returncode}"
        raise OcrUnavailable(f"tesseract could not read it ({why})")
    return done.stdout.decode("utf-8", "replace")


def text_in(blob: Blob, image: bytes, size: tuple[int, int], place: str,
            subject: str = "") -> list[Text | NotScanned]:
    """The text in ``image`` (of ``size``, inside ``blob``) as a Text placed at ``place``;
    why it was not read (too large, no tesseract), named by ``subject``; nothing for an
    icon."""
    width, height = size
    if width < MIN_SIDE[0] or height < MIN_SIDE[1]:
        return []
    if width * height > limits.LIMITS.max_pixels:
        return [NotScanned(blob.path, f"{subject}not checked for text: {width}x{height} is "
                           f"over the {limits.LIMITS.max_pixels // 1_000_000} megapixel cap "
                           "for OCR", blob.commit)]
    try:
        said = read_text(image)
    except OcrUnavailable as exc:
        return [NotScanned(blob.path, f"{subject}not checked for text: {exc}", blob.commit)]
    if not said.strip():
        return []
    return [Text(blob.path, said.replace("\f", "\n"), "text", place=place, commit=blob.commit)]
