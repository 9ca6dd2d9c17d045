"""Images (PNG, JPEG, TIFF, WebP): metadata that names people or places, and text by OCR.

Metadata: EXIF tags that hold a person or a device (Artist, XPAuthor, CameraOwnerName,
BodySerialNumber, UserComment …), the GPS position, PNG text chunks, JPEG comments, IPTC
by-lines and XMP. Each line's place is its tag, such as ``EXIF Artist``. Text in the
picture (a screenshot) is read by tesseract; without tesseract the image is reported as
not checked for text, with how to install it.
"""

from __future__ import annotations

import importlib
import io
import os
import warnings
from collections.abc import Iterator
from typing import Any

from safecommit.extract import ocr
from safecommit.extract.errors import ExtractError
from safecommit.extract.props import properties_text
from safecommit.extract.xmp import find_packets, xmp_pairs
from safecommit.model import Blob, NotScanned, Text

INSTALL = "pip install pillow"
# Tags that can hold a person, their words, or a device that identifies them.
_EXIF = {
    0x010D: "DocumentName", 0x010E: "ImageDescription", 0x013B: "Artist",
    0x013C: "HostComputer", 0x8298: "Copyright", 0x9C9B: "XPTitle", 0x9C9C: "XPComment",
    0x9C9D: "XPAuthor", 0x9C9E: "XPKeywords", 0x9C9F: "XPSubject", 0x9286: "UserComment",
    0xA420: "ImageUniqueID", 0xA430: "CameraOwnerName", 0xA431: "BodySerialNumber",
    0xA435: "LensSerialNumber",
}
_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825
# The text chunk in which draw.io keeps the drawing behind a PNG it exported; Excalidraw's.
_DRAWIO = "mxfile"
_EXCALIDRAW = "application/vnd.excalidraw+json"
# IPTC (record 2) datasets that title the picture, name or quote people.
_IPTC = {(2, 5): "Object Name", (2, 25): "Keywords", (2, 80): "By-line",
         (2, 85): "By-line Title", (2, 105): "Headline",
         (2, 116): "Copyright Notice", (2, 118): "Contact", (2, 120): "Caption",
         (2, 122): "Writer", (2, 90): "City", (2, 92): "Sub-location"}


# Pillow places an image among its common formats from the first bytes, and otherwise
# loads every format it knows (some 40 modules) to try them all: the plugin for the file's
# own extension is loaded first, so a TIFF or a WebP never costs that.
_PLUGINS = {".tif": "TiffImagePlugin", ".tiff": "TiffImagePlugin", ".webp": "WebPImagePlugin"}


def extract(blob: Blob) -> list[Text | NotScanned]:
    try:
        from PIL import Image

        plugin = _PLUGINS.get(os.path.splitext(blob.path)[1].lower())
        if plugin is not None:
            importlib.import_module(f"PIL.{plugin}")
    except ImportError:
        raise ExtractError(f"needs Pillow to read images ({INSTALL})") from None
    try:
        with warnings.catch_warnings():  # Pillow warns about damaged EXIF; damage is handled
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(blob.data)) as im:
                size = im.size
                rows = list(_metadata(im, blob.data))
                chunks = getattr(im, "text", None) or {}
                drawing, scene = chunks.get(_DRAWIO), chunks.get(_EXCALIDRAW)
    except ExtractError:
        raise
    except Image.DecompressionBombError:
        raise ExtractError("claims more pixels than Pillow will open safely (an image bomb?), "
                           "so it cannot be checked") from None
    except Exception as exc:  # Pillow raises many kinds on a damaged or hostile file
        raise ExtractError(f"not a readable image ({type(exc).__name__})") from None
    parts: list[Text | NotScanned] = []
    meta = properties_text(blob, rows, place="image metadata", prefix="")
    if meta is not None:
        parts.append(meta)
    if isinstance(drawing, str):
        parts.extend(_drawing(blob, drawing))
    if isinstance(scene, str):
        parts.extend(_scene(blob, scene))
    parts.extend(ocr.text_in(blob, blob.data, size, "text in image (OCR)"))
    return parts


