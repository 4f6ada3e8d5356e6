"""Configuring a basket by the catalogue's rules: which add-ons go with an offer, which values its
characteristics may take, and why a combination is refused. Rules are read from TMF620 fields only
(see "Catalogue conventions" in docs/architecture.md):

- `ProductOffering.bundledProductOffering[]` on a broadband offering lists the add-ons allowed with it, each
  with `bundledProductOfferingOption` (`numberRelOfferLowerLimit` ≥ 1: mandatory, `numberRelOfferUpperLimit`:
  at most this many, 0: not allowed, `numberRelOfferDefault` ≥ 1: preselected). An offering without any
  `bundledProductOffering` allows every add-on (the catalogue has not restricted it).
- `productOfferingRelationship[]` on an add-on (`relationshipType` `requires` or `excludes`, TMF620 v5's
  attribute carried as a v4 extension): it needs, or cannot go with, another offering in the basket.
- `prodSpecCharValueUse[]` on an offering names the characteristics a customer chooses, the values allowed
  (`productSpecCharacteristicValue[].value`, `isDefault`), and whether one must be chosen (`minCardinality`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any

from pydantic import Field

from bff.core.catalog import Catalog
from bff.core.models import ChannelModel, Characteristics, Offer

REQUIRES = "requires"
EXCLUDES = "excludes"


class ConfigurationRequest(ChannelModel):
    offer_id: str = Field(max_length=100)
    add_on_ids: list[Annotated[str, Field(max_length=100)]] = Field(default_factory=list, max_length=20)
    characteristics: Characteristics = Field(default_factory=dict)


class AllowedAddOn(ChannelModel):
    id: str
    name: str
    mandatory: bool
    preselected: bool
    max_quantity: int
    requires: list[str]
    excludes: list[str]


class CharacteristicChoice(ChannelModel):
    name: str
    description: str
    allowed_values: list[str]
    default_value: str | None
    required: bool
    value: str | None


class Problem(ChannelModel):
    code: str
    message: str
    field: str


class Configuration(ChannelModel):
    valid: bool
    offer_id: str
    add_on_ids: list[str]
    characteristics: dict[str, str]
    allowed_add_ons: list[AllowedAddOn]
    characteristic_choices: list[CharacteristicChoice]
    problems: list[Problem]


@dataclass(frozen=True)
class _AddOnRule:
    lower: int = 0
    upper: int = 1
    default: int = 0


@dataclass(frozen=True)
class _CharacteristicRule:
    name: str
    description: str
    values: list[str]
    default: str | None
    required: bool


@dataclass(frozen=True)
class OfferRules:
    """An offering's rules as read from the catalogue; `add_ons` None means every add-on is allowed."""

    add_ons: dict[str, _AddOnRule] | None
    characteristics: dict[str, _CharacteristicRule] = field(default_factory=dict)


def _text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def rules_of(offering: dict[str, Any]) -> OfferRules:
    """The rules a TMF620 ProductOffering (as JSON) carries."""
    bundled = offering.get("bundledProductOffering") or []
    add_ons: dict[str, _AddOnRule] | None = None
    if bundled:
        add_ons = {}
        for entry in bundled:
            option = entry.get("bundledProductOfferingOption") or {}
            add_ons[entry["id"]] = _AddOnRule(
                lower=int(option.get("numberRelOfferLowerLimit") or 0),
                upper=int(option.get("numberRelOfferUpperLimit", 1) if option else 1),
                default=int(option.get("numberRelOfferDefault") or 0),
            )
    characteristics: dict[str, _CharacteristicRule] = {}
    for use in offering.get("prodSpecCharValueUse") or []:
        if not use.get("name"):
            continue
        values = use.get("productSpecCharacteristicValue") or []
        allowed = [_text(value["value"]) for value in values if value.get("value") is not None]
        default = next(
            (_text(v["value"]) for v in values if v.get("isDefault") and v.get("value") is not None), None
        )
        characteristics[use["name"]] = _CharacteristicRule(
            name=use["name"],
            description=use.get("description") or "",
            values=allowed,
            default=default,
            required=int(use.get("minCardinality") or 0) >= 1,
        )
    return OfferRules(add_ons=add_ons, characteristics=characteristics)


def relationships_of(offering: dict[str, Any], kind: str) -> list[str]:
    return [
        relation["id"]
        for relation in offering.get("productOfferingRelationship") or []
        if relation.get("id") and (relation.get("relationshipType") or "").lower() == kind
    ]


