"""The secret kind end to end: it blocks, never shows the value, says rotate, honours both
pragmas, keeps detect-secrets quiet and unimported until a line needs it."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import Repo, run_process
from safecommit.detect.secret_plugins.prefilter import Prefilter
from safecommit.detect.secrets import PLUGINS, PREFILTER, USER_PLUGINS
from secrets_support import FAKES, fill, scan


def test_staged_password_blocks_the_commit_without_showing_it(repo: Repo, cli: Any) -> None:
    repo.stage("config/.env", fill("DB_PASSWORD={pw}\nSENDGRID_API_KEY={sendgrid}\n"))
    run = cli("hook")
    assert run.code == 1
    assert FAKES["pw"] not in run.out + run.err
    assert FAKES["sendgrid"] not in run.out + run.err
    assert "config/.env" in run.out
    assert "PASSWORD" in run.out and "SENDGRID_API_KEY" in run.out
    assert "rotate" in run.out.lower() or "change it now" in run.out.lower()


def test_secret_findings_carry_no_value_and_no_fake_suggestion(cli: Any, tmp_path: Path) -> None:
    content = fill("password: {pw}\ntoken: {ghp}\nurl: postgres://{user}:{pw}@db.internal/app\n")
    found = scan(cli, tmp_path, "app.yaml", content)
    assert {f["type"] for f in found} == {"PASSWORD", "GITHUB_TOKEN",
                                          "CONNECTION_STRING_PASSWORD"}
    for f in found:
        assert f["kind"] == "secret"
        assert f["suggestion"] is None
        assert FAKES["pw"] not in f["masked"] and FAKES["ghp"] not in f["masked"]
        assert len(f["masked"].rstrip("*")) <= 4  # at most a short prefix


@pytest.mark.parametrize("template", [
    "password: {pw}  # pragma: allowlist secret\n",
    "# pragma: allowlist nextline secret\npassword: {pw}\n",
    "password: {pw}  # safecommit: allow PASSWORD fixture for the local stack\n",
    "# safecommit: allow SECRET\npassword: {pw}\n",
])
def test_detect_secrets_and_safecommit_pragmas_both_allow_a_secret(
        cli: Any, tmp_path: Path, template: str) -> None:
    assert scan(cli, tmp_path, "app.yaml", fill(template)) == []


def test_pragma_for_another_type_does_not_allow_a_secret(cli: Any, tmp_path: Path) -> None:
    found = scan(cli, tmp_path, "app.yaml", fill("password: {pw}  # safecommit: allow UK_NINO\n"))
    assert [f["type"] for f in found] == ["PASSWORD"]


def test_detect_secrets_never_logs_a_value(cli: Any, tmp_path: Path,
                                           caplog: pytest.LogCaptureFixture) -> None:
    # Lines that run detect-secrets' plugins and filters, found and filtered alike.
    content = fill("AKIA = '{aws_id}'\nurl: https://user:${{PASS}}@host.internal/x\n"
                   "jwt: {jwt}\npassword: {pw}\n")
    with caplog.at_level(logging.DEBUG):
        found = scan(cli, tmp_path, "app.yaml", content)
    assert found
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for value in (FAKES["aws_id"], FAKES["jwt"], FAKES["pw"], "${PASS}"):
        assert value not in logged


_IMPORTED = ("import sys; from safecommit.cli import main; code = main(['scan', '--kind', "
             "'secret', 'f.txt']); print('detect_secrets' in sys.modules, code)")


@pytest.mark.parametrize(("content", "imported"), [
    ("nothing to see here\nprint('hello')\n", "False 0"),
    ("password: changeme\n", "False 0"),  # a candidate line, but no plugin of detect-secrets
    (fill("jwt: {jwt}\n"), "True 1"),  # detect-secrets' JWT plugin reads this line
])
def test_detect_secrets_is_imported_only_for_a_line_its_plugins_can_read(
        tmp_path: Path, content: str, imported: str) -> None:
    (tmp_path / "f.txt").write_text(content)
    run = run_process_code(tmp_path, _IMPORTED)
    assert run.strip().splitlines()[-1] == imported


def run_process_code(cwd: Path, code: str) -> str:
    import subprocess
    proc = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


SAMPLE = fill(
    "import os\npassword = os.environ['DB_PASSWORD']\nname = 'Ünïcødé ẞ straße'\n"
    "URL=postgres://{user}:{pw}@db.internal/app\n  token: {ghp}\nnothing here\n"
    "\u0391\u039a\u0399\u0391 Kelvin K sign: \u212a\nAccountKey={storage_key}\n"
    "# Résumé: api_key = {secret}\n"
    "client = Client('{notify}')\n"
)


@pytest.mark.parametrize("text", [SAMPLE, SAMPLE.upper(), SAMPLE * 3, "", "\n\n", "key"])
def test_re2_and_standard_engines_find_the_same_candidate_lines(text: str) -> None:
    fast = Prefilter(PREFILTER.words, engine="re2", shapes=PREFILTER.shapes).lines(text)
    slow = Prefilter(PREFILTER.words, engine="re", shapes=PREFILTER.shapes).lines(text)
    assert fast == slow
    if "token" in text:
        assert any("token" in words for words in fast.values())
    if "client" in text.lower():  # a Notify key's two UUIDs stand for its trigger word
        assert "notify" in fast[text.lower().count("\n", 0, text.lower().index("client"))]


def test_every_plugin_word_is_in_the_one_prefilter() -> None:
    for plugin in PLUGINS + USER_PLUGINS:
        assert plugin.words <= PREFILTER.words
        assert all(w == w.lower() for w in plugin.words)


@pytest.mark.parametrize(("text", "reached"), [
    ("    pass\n", []),  # Python's pass: the trigger word alone holds no value
    ("KEY\n", []),
    ("password: hunter2\n", [0]),
    ("pass = 'x'\n", [0]),
])
def test_a_line_holding_only_its_trigger_word_reaches_no_plugin(
        text: str, reached: list[int]) -> None:
    from safecommit.detect.locate import Locator
    from safecommit.detect.secrets import Registered, hits
    from safecommit.model import Text

    seen: list[int] = []

    def record(line: Any) -> Any:
        seen.append(line.index)
        return iter(())

    list(hits(Locator(Text("app.py", text, "python")), (Registered(record, PREFILTER.words),)))
    assert seen == reached


def test_one_search_for_a_lines_upstream_plugins_says_what_each_would() -> None:
    from safecommit.detect.secret_plugins import upstream

    lines = ["password = 'x'", "AKIAIOSFODNN7EXAMPLE", "key: AKC" + "a" * 10, "xoxb-1",
             "Cloudant", "ibm hmac", "TOKEN=" + "M" + "a" * 23 + ".", "nothing", ""]
    for words in map(frozenset, [("key",), ("pass", "aws"), ("ibm", "xox", "cloudant"),
                                 ("sg.",), ("nothing",)]):
        could, test = upstream._could(words)
        for line in lines:
            each = [n for n in could if upstream._PLUGINS[n][2].search(line)]
            assert (test is not None and test.search(line) is not None) == bool(each)


def test_secret_deep_in_a_large_file_is_reported_on_its_line(repo: Repo) -> None:
    lines = [f"value_{i} = compute({i})  # ordinary code, key and token words" for i in
             range(60_000)]
    lines[45_000] = fill('API_KEY = "{hex}"')
    repo.write("big.py", "\n".join(lines) + "\n")
    run = run_process("scan", "--kind", "secret", "--format", "json", "big.py", cwd=repo.path)
    assert run.code == 1
    assert [(f["line"], f["type"]) for f in run.json["findings"]] == [(45_001, "API_KEY")]


def test_binary_file_is_read_for_prefixed_tokens_not_for_keys(cli: Any, tmp_path: Path) -> None:
    data = b"\x00\x01\x02" + fill("password={pw}\x00\x00token {ghp}\x00").encode() + b"\xff" * 8
    path = tmp_path / "blob.bin"
    path.write_bytes(data)
    run = cli("scan", "--format", "json", "--kind", "secret", str(path))
    assert [f["type"] for f in run.json["findings"]] == ["GITHUB_TOKEN"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["key", "token = ", "password: x", "pass", "\n", " ", "é",
                                 "PWD", "abc", "://", "\r", "\t"]), max_size=40).map("".join))
def test_a_candidate_line_is_cut_out_as_the_line_table_would_give_it(text: str) -> None:
    from safecommit.detect.locate import Locator
    from safecommit.detect.secret_plugins.prefilter import candidate_line_text
    from safecommit.model import Text

    locator = Locator(Text("a.txt", text, "text"))
    for index in candidate_lines_of(locator):
        assert candidate_line_text(locator, PREFILTER, index) == locator.line_text(index)


def candidate_lines_of(locator: Any) -> list[int]:
    from safecommit.detect.secret_plugins.prefilter import candidate_lines

    return list(candidate_lines(locator, PREFILTER))


def test_a_text_with_candidate_lines_but_no_secret_never_builds_its_line_table() -> None:
    from safecommit.detect import secrets
    from safecommit.detect.locate import Locator
    from safecommit.model import Text

    locator = Locator(Text("a.py", "def get(self, key):\n    return self._d[key]\n", "python"))
    assert list(secrets.detect(locator)) == []
    assert locator._line_starts is None


def test_a_text_s_candidate_lines_are_read_once_for_secrets_and_user_names() -> None:
    from safecommit.detect.locate import Locator
    from safecommit.detect.secrets import candidates
    from safecommit.model import Text

    locator = Locator(Text("app/settings.py", "def f():\n    pass\nDB_USER = 'svc'\n"
                                              "token = get()\nnothing here\n"))
    found = candidates(locator)
    # The bare ``pass`` statement holds no value: it is not a candidate.
    assert [(index, sorted(words)) for index, words, _ in found] == \
        [(2, ["user"]), (3, ["token"])]
    assert found[0][2] == "DB_USER = 'svc'"
    assert candidates(locator) is found  # kept with the text for the second pass


def test_a_shell_history_is_read_as_the_commands_it_holds(repo: Repo, cli: Any) -> None:
    repo.write("dotfiles/.bash_history",
               "ls -la\nexport DB_PASSWORD=Xk9v2LmQ7rTz\n"
               'psql "postgresql://app:Vq7nR2xLp9@db.internal:5432/claims"\n')
    run = cli("scan", "--format", "json", "dotfiles/.bash_history")
    assert [(f["line"], f["kind"]) for f in run.json["findings"]] == [(2, "secret"), (3, "secret")]
