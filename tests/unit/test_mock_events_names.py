"""The table of notified events is the specs' own: every `/listener/<eventName>` of each v4 file."""

import json
from pathlib import Path

import pytest

from mock_backends.events.names import EVENTS, change_kind, event_name

SPECS = Path(__file__).resolve().parents[2] / "specs" / "tmf"
BATCH_EVENTS = {"catalogBatchEvent", "productBatchEvent"}  # batches of changes: not sent by the mocks


def spec_events() -> dict[str, set[str]]:
    found = {}
    for spec_file in sorted(SPECS.glob("TMF*.json")):
        spec = json.loads(spec_file.read_text())
        listeners = {path.rsplit("/", 1)[-1] for path in spec["paths"] if path.startswith("/listener/")}
        found[spec["basePath"].rstrip("/")] = listeners - BATCH_EVENTS
    return found


def table_events() -> dict[str, set[str]]:
    return {
        api: {f"{resource}{kind}Event" for resource, kinds in resources.items() for kind in kinds}
        for api, resources in EVENTS.items()
    }


def test_table_matches_the_listeners_of_every_spec() -> None:
    assert table_events() == spec_events()


def test_an_event_the_spec_lacks_is_not_named() -> None:
    assert event_name("/tmf-api/productCatalogManagement/v4", "category", "StateChange") is None
    assert event_name("/tmf-api/productOrderingManagement/v4/", "productOrder", "StateChange") == (
        "productOrderStateChangeEvent"
    )


@pytest.mark.parametrize(
    ("before", "after", "kind"),
    [
        ({"state": "a"}, {"state": "b"}, "StateChange"),
        ({"status": "created"}, {"status": "active", "name": "x"}, "StateChange"),
        ({"lifecycleStatus": "Active"}, {"lifecycleStatus": "Retired"}, "StateChange"),
        ({"state": "a", "name": "x"}, {"state": "a", "name": "y"}, "AttributeValueChange"),
        ({"state": "a"}, {"state": "a"}, None),
    ],
)
def test_change_kind(before: dict, after: dict, kind: str | None) -> None:
    assert change_kind(before, after) == kind
