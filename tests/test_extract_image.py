"""Images: EXIF, XMP and PNG text metadata are scanned by tag; screenshots are read by OCR."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw, ImageFont, PngImagePlugin

from conftest import Repo
from safecommit.extract import extract, limits
from safecommit.model import Blob, NotScanned, Text

EMAIL = "y.adewale.4419@gmail.com"
PHONE = "07700 900461"
XMP = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
       b'22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
       b"<dc:creator><rdf:Seq><rdf:li>Yemi Adewale</rdf:li></rdf:Seq></dc:creator>"
       b"</rdf:Description></rdf:RDF></x:xmpmeta>")


def exif() -> Image.Exif:
    tags = Image.Exif()
    tags[0x013B] = "Yemi Adewale"  # Artist
    tags[0x9C9D] = "Y Adewale".encode("utf-16-le") + b"\0\0"  # XPAuthor
    inner = tags.get_ifd(0x8769)
    inner[0xA430] = "Yemi A"  # CameraOwnerName
    inner[0xA431] = "SN0012345678"  # BodySerialNumber
    inner[0x9286] = b"ASCII\0\0\0" + f"mail {EMAIL}".encode()  # UserComment
    gps = tags.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (51.0, 30.0, 0.0), "W", (0.0, 7.0, 30.0)
    return tags


def photo(fmt: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "grey").save(out, fmt, exif=exif())
    return out.getvalue()


def screenshot(size: tuple[int, int] = (1200, 400)) -> bytes:
    """A rendered form with a fake email and phone, as a screenshot would show it."""
    im = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(im)
    font = ImageFont.load_default(size=28)
    draw.text((40, 40), "Check your answers", fill="black", font=font)
    draw.text((40, 120), f"Email address: {EMAIL}", fill="black", font=font)
    draw.text((40, 200), f"Phone number: {PHONE}", fill="black", font=font)
    out = io.BytesIO()
    im.save(out, "PNG")
    return out.getvalue()


def metadata(name: str, data: bytes) -> Text:
    parts = extract(Blob(name, data))
    assert isinstance(parts, list)
    [meta] = [p for p in parts if isinstance(p, Text) and p.place == "image metadata"]
    return meta


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "TIFF"])
def test_exif_person_and_device_tags_are_read_in_every_format(fmt: str) -> None:
    lines = metadata(f"photo.{fmt.lower()}", photo(fmt)).text.split("\n")
    assert "EXIF Artist: Yemi Adewale" in lines
    assert "EXIF XPAuthor: Y Adewale" in lines
    if fmt != "TIFF":  # Pillow writes no EXIF sub-IFD into a TIFF
        assert "EXIF CameraOwnerName: Yemi A" in lines
        assert "EXIF BodySerialNumber: SN0012345678" in lines
        assert f"EXIF UserComment: mail {EMAIL}" in lines
        assert "EXIF GPS position: 51.500000, -0.125000" in lines


def test_email_in_user_comment_is_reported_with_its_tag(repo: Repo, cli: Any) -> None:
    repo.write("photo.jpg", photo("JPEG"))
    run = cli("scan", "--format", "json", "photo.jpg")
    assert run.code == 1
    assert [f["place"] for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS"] == \
        ["EXIF UserComment"]


def test_png_text_chunks_and_xmp_are_read() -> None:
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Yemi Adewale")
    info.add_itxt("XML:com.adobe.xmp", XMP.decode(), zip=True)
    out = io.BytesIO()
    Image.new("RGB", (40, 40)).save(out, "PNG", pnginfo=info)
    lines = metadata("icon.png", out.getvalue()).text.split("\n")
    assert "PNG Author: Yemi Adewale" in lines
    assert "XMP creator: Yemi Adewale" in lines


def test_jpeg_comment_is_read() -> None:
    out = io.BytesIO()
    Image.new("RGB", (40, 40)).save(out, "JPEG", comment=f"from {EMAIL}".encode())
    assert f"JPEG comment: from {EMAIL}" in metadata("a.jpg", out.getvalue()).text


def test_screenshot_text_is_read_by_ocr(repo: Repo, cli: Any) -> None:
    parts = extract(Blob("shot.png", screenshot()))
    assert isinstance(parts, list)
    [said] = [p for p in parts if isinstance(p, Text) and p.place == "text in image (OCR)"]
    assert EMAIL in said.text
    assert PHONE in said.text
    repo.write("docs/shot.png", screenshot())
    run = cli("scan", "--format", "json", "docs/shot.png")
    assert run.code == 1
    [found] = [f for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS"]
    assert found["place"] == "text in image (OCR)"


@pytest.mark.usefixtures("no_tesseract")
def test_without_tesseract_an_image_is_not_checked_for_text_and_says_how_to_install(
        repo: Repo, cli: Any) -> None:
    repo.write("shot.png", screenshot())
    run = cli("scan", "--format", "json", "shot.png")
    assert run.code == 2
    [problem] = run.json["not_scanned"]
    assert problem["reason"].startswith("not checked for text: tesseract is not installed")
    assert "apt-get install tesseract-ocr" in problem["reason"]


def test_metadata_is_still_scanned_when_ocr_cannot_run(monkeypatch: pytest.MonkeyPatch,
                                                       tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    out = io.BytesIO()
    Image.new("RGB", (300, 200), "white").save(out, "JPEG", exif=exif())
    parts = extract(Blob("p.jpg", out.getvalue()))
    assert isinstance(parts, list)
    assert any(isinstance(p, NotScanned) for p in parts)
    assert any(isinstance(p, Text) and "EXIF Artist" in p.text for p in parts)


def test_small_icons_are_not_sent_to_ocr(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # OCR would fail: it must not be tried
    out = io.BytesIO()
    Image.new("RGBA", (32, 32)).save(out, "PNG")
    assert extract(Blob("favicon.png", out.getvalue())) == []


def test_image_over_the_pixel_cap_is_not_checked_for_text(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "LIMITS", limits.Limits(max_pixels=100_000))
    parts = extract(Blob("shot.png", screenshot()))
    assert isinstance(parts, list)
    [problem] = [p for p in parts if isinstance(p, NotScanned)]
    assert "1200x400 is over the" in problem.reason


@pytest.mark.parametrize(("name", "data"), [
    ("shot.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40),
    ("photo.jpg", b"\xff\xd8\xff\xe0" + b"junk" * 10),
    ("photo.webp", b"RIFF\x10\x00\x00\x00WEBPVP8 " + b"\x00" * 8),
    ("scan.tiff", b"II*\x00" + b"\xff" * 30),
], ids=["png", "jpeg", "webp", "tiff"])
def test_damaged_image_is_not_scanned_and_blocks(repo: Repo, cli: Any, name: str,
                                                 data: bytes) -> None:
    repo.write(name, data)
    run = cli("scan", "--format", "json", name)
    assert run.code == 2
    assert run.json["not_scanned"][0]["reason"].startswith("not a readable image")


def test_gps_position_in_exif_is_reported_as_a_location(repo: Repo, cli: Any) -> None:
    repo.write("photo.jpg", photo("JPEG"))
    run = cli("scan", "--format", "json", "photo.jpg")
    located = [f for f in run.json["findings"] if f["type"] == "LOCATION"]
    assert [f["place"] for f in located] == ["EXIF GPS position"]
    assert "51.500000" not in run.out


@pytest.mark.parametrize(("suffix", "fmt"), [(".tiff", "TIFF"), (".webp", "WEBP"),
                                             (".png", "PNG")])
def test_an_image_is_read_without_loading_every_pillow_format(tmp_path: Path, suffix: str,
                                                                fmt: str) -> None:
    import subprocess
    import sys

    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, fmt)
    (tmp_path / f"pic{suffix}").write_bytes(out.getvalue())
    code = ("import sys; from pathlib import Path; from safecommit.extract import extract; "
            "from safecommit.model import Blob; "
            f"p = Path('pic{suffix}'); print(extract(Blob(p.name, p.read_bytes())) == []); "
            "print('PIL.IcoImagePlugin' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                         text=True, timeout=60, check=True)
    assert run.stdout.split() == ["True", "False"]


def test_an_image_bomb_is_not_scanned_and_says_so() -> None:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    # A few hundred bytes that claim 60,000 x 60,000 pixels.
    header = struct.pack(">IIBBBBB", 60_000, 60_000, 8, 0, 0, 0, 0)
    data = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\0" * 100)) + chunk(b"IEND", b""))
    result = extract(Blob("shot.png", data))
    assert isinstance(result, NotScanned) and "image bomb" in result.reason


def test_the_drawing_behind_a_drawio_png_is_read_page_by_page() -> None:
    import base64
    import urllib.parse
    import zlib

    page = ('<mxGraphModel><root><mxCell id="0"/><mxCell id="2" value="Owner '
            f'{EMAIL}" vertex="1" parent="0"/></root></mxGraphModel>')
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    packed = packer.compress(urllib.parse.quote(page).encode()) + packer.flush()
    drawing = (f'<mxfile><diagram name="Flow">{base64.b64encode(packed).decode()}</diagram>'
               "</mxfile>")
    info = PngImagePlugin.PngInfo()
    info.add_text("mxfile", urllib.parse.quote(drawing))
    buf = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buf, "PNG", pnginfo=info)
    parts = extract(Blob("flow.drawio.png", buf.getvalue()))
    assert isinstance(parts, list)
    found = {p.place: p.text for p in parts if isinstance(p, Text)}
    assert found["diagram Flow"] == f"Owner {EMAIL}"
    assert "image metadata" not in found  # the URL-encoded chunk itself is not read as text


def excalidraw_png(chunk: str, itxt: bool = False) -> bytes:
    info = PngImagePlugin.PngInfo()
    if itxt:
        info.add_itxt("application/vnd.excalidraw+json", chunk, zip=True)
    else:
        info.add_text("application/vnd.excalidraw+json", chunk)
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), "white").save(buf, "PNG", pnginfo=info)
    return buf.getvalue()


def excalidraw_scene(*words: tuple[str, float, float]) -> str:
    import json

    return json.dumps({"type": "excalidraw", "version": 2, "source": "https://excalidraw.com",
                       "elements": [{"type": "text", "x": x, "y": y, "text": said,
                                     "originalText": said} for said, x, y in words],
                       "appState": {}, "files": {}})


def excalidraw_chunks(scene: str) -> list[tuple[str, bool]]:
    """A scene as Excalidraw's PNG export writes it: compressed (in a text or an
    international text chunk), uncompressed, and (early exports) the scene itself."""
    import json
    import zlib

    def wrapped(data: bytes, compressed: bool) -> str:
        return json.dumps({"version": "1", "encoding": "bstring", "compressed": compressed,
                           "encoded": data.decode("latin-1")})

    packed = wrapped(zlib.compress(scene.encode()), True)
    return [(packed, False), (packed, True), (wrapped(scene.encode(), False), False),
            (scene, False)]


@pytest.mark.parametrize("form", range(4))
def test_the_drawing_behind_an_excalidraw_png_is_read_as_the_drawing(
        repo: Repo, cli: Any, form: int) -> None:
    scene = excalidraw_scene(("Case system", 10, 100), ("Payments API", 200, 100),
                             ("Data warehouse", 400, 100), ("OFFICIAL-SENSITIVE", 300, 0),
                             (f"Owner {EMAIL}", 10, 300))
    chunk, itxt = excalidraw_chunks(scene)[form]
    repo.write("docs/architecture.excalidraw.png", excalidraw_png(chunk, itxt))
    run = cli("scan", "--format", "json", "docs/architecture.excalidraw.png")
    assert sorted((f["place"], f["type"]) for f in run.json["findings"]) == \
        [("drawing", "EMAIL_ADDRESS"), ("drawing", "PROTECTIVE_MARKING")]


def test_an_excalidraw_png_without_a_marking_is_clean_and_a_broken_one_is_not_scanned(
        repo: Repo, cli: Any) -> None:
    chunk, _ = excalidraw_chunks(excalidraw_scene(("Vault holds SECRET_KEY", 10, 0)))[0]
    repo.write("docs/keys.png", excalidraw_png(chunk))
    assert cli("scan", "--format", "json", "docs/keys.png").json["findings"] == []
    broken = '{"version": "1", "encoding": "bstring", "compressed": true, "encoded": "xx"}'
    repo.write("docs/broken.png", excalidraw_png(broken))
    run = cli("scan", "--format", "json", "docs/broken.png")
    assert [n["path"] for n in run.json["not_scanned"]] == ["docs/broken.png"]


def iptc_jpeg(*datasets: tuple[int, str]) -> bytes:
    """A JPEG with an IPTC block (record 2) in its Photoshop segment, as an editor writes."""
    block = b"".join(bytes([0x1C, 2, number]) + len(value.encode()).to_bytes(2, "big")
                     + value.encode() for number, value in datasets)
    resource = (b"8BIM\x04\x04\0\0" + len(block).to_bytes(4, "big") + block
                + b"\0" * (len(block) % 2))
    segment = b"Photoshop 3.0\0" + resource
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "grey").save(out, "JPEG")
    jpeg = out.getvalue()
    return jpeg[:2] + b"\xff\xed" + (len(segment) + 2).to_bytes(2, "big") + segment + jpeg[2:]


def titled_photo(title: str) -> bytes:
    tags = Image.Exif()
    tags[0x9C9E] = f"visits;{title}".encode("utf-16-le") + b"\0\0"  # XPKeywords
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "grey").save(out, "JPEG", exif=tags)
    return out.getvalue()


def titled_png(title: str) -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Title", title)
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "grey").save(out, "PNG", pnginfo=info)
    return out.getvalue()


@pytest.mark.parametrize(("name", "make", "place"), [
    ("site.jpg", lambda t: iptc_jpeg((5, t), (80, "Field Team")), "IPTC Object Name"),
    ("site.jpg", lambda t: iptc_jpeg((25, "visits"), (25, t)), "IPTC Keywords"),
    ("site.jpg", titled_photo, "EXIF XPKeywords"),
    ("site.png", titled_png, "PNG Title"),
])
def test_an_images_title_or_keyword_marks_it_as_a_documents_does(
        repo: Repo, cli: Any, name: str, make: Any, place: str) -> None:
    repo.write(name, make("OFFICIAL-SENSITIVE"))
    run = cli("scan", "--format", "json", name)
    assert [(f["type"], f["place"]) for f in run.json["findings"]] == \
        [("PROTECTIVE_MARKING", place)]
    repo.write(name, make("Secret garden"))
    assert cli("scan", "--format", "json", name).json["findings"] == []


def described_photo(description: str) -> bytes:
    tags = Image.Exif()
    tags[0x010E] = description  # ImageDescription
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "grey").save(out, "JPEG", exif=tags)
    return out.getvalue()


def described_png(description: str) -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Description", description)
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "grey").save(out, "PNG", pnginfo=info)
    return out.getvalue()


def commented_photo(comment: str) -> bytes:
    tags = Image.Exif()
    tags[0x9C9C] = comment.encode("utf-16-le") + b"\0\0"  # XPComment
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "grey").save(out, "JPEG", exif=tags)
    return out.getvalue()


def jpeg_comment(comment: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "grey").save(out, "JPEG", comment=comment.encode())
    return out.getvalue()


@pytest.mark.parametrize(("name", "make", "place"), [
    ("site.jpg", described_photo, "EXIF ImageDescription"),
    ("site.jpg", commented_photo, "EXIF XPComment"),
    ("site.jpg", jpeg_comment, "JPEG comment"),
    ("site.jpg", lambda t: iptc_jpeg((120, t), (80, "Field Team")), "IPTC Caption"),
    ("site.png", described_png, "PNG Description"),
])
@pytest.mark.parametrize("description", [
    "OFFICIAL-SENSITIVE site photo", "Site photo - OFFICIAL-SENSITIVE",
    "SECRET: compound layout",
])
def test_an_images_description_that_opens_or_closes_with_a_marking_marks_it(
        repo: Repo, cli: Any, name: str, make: Any, place: str, description: str) -> None:
    repo.write(name, make(description))
    run = cli("scan", "--format", "json", name)
    assert [(f["type"], f["place"]) for f in run.json["findings"]] == \
        [("PROTECTIVE_MARKING", place)]


@pytest.mark.parametrize("description", [
    "Secret garden at the visitor centre", "SECRET garden tour", "A sign about handling "
    "OFFICIAL-SENSITIVE papers", "TOP SECRET escape room poster",
])
def test_an_images_description_that_only_mentions_a_level_is_clean(
        repo: Repo, cli: Any, description: str) -> None:
    repo.write("site.jpg", described_photo(description))
    assert cli("scan", "--format", "json", "site.jpg").json["findings"] == []
