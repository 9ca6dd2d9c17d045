"""A secret said in a sentence is found through the marks that format it: "the password
is: <value>" (a colon after the verb), a log-in pair wrapped in Markdown's bold or code
(``**<account>** / `<password>` ``) or in an HTML page's inline tags (``<b>…</b> /
<code>…</code>``), and a message's HTML value inside ``<code>`` or ``<strong>``, whose span
is the value alone. Placeholders and words after the colon stay quiet."""

from __future__ import annotations

import pytest

from conftest import raw, scanned
from secrets_support import fill


def _found(name: str, content: str) -> list[tuple[str, str]]:
    return [(f.type, raw(content, f)) for f in scanned(name, content)
            if f.kind == "secret" or f.type == "USERNAME"]


@pytest.mark.parametrize("line", [
    "the staging password is: {pw}",
    "The password was: {pw}",
])
def test_a_colon_after_the_verb_still_says_the_password(line: str) -> None:
    content = fill(line) + "\n"
    assert _found("notes/handover.md", content) == [("PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize("line", [
    "The password is: see the vault.",
    "The password is: <your password>",
    "Your password is: at least 12 characters long",
])
def test_words_and_placeholders_after_the_colon_stay_quiet(line: str) -> None:
    assert _found("notes/handover.md", line + "\n") == []


@pytest.mark.parametrize(("name", "line"), [
    ("notes/handover.md", "here's the sftp login: **{user}** / `{pw}`"),
    ("notes/handover.md", "here's the sftp login: **{user}** / **{pw}**"),
    ("notes/handover.md", "creds: `{user}` / `{pw}`"),
    ("chat/saved.html", "<p>here's the sftp login: <b>{user}</b> / <code>{pw}</code></p>"),
])
def test_a_log_in_pair_in_markup_gives_its_account_and_password(name: str, line: str) -> None:
    content = fill(line) + "\n"
    assert _found(name, content) == [("USERNAME", fill("{user}")), ("PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize("tag", ["code", "strong", "b"])
def test_a_value_in_an_inline_tag_is_the_value_alone(tag: str) -> None:
    content = fill('{{"body": {{"contentType": "html", "content": "<p>the sftp password is '
                   f'<{tag}>{{pw}}</{tag}></p>"}}}}\n')
    assert _found("export/teams.json", content) == [("PASSWORD", fill("{pw}"))]


def test_a_sentence_across_inline_tags_in_a_saved_page_is_read_whole() -> None:
    content = fill("<p>the password is <code>{pw}</code></p>\n")
    assert _found("chat/saved.html", content) == [("PASSWORD", fill("{pw}"))]


@pytest.mark.parametrize("line", [
    "<p>the password is <code>&lt;password&gt;</code> in the template</p>",
    "<p>The password is <em>not</em> shared.</p>",
    '<p>Password: <input type="password" name="pw"></p>',
    "<p>login: <b>admin</b> / <code>changeme</code></p>",
])
def test_markup_around_placeholders_and_words_stays_quiet(line: str) -> None:
    assert _found("chat/saved.html", line + "\n") == []
