"""`safecommit baseline`: adopt on a repository that already holds findings; only new ones block."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest

from conftest import Repo, git, run_process
from safecommit import baseline
from safecommit.fingerprint import normalise

EMAIL = "quill.ferrand@gmail.com"
OTHER = "ottoline.brisk@hotmail.co.uk"
BASELINE = ".safecommit-baseline.json"


def emails(run: Any) -> list[tuple[str, int]]:
    return [(f["path"], f["line"]) for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS"]


def doc(repo: Repo) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((repo.path / BASELINE).read_text())
    return data


@pytest.fixture
def adopted(repo: Repo, cli: Any) -> Repo:
    """A repository with an old finding in app.py, baselined and committed."""
    repo.stage("app.py", f'owner = "{EMAIL}"\nretries = 3\n')
    repo.commit("old code")
    assert cli("baseline").code == 0
    repo.git("add", BASELINE)
    repo.commit("adopt safecommit")
    return repo


def test_baselined_findings_no_longer_block(adopted: Repo, cli: Any) -> None:
    assert cli("scan", "--all-files").code == 0
    run = cli("scan", "--all-files", "--no-baseline", "--format", "json")
    assert emails(run) == [("app.py", 1)]


def test_the_baseline_never_holds_the_value_in_any_form(adopted: Repo) -> None:
    text = (adopted.path / BASELINE).read_text()
    for form in (EMAIL, EMAIL.upper(), normalise(EMAIL), "quill", "ferrand", "q***"):
        assert form not in text
    assert "line" not in doc(adopted)["entries"][0]


def test_entry_hash_is_scrypt_of_the_normalised_value_with_the_repositorys_salt(
        adopted: Repo) -> None:
    data = doc(adopted)
    params = data["hash"]
    assert params["algorithm"] == "scrypt" and params["n"] >= 2**15 and params["r"] >= 8
    salt = bytes.fromhex(params["salt"])
    assert len(salt) >= 32
    expected = hashlib.scrypt(f"EMAIL_ADDRESS\0{normalise(EMAIL)}".encode(), salt=salt,
                              n=params["n"], r=params["r"], p=params["p"],
                              maxmem=1 << 28, dklen=16).hex()
    assert data["entries"][0]["hash"] == expected


def test_two_repositories_hash_the_same_value_differently(
        repo: Repo, cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hashes = []
    for name in ("one", "two"):
        path = tmp_path / name
        path.mkdir()
        git(path, "init", "-q")
        (path / "a.py").write_text(f'owner = "{EMAIL}"\n')
        git(path, "add", "a.py")
        monkeypatch.chdir(path)
        assert cli("baseline").code == 0
        hashes.append(json.loads((path / BASELINE).read_text())["entries"][0]["hash"])
    assert hashes[0] != hashes[1]


@pytest.mark.parametrize("edit", ["lines above", "reformatted value", "lines below"])
def test_edits_around_a_baselined_finding_do_not_churn_the_file_or_block(
        adopted: Repo, cli: Any, edit: str) -> None:
    before = (adopted.path / BASELINE).read_text()
    content = {
        "lines above": f'"""Module."""\nimport os\n\nowner = "{EMAIL}"\nretries = 3\n',
        "reformatted value": f'owner = "{EMAIL.upper()}"\nretries = 3\n',
        "lines below": f'owner = "{EMAIL}"\nretries = 5\ntimeout = 10\n',
    }[edit]
    adopted.stage("app.py", content)
    assert cli("scan", "--staged").code == 0
    assert cli("baseline", "--update").code == 0
    assert (adopted.path / BASELINE).read_text() == before


def test_a_second_copy_in_another_file_is_a_new_finding(adopted: Repo, cli: Any) -> None:
    adopted.stage("other.py", f'owner = "{EMAIL}"\n')
    run = cli("scan", "--staged", "--format", "json")
    assert run.code == 1
    assert emails(run) == [("other.py", 1)]


def test_one_copy_more_in_the_same_file_is_a_new_finding(adopted: Repo, cli: Any) -> None:
    adopted.stage("app.py", f'owner = "{EMAIL}"\nretries = 3\nbackup = "{EMAIL}"\n')
    run = cli("scan", "--staged", "--format", "json")
    assert emails(run) == [("app.py", 3)]


def test_another_value_of_the_same_type_in_the_same_file_is_new(adopted: Repo, cli: Any) -> None:
    adopted.stage("app.py", f'owner = "{EMAIL}"\nretries = 3\nbackup = "{OTHER}"\n')
    assert emails(cli("scan", "--staged", "--format", "json")) == [("app.py", 3)]


def test_making_a_baseline_twice_is_refused_so_no_audit_decision_is_lost(
        adopted: Repo, cli: Any) -> None:
    run = cli("baseline")
    assert run.code == 2
    assert "--update" in run.err and len(run.err.strip().splitlines()) == 1


def test_update_without_a_baseline_is_refused(repo: Repo, cli: Any) -> None:
    repo.stage("a.py", "x = 1\n")
    run = cli("baseline", "--update")
    assert run.code == 2 and "safecommit baseline" in run.err


def _audit(entry: dict[str, Any], decision: str = "fake") -> dict[str, Any]:
    return {**entry, "audit": {"decision": decision, "by": "Test User <dev@example.com>",
                               "at": "2026-01-02T03:04:05Z", "note": "generated fixture"}}


def _set_audits(repo: Repo, decision: str = "fake") -> None:
    data = doc(repo)
    data["entries"] = [_audit(e, decision) for e in data["entries"]]
    (repo.path / BASELINE).write_text(json.dumps(data))


def test_update_adds_new_drops_fixed_and_keeps_audit_decisions(adopted: Repo, cli: Any) -> None:
    _set_audits(adopted)
    adopted.stage("new.py", f'contact = "{OTHER}"\n')
    run = cli("baseline", "--update")
    assert run.code == 0
    assert "1 added, 0 removed, 1 kept" in run.out
    entries = {e["path"]: e for e in doc(adopted)["entries"] if e["type"] == "EMAIL_ADDRESS"}
    assert entries["app.py"]["audit"]["decision"] == "fake"
    assert "audit" not in entries["new.py"]
    adopted.stage("app.py", "retries = 3\n")  # the old finding is fixed
    run = cli("baseline", "--update")
    assert "0 added, 1 removed" in run.out
    assert [e["path"] for e in doc(adopted)["entries"] if e["type"] == "EMAIL_ADDRESS"] == \
        ["new.py"]


def test_update_carries_the_audit_decision_when_the_file_is_renamed(
        adopted: Repo, cli: Any) -> None:
    _set_audits(adopted, "false-positive")
    (adopted.path / "service").mkdir()
    adopted.git("mv", "app.py", "service/app.py")
    run = cli("baseline", "--update")
    assert "1 moved with their audit decision" in run.out
    [entry] = [e for e in doc(adopted)["entries"] if e["type"] == "EMAIL_ADDRESS"]
    assert entry["path"] == "service/app.py"
    assert entry["audit"]["decision"] == "false-positive"


def test_update_keeps_the_entries_of_a_file_it_could_not_scan(adopted: Repo, cli: Any) -> None:
    _set_audits(adopted)
    adopted.write(".safecommit.toml", "max_file_bytes = 10\n")
    run = cli("baseline", "--update")
    assert run.code == 2  # fail closed: the file is still not scanned
    assert "could not be scanned" in run.err
    [entry] = [e for e in doc(adopted)["entries"] if e["type"] == "EMAIL_ADDRESS"]
    assert entry["path"] == "app.py" and entry["audit"]["decision"] == "fake"


def test_an_interrupted_write_leaves_the_previous_baseline_whole(
        adopted: Repo, cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    before = (adopted.path / BASELINE).read_bytes()
    adopted.stage("new.py", f'contact = "{OTHER}"\n')

    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt  # Ctrl-C at the worst moment: the new file is written, not moved

    monkeypatch.setattr(os, "replace", interrupted)
    run = cli("baseline", "--update")
    assert run.code == 130
    assert (adopted.path / BASELINE).read_bytes() == before
    assert sorted(p.name for p in adopted.path.iterdir() if p.name.startswith(".safecommit")) \
        == [BASELINE]


@pytest.mark.parametrize("damage, message", [
    ("<<<<<<< HEAD\n", "not valid JSON"),
    ('{"version": 9, "entries": []}', "not a safecommit baseline"),
    ('{"version": 1, "hash": {"algorithm": "scrypt", "n": 1024, "r": 8, "p": 1, '
     '"salt": "00112233445566778899aabbccddeeff"}, "entries": []}', "too weak"),
    ('{"version": 1, "hash": {"algorithm": "md5"}, "entries": []}', "scrypt"),
])
def test_a_damaged_baseline_stops_the_scan_with_one_line(
        adopted: Repo, cli: Any, damage: str, message: str) -> None:
    (adopted.path / BASELINE).write_text(damage)
    run = cli("scan", "--all-files")
    assert run.code == 2
    assert message in run.err and len(run.err.strip().splitlines()) == 1


def test_an_entry_with_a_bad_hash_or_decision_is_refused(adopted: Repo, cli: Any) -> None:
    data = doc(adopted)
    data["entries"][0]["audit"] = {"decision": "looks fine", "by": "x", "at": "y"}
    (adopted.path / BASELINE).write_text(json.dumps(data))
    run = cli("scan", "--all-files")
    assert run.code == 2 and "'decision' must be one of" in run.err


def test_the_baseline_file_itself_is_never_scanned(adopted: Repo, cli: Any) -> None:
    _set_audits(adopted)
    run = cli("scan", "--all-files", "--no-baseline", "--format", "json")
    assert BASELINE not in {f["path"] for f in run.json["findings"]}


def test_the_slow_hash_is_cached_in_git_for_this_clone_only(adopted: Repo, cli: Any) -> None:
    cache = list((adopted.path / ".git" / "safecommit").glob("baseline-*.json"))
    assert len(cache) == 1
    text = cache[0].read_text()
    assert EMAIL not in text and normalise(EMAIL) not in text
    # The cached answer is the same as computing it afresh.
    loaded = baseline.load(adopted.path)
    assert loaded is not None and set(loaded.known.values()) == \
        {e["hash"] for e in doc(adopted)["entries"]}
    cache[0].unlink()
    assert cli("scan", "--all-files").code == 0


def test_a_rebase_that_moves_baselined_lines_does_not_block_the_range(
        adopted: Repo, cli: Any) -> None:
    adopted.git("checkout", "-q", "-b", "feature")
    adopted.stage("app.py", f'retries = 3\n\n# moved below\nowner = "{EMAIL}"\n')
    adopted.commit("move the owner line")
    adopted.git("checkout", "-q", "main")
    adopted.stage("README.md", "# service\n")
    adopted.commit("main moves on")
    adopted.git("checkout", "-q", "feature")
    adopted.git("rebase", "-q", "main")
    run = cli("scan", "--from", "main", "--to", "feature", "--format", "json")
    assert run.code == 0, run.out
    assert emails(cli("scan", "--from", "main", "--to", "feature", "--format", "json",
                      "--no-baseline")) == [("app.py", 4)]


def test_a_range_that_pastes_a_baselined_value_elsewhere_blocks(adopted: Repo, cli: Any) -> None:
    base = adopted.git("rev-parse", "HEAD").strip()
    adopted.stage("app.py", f'owner = "{EMAIL}"\nretries = 3\ncc = "{EMAIL}"\n')
    adopted.commit("paste")
    assert emails(cli("scan", "--from", base, "--to", "HEAD", "--format", "json")) == \
        [("app.py", 3)]


def test_a_renamed_baselined_file_whose_line_is_edited_stays_baselined(
        repo: Repo, cli: Any) -> None:
    body = "".join(f"setting_{i} = {i}\n" for i in range(12))
    repo.stage("app.py", f'{body}owner = "{EMAIL}"\n')
    repo.commit("old code")
    assert cli("baseline").code == 0
    repo.git("add", BASELINE)
    base = repo.commit("adopt")
    repo.git("mv", "app.py", "service.py")
    repo.stage("service.py", f'{body}owner = "{EMAIL}"  # the service owner\n')
    repo.commit("rename, and touch the baselined line")
    run = cli("scan", "--from", base, "--to", "HEAD", "--format", "json")
    assert run.code == 0, run.out
    # The rename is what makes it the same copy: the same edit in a new file is a new finding.
    repo.stage("copy.py", f'{body}owner = "{EMAIL}"  # the service owner\n')
    repo.commit("copy")
    assert emails(cli("scan", "--from", base, "--to", "HEAD", "--format", "json")) == \
        [("copy.py", 13)]


def test_the_hook_in_a_subdirectory_matches_repo_relative_entries(adopted: Repo) -> None:
    (adopted.path / "docs").mkdir()
    adopted.stage("app.py", f'# edited\nowner = "{EMAIL}"\nretries = 3\n')
    run = run_process("scan", "--staged", cwd=adopted.path / "docs")
    assert run.code == 0, run.out + run.err


def test_the_hook_lets_a_baselined_file_be_renamed_but_not_copied(
        adopted: Repo, cli: Any) -> None:
    (adopted.path / "service").mkdir()
    adopted.git("mv", "app.py", "service/app.py")
    assert cli("scan", "--staged").code == 0
    assert cli("hook", "service/app.py").code == 0  # as pre-commit passes the staged files
    adopted.stage("copy.py", f'cc = "{EMAIL}"\n')
    assert emails(cli("hook", "service/app.py", "copy.py", "--format", "json")) == \
        [("copy.py", 1)]


def test_a_baselined_file_renamed_in_an_earlier_commit_stays_baselined_until_update(
        adopted: Repo, cli: Any) -> None:
    (adopted.path / "service").mkdir()
    adopted.git("mv", "app.py", "service/app.py")
    moved = adopted.commit("move the app into a package")  # the hook followed the rename
    adopted.stage("service/app.py", f'owner = "{EMAIL}"\nretries = 5\n')
    assert cli("hook", "service/app.py").code == 0
    assert cli("scan", "--all-files").code == 0
    adopted.commit("more retries")
    assert cli("scan", "--from", moved, "--to", "HEAD").code == 0
    # Following the move is not spreading: a copy in another file is still new.
    adopted.stage("copy.py", f'cc = "{EMAIL}"\n')
    assert emails(cli("hook", "service/app.py", "copy.py", "--format", "json")) == \
        [("copy.py", 1)]
    assert cli("baseline", "--update").code == 0
    assert [e["path"] for e in doc(adopted)["entries"]] == ["copy.py", "service/app.py"]
