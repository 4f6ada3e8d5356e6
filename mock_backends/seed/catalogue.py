"""The seed catalogue: a UK residential broadband range, following docs/architecture.md
"Catalogue conventions" (categories, characteristics, prices, promotion, 24-month terms).

Documents are built from the small tables below so a price or speed change is a one-line edit.
Prices are in GBP and include VAT.
"""

from dataclasses import dataclass
from typing import Any

from mock_backends.tmf620.service import (
    API_PATH,
    CATALOG,
    CATEGORY,
    PRODUCT_OFFERING,
    PRODUCT_OFFERING_PRICE,
    PRODUCT_SPECIFICATION,
)

Document = dict[str, Any]

LAST_UPDATE = "2025-01-06T09:00:00.000Z"
VALID_FROM = {"startDateTime": "2025-01-06T00:00:00.000Z"}
CONTRACT_TERM = {
    "name": "24-month contract",
    "description": "Minimum term of 24 months",
    "duration": {"amount": 24, "units": "month"},
}


@dataclass(frozen=True)
class Broadband:
    key: str  # ids: ps-<key>, po-<key>, pop-<key>-monthly, pop-<key>-activation
    name: str
    description: str
    technology: str
    download: int  # Mbps
    upload: int  # Mbps
    monthly: float
    activation: float


@dataclass(frozen=True)
class AddOn:
    key: str
    name: str
    description: str
    price_type: str  # "recurring" or "oneTime"
    price: float
    service_specification: str | None = None
    # Add-ons it cannot be sold without (productOfferingRelationship "requires", docs/architecture.md).
    requires: tuple[str, ...] = ()


BROADBAND = (
    Broadband(
        key="fibre-150",
        name="Fibre 150",
        description="Full fibre to your home, 150 Mbps down and 30 Mbps up.",
        technology="FTTP",
        download=150,
        upload=30,
        monthly=30.00,
        activation=20.00,
    ),
    Broadband(
        key="fibre-500",
        name="Fibre 500",
        description="Full fibre for busy homes, 500 Mbps down and 75 Mbps up.",
        technology="FTTP",
        download=500,
        upload=75,
        monthly=38.00,
        activation=20.00,
    ),
    Broadband(
        key="fibre-900",
        name="Fibre 900",
        description="Our fastest full fibre, 900 Mbps down and 110 Mbps up.",
        technology="FTTP",
        download=900,
        upload=110,
        monthly=52.00,
        activation=20.00,
    ),
    Broadband(
        key="superfast-80",
        name="Superfast 80",
        description="Fibre to the cabinet, up to 80 Mbps down and 20 Mbps up.",
        technology="FTTC",
        download=80,
        upload=20,
        monthly=28.00,
        activation=25.00,
    ),
    Broadband(
        key="essential-18",
        name="Broadband Essential 18",
        description="Copper broadband (ADSL2+), up to 18 Mbps down.",
        technology="ADSL",
        download=18,
        upload=1,
        monthly=24.00,
        activation=25.00,
    ),
    Broadband(
        key="home-wireless-100",
        name="Home Wireless 100",
        description="4G/5G fixed wireless, up to 100 Mbps down; no phone line needed.",
        technology="FWA",
        download=100,
        upload=20,
        monthly=32.00,
        activation=10.00,
    ),
)

ADD_ONS = (
    AddOn("wifi6-router", "Wi-Fi 6 router", "Upgrade to a Wi-Fi 6 router (yours to keep).", "oneTime", 49.99),
    AddOn(
        "pro-install",
        "Professional installation",
        "An engineer sets up your router and Wi-Fi.",
        "oneTime",
        60.00,
    ),
    # A fixed address is only supported on our own router, which the static IP is configured on.
    AddOn(
        "static-ip",
        "Static IP",
        "One fixed public IPv4 address.",
        "recurring",
        5.00,
        "cfs-static-ip",
        requires=("wifi6-router",),
    ),
)

