"""``safecommit install``: plain git hooks, for repositories without the pre-commit framework.

It writes ``pre-commit`` (scan what is staged), ``commit-msg`` (scan the message) and
``pre-push`` (scan the lines each pushed commit adds) into the repository's hooks folder,
honouring ``core.hooksPath``. A hook that is already there is never lost: it is kept beside
ours and still runs first (``--force``).
The same scripts are in the repository's ``hooks/`` folder, to copy by hand.
"""

from __future__ import annotations

import argparse
import os
import shlex
import stat
import subprocess
import sys
from pathlib import Path

from safecommit.commands.common import fail, guarded, write_atomic
from safecommit.source import SourceError, find_root, git_refusal

HOOKS = ("pre-commit", "commit-msg", "pre-push")
MARKER = "# safecommit-hook"
BACKUP_SUFFIX = ".pre-safecommit"
_PYTHON_LINE = 'SAFECOMMIT_PYTHON=""'

_COMMON = f'''{MARKER}: installed by `safecommit install`; see https://github.com/DEFRA/safecommit
# The Python that safecommit was installed with (set by `safecommit install`). When it is
# empty or gone, `safecommit` on PATH is used. Neither: the hook fails closed.
{_PYTHON_LINE}

safecommit_cli() {{
  if [ -n "$SAFECOMMIT_PYTHON" ] && [ -x "$SAFECOMMIT_PYTHON" ]; then
    "$SAFECOMMIT_PYTHON" -m safecommit "$@"
  elif command -v safecommit >/dev/null 2>&1; then
    safecommit "$@"
  else
    echo "safecommit: not installed, so nothing can be checked (pip install safecommit; to" \\
      "skip the check on purpose, use --no-verify)" >&2
    return 2
  fi
}}
'''

PRE_COMMIT = f'''#!/bin/sh
# safecommit pre-commit hook: blocks a commit that stages personal data, secrets or
# protective markings. It reads the staged version of each file, never the working tree.
{_COMMON}
# A hook that was here before safecommit's still runs first.
if [ -x "$0{BACKUP_SUFFIX}" ]; then
  "$0{BACKUP_SUFFIX}" "$@" || exit $?
fi

safecommit_cli hook
'''

PRE_PUSH = f'''#!/bin/sh
# safecommit pre-push hook: scans the lines each pushed commit adds, including commits made
# with --no-verify. A value added and removed again is still in what is pushed.
{_COMMON}
remote="$1"
zero=0000000000000000000000000000000000000000
input=$(cat)

# A hook that was here before safecommit's still runs first, with the same input.
if [ -x "$0{BACKUP_SUFFIX}" ]; then
  printf '%s\\n' "$input" | "$0{BACKUP_SUFFIX}" "$@" || exit $?
fi

status=0
while read -r local_ref local_sha remote_ref remote_sha; do
  [ -n "$local_sha" ] || continue
  case "$local_sha" in *[!0]*) ;; *) continue ;; esac  # deleting a branch adds nothing
  if git cat-file -e "$remote_sha^{{commit}}" 2>/dev/null; then
    from="$remote_sha"
  else
    # A new branch, or a remote tip this clone lacks: what no ref of the remote has yet.
    first=$(git rev-list --topo-order --reverse "$local_sha" --not --remotes="$remote" | head -n 1)
    [ -n "$first" ] || continue
    from=$(git rev-parse -q --verify "$first^1") || from="$zero"
  fi
  safecommit_cli scan --from "$from" --to "$local_sha" || status=$?
done <<EOF
$input
EOF
exit "$status"
'''

COMMIT_MSG = f'''#!/bin/sh
# safecommit commit-msg hook: blocks a commit whose message holds personal data, secrets or
# protective markings. A message is history too, and AI assistants read `git log`.
{_COMMON}
# A hook that was here before safecommit's still runs first.
if [ -x "$0{BACKUP_SUFFIX}" ]; then
  "$0{BACKUP_SUFFIX}" "$@" || exit $?
fi

safecommit_cli hook --commit-msg "$1"
'''

TEMPLATES = {"pre-commit": PRE_COMMIT, "commit-msg": COMMIT_MSG, "pre-push": PRE_PUSH}


def hook_text(name: str, python: str = "") -> str:
    """The hook script; ``python`` is recorded so that the hook finds this installation."""
    line = f"SAFECOMMIT_PYTHON={shlex.quote(python)}" if python else _PYTHON_LINE
    return TEMPLATES[name].replace(_PYTHON_LINE, line, 1)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--hook", action="append", choices=HOOKS, dest="hooks",
                        help="install only this hook (repeatable; default: all three)")
    parser.add_argument("--force", action="store_true",
                        help="install over another tool's hook; it is kept and still runs first")
    parser.add_argument("--uninstall", action="store_true",
                        help="remove safecommit's hooks and put back any hook they replaced")


def hooks_dir(root: Path) -> Path:
    out = subprocess.run(["git", "-C", str(root), "rev-parse", "--git-path", "hooks"],
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise SourceError(git_refusal(root, out.stderr))
    path = Path(out.stdout.strip())
    return path if path.is_absolute() else root / path


def _ours(path: Path) -> bool:
    try:
        return MARKER in path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


@guarded
def run(args: argparse.Namespace) -> int:
    root = find_root(Path.cwd())
    if root is None:
        raise SourceError("not inside a git repository (hooks belong to a repository)")
    folder = hooks_dir(root)
    names = args.hooks or list(HOOKS)
    if args.uninstall:
        return uninstall(folder, names)
    for name in names:
        target = folder / name
        if target.exists() and not _ours(target):
            text = target.read_text(encoding="utf-8", errors="replace")
            if "File generated by pre-commit" in text:
                return fail(f"{target}: the pre-commit framework manages this hook (add "
                            "safecommit to .pre-commit-config.yaml instead; see the README)")
            if not args.force:
                return fail(f"{target}: another hook is already there (rerun with --force: it "
                            f"is kept as {name}{BACKUP_SUFFIX} and still runs first)")
            backup = folder / f"{name}{BACKUP_SUFFIX}"
            if backup.exists():
                return fail(f"{backup}: already exists; move it away first, so nothing is lost")
            os.replace(target, backup)
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        target = folder / name
        write_atomic(target, hook_text(name, sys.executable))
        target.chmod(target.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
        print(f"safecommit: installed {target}")
    return 0


def uninstall(folder: Path, names: list[str]) -> int:
    for name in names:
        target, backup = folder / name, folder / f"{name}{BACKUP_SUFFIX}"
        if target.exists() and not _ours(target):
            print(f"safecommit: {target} is not safecommit's; left alone", file=sys.stderr)
            continue
        target.unlink(missing_ok=True)
        if backup.exists():
            os.replace(backup, target)
            print(f"safecommit: removed safecommit's {name}; put back the hook it replaced")
        else:
            print(f"safecommit: removed {target}")
    return 0
