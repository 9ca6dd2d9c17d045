"""Keystores (PKCS #12 ``.p12``/``.pfx``, Java ``.jks``/``.jceks``): each private key in
one, as the PEM that tools print for it, so the private-key check reads it like a key file.

A keystore's keys are encrypted with its password, which is often a default (``changeit``)
or sits in config beside it: a committed keystore leaks its keys. Its certificates are
public (a truststore holds nothing else), and give nothing to read. Nothing is decrypted:
an entry is shown as the encrypted key it is (``ENCRYPTED PRIVATE KEY``).
"""

from __future__ import annotations

import base64
import struct
from collections.abc import Iterator

from safecommit.extract import JAVA_KEYSTORE_MAGIC, Part
from safecommit.extract.errors import ExtractError
from safecommit.extract.text import decode
from safecommit.model import Blob, NotScanned, Text

# PKCS #12's bags for a private key: plain (PrivateKeyInfo) and shrouded (encrypted).
_KEY_BAGS = ((b"\x06\x0b\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x0a\x01\x02", "ENCRYPTED PRIVATE KEY"),
             (b"\x06\x0b\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x0a\x01\x01", "PRIVATE KEY"))
# A PFX opens with its version (3), then content of type data or signedData.
_PFX_CONTENT = (b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x01",
                b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02")


def extract(blob: Blob) -> Iterator[Part]:
    data = blob.data
    if data[:4] in JAVA_KEYSTORE_MAGIC:
        yield from _java(blob)
    elif is_pkcs12(data):
        yield from _pkcs12(blob)
    else:  # not a keystore after all: whatever it is, read its strings
        yield decode(blob, "text")


def is_pkcs12(data: bytes) -> bool:
    """A PFX: a SEQUENCE holding version 3, then a ContentInfo of data or signedData."""
    outer = _element(data, 0)
    if outer is None or outer[0] != 0x30 or data[outer[1]:outer[1] + 3] != b"\x02\x01\x03":
        return False
    content = _element(data, outer[1] + 3)
    return content is not None and content[0] == 0x30 \
        and data[content[1]:content[1] + 11] in _PFX_CONTENT


def _pkcs12(blob: Blob) -> Iterator[Part]:
    data = blob.data
    count = 0
    for oid, label in _KEY_BAGS:
        at = data.find(oid)
        while at != -1:
            count += 1
            # The bag's value: [0] EXPLICIT, around the key's own SEQUENCE.
            wrapper = _element(data, at + len(oid))
            key = _element(data, wrapper[1]) if wrapper is not None and wrapper[0] == 0xA0 \
                else None
            if wrapper is None or key is None or key[0] != 0x30:
                yield NotScanned(blob.path, f"private key {count}: a key entry that could not "
                                 "be read, in a keystore", blob.commit)
            else:
                yield _pem(blob, label, data[wrapper[1]:key[2]], f"keystore key {count}")
            at = data.find(oid, at + len(oid))


def _java(blob: Blob) -> Iterator[Part]:
    """A JKS or JCEKS store's entries, in order: key entries as PEM, certificates skipped."""
    data = blob.data
    try:
        version, count = struct.unpack_from(">II", data, 4)
        at = 12
        for _ in range(count):
            tag, = struct.unpack_from(">I", data, at)
            alias, at = _utf(data, at + 4)
            at += 8  # the entry's date
            if tag == 1:  # a private key, then its certificate chain
                size, = struct.unpack_from(">I", data, at)
                key = data[at + 4:at + 4 + size]
                if len(key) != size:
                    raise struct.error("short key")
                yield _pem(blob, "ENCRYPTED PRIVATE KEY", key, f"keystore entry {alias}")
                at += 4 + size
                chain, = struct.unpack_from(">I", data, at)
                at += 4
                for _ in range(chain):
                    at = _certificate(data, at, version)
            elif tag == 2:  # a trusted certificate: public
                at = _certificate(data, at, version)
            else:  # JCEKS's secret key: a serialized Java object, no length to step over
                yield NotScanned(blob.path, f"keystore entry {alias}: a secret key, which "
                                 "safecommit cannot read (commit no keystore that holds keys)",
                                 blob.commit)
                return
    except struct.error:
        raise ExtractError("a keystore that ends inside an entry") from None


def _certificate(data: bytes, at: int, version: int) -> int:
    if version == 2:  # each certificate names its type ("X.509")
        _, at = _utf(data, at)
    size: int = struct.unpack_from(">I", data, at)[0]
    return at + 4 + size


def _utf(data: bytes, at: int) -> tuple[str, int]:
    """Java's length-prefixed (modified) UTF-8 string at ``at``, and where it ends."""
    size, = struct.unpack_from(">H", data, at)
    return data[at + 2:at + 2 + size].decode("utf-8", "replace"), at + 2 + size


def _pem(blob: Blob, label: str, der: bytes, place: str) -> Text:
    body = base64.b64encode(der).decode("ascii")
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    pem = "\n".join([f"-----BEGIN {label}-----", *lines, f"-----END {label}-----"]) + "\n"
    return Text(blob.path, pem, "text", place=place, commit=blob.commit)


def _element(data: bytes, at: int) -> tuple[int, int, int] | None:
    """(tag, where its content starts, where it ends) of the DER element at ``at``; None
    when there is none, or its length is indefinite (BER) or runs past the data."""
    if at + 2 > len(data):
        return None
    tag, first = data[at], data[at + 1]
    at += 2
    if first >= 0x80:
        size = first & 0x7F
        if not 0 < size <= 4 or at + size > len(data):
            return None
        first, at = int.from_bytes(data[at:at + size], "big"), at + size
    end = at + first
    return (tag, at, end) if end <= len(data) else None