# Fibre 500 at half price for its first 6 months.
PROMOTION = {
    "offering": "fibre-500",
    "id": "pop-fibre-500-promo",
    "name": "Half price for 6 months",
    "description": "50% off the Fibre 500 monthly price for the first 6 months",
    "percentage": 50.0,
    "months": 6,
}

TECHNOLOGY_SERVICE = {
    "FTTP": ("cfs-access-fttp", "FTTP access"),
    "FTTC": ("cfs-access-fttc", "FTTC access"),
    "ADSL": ("cfs-access-adsl", "ADSL access"),
    "FWA": ("cfs-access-fwa", "Fixed wireless access"),
}


def _href(kind_name: str, resource_id: str) -> str:
    return f"{API_PATH}/{kind_name}/{resource_id}"


def _ref(kind_name: str, resource_id: str, name: str) -> Document:
    return {"id": resource_id, "href": _href(kind_name, resource_id), "name": name}


def _common(kind_name: str, resource_id: str, name: str, description: str, type_name: str) -> Document:
    return {
        "id": resource_id,
        "href": _href(kind_name, resource_id),
        "name": name,
        "description": description,
        "lastUpdate": LAST_UPDATE,
        "lifecycleStatus": "Active",
        "version": "1.0",
        "validFor": VALID_FROM,
        "@type": type_name,
    }


def _characteristic(name: str, value_type: str, value: Any, unit: str | None = None) -> Document:
    value_spec: Document = {"isDefault": True, "valueType": value_type, "value": value}
    if unit:
        value_spec["unitOfMeasure"] = unit
    return {
        "name": name,
        "valueType": value_type,
        "configurable": False,
        "minCardinality": 1,
        "maxCardinality": 1,
        "productSpecCharacteristicValue": [value_spec],
    }


def _price(resource_id: str, name: str, price_type: str, value: float, description: str) -> Document:
    price = _common(PRODUCT_OFFERING_PRICE.name, resource_id, name, description, "ProductOfferingPrice")
    price |= {"priceType": price_type, "isBundle": False, "price": {"unit": "GBP", "value": value}}
    if price_type == "recurring":
        price |= {"recurringChargePeriodType": "month", "recurringChargePeriodLength": 1}
    return price


def _broadband_documents(plan: Broadband) -> dict[str, list[Document]]:
    service_id, service_name = TECHNOLOGY_SERVICE[plan.technology]
    spec = _common(
        PRODUCT_SPECIFICATION.name, f"ps-{plan.key}", plan.name, plan.description, "ProductSpecification"
    )
    spec |= {
        "brand": "Northwind Broadband",
        "isBundle": False,
        "productNumber": f"BB-{plan.key.upper()}",
        "productSpecCharacteristic": [
            _characteristic("technology", "string", plan.technology),
            _characteristic("downloadSpeed", "number", plan.download, "Mbps"),
            _characteristic("uploadSpeed", "number", plan.upload, "Mbps"),
        ],
        "serviceSpecification": [
            {"id": service_id, "name": service_name, "@referredType": "ServiceSpecification"},
            {"id": "cfs-internet-access", "name": "Internet access", "@referredType": "ServiceSpecification"},
        ],
    }
    prices = [
        _price(f"pop-{plan.key}-monthly", f"{plan.name} monthly price", "recurring", plan.monthly,
               f"{plan.name} monthly price, VAT included"),
        _price(f"pop-{plan.key}-activation", f"{plan.name} activation", "oneTime", plan.activation,
               "One-off activation charge, VAT included"),
    ]  # fmt: skip
    if PROMOTION["offering"] == plan.key:
        prices.append(_promotion(plan))
    offering = _offering(plan.key, plan.name, plan.description, "cat-broadband", "Broadband", spec, prices)
    offering["productOfferingTerm"] = [CONTRACT_TERM]
    return {"spec": [spec], "prices": prices, "offering": [offering]}


