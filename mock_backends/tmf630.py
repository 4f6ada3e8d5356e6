"""TMF630 (REST API Design Guidelines) behaviour shared by every TMF collection.

- `fields=a,b`: only these attributes (plus `id` and `href`, always returned).
- `offset` / `limit`: paging; the answer carries `X-Total-Count` (matches) and `X-Result-Count` (returned).
- `sort=-orderDate,id`: ordering, `-` for descending.
- any other parameter filters on an attribute: `?state=acknowledged`, `?id=a,b` (a comma means "or"),
  `?relatedParty.id=x` (a dotted path; a step into an array matches when any element does).
- PATCH is a JSON merge patch (RFC 7386): objects merge, arrays and scalars replace, `null` removes.
- `href`s are stored relative (`/tmf-api/...`) and made absolute when answered, so a change of public URL
  never leaves stale links in the database.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Annotated, Any

from fastapi import Depends, Query, Request
from fastapi.responses import JSONResponse

from mock_backends.errors import BadRequest
from mock_backends.storage import JsonDocument

RESERVED_PARAMETERS = frozenset({"fields", "offset", "limit", "sort"})
ALWAYS_RETURNED = ("id", "href")


@dataclass(frozen=True)
class ListQuery:
    fields: tuple[str, ...] | None = None
    offset: int = 0
    limit: int | None = None
    sort: tuple[str, ...] = ()
    # attribute path -> accepted values (any of them matches)
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Page:
    items: list[JsonDocument]
    total: int


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (value or "").split(",") if part.strip())


def list_query(
    request: Request,
    fields: Annotated[str | None, Query(description="Comma-separated attributes to return")] = None,
    offset: Annotated[int, Query(ge=0, description="Index of the first resource returned")] = 0,
    limit: Annotated[int | None, Query(ge=0, description="Number of resources returned")] = None,
    sort: Annotated[str | None, Query(description="Comma-separated attributes, '-' for descending")] = None,
) -> ListQuery:
    filters: dict[str, tuple[str, ...]] = {}
    for name, value in request.query_params.multi_items():
        if name not in RESERVED_PARAMETERS:
            filters[name] = filters.get(name, ()) + _split(value)
    return ListQuery(
        fields=_split(fields) or None,
        offset=offset,
        limit=limit,
        sort=_split(sort),
        filters=filters,
    )


def fields_query(
    fields: Annotated[str | None, Query(description="Comma-separated attributes to return")] = None,
) -> tuple[str, ...] | None:
    return _split(fields) or None


ListQueryDep = Annotated[ListQuery, Depends(list_query)]
FieldsDep = Annotated[tuple[str, ...] | None, Depends(fields_query)]


# --- filtering, sorting, paging -------------------------------------------------------------------------


def values_at(document: Any, path: str) -> list[Any]:
    """Every value found at a dotted path; arrays on the way are flattened."""
    current = [document]
    for step in path.split("."):
        found: list[Any] = []
        for node in current:
            for item in node if isinstance(node, list) else [node]:
                if isinstance(item, dict) and step in item:
                    found.append(item[step])
        current = found
    return [leaf for value in current for leaf in (value if isinstance(value, list) else [value])]


def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _matches_one(value: Any, wanted: str) -> bool:
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return float(wanted) == float(value)
        except ValueError:
            return False
    return _as_text(value) == wanted


def matches(document: JsonDocument, filters: dict[str, tuple[str, ...]]) -> bool:
    return all(
        any(_matches_one(value, wanted) for value in values_at(document, path) for wanted in accepted)
        for path, accepted in filters.items()
    )


def _sort_key(document: JsonDocument, path: str, descending: bool) -> tuple[bool, int, float, str]:
    # Numbers sort as numbers, anything else as text; documents without the attribute come last.
    found = values_at(document, path)
    missing_last = (not found) != descending
    first = found[0] if found else None
    if isinstance(first, int | float) and not isinstance(first, bool):
        return missing_last, 0, float(first), ""
    return missing_last, 1, 0.0, "" if first is None else _as_text(first)


def _sorted(documents: list[JsonDocument], sort: Sequence[str]) -> list[JsonDocument]:
    # Stable sorts applied from the last key to the first give a multi-key order.
    for key in reversed(sort):
        descending = key.startswith("-")
        path = key.lstrip("+-")
        documents = sorted(
            documents, key=partial(_sort_key, path=path, descending=descending), reverse=descending
        )
    return documents


def paginate(documents: Iterable[JsonDocument], query: ListQuery) -> Page:
    matching = [document for document in documents if matches(document, query.filters)]
    ordered = _sorted(matching, query.sort)
    end = None if query.limit is None else query.offset + query.limit
    return Page(items=ordered[query.offset : end], total=len(matching))


def select_fields(document: JsonDocument, fields: Sequence[str] | None) -> JsonDocument:
    if not fields:
        return document
    wanted = set(fields) | set(ALWAYS_RETURNED)
    return {name: value for name, value in document.items() if name in wanted}


# --- PATCH ----------------------------------------------------------------------------------------------


def refuse_non_patchable(patch: JsonDocument, non_patchable: Iterable[str]) -> None:
    refused = sorted(set(patch) & set(non_patchable))
    if refused:
        raise BadRequest(f"Attribute(s) not patchable: {', '.join(refused)}", code="NON_PATCHABLE_ATTRIBUTE")


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7386 JSON merge patch."""
    if not isinstance(patch, dict):
        return patch
    merged = dict(target) if isinstance(target, dict) else {}
    for name, value in patch.items():
        if value is None:
            merged.pop(name, None)
        else:
            merged[name] = merge_patch(merged.get(name), value)
    return merged


# --- answers --------------------------------------------------------------------------------------------


def absolute_hrefs(document: Any, public_url: str) -> Any:
    """Prefix every relative `href` with the public base URL, at any depth."""
    if isinstance(document, list):
        return [absolute_hrefs(item, public_url) for item in document]
    if not isinstance(document, dict):
        return document
    rendered = {name: absolute_hrefs(value, public_url) for name, value in document.items()}
    href = rendered.get("href")
    if isinstance(href, str) and href.startswith("/"):
        rendered["href"] = public_url + href
    return rendered


def resource_response(
    document: JsonDocument, public_url: str, *, fields: Sequence[str] | None = None, status_code: int = 200
) -> JSONResponse:
    return JSONResponse(absolute_hrefs(select_fields(document, fields), public_url), status_code=status_code)


def page_response(page: Page, query: ListQuery, public_url: str) -> JSONResponse:
    body = [absolute_hrefs(select_fields(item, query.fields), public_url) for item in page.items]
    headers = {"X-Total-Count": str(page.total), "X-Result-Count": str(len(body))}
    return JSONResponse(body, headers=headers)
