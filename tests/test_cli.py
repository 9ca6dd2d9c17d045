"""Start-up: a commit imports only what its run needs, so the hook feels instant."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import Repo

# Runs the hook as pre-commit does, in a fresh interpreter, then lists what it imported.
PROBE = """
import io, json, sys, contextlib
from safecommit.cli import main
with contextlib.redirect_stdout(io.StringIO()):
    code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""

# Modules a commit of a few files never needs: other subcommands, the baseline (in a
# repository without one), the process pool, the NER tier, and the peers' heavy dependencies.
NEVER_ON_A_SMALL_COMMIT = (
    "safecommit.commands.scan", "safecommit.commands.redact", "safecommit.commands.baseline",
    "safecommit.commands.history", "safecommit.commands.audit", "safecommit.baseline",
    "concurrent.futures.process", "multiprocessing",
    "presidio_analyzer", "spacy",
)


def imported(repo: Repo, *args: str) -> tuple[int, list[str]]:
    proc = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=repo.path,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    return out["code"], out["modules"]


def test_a_small_commit_imports_no_other_command_no_pool_and_no_ner(repo: Repo) -> None:
    for i in range(5):
        repo.stage(f"src/module{i}.py", f"def f{i}(x):\n    return x + {i}\n")
    code, modules = imported(repo, "hook", *(f"src/module{i}.py" for i in range(5)))
    assert code == 0
    for name in NEVER_ON_A_SMALL_COMMIT:
        assert not any(m == name or m.startswith(name + ".") for m in modules), name


@pytest.mark.parametrize("kind, absent", [
    ("marking", ("safecommit.detect.personal", "safecommit.detect.secrets", "detect_secrets")),
    ("secret", ("safecommit.detect.personal", "safecommit.detect.markings")),
])
def test_a_hook_for_one_kind_imports_no_other_kind(repo: Repo, kind: str,
                                                   absent: tuple[str, ...]) -> None:
    repo.stage("notes.txt", "nothing to see\n")
    code, modules = imported(repo, "hook", "--kind", kind, "notes.txt")
    assert code == 0
    for name in absent:
        assert name not in modules, name


# The console command's last step, seen from inside the process it ends.
AT_EXIT = """
import gc, io, json, sys, contextlib
from safecommit.cli import console
gc.unfreeze()
with contextlib.redirect_stdout(io.StringIO()):
    code = console(sys.argv[1:])
print(json.dumps({"code": code, "frozen": gc.get_freeze_count()}))
"""


@pytest.mark.parametrize("content, expected", [("nothing to see\n", 0),
                                               ("password = 'hunter2-but-longer'\n", 1)])
def test_the_console_command_returns_mains_code_and_leaves_the_heap_to_the_exit(
        repo: Repo, content: str, expected: int) -> None:
    repo.stage("settings.py", content)
    proc = subprocess.run([sys.executable, "-c", AT_EXIT, "hook", "settings.py"], cwd=repo.path,
                          capture_output=True, text=True, timeout=120)
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["code"] == expected
    assert out["frozen"] > 10_000  # the final collections skip what the run made


def test_the_installed_command_and_python_m_run_the_console_entry() -> None:
    from importlib.metadata import entry_points

    (script,) = entry_points(group="console_scripts", name="safecommit")
    assert script.value == "safecommit.cli:console"
    done = subprocess.run([sys.executable, "-m", "safecommit", "--version"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("safecommit ")
