"""TMF620 rules: the five catalogue entities, their lifecycle, import and export jobs, and the catalogue
look-ups other APIs (TMF648 pricing) rely on.

- Entities (catalog, category, productOffering, productOfferingPrice, productSpecification) are stored as
  received, validated against their official schema; `lastUpdate` is the server's (set on create and on
  every PATCH, not patchable), as are `id` and `href`.
- `lifecycleStatus` follows the TMF620 user guide's lifecycle (LIFECYCLE below): the design states may
  move among themselves and be released (Active, Launched) or Rejected; a released entity may only be
  Retired, a retired one made Obsolete; Obsolete and Rejected are final. So an offering cannot come back
  from Retired to Active: create a new version instead. Other values are accepted on create, and an entity
  in a status the lifecycle does not know may move anywhere. Refusals are 409 INVALID_STATE_TRANSITION.
  An entity created (or imported) without one starts `In study`, the lifecycle's first state, so every
  entity has a status and nothing is on sale before someone releases it.
- exportJob runs at once: the export (a JSON object `{"catalog": [...], "category": [...], ...}` of the
  entities, with absolute hrefs) is answered in `url` as a `data:application/json;base64,...` URL
  (RFC 2397), because a mock cannot upload to the destination a client names. `path` may name one
  entity type (`productOffering`) or one entity (`productOffering/po-fibre-150`); `query` is a TMF630
  filter (`lifecycleStatus=Active&name.regex=^Fibre`) applied to every exported type.
- importJob runs at once from a `data:` URL (base64 or percent-encoded JSON in the export's shape) or from
  the href of one of this server's exportJobs. Each entity is validated, then created, or replaced when
  its id exists; a failure imports nothing. A URL the mock cannot read (it fetches nothing remote) or
  invalid content gives a job `status: Failed` whose `errorLog` says why.
"""

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl, unquote_to_bytes

from pydantic import BaseModel

from mock_backends import tmf630
from mock_backends.errors import BadRequest, TmfError
from mock_backends.resources import IDENTITY_ATTRIBUTES, Collection, ResourceKind
from mock_backends.storage import DocumentStore, JsonDocument
from tmf_models import tmf620

API_PATH = "/tmf-api/productCatalogManagement/v4"

# Set by the server whenever an entity changes.
SERVER_OWNED = frozenset({"lastUpdate"})
ENTITY_NON_PATCHABLE = IDENTITY_ATTRIBUTES | SERVER_OWNED

CATALOG = ResourceKind("catalog", API_PATH, ENTITY_NON_PATCHABLE)
CATEGORY = ResourceKind("category", API_PATH, ENTITY_NON_PATCHABLE)
PRODUCT_OFFERING = ResourceKind("productOffering", API_PATH, ENTITY_NON_PATCHABLE)
PRODUCT_OFFERING_PRICE = ResourceKind("productOfferingPrice", API_PATH, ENTITY_NON_PATCHABLE)
PRODUCT_SPECIFICATION = ResourceKind("productSpecification", API_PATH, ENTITY_NON_PATCHABLE)
IMPORT_JOB = ResourceKind("importJob", API_PATH)
EXPORT_JOB = ResourceKind("exportJob", API_PATH)

RESOURCES = (CATALOG, CATEGORY, PRODUCT_OFFERING, PRODUCT_OFFERING_PRICE, PRODUCT_SPECIFICATION)
JOBS = (IMPORT_JOB, EXPORT_JOB)

# TMF620 lifecycleStatus: where each status may go by PATCH.
_DESIGN = ("In study", "In design", "In test")
_RELEASED = ("Active", "Launched")
INITIAL_LIFECYCLE_STATUS = _DESIGN[0]
LIFECYCLE: dict[str, frozenset[str]] = {
    **{status: frozenset((*_DESIGN, *_RELEASED, "Rejected")) for status in _DESIGN},
    **{status: frozenset((*_RELEASED, "Retired")) for status in _RELEASED},
    "Retired": frozenset({"Obsolete"}),
    "Obsolete": frozenset(),
    "Rejected": frozenset(),
}

SUCCEEDED = "Succeeded"
FAILED = "Failed"
JSON = "application/json"


@dataclass(frozen=True)
class Entity:
    kind: ResourceKind
    create_model: type[BaseModel]
    model: type[BaseModel]