def _promotion(plan: Broadband) -> Document:
    promotion = _price(
        str(PROMOTION["id"]), str(PROMOTION["name"]), "discount", 0.0, str(PROMOTION["description"])
    )
    del promotion["price"]  # a percentage discount has no amount of its own
    promotion |= {
        "percentage": PROMOTION["percentage"],
        "recurringChargePeriodType": "month",
        "recurringChargePeriodLength": PROMOTION["months"],
        "popRelationship": [
            {
                "id": f"pop-{plan.key}-monthly",
                "name": f"{plan.name} monthly price",
                "relationshipType": "discounts",
            }
        ],
    }
    return promotion


def _offering(
    key: str,
    name: str,
    description: str,
    category_id: str,
    category_name: str,
    spec: Document,
    prices: list[Document],
) -> Document:
    offering = _common(PRODUCT_OFFERING.name, f"po-{key}", name, description, "ProductOffering")
    offering |= {
        "isBundle": False,
        "isSellable": True,
        "category": [_ref(CATEGORY.name, category_id, category_name)],
        "productSpecification": _ref(PRODUCT_SPECIFICATION.name, spec["id"], spec["name"]),
        "productOfferingPrice": [_ref(PRODUCT_OFFERING_PRICE.name, p["id"], p["name"]) for p in prices],
    }
    return offering


def _add_on_documents(add_on: AddOn) -> dict[str, list[Document]]:
    spec = _common(
        PRODUCT_SPECIFICATION.name,
        f"ps-{add_on.key}",
        add_on.name,
        add_on.description,
        "ProductSpecification",
    )
    spec |= {"brand": "Northwind Broadband", "isBundle": False, "productNumber": f"AO-{add_on.key.upper()}"}
    if add_on.service_specification:
        spec["serviceSpecification"] = [
            {"id": add_on.service_specification, "name": add_on.name, "@referredType": "ServiceSpecification"}
        ]
    suffix = "monthly" if add_on.price_type == "recurring" else "oneoff"
    price = _price(f"pop-{add_on.key}-{suffix}", add_on.name, add_on.price_type, add_on.price,
                   f"{add_on.name}, VAT included")  # fmt: skip
    offering = _offering(add_on.key, add_on.name, add_on.description, "cat-addons", "Add-ons", spec, [price])
    if add_on.requires:
        offering["productOfferingRelationship"] = [
            {"id": f"po-{required}", "relationshipType": "requires"} for required in add_on.requires
        ]
    return {"spec": [spec], "prices": [price], "offering": [offering]}


def _category(resource_id: str, name: str, description: str, offerings: list[Document]) -> Document:
    category = _common(CATEGORY.name, resource_id, name, description, "Category")
    category |= {
        "isRoot": True,
        "productOffering": [_ref(PRODUCT_OFFERING.name, o["id"], o["name"]) for o in offerings],
    }
    return category


def catalogue_documents() -> dict[str, list[Document]]:
    """Every catalogue document, by TMF620 resource type."""
    broadband = [_broadband_documents(plan) for plan in BROADBAND]
    add_ons = [_add_on_documents(add_on) for add_on in ADD_ONS]
    parts = broadband + add_ons

    def gather(part: str, group: list[dict[str, list[Document]]]) -> list[Document]:
        return [document for documents in group for document in documents[part]]

    categories = [
        _category("cat-broadband", "Broadband", "Home broadband plans", gather("offering", broadband)),
        _category("cat-addons", "Add-ons", "Extras for any broadband plan", gather("offering", add_ons)),
    ]
    catalog = _common(
        CATALOG.name,
        "catalog-uk-residential",
        "UK residential",
        "Home broadband for UK households",
        "Catalog",
    )
    catalog |= {
        "catalogType": "residential",
        "category": [_ref(CATEGORY.name, c["id"], c["name"]) for c in categories],
    }
    return {
        CATALOG.name: [catalog],
        CATEGORY.name: categories,
        PRODUCT_SPECIFICATION.name: gather("spec", parts),
        PRODUCT_OFFERING_PRICE.name: gather("prices", parts),
        PRODUCT_OFFERING.name: gather("offering", parts),
    }
