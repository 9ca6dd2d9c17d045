"""USERNAME: a doc comment's example of code names a variable, not an account; an account
written in a comment still is one."""

from __future__ import annotations

import pytest

from conftest import found


def usernames(name: str, content: str) -> list[str]:
    return found(name, content, type_="USERNAME")


@pytest.mark.parametrize(("name", "content"), [
    # JSDoc and TSDoc examples: an expression, a type or a variable after the key
    ("model.js", "/**\n *     const user = new User({ name: 'x' });\n */\n"),
    ("model.js", "/**\n *     const user = await User.findOne({ email: 'x' });\n */\n"),
    ("schema.ts", "/**\n *     new mongoose.Schema({ _user: Mixed })\n */\n"),
    ("schema.ts", "/**\n *     const post = new Schema({ user: mongoose.ObjectId });\n */\n"),
    ("client.py", "# e.g. connect(user=settings.user)\n"),
    # the same examples in a document
    ("README.md", "Create one with `const user = new User(…)`.\n"),
    ("guide.md", "Declare it as `Schema({ user: ObjectId })` and save.\n"),
    # a type check compares the key's type with a type's name
    ("sequelize.js", "if (typeof username === 'object') { options = username; }\n"),
    ("check.ts", "if (typeof(user) === 'string') { return user; }\n"),
])
def test_code_in_a_comment_and_type_checks_name_no_account(name: str, content: str) -> None:
    assert usernames(name, content) == []


@pytest.mark.parametrize(("name", "content", "account"), [
    ("deploy.py", "# TODO remove before go-live: user=svc_ingest password=Wq8#pLm2vR\n",
     "svc_ingest"),
    ("db.js", "// Server=sql01;User Id=etl_loader;Password=Wq8#pLm2vR;\n", "etl_loader"),
    ("app.ts", "const login = { user: 'svc_ingest', password: process.env.PW };\n", "svc_ingest"),
])
def test_an_account_in_a_comment_or_a_literal_is_still_found(name: str, content: str,
                                                              account: str) -> None:
    assert account in usernames(name, content)
