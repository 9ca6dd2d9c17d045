"""Protective markings: a container image's labels are its metadata, so a Dockerfile's
``LABEL`` that names a classification marks the image, as a compose file's label does."""

from __future__ import annotations

import pytest

from conftest import raw, scanned


def markings(name: str, content: str) -> list[tuple[int, str]]:
    return [(f.line, raw(content, f)) for f in scanned(name, content) if f.kind == "marking"]


@pytest.mark.parametrize(("name", "content", "line"), [
    ("Dockerfile", 'FROM python:3.12-slim\nLABEL uk.gov.defra.classification="OFFICIAL-SENSITIVE"\n'
     "WORKDIR /app\n", 2),
    ("api.Dockerfile", "FROM node:22\nLABEL maintainer=\"casework team\" \\\n"
     '      classification="OFFICIAL-SENSITIVE"\n', 3),
    ("Containerfile", 'FROM alpine\nLABEL org.example.team="casework" '
     'security-classification="OFFICIAL-SENSITIVE"\n', 2),
])
def test_a_dockerfile_label_that_names_the_classification_is_a_marking(
        name: str, content: str, line: int) -> None:
    assert markings(name, content) == [(line, "OFFICIAL-SENSITIVE")]


@pytest.mark.parametrize("content", [
    # an unmarked level, a commercial scheme's level in lower case, another label's words
    'FROM alpine\nLABEL classification="OFFICIAL"\n',
    'FROM alpine\nLABEL data-classification="secret"\n',
    'FROM alpine\nLABEL description="No SECRET or TOP SECRET data in this image"\n',
    # a build step that mentions a level is code, not the image's metadata
    'FROM alpine\nRUN echo "classification: OFFICIAL-SENSITIVE" > /etc/motd.example\n',
])
def test_other_labels_and_instructions_stay_quiet(content: str) -> None:
    assert markings("Dockerfile", content) == []
