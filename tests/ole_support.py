"""Build OLE2 compound files (legacy Office, Outlook .msg) for the tests, as [MS-CFB] and
[MS-OLEPS] lay them out: no Office on the test machine can save one.

Every stream is padded to the mini-stream cutoff (4096 bytes), so that all of them live in
ordinary sectors and the file needs no mini stream; readers strip the padding (NULs).
"""

from __future__ import annotations

import struct
from itertools import pairwise

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SECTOR = 512
_END, _FREE, _FAT, _NONE = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
_CUTOFF = 4096

SUMMARY = "\x05SummaryInformation"
DOCUMENT_SUMMARY = "\x05DocumentSummaryInformation"
_FMTID_SUMMARY = bytes.fromhex("e0859ff2f94f6810ab9108002b27b3d9")
_FMTID_DOCUMENT = bytes.fromhex("02d5cdd59c2e1b10939708002b2cf9ae")
_FMTID_USER = bytes.fromhex("05d5cdd59c2e1b10939708002b2cf9ae")
_VT_I2, _VT_LPSTR = 2, 0x1E
# Summary information property ids ([MS-OLEPS] 3.1.2).
AUTHOR, LAST_SAVED_BY, TITLE = 4, 8, 2


class _Entry:
    def __init__(self, name: str, kind: int, data: bytes = b"") -> None:
        self.name, self.kind, self.data = name, kind, data
        self.children: list[_Entry] = []
        self.left = self.right = self.child = _NONE
        self.start, self.size = _END, 0


def compound_file(streams: dict[str, bytes]) -> bytes:
    """An OLE2 file holding ``streams`` (``"storage/stream"`` paths make storages)."""
    root = _Entry("Root Entry", 5)
    entries = [root]
    made: dict[str, _Entry] = {"": root}
    for path, data in streams.items():
        parts = path.split("/")
        for depth in range(1, len(parts) + 1):
            key = "/".join(parts[:depth])
            if key not in made:
                leaf = depth == len(parts)
                entry = _Entry(parts[depth - 1], 2 if leaf else 1, data if leaf else b"")
                made[key] = entry
                made["/".join(parts[:depth - 1])].children.append(entry)
                entries.append(entry)
    ids = {id(e): i for i, e in enumerate(entries)}
    for entry in entries:  # siblings as a right-leaning chain, in the order CFB sorts names
        kids = sorted(entry.children, key=lambda e: (len(e.name), e.name.upper()))
        if kids:
            entry.child = ids[id(kids[0])]
            for a, b in pairwise(kids):
                a.right = ids[id(b)]
    sectors: list[bytes] = []
    chains: list[list[int]] = []
    for entry in entries:
        if entry.kind != 2:
            continue
        data = entry.data.ljust(_CUTOFF, b"\0")
        entry.start, entry.size = len(sectors), len(data)
        chains.append(_append(sectors, data))
    directory = b"".join(_directory_entry(e) for e in entries)
    directory = directory.ljust(-(-len(directory) // SECTOR) * SECTOR, b"\0")
    dir_start = len(sectors)
    chains.append(_append(sectors, directory))
    fat_count = 1
    while fat_count * (SECTOR // 4) < len(sectors) + fat_count:
        fat_count += 1
    fat_start = len(sectors)
    fat = [_FREE] * (fat_count * (SECTOR // 4))
    for chain in chains:
        for here, nxt in zip(chain, [*chain[1:], _END], strict=True):
            fat[here] = nxt
    for i in range(fat_count):
        fat[fat_start + i] = _FAT
    sectors.extend(struct.pack(f"<{SECTOR // 4}I", *fat[i * 128:(i + 1) * 128])
                   for i in range(fat_count))
    difat = [fat_start + i for i in range(fat_count)] + [_FREE] * (109 - fat_count)
    header = struct.pack("<8s16sHHHHH6sIIIIIIIII", MAGIC, bytes(16), 0x3E, 3, 0xFFFE, 9, 6,
                         bytes(6), 0, fat_count, dir_start, 0, _CUTOFF, _END, 0, _END, 0)
    return header + struct.pack("<109I", *difat) + b"".join(sectors)


def _append(sectors: list[bytes], data: bytes) -> list[int]:
    first = len(sectors)
    for at in range(0, len(data), SECTOR):
        sectors.append(data[at:at + SECTOR].ljust(SECTOR, b"\0"))
    return list(range(first, len(sectors)))


def _directory_entry(entry: _Entry) -> bytes:
    name = (entry.name + "\0").encode("utf-16-le")
    return struct.pack("<64sHBBIII16sIQQIQ", name.ljust(64, b"\0"), len(name), entry.kind, 1,
                       entry.left, entry.right, entry.child, bytes(16), 0, 0, 0,
                       entry.start, entry.size)


def _lpstr(value: str) -> bytes:
    raw = value.encode("cp1252") + b"\0"
    return struct.pack("<II", _VT_LPSTR, len(raw)) + raw.ljust(-(-len(raw) // 4) * 4, b"\0")


def _codepage() -> bytes:
    return struct.pack("<IhH", _VT_I2, 1252, 0)


def _section(values: list[tuple[int, bytes]]) -> bytes:
    table = 8 + 8 * len(values)
    offsets, body = [], b""
    for pid, value in values:
        offsets.append((pid, table + len(body)))
        body += value
    head = struct.pack("<II", table + len(body), len(values))
    return head + b"".join(struct.pack("<II", p, o) for p, o in offsets) + body


def _stream(sections: list[tuple[bytes, bytes]]) -> bytes:
    head = struct.pack("<HHI16sI", 0xFFFE, 0, 0x00020006, bytes(16), len(sections))
    offset = len(head) + 20 * len(sections)
    table, body = b"", b""
    for fmtid, section in sections:
        table += fmtid + struct.pack("<I", offset + len(body))
        body += section
    return head + table + body


def summary_information(**props: str) -> bytes:
    """A SummaryInformation stream: ``author=…, last_saved_by=…, title=…``."""
    ids = {"author": AUTHOR, "last_saved_by": LAST_SAVED_BY, "title": TITLE}
    values = [(1, _codepage()), *((ids[k], _lpstr(v)) for k, v in props.items())]
    return _stream([(_FMTID_SUMMARY, _section(values))])


def document_summary(user_defined: dict[str, str]) -> bytes:
    """A DocumentSummaryInformation stream with ``user_defined`` custom properties (the
    section where Office keeps a sensitivity label's MSIP_Label_… properties)."""
    names = b""
    for pid, name in enumerate(user_defined, start=2):
        raw = name.encode("cp1252") + b"\0"
        names += struct.pack("<II", pid, len(raw)) + raw
    dictionary = struct.pack("<I", len(user_defined)) + names
    dictionary = dictionary.ljust(-(-len(dictionary) // 4) * 4, b"\0")
    values = [(0, dictionary), (1, _codepage()),
              *((pid, _lpstr(v)) for pid, v in enumerate(user_defined.values(), start=2))]
    return _stream([(_FMTID_DOCUMENT, _section([(1, _codepage())])),
                    (_FMTID_USER, _section(values))])


def msg_string(tag: str, value: str) -> tuple[str, bytes]:
    """An Outlook property stream name and its bytes, for a Unicode string property."""
    return f"__substg1.0_{tag}001F", value.encode("utf-16-le")
