"""Masks confirm which value was found without giving it away."""

import pytest

from safecommit.mask import mask


@pytest.mark.parametrize(("value", "type", "masked"), [
    ("alice.smith@gmail.com", "EMAIL_ADDRESS", "a********@g****.com"),
    ("Tomasz Kowalczyk", "PERSON", "T********"),
    ("svc_claims_reader", "USERNAME", "s********"),
    ("hunter2Sup3rS3cret!", "PASSWORD", "********"),
    ("Wy7kQ2vR9pLm", "CONNECTION_STRING_PASSWORD", "********"),
    ("AKIAQ3EGUTKP7XZD6V2M", "AWS_ACCESS_KEY", "AKIA********"),
    ("4857773406", "UK_NHS", "48********"),
    ("JT 48 29 17 D", "UK_NINO", "JT 4********"),
    ("OFFICIAL-SENSITIVE", "PROTECTIVE_MARKING", "OFFICIAL-SENSITIVE"),
    ("1234", "DEFRA_SBI", "****"),
])
def test_mask_keeps_only_what_confirms_the_value(value: str, type: str, masked: str) -> None:
    assert mask(value, type) == masked


@pytest.mark.parametrize("value", ["short1pw", "a much longer password than that"])
def test_a_chosen_password_shows_neither_characters_nor_length(value: str) -> None:
    assert mask(value, "PASSWORD") == "********"


@pytest.mark.parametrize(("value", "type", "masked"), [
    ("IDE+SkGVngoeDi/b91LA5fM6m/Cv3Nl4Ta5iM9+D", "AWS_SECRET_ACCESS_KEY", "********"),
    ("AKIAQ3EGUTKP7XZD6V2M", "AWS_ACCESS_KEY", "AKIA********"),
    ("ghp_" + "k3Xq9" * 7 + "z", "GITHUB_TOKEN", "ghp_********"),
    ("xoxb-1234567890-abcdefghijkl", "SLACK_TOKEN", "xoxb-********"),
    ("9f86d081884c7d659a2feaa0c55ad015", "API_KEY", "********"),
    ("sv=2022-11-02&sig=Jf8f", "AZURE_SAS_TOKEN", "********"),
])
def test_a_secret_shows_only_the_prefix_its_format_shares(value: str, type: str,
                                                         masked: str) -> None:
    assert mask(value, type, "secret") == masked
