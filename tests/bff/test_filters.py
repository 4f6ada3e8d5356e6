"""Look-up results checked against their filter (bff/core/filters.py): what a server that ignores a filter
sends is dropped, what a server that applies it rightly is kept."""

from __future__ import annotations

import logging

import pytest

from bff.core.filters import matching, satisfies
from tmf_models.tmf673 import GeographicAddress

ORDER = {
    "id": "po-1",
    "externalId": "key-1",
    "state": "held",
    "channel": [{"id": "retail", "name": "store-rdg"}],
    "relatedParty": [{"id": "cust-1", "role": "customer"}, {"id": "ind-1", "role": "contact"}],
    "contactMedium": [{"characteristic": {"emailAddress": "Ada@Example.com", "postCode": "RG1 4AB"}}],
}


@pytest.mark.parametrize(
    ("name", "wanted"),
    [
        ("externalId", "key-1"),
        ("relatedParty.id", "ind-1"),  # any element of an array
        ("state", "pending,held"),  # a comma: any of them
        ("channel.id", "retail"),
        ("contactMedium.characteristic.emailAddress", "ada@example.com"),  # without case
        ("contactMedium.characteristic.postCode", "RG14AB"),  # without whitespace
        ("contactMedium.characteristic.postCode.regex", r"^RG1\s*4AB$"),
        ("contactMedium.characteristic.emailAddress.regex", "^ada@"),  # case-insensitive
        ("state.eq", "held"),
        ("orderDate.gte", "2025-01-01"),  # comparisons are not judged
        ("externalId.regex", "("),  # nor a pattern that does not compile
    ],
)
def test_an_item_the_filter_matches_is_kept(name: str, wanted: str) -> None:
    assert satisfies(ORDER, name, wanted)


@pytest.mark.parametrize(
    ("name", "wanted"),
    [
        ("externalId", "key-2"),
        ("relatedParty.id", "cust-2"),
        ("state", "pending,acknowledged"),
        ("quote.id", "q-1"),  # an attribute the item does not have
        ("contactMedium.characteristic.emailAddress.regex", "^doctor-probe-x$"),
    ],
)
def test_an_item_the_filter_excludes_is_dropped(name: str, wanted: str) -> None:
    assert not satisfies(ORDER, name, wanted)


def test_an_ignored_filter_keeps_only_the_matches_and_is_logged(caplog: pytest.LogCaptureFixture) -> None:
    # What a server that ignores `postcode` answers: every address.
    addresses = [
        GeographicAddress.model_validate({"id": f"addr-{n}", "postcode": postcode, "streetNr": "3"})
        for n, postcode in enumerate(["RG1 4AB", "LS6 2AB", "rg14ab"])
    ]

    with caplog.at_level(logging.WARNING, logger="bff"):
        kept = matching("TMF673", addresses, {"postcode": "RG1 4AB"})

    assert [address.id for address in kept] == ["addr-0", "addr-2"]
    (record,) = [record for record in caplog.records if record.message == "filter ignored by backend"]
    assert record.dropped == 1 and record.api == "TMF673"  # type: ignore[attr-defined]
