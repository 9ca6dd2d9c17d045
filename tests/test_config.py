"""Config: [tool.safecommit] or .safecommit.toml; every mistake is one line and exit 2."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import Repo
from safecommit.config import ConfigError, load

REAL = "alice.smith@gmail.com"


def test_defaults_without_any_config(tmp_path: Path) -> None:
    config = load(tmp_path)
    assert config.kinds == ("personal-data", "secret", "marking")
    assert config.threshold == 0.5
    assert "report-an-ai-incident" in config.guidance.report_incident


def test_pyproject_table_is_read(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.safecommit]\nexclude = ["fixtures/**"]\nkinds = ["secret"]\n'
        '[tool.safecommit.guidance]\ncontact = "the data team"\n')
    config = load(tmp_path)
    assert config.exclude == ("fixtures/**",)
    assert config.kinds == ("secret",)
    assert config.guidance.contact == "the data team"


def test_dedicated_file_wins_over_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.safecommit]\nkinds = ["secret"]\n')
    (tmp_path / ".safecommit.toml").write_text('kinds = ["marking"]\n')
    assert load(tmp_path).kinds == ("marking",)


@pytest.mark.parametrize(("toml", "message"), [
    ('exlude = ["x"]', "unknown key 'exlude' (did you mean 'exclude'?)"),
    ('kinds = ["pii"]', "'kinds' unknown kind 'pii'"),
    ("threshold = 2", "'threshold' must be a number from 0 to 1"),
    ("exclude = 'x'", "'exclude' must be a list of strings"),
    ("[guidance]\ncontakt = 'x'", "unknown key 'contakt' (did you mean 'contact'?)"),
    ("[[allowlist]]\nvalue = 'x'", "every allowlist entry needs a 'reason'"),
    ("[[allowlist]]\nregex = '(' \nreason = 'r'", "invalid regex"),
    ("kinds = [", "not valid TOML"),
])
def test_broken_config_is_a_one_line_error_naming_the_key(tmp_path: Path, toml: str,
                                                          message: str) -> None:
    (tmp_path / ".safecommit.toml").write_text(toml + "\n")
    with pytest.raises(ConfigError) as err:
        load(tmp_path)
    assert message in str(err.value)
    assert str(err.value).startswith(".safecommit.toml")
    assert "\n" not in str(err.value)


def test_broken_config_blocks_the_hook_with_exit_2(repo: Repo, cli: Any) -> None:
    repo.write(".safecommit.toml", 'exlude = ["x"]\n')
    repo.stage("a.txt", "clean\n")
    run = cli("hook", "a.txt")
    assert run.code == 2
    assert run.err == ("safecommit: .safecommit.toml: unknown key 'exlude' "
                       "(did you mean 'exclude'?)\n")


def test_excluded_paths_are_not_scanned(repo: Repo, cli: Any) -> None:
    repo.write(".safecommit.toml", 'exclude = ["fixtures/**"]\n')
    repo.stage("fixtures/users.txt", f"{REAL}\n")
    assert cli("scan", "--staged").code == 0
    assert cli("scan", ".").code == 0
    assert cli("hook", "fixtures/users.txt").code == 0


def test_a_kind_can_be_switched_off(repo: Repo, cli: Any) -> None:
    repo.write(".safecommit.toml", 'kinds = ["secret", "marking"]\n')
    repo.stage("a.txt", f"{REAL}\n")
    assert cli("hook", "a.txt").code == 0


def test_kind_flag_runs_one_kind(repo: Repo, cli: Any) -> None:
    repo.stage("a.txt", f"{REAL}\n")
    assert cli("hook", "--kind", "marking", "a.txt").code == 0
    assert cli("hook", "--kind", "personal-data", "a.txt").code == 1


def test_guidance_links_in_the_report_come_from_config(repo: Repo, cli: Any) -> None:
    repo.write(".safecommit.toml",
               '[guidance]\nreport_incident = "https://intranet.invalid/report"\n'
               'contact = "the Data Protection Office"\n')
    repo.stage("a.txt", f"{REAL}\n")
    run = cli("hook", "a.txt")
    assert "https://intranet.invalid/report" in run.out
    assert "ask the Data Protection Office" in run.out
