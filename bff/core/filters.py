"""Look-up results checked against the filter that asked for them.

A TMF server may ignore a filter it does not support and answer the whole collection: then a look-up of the
order placed with an Idempotency-Key, or of the customer with an e-mail address, would take an unrelated
resource for the match. So every look-up by TMF630 attribute filter keeps only the items that satisfy it,
read as leniently as any server could mean it, so that an item a server rightly matched is never dropped:

- `a.b.c=value`: a dotted path; a step into an array matches when any element does (TMF630);
- a comma separates values any of which may match; text compares without case and without whitespace
  (postcodes, e-mail addresses); numbers compare as their text;
- `.regex`: searched case-insensitively, in the text and in the text without whitespace; a pattern that
  cannot be compiled, and the comparison operators (`.gt` …), are not judged (the item is kept).

A dropped item is logged with the request id (`filter ignored by backend`); `python -m bff doctor` says which
filters a backend ignores.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from typing import Any, TypeVar

from pydantic import BaseModel

from bff.core.clients.base import Listing, TmfUnavailable

log = logging.getLogger("bff")

ModelT = TypeVar("ModelT", bound=BaseModel)

_NOT_JUDGED = ("gt", "gte", "lt", "lte", "ne")


def values_at(document: Any, path: str) -> list[Any]:
    """Every value at a dotted path; arrays on the way (and at the end) are flattened."""
    current = [document]
    for step in path.split("."):
        current = [
            item[step]
            for node in current
            for item in (node if isinstance(node, list) else [node])
            if isinstance(item, dict) and step in item
        ]
    return [leaf for value in current for leaf in (value if isinstance(value, list) else [value])]


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _loose(text: str) -> str:
    return "".join(text.split()).casefold()


def satisfies(document: Mapping[str, Any], name: str, wanted: str) -> bool:
    """Whether the document can match the filter `name=wanted` under any reasonable reading of it."""
    path, _, operator = name.rpartition(".")
    if operator in _NOT_JUDGED:
        return True
    if operator == "regex":
        try:
            pattern = re.compile(wanted, re.IGNORECASE)
        except re.error:
            return True
        texts = [_text(value) for value in values_at(document, path)]
        return any(pattern.search(text) or pattern.search("".join(text.split())) for text in texts)
    if operator != "eq":
        path = name
    accepted = {_loose(part) for part in wanted.split(",") if part.strip()}
    return any(_loose(_text(value)) in accepted for value in values_at(document, path))


def matching(api: str, items: Sequence[ModelT], filters: Mapping[str, str]) -> Listing[ModelT]:
    """The items that satisfy every filter; any other is dropped and logged (the server ignored a filter).

    Items the client skipped as invalid stay counted in `skipped`: they may have matched.
    """
    kept: Listing[ModelT] = Listing(
        item
        for item in items
        if all(
            satisfies(item.model_dump(mode="json", by_alias=True, exclude_none=True), name, wanted)
            for name, wanted in filters.items()
        )
    )
    kept.skipped = getattr(items, "skipped", 0)
    if len(kept) < len(items):
        log.warning(
            "filter ignored by backend",
            extra={
                "api": api,
                "filters": sorted(filters),
                "dropped": len(items) - len(kept),
                "kept": len(kept),
            },
        )
    return kept


async def find_checked(
    api: str, lookup: Callable[..., Awaitable[Sequence[ModelT]]], filters: Mapping[str, str]
) -> Listing[ModelT]:
    """`lookup(**filters)` (a client's find_* method), keeping only the items that satisfy the filters."""
    return matching(api, await lookup(**filters), filters)


def none_found(api: str, *listings: Listing[Any]) -> bool:
    """Whether the lookups found nothing *for certain*: True when every listing is empty; a TmfUnavailable
    (retryable 503) when they are empty but the client skipped malformed items, one of which may be the
    one sought. Concluding "none" then would create a second order or quote under the same key."""
    if any(listings):
        return False
    skipped = sum(getattr(listing, "skipped", 0) for listing in listings)
    if skipped:
        raise TmfUnavailable(api, f"cannot tell whether it exists: {skipped} malformed item(s) skipped")
    return True
