"""Protective markings: a cloud resource's tag kept as a key-and-value pair (CloudFormation,
AWS's JSON, a Terraform tag block) is a classification field when its key names the
classification, as a ``classification = …`` tag is."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize(("name", "content", "line"), [
    ("infra/bucket.yaml", "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n"
     "      Tags:\n        - Key: Classification\n          Value: OFFICIAL-SENSITIVE\n"
     "        - Key: Owner\n          Value: casework\n", 7),
    ("infra/tags.json", '{"Tags": [\n  {"Key": "SecurityClassification", "Value": '
     '"OFFICIAL-SENSITIVE"},\n  {"Key": "Owner", "Value": "casework"}]}\n', 2),
    ("infra/tags.json", '{\n  "Tags": [\n    {\n      "Key": "Classification",\n'
     '      "Value": "OFFICIAL-SENSITIVE"\n    }\n  ]\n}\n', 5),
    ("infra/asg.tf", 'resource "aws_autoscaling_group" "workers" {\n  tag {\n'
     '    key                 = "Classification"\n    value               = "OFFICIAL-SENSITIVE"\n'
     "    propagate_at_launch = true\n  }\n}\n", 4),
])
def test_a_tag_pair_whose_key_names_the_classification_is_a_marking(
        name: str, content: str, line: int) -> None:
    assert markings(name, content) == [(line, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize(("name", "content"), [
    # another key's value, a commercial scheme's level, a setting in lower case
    ("infra/bucket.yaml", "Tags:\n  - Key: Environment\n    Value: SECRET\n"
     "  - Key: DataClassification\n    Value: CONFIDENTIAL\n"
     "  - Key: Classification\n    Value: secret\n"),
    # a register of the levels, one pair for each
    ("infra/levels.json", '[\n  {"Key": "Classification", "Value": "OFFICIAL"},\n'
     '  {"Key": "Classification", "Value": "OFFICIAL-SENSITIVE"},\n'
     '  {"Key": "Classification", "Value": "SECRET"}\n]\n'),
    # a value two lines from its key belongs to another pair
    ("infra/bucket.yaml", "Tags:\n  - Key: Classification\n    Note: see below\n"
     "    Value: TBC\n  - Value: OFFICIAL-SENSITIVE\n"),
])
def test_a_tag_pair_that_is_not_the_resources_classification_is_not_a_marking(
        name: str, content: str) -> None:
    assert markings(name, content) == []
