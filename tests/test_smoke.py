"""The whole flow, end to end, on a staged file."""

from conftest import Repo


def test_staged_gmail_address_blocks_without_printing_it(repo: Repo, cli) -> None:  # type: ignore[no-untyped-def]
    repo.stage("users.json", '{"email": "alice.smith@gmail.com"}\n')
    run = cli("scan", "--staged")
    assert run.code == 1
    assert "users.json" in run.out
    assert "alice.smith@gmail.com" not in run.out
