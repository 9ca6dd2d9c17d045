"""Ref ranges (`scan --from/--to`, PRE_COMMIT_FROM_REF/TO_REF): the lines each commit added."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import Repo, git, run_process
from safecommit.commits import parse_diff_tree

EMAIL = "quill.ferrand@gmail.com"
OTHER = "ottoline.brisk@hotmail.co.uk"


def emails(run: Any) -> list[dict[str, Any]]:
    """The email findings: other detectors may grow, the email in these tests is the subject."""
    return [f for f in run.json["findings"] if f["type"] == "EMAIL_ADDRESS"]


def findings(run: Any) -> list[tuple[str, int]]:
    return [(f["path"], f["line"]) for f in emails(run)]


def scan_range(cli: Any, base: str, head: str = "HEAD", *extra: str) -> Any:
    return cli("scan", "--from", base, "--to", head, "--format", "json", *extra)


@pytest.fixture
def based(repo: Repo) -> Repo:
    """A repository with one clean commit on main: the base of a pull request."""
    repo.stage("README.md", "# service\n")
    repo.commit("base")
    return repo


def test_value_added_then_removed_in_the_range_is_still_reported(based: Repo, cli: Any) -> None:
    base = based.git("rev-parse", "HEAD").strip()
    based.stage("app.py", f'contact = "{EMAIL}"\n')
    added = based.commit("add")
    based.stage("app.py", "contact = None\n")
    based.commit("remove")
    run = scan_range(cli, base)
    assert run.code == 1
    assert [(f["path"], f["line"], f["commit"]) for f in emails(run)] == \
        [("app.py", 1, added)]
    assert EMAIL not in run.out + run.err


def test_only_added_lines_count_not_the_lines_already_there(based: Repo, cli: Any) -> None:
    based.stage("app.py", f'contact = "{EMAIL}"\n')
    based.commit("old finding, already on main")
    base = based.git("rev-parse", "HEAD").strip()
    based.stage("app.py", f'contact = "{EMAIL}"\nname = "service"\n')
    based.commit("clean edit")
    run = scan_range(cli, base, "HEAD", "--no-baseline")
    assert run.code == 0, run.out


def test_the_hook_reads_the_range_from_pre_commit_variables(based: Repo) -> None:
    base = based.git("rev-parse", "HEAD").strip()
    based.stage("app.py", f'contact = "{EMAIL}"\n')
    head = based.commit("add")
    env = {"PRE_COMMIT_FROM_REF": base, "PRE_COMMIT_TO_REF": head}
    run = run_process("hook", "--format", "json", cwd=based.path, env=env)
    assert run.code == 1
    assert [f["commit"] for f in json.loads(run.out)["findings"]] == [head]


@pytest.mark.parametrize("edit", ["none", "other line"])
def test_a_renamed_file_adds_only_its_edited_lines(based: Repo, cli: Any, edit: str) -> None:
    based.stage("old/name.py", f'contact = "{EMAIL}"\nx = 1\n')
    based.commit("finding already on main")
    base = based.git("rev-parse", "HEAD").strip()
    based.git("mv", "old/name.py", "new name.py")
    if edit == "other line":
        based.stage("new name.py", f'contact = "{EMAIL}"\nx = 2\n')
    based.commit("rename")
    run = scan_range(cli, base, "HEAD", "--no-baseline")
    assert run.code == 0, run.out


def test_a_finding_added_while_renaming_is_reported_at_the_new_path(based: Repo, cli: Any) -> None:
    based.stage("a.py", "x = 1\ny = 2\nz = 3\nw = 4\n")
    based.commit("file on main")
    base = based.git("rev-parse", "HEAD").strip()
    based.git("mv", "a.py", "b.py")
    based.stage("b.py", f'x = 1\ny = 2\nz = 3\nw = 4\nmail = "{EMAIL}"\n')
    based.commit("rename and add")
    assert findings(scan_range(cli, base)) == [("b.py", 5)]


def test_merging_main_into_the_branch_does_not_report_mains_commits(based: Repo, cli: Any) -> None:
    based.git("checkout", "-q", "-b", "feature")
    based.stage("feature.py", "x = 1\n")
    based.commit("feature work")
    based.git("checkout", "-q", "main")
    based.stage("main.py", f'contact = "{EMAIL}"\n')
    based.commit("a finding on main, reviewed there")
    main_tip = based.git("rev-parse", "HEAD").strip()
    based.git("checkout", "-q", "feature")
    based.git("merge", "-q", "--no-edit", "main")
    # The pull request's range: what the branch has that main does not.
    run = scan_range(cli, main_tip)
    assert run.code == 0, run.out


def test_a_line_written_in_a_merge_resolution_is_reported(based: Repo, cli: Any) -> None:
    based.stage("conf.py", "owner = 'a'\n")
    based.commit("conf")
    base = based.git("rev-parse", "HEAD").strip()
    based.git("checkout", "-q", "-b", "feature")
    based.stage("conf.py", "owner = 'b'\n")
    based.commit("feature side")
    based.git("checkout", "-q", "main")
    based.stage("conf.py", "owner = 'c'\n")
    based.commit("main side")
    based.git("checkout", "-q", "feature")
    subprocess.run(["git", "merge", "-q", "main"], cwd=based.path, capture_output=True)
    based.write("conf.py", f"owner = '{EMAIL}'\n")  # the conflict, resolved with a value
    based.git("add", "conf.py")
    merge = based.commit("merge main")
    run = scan_range(cli, base)
    assert [(f["path"], f["line"], f["commit"]) for f in emails(run)] == \
        [("conf.py", 1, merge)]


def test_a_merge_that_brings_in_a_branch_reports_it_once_at_its_own_commit(
        based: Repo, cli: Any) -> None:
    base = based.git("rev-parse", "HEAD").strip()
    based.git("checkout", "-q", "-b", "topic")
    based.stage("topic.py", f'contact = "{EMAIL}"\n')
    topic = based.commit("topic adds a finding")
    based.git("checkout", "-q", "main")
    based.stage("other.py", "x = 1\n")
    based.commit("main moves on")
    based.git("merge", "-q", "--no-edit", "--no-ff", "topic")
    run = scan_range(cli, base)
    assert [f["commit"] for f in emails(run)] == [topic]


def test_a_binary_file_in_the_range_is_scanned_whole(based: Repo, cli: Any) -> None:
    base = based.git("rev-parse", "HEAD").strip()
    based.stage("dump.bin", b"\x00\x01header\x00" + f"user={EMAIL}".encode() + b"\x00\xff")
    based.commit("binary")
    run = scan_range(cli, base)
    assert run.code == 1
    assert [f["path"] for f in emails(run)] == ["dump.bin"]


def test_an_added_line_that_looks_like_a_diff_header_is_read_as_content(
        based: Repo, cli: Any) -> None:
    base = based.git("rev-parse", "HEAD").strip()
    # In the diff these lines read "+++ b/x" and "+diff --git": a parser must count, not guess.
    based.stage("notes.md", f"++ b/x\ndiff --git a/y b/y\n{EMAIL}\n")
    based.commit("odd lines")
    assert findings(scan_range(cli, base)) == [("notes.md", 3)]


@pytest.mark.parametrize("name", ["dir with space/user data.txt", "données/é.txt",
                                  'quote"and\\slash.txt', "tab\tname.txt"])
def test_unusual_file_names_in_a_range(based: Repo, cli: Any, name: str) -> None:
    base = based.git("rev-parse", "HEAD").strip()
    based.stage(name, f"x\n{EMAIL}\n")
    based.commit("odd name")
    based.stage(name, f"x\ny\n{EMAIL}\n")
    based.commit("edit it: the value moves down a line, but is not added again")
    assert findings(scan_range(cli, base)) == [(name, 2)]


def test_from_of_forty_zeros_scans_every_commit_reachable(based: Repo, cli: Any) -> None:
    based.stage("a.py", f'contact = "{EMAIL}"\n')
    based.commit("add")
    assert findings(scan_range(cli, "0" * 40)) == [("a.py", 1)]


def test_an_unknown_ref_is_a_one_line_error(based: Repo, cli: Any) -> None:
    run = cli("scan", "--from", "no-such-branch", "--to", "HEAD")
    assert run.code == 2
    assert run.err.strip() == "safecommit: --from no-such-branch: unknown commit (fetch it, " \
                              "or check the name)"


def test_a_ref_that_looks_like_an_option_is_refused(based: Repo, cli: Any) -> None:
    run = cli("scan", "--from=--all", "--to", "HEAD")
    assert run.code == 2 and "not a commit" in run.err


def _shallow_clone(origin: Repo, tmp_path: Path, depth: int) -> Path:
    clone = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", f"--depth={depth}", f"file://{origin.path}", str(clone))
    return clone


def test_shallow_clone_without_the_base_commit_fails_clearly(
        based: Repo, tmp_path: Path) -> None:
    base = based.git("rev-parse", "HEAD").strip()
    for i in range(3):
        based.stage("a.py", f"x = {i}\n")
        based.commit(f"c{i}")
    clone = _shallow_clone(based, tmp_path, 1)
    run = run_process("scan", "--from", base, "--to", "HEAD", cwd=clone)
    assert run.code == 2
    assert "shallow clone" in run.err and "fetch-depth: 0" in run.err
    assert len(run.err.strip().splitlines()) == 1


def test_shallow_boundary_inside_the_range_fails_instead_of_guessing(
        based: Repo, tmp_path: Path) -> None:
    for i in range(3):
        based.stage("a.py", f"x = {i}\n")
        based.commit(f"c{i}")
    clone = _shallow_clone(based, tmp_path, 2)
    # Base present (via a separate shallow fetch) but the commits between are cut off.
    run = run_process("scan", "--from", "0" * 40, "--to", "HEAD", cwd=clone)
    assert run.code == 2
    assert "shallow clone" in run.err


def _packs(clone: Path) -> set[str]:
    return {p.name for p in (clone / ".git" / "objects" / "pack").glob("*.pack")}


@pytest.mark.parametrize("kind", ["blob:none", "tree:0"])
def test_a_partial_clone_never_fetches_a_missing_object_and_fails_closed_naming_it(
        based: Repo, tmp_path: Path, kind: str) -> None:
    based.git("config", "uploadpack.allowFilter", "true")
    base = based.git("rev-parse", "HEAD").strip()
    based.stage("a.py", "owner = None\n")
    based.commit("old version, never checked out in the clone")
    old = based.git("rev-parse", "HEAD:a.py").strip()
    based.stage("a.py", f'owner = "{EMAIL}"\n')
    based.commit("add")
    clone = tmp_path / "partial"
    git(tmp_path, "clone", "-q", f"--filter={kind}", f"file://{based.path}", str(clone))
    before = _packs(clone)
    run = run_process("scan", "--from", base, "--to", "HEAD", cwd=clone)
    assert _packs(clone) == before, "the scan fetched from the promisor remote"
    assert run.code == 2, run.err
    assert len(run.err.strip().splitlines()) == 1, run.err
    assert "partial clone" in run.err
    if kind == "blob:none":  # the trees are there to say which files' objects are missing
        assert old[:12] in run.err


def test_a_full_clone_scans_the_same_range(based: Repo, tmp_path: Path) -> None:
    base = based.git("rev-parse", "HEAD").strip()
    based.stage("a.py", f'contact = "{EMAIL}"\n')
    based.commit("add")
    clone = tmp_path / "full"
    git(tmp_path, "clone", "-q", str(based.path), str(clone))
    run = run_process("scan", "--from", base, "--to", "HEAD", "--format", "json", cwd=clone)
    assert run.code == 1


def test_parse_diff_tree_reads_pure_renames_mode_changes_and_type_changes() -> None:
    raw = (b":100644 100644 " + b"1" * 40 + b" " + b"2" * 40 + b" R100\told.txt\tnew.txt\n"
           b":100644 100755 " + b"3" * 40 + b" " + b"3" * 40 + b" M\trun.sh\n"
           b":120000 100644 " + b"4" * 40 + b" " + b"5" * 40 + b" T\tlink\n"
           b"\n"
           b"diff --git a/old.txt b/new.txt\nsimilarity index 100%\nrename from old.txt\n"
           b"rename to new.txt\n"
           b"diff --git a/run.sh b/run.sh\nold mode 100644\nnew mode 100755\n"
           b"diff --git a/link b/link\ndeleted file mode 120000\nindex 4444444..0000000\n"
           b"--- a/link\n+++ /dev/null\n@@ -1 +0,0 @@\n-target\n"
           b"diff --git a/link b/link\nnew file mode 100644\nindex 0000000..5555555\n"
           b"--- /dev/null\n+++ b/link\n@@ -0,0 +1,2 @@\n+one\n+two\n")
    changes = parse_diff_tree(raw)
    assert set(changes) == {"link"}
    assert changes["link"].lines == frozenset({1, 2})


def test_a_file_over_the_size_limit_in_a_range_is_not_scanned_and_blocks(
        based: Repo, cli: Any) -> None:
    base = based.git("rev-parse", "HEAD").strip()
    based.write(".safecommit.toml", "max_file_bytes = 100\n")
    based.stage("big.txt", "x" * 300 + "\n")
    big = based.commit("big")
    run = scan_range(cli, base)
    assert run.code == 2
    assert run.json["not_scanned"] == [
        {"path": "big.txt", "reason": "file is 301 bytes, over the 100-byte limit "
                                      "(raise max_file_bytes to scan it)", "commit": big}]


def test_each_commit_message_in_the_range_is_scanned_without_its_makers_trailers(
        repo: Repo, cli: Any) -> None:
    repo.stage("a.txt", "start\n")
    repo.git("commit", "-qm", "start")
    base = repo.git("rev-parse", "HEAD").strip()
    repo.stage("a.txt", "start\nmore\n")
    # Made with --no-verify, so no commit-msg hook read it.
    repo.git("commit", "-q", "--no-verify", "-m", f"Export for {EMAIL}\n\n"
             "Signed-off-by: Ifeoma Chukwu <ifeoma.chukwu@dev-team.org.uk>")
    run = cli("scan", "--from", base, "--to", "HEAD", "--format", "json")
    assert run.code == 1
    [finding] = run.json["findings"]
    assert (finding["path"], finding["line"], finding["type"]) == \
        ("commit message", 1, "EMAIL_ADDRESS")
    assert finding["commit"] == repo.git("rev-parse", "HEAD").strip()


def test_an_empty_range_passes_but_says_so_on_stderr_whatever_the_format(
        based: Repo, cli: Any) -> None:
    run = cli("scan", "--from", "HEAD", "--to", "HEAD", "--format", "sarif",
              "--output", "scan.sarif")
    assert run.code == 0
    assert run.err == "safecommit: note: HEAD..HEAD holds no commits to scan\n"
    based.stage("notes.txt", "clean\n")
    based.commit("a commit in the range")
    assert cli("scan", "--from", "HEAD~1", "--to", "HEAD").err == ""
