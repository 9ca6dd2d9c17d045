"""Config allowlists: values, regexes, path globs per type, types off per path, with reasons."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import Repo, run_process

EMAIL = "quill.ferrand@gmail.com"
OTHER = "ottoline.brisk@hotmail.co.uk"
KEY = "AKIAZ7QX3JH5VWPL2M4N"  # shaped like an AWS access key id; generated, never issued


def types_found(cli: Any, *args: str) -> list[tuple[str, str]]:
    run = cli("scan", "--staged", "--format", "json", *args)
    assert run.code in (0, 1), run.err
    return sorted((f["path"], f["type"]) for f in run.json["findings"])


def config(repo: Repo, toml: str) -> None:
    repo.write(".safecommit.toml", toml)


@pytest.mark.parametrize("written", [EMAIL, EMAIL.upper(), f" {EMAIL} "])
def test_a_value_entry_allows_that_value_in_any_spelling(repo: Repo, cli: Any,
                                                         written: str) -> None:
    config(repo, f'[[allowlist]]\nvalue = "{written}"\nreason = "team test inbox"\n')
    repo.stage("a.txt", f"{EMAIL}\n{OTHER}\n")
    assert types_found(cli) == [("a.txt", "EMAIL_ADDRESS")]  # only the other one


def test_a_regex_entry_must_match_the_whole_value(repo: Repo, cli: Any) -> None:
    config(repo, '[[allowlist]]\nregex = "quill\\\\.[a-z]+@gmail\\\\.com"\n'
                 'reason = "generated test accounts"\n')
    repo.stage("a.txt", f"{EMAIL}\nxquill.ferrand@gmail.com.evil.net\n")
    assert len(types_found(cli)) == 1


def test_a_path_glob_allows_only_the_types_it_names(repo: Repo, cli: Any) -> None:
    config(repo, '[[allowlist]]\npath = "tests/fixtures/**"\ntypes = ["EMAIL_ADDRESS"]\n'
                 'reason = "fixtures are generated fake people"\n')
    repo.stage("tests/fixtures/users.txt", f"{EMAIL}\naws_access_key_id = {KEY}\n")
    repo.stage("app/users.txt", f"{EMAIL}\n")
    found = types_found(cli)
    assert ("app/users.txt", "EMAIL_ADDRESS") in found
    assert ("tests/fixtures/users.txt", "EMAIL_ADDRESS") not in found
    assert any(p == "tests/fixtures/users.txt" for p, _ in found)  # the key still blocks


def test_a_kind_can_stand_for_its_types(repo: Repo, cli: Any) -> None:
    config(repo, '[[allowlist]]\npath = "docs/**"\ntypes = ["personal-data"]\n'
                 'reason = "docs name the team"\n')
    repo.stage("docs/team.md", f"{EMAIL}\n")
    assert types_found(cli) == []


def test_a_value_can_be_allowed_in_one_place_only(repo: Repo, cli: Any) -> None:
    config(repo, f'[[allowlist]]\nvalue = "{EMAIL}"\npath = "docs/**"\n'
                 'reason = "the team inbox, published on the service page"\n')
    repo.stage("docs/contact.md", f"{EMAIL}\n")
    repo.stage("app/settings.py", f'ADMIN = "{EMAIL}"\n')
    assert types_found(cli) == [("app/settings.py", "EMAIL_ADDRESS")]


def test_globs_are_relative_to_the_repository_from_any_folder(repo: Repo) -> None:
    config(repo, '[[allowlist]]\npath = "tests/fixtures/**"\nreason = "generated"\n')
    repo.stage("tests/fixtures/users.txt", f"{EMAIL}\n")
    run = run_process("scan", "--staged", cwd=repo.path / "tests")
    assert run.code == 0, run.out + run.err


def test_types_can_be_switched_off_per_path_with_a_reason(repo: Repo, cli: Any) -> None:
    config(repo, '[disable]\n"legacy/**" = { types = ["EMAIL_ADDRESS"], '
                 'reason = "archived code, emails audited in ticket 12" }\n')
    repo.stage("legacy/a.txt", f"{EMAIL}\n")
    repo.stage("app/a.txt", f"{EMAIL}\n")
    assert types_found(cli) == [("app/a.txt", "EMAIL_ADDRESS")]


@pytest.mark.parametrize("toml, message", [
    (f'[[allowlist]]\nvalue = "{EMAIL}"\n', "needs a 'reason'"),
    ('[[allowlist]]\nregex = "x+"\nreason = "   "\n', "needs a 'reason'"),
    ('[[allowlist]]\npath = "tests/**"\n', "needs a 'reason'"),
    ('[disable]\n"legacy/**" = ["EMAIL_ADDRESS"]\n', "needs a reason"),
    ('[disable]\n"legacy/**" = { types = ["EMAIL_ADDRESS"] }\n', "needs a 'reason'"),
    ('[disable]\n"legacy/**" = { reason = "old" }\n', "list the 'types'"),
    ('[[allowlist]]\nreason = "r"\n', "give a 'value' or a 'regex'"),
    ('[[allowlist]]\nvalue = "a"\nregex = "a"\nreason = "r"\n', "not both"),
    ('[[allowlist]]\npath = "docs/**"\ntypes = ["person"]\nreason = "r"\n', "'PERSON'"),
    ('[[allowlist]]\npath = "docs/**"\ntypes = []\nreason = "r"\n', "is empty"),
])
def test_a_bad_allowlist_entry_is_a_one_line_config_error(repo: Repo, cli: Any, toml: str,
                                                         message: str) -> None:
    config(repo, toml)
    repo.stage("a.txt", "clean\n")
    run = cli("scan", "--staged")
    assert run.code == 2
    assert message in run.err and run.err.startswith("safecommit: .safecommit.toml")
    assert len(run.err.strip().splitlines()) == 1


def test_an_allowlisted_value_is_not_written_back_anywhere(repo: Repo, cli: Any) -> None:
    config(repo, f'[[allowlist]]\nvalue = "{OTHER}"\nreason = "test inbox"\n')
    repo.stage("a.txt", f"{EMAIL}\n{OTHER}\n")
    for fmt in ("text", "json", "sarif", "junit"):
        run = cli("scan", "--staged", "--format", fmt)
        assert EMAIL not in run.out + run.err and OTHER not in run.out + run.err


@pytest.mark.parametrize("name, comment", [
    ("views/contact.njk", "{# safecommit: allow EMAIL_ADDRESS team mailbox #}"),
    ("Views/Contact.cshtml", "@* safecommit: allow EMAIL_ADDRESS team mailbox *@"),
    ("src/Contact.jsx", "{/* safecommit: allow EMAIL_ADDRESS team mailbox */}"),
    ("views/contact.hbs", "{{! safecommit: allow EMAIL_ADDRESS team mailbox }}"),
    ("views/contact.erb", "<%# safecommit: allow EMAIL_ADDRESS team mailbox %>"),
    ("docs/contact.md", "[//]: # (safecommit: allow EMAIL_ADDRESS team mailbox)"),
    ("docs/team.md", "<!--- safecommit: allow EMAIL_ADDRESS team mailbox --->"),
    ("scripts/notify.bat", ":: safecommit: allow EMAIL_ADDRESS team mailbox"),
    ("scripts/notify.cmd", "@REM safecommit: allow EMAIL_ADDRESS team mailbox"),
    ("R/contact.R", "#' safecommit: allow EMAIL_ADDRESS team mailbox"),
    ("sql/seed.sql", "  -- safecommit: allow EMAIL_ADDRESS team mailbox"),
])
def test_a_pragma_alone_in_a_comment_of_any_syntax_allows_the_next_line(
        repo: Repo, cli: Any, name: str, comment: str) -> None:
    repo.stage(name, f"{comment}\nContact: {EMAIL}\nBackup: {OTHER}\n")
    assert types_found(cli) == [(name, "EMAIL_ADDRESS")]  # the line after the next is not


@pytest.mark.parametrize("before", [
    "Ask the team, safecommit: allow EMAIL_ADDRESS",  # prose that mentions it
    f"owner = '{OTHER}'  # safecommit: allow EMAIL_ADDRESS",  # a pragma for its own line
])
def test_a_pragma_after_words_or_code_allows_only_its_own_line(repo: Repo, cli: Any,
                                                                before: str) -> None:
    repo.stage("notes.txt", f"{before}\nContact: {EMAIL}\n")
    assert types_found(cli) == [("notes.txt", "EMAIL_ADDRESS")]
