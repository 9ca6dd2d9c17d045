"""A legacy word alone beside a company's copyright line (``// CONFIDENTIAL`` over
``// Copyright (c) <year> Acme Ltd. All rights reserved.``, ``RESTRICTED`` over
"Proprietary software of …") is a vendor's notice, not a government marking. Beside Crown
copyright, beside other text, and for a current level, it still marks."""

from __future__ import annotations

import pytest

from conftest import found


def markings(name: str, content: str) -> list[str]:
    return found(name, content, kind="marking")


@pytest.mark.parametrize(("name", "content"), [
    ("vendor/Client.java", "// CONFIDENTIAL\n// Copyright (c) 2026 Acme Ltd. All rights "
     "reserved.\n\npackage acme;\n"),
    ("vendor/Client.java", "/*\n * Copyright 2026 Acme Systems Ltd\n * CONFIDENTIAL\n */\n"
     "package acme;\n"),
    ("vendor/client.py", "# RESTRICTED\n# Proprietary software of Acme Ltd.\nimport os\n"),
    ("vendor/NOTICE.txt", "CONFIDENTIAL\n\n\u00a9 2026 Acme Ltd. All rights reserved.\n"),
])
def test_a_legacy_word_beside_a_companys_copyright_is_not_a_marking(
        name: str, content: str) -> None:
    assert markings(name, content) == []


@pytest.mark.parametrize(("name", "content", "found"), [
    ("src/Score.java", "// CONFIDENTIAL\n// Crown copyright 2026\npackage gov;\n",
     "CONFIDENTIAL"),
    ("src/Score.java", "// CONFIDENTIAL\n// Appeals scoring rules\npackage gov;\n",
     "CONFIDENTIAL"),
    ("docs/review.txt", "CONFIDENTIAL\n\n\u00a9 Crown copyright 2026\n\nAppeals review\n",
     "CONFIDENTIAL"),
    ("vendor/Client.java", "// OFFICIAL-SENSITIVE\n// Copyright (c) 2026 Acme Ltd.\n"
     "package acme;\n", "OFFICIAL-SENSITIVE"),
    ("vendor/Client.java", "// SECRET\n// Copyright (c) 2026 Acme Ltd.\npackage acme;\n",
     "SECRET"),
])
def test_crown_copyright_other_text_or_a_current_level_still_marks(
        name: str, content: str, found: str) -> None:
    assert markings(name, content) == [found]
