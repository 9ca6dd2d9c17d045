"""The detect stage: every kind's detectors, one finding for one value."""

from safecommit.config import Config
from safecommit.detect import detect
from safecommit.model import Text


def found(line: str, syntax: str = "python") -> list[tuple[str, str]]:
    return [(f.kind, f.type) for f in detect(Text("a.py", line + "\n", syntax), Config().kinds)]


def test_an_email_shape_inside_a_password_is_the_password() -> None:
    url = 'DB = "postgresql://claims_app:Wy7#kQ2!vR9pLm@db.internal.defra-demo.uk:5432/claims"'
    kinds = found(url)
    assert ("secret", "CONNECTION_STRING_PASSWORD") in kinds
    assert ("personal-data", "EMAIL_ADDRESS") not in kinds


def test_an_email_beside_a_secret_is_still_found() -> None:
    kinds = found('owner = "gwen.pritchard@outlook.com"; password = "Wy7kQ2vR9pLmZ3x"')
    assert ("secret", "PASSWORD") in kinds
    assert ("personal-data", "EMAIL_ADDRESS") in kinds


def test_an_email_address_under_an_email_key_is_one_email_finding() -> None:
    assert found('EMAIL_HOST_USER = "gwen.pritchard@outlook.com"') == [
        ("personal-data", "EMAIL_ADDRESS")]


def test_an_email_address_under_a_user_key_is_one_user_name_finding() -> None:
    assert found("smtp:\n  username: gwen.pritchard@outlook.com", "yaml") == [
        ("personal-data", "USERNAME")]


def test_a_login_beside_an_email_address_is_still_found() -> None:
    kinds = found('DB_USER = "gwen.pritchard"  # owner gwen.pritchard@outlook.com')
    assert ("personal-data", "USERNAME") in kinds
    assert ("personal-data", "EMAIL_ADDRESS") in kinds


def test_a_full_name_under_a_user_key_is_one_person_finding() -> None:
    assert found("      - SEED_USER_NAME=Bethany Ojo", "yaml") == [("personal-data", "PERSON")]


def test_a_login_under_a_user_key_is_still_a_user_name() -> None:
    assert found("      - SEED_USER_NAME=bojo42", "yaml") == [("personal-data", "USERNAME")]