ENTITIES = {
    entity.kind.name: entity
    for entity in (
        Entity(CATALOG, tmf620.CatalogCreate, tmf620.Catalog),
        Entity(CATEGORY, tmf620.CategoryCreate, tmf620.Category),
        Entity(PRODUCT_OFFERING, tmf620.ProductOfferingCreate, tmf620.ProductOffering),
        Entity(PRODUCT_OFFERING_PRICE, tmf620.ProductOfferingPriceCreate, tmf620.ProductOfferingPrice),
        Entity(PRODUCT_SPECIFICATION, tmf620.ProductSpecificationCreate, tmf620.ProductSpecification),
    )
}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def collection(store: DocumentStore, kind: ResourceKind) -> Collection:
    return Collection(store, kind)


# --- the five entities ----------------------------------------------------------------------------------


def create_entity(store: DocumentStore, kind: ResourceKind, body: JsonDocument) -> JsonDocument:
    tmf630.validated(ENTITIES[kind.name].create_model, body)
    return collection(store, kind).create({**_with_lifecycle_status(body), "lastUpdate": _now()})


def _with_lifecycle_status(document: JsonDocument) -> JsonDocument:
    return {**document, "lifecycleStatus": document.get("lifecycleStatus") or INITIAL_LIFECYCLE_STATUS}


def patch_entity(
    store: DocumentStore, kind: ResourceKind, resource_id: str, patch: JsonDocument
) -> JsonDocument:
    entities = collection(store, kind)
    current = entities.get(resource_id)
    if "lifecycleStatus" in patch:
        tmf630.refuse_illegal_transition(
            "lifecycleStatus", current.get("lifecycleStatus"), patch["lifecycleStatus"], LIFECYCLE
        )
    model = ENTITIES[kind.name].model

    def validate(document: JsonDocument) -> JsonDocument:
        return tmf630.validated(model, {**document, "lastUpdate": _now()})

    return entities.patch(resource_id, patch, validate=validate)


# --- look-ups for other APIs ----------------------------------------------------------------------------


def sellable_offering(store: DocumentStore, offering_id: str) -> JsonDocument:
    """The offering, if it may be sold now; a client error otherwise."""
    offering = Collection(store, PRODUCT_OFFERING).find(offering_id)
    if offering is None:
        raise BadRequest(f"Unknown productOffering {offering_id}", code="UNKNOWN_PRODUCT_OFFERING")
    if offering.get("isSellable") is False or offering.get("lifecycleStatus", "Active") != "Active":
        raise BadRequest(
            f"productOffering {offering_id} is not sellable (lifecycleStatus "
            f"{offering.get('lifecycleStatus')}, isSellable {offering.get('isSellable')})",
            code="PRODUCT_OFFERING_NOT_SELLABLE",
        )
    return offering


def prices_of(store: DocumentStore, offering: JsonDocument) -> list[JsonDocument]:
    """The offering's productOfferingPrice documents, in the order the offering lists them."""
    prices = Collection(store, PRODUCT_OFFERING_PRICE)
    found = (prices.find(ref["id"]) for ref in offering.get("productOfferingPrice", []) if "id" in ref)
    return [price for price in found if price is not None]


# --- export and import ----------------------------------------------------------------------------------


class JobFailed(Exception):
    """Why a job failed; becomes its `errorLog`."""


def _exported_kinds(path: str | None) -> list[tuple[ResourceKind, str | None]]:
    if not path or not path.strip("/"):
        return [(kind, None) for kind in RESOURCES]
    name, _, resource_id = path.strip("/").partition("/")
    if name not in ENTITIES:
        raise JobFailed(f"path {path!r}: the first segment must be one of {', '.join(ENTITIES)}")
    return [(ENTITIES[name].kind, resource_id or None)]


def export_content(
    store: DocumentStore, public_url: str, path: str | None, query: str | None
) -> dict[str, list[JsonDocument]]:
    try:
        filters, conditions = tmf630.parse_filters(parse_qsl(query or "", keep_blank_values=True))
    except TmfError as error:
        raise JobFailed(f"query {query!r}: {error.message}") from error
    selection = tmf630.ListQuery(filters=filters, conditions=conditions)
    content = {}
    for kind, resource_id in _exported_kinds(path):
        documents = store.all(kind.name)
        if resource_id is not None:
            documents = [document for document in documents if document["id"] == resource_id]
        content[kind.name] = tmf630.absolute_hrefs(tmf630.paginate(documents, selection).items, public_url)
    return content


def data_url(content: Any) -> str:
    encoded = base64.b64encode(json.dumps(content).encode()).decode("ascii")
    return f"data:{JSON};base64,{encoded}"


