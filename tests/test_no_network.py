"""No code path opens a network connection: an audit hook watches every interpreter."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import Repo

# Installed as sitecustomize, so it runs in every Python process safecommit starts too.
AUDIT = '''
import os, sys
_LOG = os.environ["SAFECOMMIT_AUDIT_LOG"]
_NET = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto",
        "socket.gethostbyaddr", "urllib.Request", "http.client.connect", "ftplib.connect",
        "smtplib.connect", "webbrowser.open"}
def _hook(event, args):
    if event in _NET:
        if event == "socket.connect" and getattr(args[0], "family", None) == 1:
            return  # AF_UNIX: process pools talk to their workers this way
        with open(_LOG, "a") as fh:
            fh.write(f"{event} {args!r}\\n")
sys.addaudithook(_hook)
'''

CONTENT = {
    "app/settings.py": 'DB = "postgresql://svc_app:Wy7kQ2vR9pLm@db.internal.defra-demo.uk/claims"\n'
                       'HOOK = "https://hooks.example.com/services/T000/B000/XXXX"\n',
    "fixtures/users.json": '{"name": "Priya Raman", "email": "priya.raman@gmail.com", '
                           '"phone": "07723 481093", "ip": "81.2.69.160"}\n',
    "docs/brief.md": "OFFICIAL-SENSITIVE\n\nContact priya.raman@gmail.com\n",
    "notebook.ipynb": '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}\n',
}


def _run(repo: Repo, tmp_path: Path, *args: str) -> str:
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(AUDIT)
    log = tmp_path / "audit.log"
    log.write_text("")
    env = {**os.environ, "SAFECOMMIT_AUDIT_LOG": str(log), "NO_COLOR": "1",
           "PYTHONPATH": os.pathsep.join([str(site), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run([sys.executable, "-m", "safecommit", *args], cwd=repo.path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode in (0, 1), proc.stderr
    return log.read_text()


def test_scans_of_every_scope_open_no_network_connection(repo: Repo, tmp_path: Path) -> None:
    for rel, text in CONTENT.items():
        repo.stage(rel, text)
    for i in range(300):  # enough files for a large scan to use its worker pool
        repo.write(f"bulk/f{i}.txt", f"line {i}\n" * 50)
    base = repo.commit()
    repo.stage("late.txt", "contact priya.raman@gmail.com\n")
    head = repo.commit()
    for args in (["scan", "."], ["scan", "--staged"], ["scan", "--all-files"],
                 ["hook", *CONTENT], ["scan", "--from", base, "--to", head],
                 ["scan", "--format", "json", "."]):
        assert _run(repo, tmp_path, *args) == "", args


def test_the_audit_hook_does_see_a_connection(repo: Repo, tmp_path: Path) -> None:
    """The watcher itself works: a process that does resolve a name is caught."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(AUDIT)
    log = tmp_path / "audit.log"
    env = {**os.environ, "SAFECOMMIT_AUDIT_LOG": str(log), "PYTHONPATH": str(site)}
    subprocess.run([sys.executable, "-c",
                    "import socket\ntry: socket.getaddrinfo('localhost', 1)\nexcept OSError: pass"],
                   env=env, check=True)
    assert "socket.getaddrinfo" in log.read_text()