def configure(catalog: Catalog, request: ConfigurationRequest) -> Configuration:
    """What may be chosen with the offer and what is wrong with the basket, if anything."""
    problems: list[Problem] = []
    offer: Offer | None = catalog.offers.get(request.offer_id)
    if offer is None:
        problems.append(
            Problem(code="OFFER_NOT_FOUND", message="That offer is no longer available.", field="offerId")
        )
        return Configuration(
            valid=False,
            offer_id=request.offer_id,
            add_on_ids=request.add_on_ids,
            characteristics=request.characteristics,
            allowed_add_ons=[],
            characteristic_choices=[],
            problems=problems,
        )
    rules = rules_of(catalog.offering(offer.id))
    allowed = _allowed_add_ons(catalog, rules)
    allowed_by_id = {add_on.id: add_on for add_on in allowed}
    chosen = list(request.add_on_ids)
    problems += _add_on_problems(catalog, chosen, allowed_by_id)
    values, choice_problems, choices = _characteristics(rules, request.characteristics)
    problems += choice_problems
    return Configuration(
        valid=not problems,
        offer_id=offer.id,
        add_on_ids=list(dict.fromkeys(chosen)),
        characteristics=values,
        allowed_add_ons=allowed,
        characteristic_choices=choices,
        problems=problems,
    )


def _allowed_add_ons(catalog: Catalog, rules: OfferRules) -> list[AllowedAddOn]:
    allowed: list[AllowedAddOn] = []
    for add_on in catalog.add_ons.values():
        rule = _AddOnRule() if rules.add_ons is None else rules.add_ons.get(add_on.id)
        if rule is None or rule.upper == 0:
            continue
        offering = catalog.offering(add_on.id)
        allowed.append(
            AllowedAddOn(
                id=add_on.id,
                name=add_on.name,
                mandatory=rule.lower >= 1,
                preselected=rule.default >= 1 or rule.lower >= 1,
                max_quantity=rule.upper,
                requires=relationships_of(offering, REQUIRES),
                excludes=relationships_of(offering, EXCLUDES),
            )
        )
    return allowed


def _add_on_problems(catalog: Catalog, chosen: list[str], allowed: dict[str, AllowedAddOn]) -> list[Problem]:
    problems: list[Problem] = []
    basket = set(chosen)
    for add_on_id in dict.fromkeys(chosen):
        add_on = catalog.add_ons.get(add_on_id)
        if add_on is None:
            problems.append(
                Problem(
                    code="ADDON_NOT_FOUND",
                    message="One of the chosen extras is no longer available.",
                    field="addOnIds",
                )
            )
            continue
        rule = allowed.get(add_on_id)
        if rule is None:
            problems.append(
                Problem(
                    code="ADDON_NOT_ALLOWED",
                    message=f"{add_on.name} cannot be added to this offer.",
                    field="addOnIds",
                )
            )
            continue
        if chosen.count(add_on_id) > rule.max_quantity:
            problems.append(
                Problem(
                    code="ADDON_TOO_MANY",
                    message=f"{add_on.name} can be chosen at most {rule.max_quantity} time(s).",
                    field="addOnIds",
                )
            )
        for needed in rule.requires:
            if needed not in basket:
                problems.append(
                    Problem(
                        code="ADDON_REQUIRES",
                        message=f"{add_on.name} needs {_name(catalog, needed)} as well.",
                        field="addOnIds",
                    )
                )
        for excluded in rule.excludes:
            if excluded in basket:
                problems.append(
                    Problem(
                        code="ADDONS_EXCLUDE_EACH_OTHER",
                        message=f"{add_on.name} cannot be combined with {_name(catalog, excluded)}.",
                        field="addOnIds",
                    )
                )
    for included in allowed.values():
        if included.mandatory and included.id not in basket:
            problems.append(
                Problem(
                    code="ADDON_REQUIRED",
                    message=f"{included.name} is included with this offer and must be kept.",
                    field="addOnIds",
                )
            )
    return problems


def _characteristics(
    rules: OfferRules, chosen: dict[str, str]
) -> tuple[dict[str, str], list[Problem], list[CharacteristicChoice]]:
    values: dict[str, str] = {}
    problems: list[Problem] = []
    choices: list[CharacteristicChoice] = []
    for name, value in chosen.items():
        rule = rules.characteristics.get(name)
        if rule is None:
            problems.append(
                Problem(
                    code="CHARACTERISTIC_UNKNOWN",
                    message=f"This offer has no option called {name}.",
                    field=f"characteristics.{name}",
                )
            )
        elif rule.values and value not in rule.values:
            problems.append(
                Problem(
                    code="CHARACTERISTIC_VALUE_NOT_ALLOWED",
                    message=f"{value} is not one of the choices for {rule.description or name}: "
                    + ", ".join(rule.values)
                    + ".",
                    field=f"characteristics.{name}",
                )
            )
    for rule in rules.characteristics.values():
        setting = chosen.get(rule.name, rule.default)
        if setting is None and rule.required:
            problems.append(
                Problem(
                    code="CHARACTERISTIC_REQUIRED",
                    message=f"Choose {rule.description or rule.name}.",
                    field=f"characteristics.{rule.name}",
                )
            )
        if setting is not None:
            values[rule.name] = setting
        choices.append(
            CharacteristicChoice(
                name=rule.name,
                description=rule.description,
                allowed_values=rule.values,
                default_value=rule.default,
                required=rule.required,
                value=setting,
            )
        )
    return values, problems, choices


def _name(catalog: Catalog, offering_id: str) -> str:
    add_on = catalog.add_ons.get(offering_id)
    if add_on:
        return add_on.name
    offer = catalog.offers.get(offering_id)
    return offer.name if offer else offering_id