def _drawing(blob: Blob, chunk: str) -> Iterator[Text | NotScanned]:
    """The draw.io drawing a PNG exported from draw.io carries (URL-encoded), page by page."""
    from urllib.parse import unquote

    from safecommit.extract import drawio

    for part in drawio.extract(Blob(blob.path, unquote(chunk).encode(), commit=blob.commit)):
        if isinstance(part, (Text, NotScanned)):
            yield part


def _scene(blob: Blob, chunk: str) -> list[Text | NotScanned]:
    """The Excalidraw scene a PNG exported from Excalidraw carries, read as the drawing:
    the scene itself (early exports) or packed in Excalidraw's wrapper
    (``excalidraw.unpacked``)."""
    import zlib

    from safecommit.extract import excalidraw

    try:
        data = excalidraw.unpacked(chunk)
    except (ValueError, UnicodeEncodeError, zlib.error):
        return [NotScanned(blob.path, "the Excalidraw drawing it carries could not be "
                                      "unpacked, so it was not checked", blob.commit)]
    return [part for part in excalidraw.extract(Blob(blob.path, data, commit=blob.commit))
            if isinstance(part, (Text, NotScanned))]


def _metadata(im: Any, data: bytes) -> Iterator[tuple[str, str]]:
    exif = im.getexif()
    for ifd in (exif, exif.get_ifd(_EXIF_IFD)):
        for tag, name in _EXIF.items():
            if tag in ifd:
                value = _exif_text(name, ifd[tag])
                if value:
                    yield f"EXIF {name}", value
    position = _gps(exif.get_ifd(_GPS_IFD))
    if position:
        yield "EXIF GPS position", position
    for key, value in (getattr(im, "text", None) or {}).items():
        if key not in ("XML:com.adobe.xmp", _DRAWIO, _EXCALIDRAW) and isinstance(value, str):
            yield f"PNG {key}", value
    comment = im.info.get("comment")
    if isinstance(comment, bytes):
        yield "JPEG comment", comment.decode("utf-8", "replace")
    yield from _iptc(im)
    packets = find_packets(data)
    for extra in (im.info.get("xmp"), (getattr(im, "text", None) or {}).get("XML:com.adobe.xmp")):
        if isinstance(extra, str):
            extra = extra.encode("utf-8")
        if isinstance(extra, bytes) and extra not in packets:
            packets.append(extra)
    for packet in packets:
        yield from xmp_pairs(packet)


def _exif_text(name: str, value: object) -> str:
    if isinstance(value, str):
        return value.strip("\0 ").strip()
    if not isinstance(value, bytes):
        return ""
    if name.startswith("XP"):  # Windows tags: UTF-16LE
        return value.decode("utf-16-le", "replace").strip("\0 ").strip()
    if name == "UserComment":  # an 8-byte charset code, then the comment
        code, body = value[:8], value[8:]
        encoding = "utf-16" if code.startswith(b"UNICODE") else "latin-1"
        return body.decode(encoding, "replace").strip("\0 ").strip()
    return value.decode("utf-8", "replace").strip("\0 ").strip()


def _gps(gps: Any) -> str:
    """Decimal degrees, as a map would take them."""
    try:
        lat, lon = _degrees(gps[2], gps.get(1)), _degrees(gps[4], gps.get(3))
    except (KeyError, TypeError, ValueError, ZeroDivisionError, IndexError):
        return ""
    return f"{lat:.6f}, {lon:.6f}"


def _degrees(dms: Any, ref: Any) -> float:
    d, m, s = (float(x) for x in dms)
    value = d + m / 60 + s / 3600
    return -value if str(ref).strip("\0").upper() in ("S", "W") else value


def _iptc(im: Any) -> Iterator[tuple[str, str]]:
    if im.format != "JPEG" or "APP13" not in str(getattr(im, "applist", "")):
        return
    from PIL import IptcImagePlugin

    info = IptcImagePlugin.getiptcinfo(im) or {}
    for key, name in _IPTC.items():
        raw = info.get(key)
        for item in raw if isinstance(raw, list) else [raw]:
            if isinstance(item, bytes) and item.strip():
                yield f"IPTC {name}", item.decode("utf-8", "replace")
