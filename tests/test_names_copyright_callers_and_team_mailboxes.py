"""PERSON: a copyright notice's holder, a given name and a surname after its years, the
lists' or not ("Copyright © <year> <Given> <Surname>. All rights reserved.", Xcode's
header); a call log's or a complaint's ``Caller:`` and ``Complainant:``; not people: a
firm, a foundation or English words as a holder, and a team's mailbox whose display name
the address spells ("Grants Dev <grants-dev@…>"). The names are made up; none is a real
person's."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def people(name: str, content: str) -> list[str]:
    return [raw(content, f) for f in scanned(name, content) if f.type == "PERSON"]


@pytest.mark.parametrize(("name", "line"), [
    ("AppDelegate.swift", "//  Copyright \u00a9 2025 Zephyrine Okonjo. All rights reserved."),
    ("main.go", "// Copyright 2019-2024 Zephyrine Okonjo. All rights reserved."),
    ("LICENSE", "Copyright (c) 2023 Zephyrine Okonjo"),
    ("util.py", "# Copyright (C) 2001-2023 by Zephyrine Okonjo <z@example.com>"),
])
def test_a_copyright_holder_is_a_person(name: str, line: str) -> None:
    assert people(name, line + "\n") == ["Zephyrine Okonjo"]


@pytest.mark.parametrize("line", [
    "// Copyright 2024 The Go Authors. All rights reserved.",
    "// Copyright (c) 2024 Crown Copyright",
    "// Copyright 2021 Google LLC",
    "// Copyright (c) Microsoft Corporation.",
    "# Copyright (C) 2001 Python Software Foundation",
    "# Copyright 2004-2005 Elemental Security, Inc.",
    "# Copyright (c) 1998-2001 by Secret Labs AB",
    "# Copyright 2025 Zephyrine Widgets.",
])
def test_a_firm_or_words_as_a_copyright_holder_are_not_a_person(line: str) -> None:
    assert people("header.go", line + "\n") == []


@pytest.mark.parametrize("label", ["Caller", "Complainant"])
def test_a_callers_label_names_a_person(label: str) -> None:
    content = f"Call log\n{label}: Mrs Brackenbury (applicant), re: claim\n"
    assert people("calls.txt", content) == ["Mrs Brackenbury"]


def test_a_callers_number_is_not_a_name() -> None:
    assert people("calls.txt", "Caller: 07700 900123\nCaller: Unknown\n") == []


@pytest.mark.parametrize("line", [
    'To: "Grants Dev" <grants-dev@example.com>',
    "Cc: Platform Dev <platform-dev@example.com>",
])
def test_a_teams_mailbox_is_not_a_person(line: str) -> None:
    assert people("mail.eml", f"{line}\nSubject: release\n\nHello\n") == []


def test_a_persons_mailbox_is_still_found() -> None:
    content = "To: Zephyrine Okonjo <zephyrine.okonjo@example.com>\nSubject: x\n\nHi\n"
    assert people("mail.eml", content) == ["Zephyrine Okonjo"]
