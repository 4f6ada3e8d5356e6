"""TMF620 resources and the catalogue look-ups other APIs (TMF648 pricing) rely on."""

from mock_backends.errors import BadRequest
from mock_backends.resources import Collection, ResourceKind
from mock_backends.storage import DocumentStore, JsonDocument

API_PATH = "/tmf-api/productCatalogManagement/v4"

CATALOG = ResourceKind("catalog", API_PATH)
CATEGORY = ResourceKind("category", API_PATH)
PRODUCT_OFFERING = ResourceKind("productOffering", API_PATH)
PRODUCT_OFFERING_PRICE = ResourceKind("productOfferingPrice", API_PATH)
PRODUCT_SPECIFICATION = ResourceKind("productSpecification", API_PATH)

RESOURCES = (CATALOG, CATEGORY, PRODUCT_OFFERING, PRODUCT_OFFERING_PRICE, PRODUCT_SPECIFICATION)


def collection(store: DocumentStore, kind: ResourceKind) -> Collection:
    return Collection(store, kind)


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
