"""Event Grid takes its access key in a URL's query as well as in a header
(``…/api/events?aeg-sas-key=<key>``): a generated value there is a secret in the URL; a
placeholder or a variable is not."""

from __future__ import annotations

import pytest

from conftest import found

_KEY = "WaUyn4DjOIB2gCjQo5TGxRIj" + "LM9NOULTVIe/aLZuOOs="
_URL = "https://claims-topic.uksouth-1.eventgrid.azure.net/api/events"


def _secrets(content: str) -> list[str]:
    return found("publish.sh", content, kind="secret")


def test_an_event_grid_key_in_a_query_is_found() -> None:
    content = f'curl -X POST -d @events.json "{_URL}?aeg-sas-key={_KEY}"\n'
    assert _secrets(content) == [_KEY]  # whole, its base64 padding too


@pytest.mark.parametrize("value", ["${AEG_SAS_KEY}", "<your-topic-key>"])
def test_a_placeholder_event_grid_key_stays_quiet(value: str) -> None:
    assert _secrets(f'curl -X POST -d @events.json "{_URL}?aeg-sas-key={value}"\n') == []