def _read_data_url(url: str) -> bytes:
    header, comma, data = url.removeprefix("data:").partition(",")
    if not comma:
        raise JobFailed("a data: URL needs a comma before its content (RFC 2397)")
    if header.endswith(";base64"):
        try:
            return base64.b64decode(data, validate=True)
        except (binascii.Error, ValueError) as error:
            raise JobFailed(f"the data: URL is not valid base64 ({error})") from error
    return unquote_to_bytes(data)


def create_export_job(store: DocumentStore, body: JsonDocument, public_url: str) -> JsonDocument:
    tmf630.validated(tmf620.ExportJobCreate, body)
    job = {**body, "creationDate": _now(), "contentType": JSON}
    try:
        content = export_content(store, public_url, body.get("path"), body.get("query"))
        job |= {"status": SUCCEEDED, "url": data_url(content)}
        job.pop("errorLog", None)
    except JobFailed as failure:
        job |= {"status": FAILED, "errorLog": str(failure)}
    return collection(store, EXPORT_JOB).create({**job, "completionDate": _now()})


def _import_source(store: DocumentStore, url: str) -> bytes:
    if url.startswith("data:"):
        return _read_data_url(url)
    marker = f"{API_PATH}/{EXPORT_JOB.name}/"
    if marker in url:
        export_id = url.split(marker, 1)[1].strip("/")
        export = collection(store, EXPORT_JOB).find(export_id)
        if export is None or not str(export.get("url", "")).startswith("data:"):
            raise JobFailed(f"exportJob {export_id} does not exist or holds no export")
        return _read_data_url(export["url"])
    raise JobFailed(
        "url must be a data: URL (RFC 2397) holding the JSON to import, or the href of an exportJob of "
        "this server; the mock fetches nothing remote"
    )


def _relative(document: Any, public_url: str) -> Any:
    """The inverse of tmf630.absolute_hrefs for this server's own links."""
    if isinstance(document, list):
        return [_relative(item, public_url) for item in document]
    if not isinstance(document, dict):
        return document
    relative = {name: _relative(value, public_url) for name, value in document.items()}
    href = relative.get("href")
    if isinstance(href, str) and href.startswith(public_url + "/"):
        relative["href"] = href.removeprefix(public_url)
    return relative


def _parse_import(raw: bytes) -> dict[str, list[JsonDocument]]:
    try:
        content = json.loads(raw)
    except (UnicodeDecodeError, ValueError) as error:
        raise JobFailed(f"the content is not JSON ({error})") from error
    if not isinstance(content, dict) or not all(isinstance(v, list) for v in content.values()):
        raise JobFailed('the content must be a JSON object like {"productOffering": [...], ...}')
    unknown = sorted(set(content) - set(ENTITIES))
    if unknown:
        raise JobFailed(f"unknown entity types {unknown}; known: {', '.join(ENTITIES)}")
    problems = []
    for name, documents in content.items():
        for position, document in enumerate(documents):
            try:
                tmf630.validated(ENTITIES[name].model, document, prefix=f"{name}[{position}]")
            except BadRequest as error:
                problems.append(error.message)
    if problems:
        raise JobFailed("; ".join(problems[:10]))
    return content


def import_content(store: DocumentStore, content: dict[str, list[JsonDocument]], public_url: str) -> int:
    imported = 0
    for name, documents in content.items():
        entities = collection(store, ENTITIES[name].kind)
        for document in documents:
            document = {**_with_lifecycle_status(_relative(document, public_url)), "lastUpdate": _now()}
            existing = document.get("id") and entities.find(str(document["id"]))
            if existing:
                entities.replace({**document, "href": existing["href"]})
            else:
                entities.create(document, resource_id=str(document["id"]) if document.get("id") else None)
            imported += 1
    return imported


def create_import_job(store: DocumentStore, body: JsonDocument, public_url: str) -> JsonDocument:
    tmf630.validated(tmf620.ImportJobCreate, body)
    job = {**body, "creationDate": _now(), "contentType": body.get("contentType", JSON)}
    try:
        import_content(store, _parse_import(_import_source(store, body["url"])), public_url)
        job["status"] = SUCCEEDED
        job.pop("errorLog", None)
    except JobFailed as failure:
        job |= {"status": FAILED, "errorLog": str(failure)}
    return collection(store, IMPORT_JOB).create({**job, "completionDate": _now()})
