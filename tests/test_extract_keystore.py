"""Keystores: a private key inside one is found as a key file's is; certificates are not."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

import pytest

from conftest import Repo
from safecommit.extract import extract, handler_for
from safecommit.extract.keystore import is_pkcs12
from safecommit.model import Blob, NotScanned, Text

STORES = Path(__file__).parent / "data" / "keystores"


def scan(repo: Repo, cli: Any, name: str, data: bytes) -> Any:
    repo.write(name, data)
    return cli("scan", "--format", "json", name)


@pytest.mark.parametrize(("store", "place"), [
    ("store.p12", "keystore key 1"),  # openssl
    ("java.p12", "keystore key 1"),  # keytool
    ("store.jks", "keystore entry app"),
    ("store.jceks", "keystore entry app"),
])
def test_a_private_key_in_a_keystore_blocks(repo: Repo, cli: Any, store: str, place: str) -> None:
    run = scan(repo, cli, f"certs/{store}", (STORES / store).read_bytes())
    assert run.code == 1
    [found] = run.json["findings"]
    assert (found["type"], found["place"], found["line"]) == ("PRIVATE_KEY", place, 1)
    assert "PRIVATE KEY" not in found["masked"][4:]  # masked, as every value is


@pytest.mark.parametrize("store", ["trust.p12", "trust.jks", "trust-java.p12"])
def test_a_truststore_holds_only_public_certificates(repo: Repo, cli: Any, store: str) -> None:
    run = scan(repo, cli, f"certs/{store}", (STORES / store).read_bytes())
    assert (run.code, run.json["findings"], run.json["not_scanned"]) == (0, [], [])


def test_a_secret_key_that_cannot_be_read_is_not_scanned_and_blocks(repo: Repo,
                                                                    cli: Any) -> None:
    run = scan(repo, cli, "certs/sec.jceks", (STORES / "sec.jceks").read_bytes())
    assert run.code == 2
    [skipped] = run.json["not_scanned"]
    assert skipped["reason"].startswith("keystore entry aeskey: a secret key")


@pytest.mark.parametrize("store", ["store.p12", "store.jks"])
def test_a_keystore_is_known_by_its_bytes_whatever_its_name(store: str) -> None:
    parts = extract(Blob("deploy/app-keys", (STORES / store).read_bytes()))
    assert isinstance(parts, list)
    [key] = parts
    assert isinstance(key, Text)
    assert key.text.startswith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n")


def test_each_key_is_the_pem_its_entry_encodes() -> None:
    [key] = extract(Blob("a.jks", (STORES / "store.jks").read_bytes()))  # type: ignore[misc]
    assert isinstance(key, Text)
    lines = key.text.splitlines()
    assert lines[-1] == "-----END ENCRYPTED PRIVATE KEY-----"
    assert all(len(line) <= 64 for line in lines[1:-1])


def test_a_file_named_like_a_keystore_that_is_not_one_is_read_as_any_file() -> None:
    [part] = extract(Blob("notes.p12", b"owner: platform team\n"))  # type: ignore[misc]
    assert isinstance(part, Text)
    assert part.text == "owner: platform team\n"


def test_a_truncated_java_keystore_is_not_scanned() -> None:
    data = (STORES / "store.jks").read_bytes()[:100]
    found = extract(Blob("a.jks", data))
    assert isinstance(found, NotScanned)
    assert found.reason == "a keystore that ends inside an entry"


def test_a_key_entry_that_cannot_be_read_is_not_scanned() -> None:
    data = bytearray((STORES / "store.p12").read_bytes())
    oid = b"\x06\x0b\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x0a\x01\x02"
    at = data.find(oid) + len(oid)
    data[at] = 0x04  # the bag's value is no longer its [0] wrapper
    [part] = extract(Blob("a.p12", bytes(data)))  # type: ignore[misc]
    assert isinstance(part, NotScanned)
    assert part.reason.startswith("private key 1: a key entry that could not be read")


def test_a_pkcs12_store_is_told_from_other_der() -> None:
    assert is_pkcs12((STORES / "trust.p12").read_bytes())
    assert not is_pkcs12(b"\x30\x05\x02\x01\x03\x00\x00")
    assert not is_pkcs12(struct.pack(">I", 0xFEEDFEED) + b"\0" * 12)
    assert handler_for("a/b.pfx") == handler_for("c.keystore") == "safecommit.extract.keystore"
