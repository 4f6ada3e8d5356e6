"""TMF630 (REST API Design Guidelines) behaviour shared by every TMF collection.

- `fields=a,b`: only these attributes (plus `id` and `href`, always returned).
- `offset` / `limit`: paging; the answer carries `X-Total-Count` (matches) and `X-Result-Count` (returned).
- `sort=-orderDate,id`: ordering, `-` for descending.
- any other parameter filters on an attribute: `?state=acknowledged`, `?id=a,b` (a comma means "or"),
  `?relatedParty.id=x` (a dotted path; a step into an array matches when any element does).
- TMF630 Part 6 operators as a suffix of the attribute: `?quoteDate.gte=2025-01-01`, `.gt`, `.lt`, `.lte`
  (numbers, and text that reads as one such as a house number, compare as numbers, other text as text,
  so ISO dates compare in time order), `.ne` (no value equals any of the given ones), `.eq` (same as no
  suffix) and `.regex` (an RE2 regular expression, searched case-insensitively, e.g.
  `?streetName.regex=^orch`; its commas are not "or"). RE2 (Google's, through google-re2) matches in time
  linear in the text: a pattern such as `^x-(a+)+$` cannot backtrack for seconds and stall the server, as
  it did with Python's `re`. RE2 has no backreferences or lookarounds; such a pattern is a 400.
  Conditions on one document combine with "and";
  a step into an array matches when any element does.
- `fields=` takes dotted paths too: `fields=relatedParty.id` keeps only `id` in each related party.
- PATCH is a JSON merge patch (RFC 7386): objects merge, arrays and scalars replace, `null` removes.
- `href`s are stored relative (`/tmf-api/...`) and made absolute when answered, so a change of public URL
  never leaves stale links in the database.
"""

import contextlib
import json
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Annotated, Any

import re2  # type: ignore[import-untyped]  # google-re2 ships no type hints
from fastapi import Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ValidationError

from mock_backends.errors import BadRequest, Conflict, bad_request_from
from mock_backends.storage import JsonDocument

RESERVED_PARAMETERS = frozenset({"fields", "offset", "limit", "sort"})
ALWAYS_RETURNED = ("id", "href")
COMPARISONS = frozenset({"gt", "gte", "lt", "lte", "ne", "regex"})
OPERATORS = COMPARISONS | {"eq"}
MAX_PATTERN_LENGTH = 200
ORDERINGS: dict[str, Callable[[Any, Any], bool]] = {
    "gt": operator.gt,
    "gte": operator.ge,
    "lt": operator.lt,
    "lte": operator.le,
}

# attribute path -> how to normalise its text before comparing (e.g. postcodes: case and spaces ignored)
Normalisers = Mapping[str, Callable[[str], str]]


@dataclass(frozen=True)
class Condition:
    """One operator filter, e.g. `streetName.regex=^orch` -> Condition("streetName", "regex", ("^orch",))."""

    path: str
    operator: str  # one of COMPARISONS
    values: tuple[str, ...]
    pattern: Any = None  # the compiled `regex` value (an RE2 regexp: `search(text)`)


@dataclass(frozen=True)
class ListQuery:
    fields: tuple[str, ...] | None = None
    offset: int = 0
    limit: int | None = None
    sort: tuple[str, ...] = ()
    # attribute path -> accepted values (any of them matches)
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    conditions: tuple[Condition, ...] = ()


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
    filters, conditions = parse_filters(request.query_params.multi_items())
    return ListQuery(
        fields=_split(fields) or None,
        offset=offset,
        limit=limit,
        sort=_split(sort),
        filters=filters,
        conditions=conditions,
    )


def parse_filters(
    parameters: Iterable[tuple[str, str]],
) -> tuple[dict[str, tuple[str, ...]], tuple[Condition, ...]]:
    """Equality filters and operator conditions from query parameters (reserved ones are skipped)."""
    filters: dict[str, tuple[str, ...]] = {}
    conditions: list[Condition] = []
    for name, value in parameters:
        if name in RESERVED_PARAMETERS:
            continue
        path, _, suffix = name.rpartition(".")
        if suffix == "eq" and path:
            name = path
        elif suffix in COMPARISONS and path:
            conditions.append(condition(path, suffix, value))
            continue
        filters[name] = filters.get(name, ()) + _split(value)
    return filters, tuple(conditions)


def condition(path: str, comparison: str, value: str) -> Condition:
    if comparison != "regex":
        return Condition(path, comparison, _split(value))
    if len(value) > MAX_PATTERN_LENGTH:
        raise BadRequest(f"{path}.regex: at most {MAX_PATTERN_LENGTH} characters", code="INVALID_FILTER")
    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False  # a client's bad pattern is their 400, not a line on the server's stderr
    try:
        pattern = re2.compile(value, options)
    except re2.error as error:
        reason = (
            error.args[0].decode(errors="replace")
            if error.args and isinstance(error.args[0], bytes)
            else error
        )
        message = f"{path}.regex: not a regular expression RE2 accepts ({reason})"
        raise BadRequest(message, code="INVALID_FILTER") from error
    return Condition(path, comparison, (value,), pattern)


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


def _compares(value: Any, comparison: str, wanted: str) -> bool:
    # Numbers, and text that reads as a number (a house number "12"), compare numerically with a numeric
    # filter value; anything else compares as text (ISO dates then compare in time order).
    left: Any = _as_text(value)
    right: Any = wanted
    if not isinstance(value, bool):
        with contextlib.suppress(ValueError):
            left, right = float(left), float(wanted)
    return ORDERINGS[comparison](left, right)


