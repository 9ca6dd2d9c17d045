"""A banner followed by its draft's or version's note in brackets ("OFFICIAL-SENSITIVE
(draft)", "SECRET (v0.3)") is still a banner. "SECRET" then words in lower case about where
a secret value lives or how software gets it ("SECRET - read from Key Vault at start-up",
"SECRET: injected by the pipeline, do not hard-code it here.") is a note about a value in a
document as in a comment; a handling instruction, a condition in brackets or a note naming
the document keeps them as they were."""

from __future__ import annotations

import pytest

from conftest import found

BODY = "\n\nAppeals review notes\n\nThe panel met on Tuesday and agreed the list.\n"


def markings(name: str, content: str) -> list[str]:
    return found(name, content, kind="marking")


@pytest.mark.parametrize(("name", "banner", "found"), [
    ("docs/review.md", "OFFICIAL-SENSITIVE (draft)", "OFFICIAL-SENSITIVE"),
    ("docs/review.txt", "OFFICIAL-SENSITIVE (v0.3)", "OFFICIAL-SENSITIVE"),
    ("docs/review.md", "SECRET (draft)", "SECRET"),
    ("docs/review.md", "**OFFICIAL-SENSITIVE [PERSONAL] (Draft v2)**",
     "OFFICIAL-SENSITIVE [PERSONAL]"),
])
def test_a_banner_with_its_status_in_brackets_marks(name: str, banner: str, found: str) -> None:
    assert markings(name, banner + BODY) == [found]


@pytest.mark.parametrize("banner", [
    "OFFICIAL-SENSITIVE (when complete)", "OFFICIAL-SENSITIVE (until published)",
])
def test_a_banner_under_a_condition_in_brackets_stays_quiet(banner: str) -> None:
    assert markings("templates/form.md", banner + BODY) == []


@pytest.mark.parametrize(("name", "line"), [
    ("docs/setup.md", "SECRET: injected by the pipeline, do not hard-code it here."),
    ("docs/setup.txt", "SECRET - read from Key Vault at start-up"),
    ("templates/page.html", "<!-- SECRET - read from the environment at runtime -->"),
])
def test_secret_then_a_note_about_where_the_value_lives_is_not_a_marking(
        name: str, line: str) -> None:
    assert markings(name, f"{line}\nvalue = 1\n") == []


@pytest.mark.parametrize(("line", "found"), [
    ("SECRET - read from Key Vault, do not share outside the team", "SECRET"),
    ("SECRET: this file holds the vault's layout", "SECRET"),
])
def test_secret_then_handling_or_a_note_naming_the_file_still_marks(
        line: str, found: str) -> None:
    assert markings("docs/setup.md", f"{line}\nvalue = 1\n") == [found]