def _normalised(value: Any, normalise: Callable[[str], str] | None) -> Any:
    return normalise(_as_text(value)) if normalise else value


def _satisfies(document: JsonDocument, test: Condition, normalise: Callable[[str], str] | None) -> bool:
    values = values_at(document, test.path)
    if test.operator == "ne":
        wanted = [_normalised(w, normalise) for w in test.values]
        return not any(_matches_one(_normalised(v, normalise), w) for v in values for w in wanted)
    if test.operator == "regex":
        assert test.pattern is not None
        texts = {_as_text(v) for v in values} | {_as_text(_normalised(v, normalise)) for v in values}
        return any(test.pattern.search(text) for text in texts)
    return any(
        _compares(_normalised(v, normalise), test.operator, _normalised(w, normalise))
        for v in values
        for w in test.values
    )


def matches(
    document: JsonDocument,
    filters: dict[str, tuple[str, ...]],
    conditions: Iterable[Condition] = (),
    normalise: Normalisers | None = None,
) -> bool:
    normalise = normalise or {}
    equal = all(
        any(
            _matches_one(_normalised(value, normalise.get(path)), _normalised(wanted, normalise.get(path)))
            for value in values_at(document, path)
            for wanted in accepted
        )
        for path, accepted in filters.items()
    )
    return equal and all(_satisfies(document, test, normalise.get(test.path)) for test in conditions)


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


def paginate(
    documents: Iterable[JsonDocument], query: ListQuery, normalise: Normalisers | None = None
) -> Page:
    matching = [
        document for document in documents if matches(document, query.filters, query.conditions, normalise)
    ]
    ordered = _sorted(matching, query.sort)
    end = None if query.limit is None else query.offset + query.limit
    return Page(items=ordered[query.offset : end], total=len(matching))


# A tree of selected paths: name -> sub-tree, or None when the whole value is selected.
FieldTree = dict[str, "FieldTree | None"]


def _field_tree(fields: Iterable[str]) -> FieldTree:
    tree: FieldTree = {}
    for path in fields:
        node: FieldTree | None = tree
        steps = path.split(".")
        for position, step in enumerate(steps):
            assert node is not None
            if position == len(steps) - 1:
                node[step] = None
            elif node.get(step, {}) is None:  # a shorter path already selects the whole value
                break
            else:
                node = node.setdefault(step, {})
    return tree


def _prune(value: Any, tree: FieldTree | None) -> Any:
    if tree is None:
        return value
    if isinstance(value, list):
        return [_prune(item, tree) for item in value if isinstance(item, dict)]
    if isinstance(value, dict):
        return {name: _prune(value[name], sub) for name, sub in tree.items() if name in value}
    return value


def select_fields(document: JsonDocument, fields: Sequence[str] | None) -> JsonDocument:
    if not fields:
        return document
    tree = _field_tree([*ALWAYS_RETURNED, *fields])
    return {name: _prune(value, tree[name]) for name, value in document.items() if name in tree}


# --- PATCH ----------------------------------------------------------------------------------------------


def refuse_non_patchable(patch: JsonDocument, non_patchable: Iterable[str]) -> None:
    refused = sorted(set(patch) & set(non_patchable))
    if refused:
        raise BadRequest(f"Attribute(s) not patchable: {', '.join(refused)}", code="NON_PATCHABLE_ATTRIBUTE")


def validated(model: type[BaseModel], document: JsonDocument, prefix: str = "body") -> JsonDocument:
    """The document, unchanged, if it is a valid `model`; a 400 naming each invalid attribute otherwise.

    Strict JSON-mode validation accepts what the spec's JSON schema does (no "1" for 1), and the document
    is kept as received rather than re-serialised, so attributes (`@schemaLocation`, dates, extensions of
    sub-classes) round-trip exactly as the client sent them.
    """
    nulls = list(_null_paths(document, prefix))
    if nulls:
        # Swagger 2.0 has no null; the generated models are laxer (every optional attribute is `X | None`).
        raise BadRequest(f"{'; '.join(nulls[:10])}: null is not allowed", code="INVALID_BODY")
    try:
        model.model_validate_json(json.dumps(document), strict=True)
    except ValidationError as error:
        raise bad_request_from(error, prefix) from error
    return document


def _null_paths(value: Any, path: str) -> Iterator[str]:
    if value is None:
        yield path
    elif isinstance(value, dict):
        for name, item in value.items():
            yield from _null_paths(item, f"{path}.{name}")
    elif isinstance(value, list):
        for position, item in enumerate(value):
            yield from _null_paths(item, f"{path}[{position}]")


# Task resources (TMF645 qualifications, TMF673 validations): TaskStateType v4.
TASK_STATE_TRANSITIONS: dict[str, frozenset[str]] = {
    "accepted": frozenset({"inProgress", "done", "terminatedWithError"}),
    "inProgress": frozenset({"done", "terminatedWithError"}),
    "done": frozenset(),
    "terminatedWithError": frozenset(),
}


def refuse_illegal_transition(
    attribute: str, current: Any, requested: Any, allowed: Mapping[str, Iterable[str]]
) -> None:
    """409 when a PATCH moves `attribute` (a state or status) along a transition `allowed` does not list.

    Keeping the same value is always allowed; a current value `allowed` does not know is not judged.
    """
    if requested == current or current not in allowed:
        return
    permitted = sorted(allowed[current])
    if requested not in permitted:
        targets = ", ".join(permitted) if permitted else "nothing (final)"
        raise Conflict(
            f"{attribute} cannot change from {current} to {requested}; from {current} it may go to {targets}",
            code="INVALID_STATE_TRANSITION",
        )


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
