"""`python -m bff doctor`: what works against the configured backends, what degrades, and why.

Three kinds of check, each answered yes / no / degraded / n/a with the reason and, where one helps, the
setting to change:

- reachable and shaped: per backend, the API version its base URL names, auth, and each operation a
  journey needs answering in the shape the spec gives (validated against the generated tmf_models). A list
  whose items break the spec is "no" when none is left, "degraded" when some are skipped.
- semantic: the configured known address (BFF_DOCTOR_POSTCODE, BFF_DOCTOR_HOUSE_NUMBER) qualifies with at
  least one technology; the catalogue has offers on sale under the BFF's rules; one is sellable there; every
  filter the BFF looks resources up by is honoured — asked with a value that must match nothing, an answer
  with items means the server ignored it: "degraded" where the BFF checks every result itself (it then
  reads whole collections), "no" where it would take unrelated resources for matches. What the BFF reads
  beyond the specs (the catalogue profile's jeopardy alerts, self-install, deposit amount, billing charges)
  is looked for in what the backends hold: "degraded" when absent, with what shows instead
  (doctor_profile.py).
- writes: nothing real is written unless `--allow-writes` is given (then a quote is priced at the known
  address and left in TMF648, and a probe order is held, rejected by a manager's PATCH and deleted:
  doctor_approvals.py); the TMF622 hub subscription is made and deleted at once either way (no hub is
  "degraded": order pages then poll TMF622).

The exit status is 1 when any check is "no" (for CI); `--json` prints the table as JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import sys
import time
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from bff.config import Settings
from bff.core.auth.errors import IdentityProviderUnavailable
from bff.core.auth.tokens import TokenValidator
from bff.core.availability import Qualification, offers_for, qualification_request, qualify_address
from bff.core.backends import Backends
from bff.core.basket import Basket
from bff.core.catalog import CatalogCache
from bff.core.clients.base import (
    TmfAuthFailed,
    TmfClient,
    TmfError,
    TmfNotFound,
    TmfRejected,
    TmfServerError,
    TmfUnavailable,
)
from bff.core.clients.oauth import TokenUnavailable, client_credentials_from
from bff.core.configuration import ConfigurationRequest, configure
from bff.core.errors import ChannelError
from bff.core.offer_qualification import qualify_offers
from bff.core.pricing import price_basket
from bff.doctor_approvals import hold_and_patch
from bff.doctor_findings import Found, Status
from bff.doctor_profile import profile_probes
from tmf_models import tmf620, tmf622, tmf629, tmf632, tmf637, tmf646, tmf648, tmf666, tmf670, tmf673

EXPECTED_VERSION = "v4"  # the TMF Open API major version tmf_models was generated from
PROBE_CALLBACK_PATH = "/tmf-listener/doctor-probe"

Probe = tuple[str, str, Callable[[], Awaitable[str]]]  # API, check, the call
ADDRESS_SETTINGS = "BFF_DOCTOR_POSTCODE, BFF_DOCTOR_HOUSE_NUMBER"


@dataclass
class Check:
    api: str
    operation: str
    status: Status
    detail: str
    setting: str = ""  # what to change when the answer is not "yes", if a setting can help

    @property
    def ok(self) -> bool:
        return self.status != "no"


@dataclass
class Report:
    checks: list[Check] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return all(check.ok for check in self.checks)

    def failed(self) -> list[Check]:
        return [check for check in self.checks if not check.ok]


def _version(url: str) -> str | None:
    match = re.search(r"/(v\d+)(?:/|$)", url)
    return match.group(1) if match else None


def _short(exc: Exception, limit: int = 140) -> str:
    text = str(exc).split(": ", 1)[-1]
    return text if len(text) <= limit else text[: limit - 1] + "…"


async def _first_page(client: TmfClient, model: Any, path: str) -> list[Any]:
    """One small page, parsed (enough to judge the shape; the clients' own paging would read everything).

    Items that break the spec are skipped by the client; here they make the probe "no" (none left) or
    "degraded" (some left), since the journeys would not see them.
    """
    response = await client._send("GET", path, params={"offset": "0", "limit": "5"})
    items = client._parse_list(model, response)
    skipped = getattr(items, "skipped", 0)
    if skipped and not items:
        raise Found("no", f"every item read ({skipped}) breaks the {model.__name__} schema")
    if skipped:
        raise Found("degraded", f"{skipped} of {skipped + len(items)} items break the schema and are skipped")
    return list(items)


async def _list(client: TmfClient, model: Any, path: str) -> str:
    items = await _first_page(client, model, path)
    return f"answers a valid list of {model.__name__} ({len(items)} read)"


async def _one(client: TmfClient, model: Any, path: str) -> str:
    """A single resource of the collection, read by the id the list gave (the journeys read them so)."""
    items = await _first_page(client, model, path)
    if not items or not items[0].id:
        raise Found("n/a", f"no {model.__name__} to read")
    response = await client._send("GET", f"{path}/{client._id(items[0].id)}")
    client._parse(model, response)
    return f"answers a valid {model.__name__}"


async def _probe(api: str, operation: str, call: Callable[[], Awaitable[str]]) -> Check:
    started = time.perf_counter()
    try:
        detail = await call()
    except Found as found:
        outcome = found.outcome
        return Check(api, operation, outcome.status, outcome.detail, outcome.setting)
    except TmfUnavailable as exc:
        return Check(api, operation, "no", f"not reachable: {_short(exc)}", f"BFF_{api}_URL")
    except TmfAuthFailed as exc:
        return Check(api, operation, "no", f"auth refused: {_short(exc)}", "BFF_OAUTH_*")
    except TmfNotFound:
        return Check(api, operation, "no", "404: the backend does not serve this resource", f"BFF_{api}_URL")
    except TmfServerError as exc:
        return Check(api, operation, "no", f"answer breaks the spec: {_short(exc)}")
    except TmfError as exc:
        return Check(api, operation, "no", _short(exc))
    except ChannelError as exc:
        return Check(api, operation, "no", f"{exc.code}: {exc.message}")
    return Check(api, operation, "yes", f"{detail} in {(time.perf_counter() - started) * 1000:.0f} ms")


@dataclass(frozen=True)
class FilterUse:
    """A lookup the BFF makes by TMF630 attribute filter, and what it is for."""

    api: str
    path: str
    filters: tuple[str, ...]
    used_for: str


# Every filter the BFF looks resources up by (bff/core: ordering, cancellation, customers, staff, inventory,
# addresses); the state filter is left out: it only narrows lists the BFF reads whole.
FILTERS = (
    FilterUse("TMF622", "productOrder", ("externalId",), "an order already placed with an Idempotency-Key"),
    FilterUse("TMF622", "productOrder", ("relatedParty.id",), "a customer's orders"),
    FilterUse("TMF622", "productOrder", ("quote.id",), "the order an accepted quote became"),
    FilterUse("TMF622", "productOrder", ("channel.id", "channel.name"), "a store's queue and approvals"),
    FilterUse("TMF622", "cancelProductOrder", ("productOrder.id",), "an order's cancellation"),
    FilterUse("TMF629", "customer", ("contactMedium.characteristic.emailAddress",), "a customer by e-mail"),
    FilterUse("TMF629", "customer", ("characteristic.name", "characteristic.value"), "a signed-in customer"),
    FilterUse("TMF629", "customer", ("name.regex",), "staff search by name"),
    FilterUse(
        "TMF629", "customer", ("contactMedium.characteristic.phoneNumber.regex",), "staff search by phone"
    ),
    FilterUse(
        "TMF629", "customer", ("contactMedium.characteristic.postCode.regex",), "staff search by postcode"
    ),
    FilterUse("TMF632", "individual", ("contactMedium.characteristic.emailAddress",), "a person by e-mail"),
    FilterUse("TMF637", "product", ("relatedParty.id",), "a customer's products"),
    FilterUse("TMF637", "product", ("place.postcode.regex",), "staff search by postcode"),
    FilterUse("TMF648", "quote", ("externalId",), "a quote already sent with an Idempotency-Key"),
    FilterUse("TMF648", "quote", ("relatedParty.id",), "a customer's open quotes"),
    FilterUse("TMF673", "geographicAddress", ("postcode",), "the addresses at a postcode"),
)


def _nothing(name: str, token: str) -> str:
    """A filter value no real resource can match."""
    if name.endswith(".regex"):
        return f"^doctor-probe-{token}$"
    if "email" in name.lower():
        return f"doctor-probe-{token}@invalid.example"
    return f"doctor-probe-{token}"


async def _count(client: TmfClient, path: str, params: dict[str, str]) -> int:
    response = await client._send("GET", path, params={**params, "offset": "0", "limit": "1"})
    try:
        body = response.json()
    except ValueError as exc:
        raise TmfServerError(client.api, "answer is not JSON") from exc
    if not isinstance(body, list):
        raise TmfServerError(client.api, "expected a list")
    return len(body)


async def _filter_honoured(client: TmfClient, use: FilterUse) -> str:
    token = uuid.uuid4().hex[:12]
    params = {name: _nothing(name, token) for name in use.filters}
    try:
        matched = await _count(client, use.path, params)
    except TmfRejected as exc:
        raise Found("no", f"refuses the filter ({exc.status}): {use.used_for} cannot be found") from exc
    if matched:
        # Every look-up keeps only the results that satisfy its filter (bff/core/filters.py): right, slower.
        raise Found(
            "degraded",
            f"ignores it: the BFF keeps only the matches, reading the whole collection for {use.used_for}",
        )
    if not await _count(client, use.path, {}):
        raise Found("n/a", "the collection is empty: an ignored filter would look the same")
    return f"honoured ({use.used_for})"


@dataclass
class _Known:
    """What the semantic probes share, read once: the catalogue and the known address's qualification."""

    backends: Backends
    settings: Settings
    catalogue: CatalogCache = field(init=False)
    _qualification: asyncio.Future[Qualification] | None = None

    def __post_init__(self) -> None:
        self.catalogue = CatalogCache(
            self.backends.tmf620, 3600.0, self.settings.currency, self.settings.profile
        )

    async def qualification(self) -> Qualification:
        if self._qualification is None:
            self._qualification = asyncio.ensure_future(
                qualify_address(
                    self.backends.tmf645,
                    postcode=self.settings.doctor_postcode,
                    house_number=self.settings.doctor_house_number,
                )
            )
        return await self._qualification


def _where(settings: Settings) -> str:
    return f"{settings.doctor_postcode} {settings.doctor_house_number}"


def _semantic(known: _Known, settings: Settings, allow_writes: bool) -> list[Probe]:
    where = _where(settings)

    async def qualifies() -> str:
        try:
            technologies = (await known.qualification()).technologies
        except ChannelError as exc:
            raise Found("no", f"{where}: {exc.code}", ADDRESS_SETTINGS) from exc
        if not technologies:
            raise Found(
                "no",
                f"{where} qualifies for no technology (none named "
                f"'{settings.profile.qualified_technology_characteristic}')",
                f"{ADDRESS_SETTINGS}, BFF_PROFILE__QUALIFIED_TECHNOLOGY_CHARACTERISTIC",
            )
        names = ", ".join(f"{tech.technology} {tech.max_download_mbps} Mb/s" for tech in technologies)
        return f"{where}: {names}"

    async def on_sale() -> str:
        profile = settings.profile
        catalog = await known.catalogue.get()
        if not catalog.offers:
            offerings = await known.backends.tmf620.list_product_offerings()
            statuses = sorted({offering.lifecycle_status or "none" for offering in offerings})
            raise Found(
                "no",
                f"none of the {len(offerings)} offering(s) is sellable under the BFF's rules: "
                f"lifecycleStatus one of {list(profile.sellable_statuses)} (theirs: {', '.join(statuses)}), "
                f"a specification with a '{profile.technology_characteristic}' characteristic, prices in "
                f"{settings.currency}",
                "BFF_PROFILE__SELLABLE_STATUSES, BFF_PROFILE__TECHNOLOGY_CHARACTERISTIC, BFF_CURRENCY",
            )
        return f"{len(catalog.offers)} offer(s), {len(catalog.add_ons)} add-on(s) on sale"

    async def sellable_there() -> str:
        catalog = await known.catalogue.get()
        try:
            technologies = (await known.qualification()).technologies
        except ChannelError as exc:
            raise Found("n/a", f"the known address does not qualify ({exc.code})", ADDRESS_SETTINGS) from exc
        offers = offers_for(catalog, technologies)
        if not offers:
            raise Found("no", f"no offer on sale matches what {where} qualifies for", ADDRESS_SETTINGS)
        return f"{len(offers)} offer(s) at {where}, e.g. {offers[0].id}"

    async def priced() -> str:
        if not allow_writes:
            raise Found("n/a", "not exercised: it writes a quote (--allow-writes)")
        catalog = await known.catalogue.get()
        qualification = await known.qualification()
        offers = offers_for(catalog, qualification.technologies)
        if not offers:
            raise Found("n/a", f"no offer sellable at {where} to price")
        configuration = configure(catalog, ConfigurationRequest(offer_id=offers[0].id))
        add_ons = [add_on.id for add_on in configuration.allowed_add_ons if add_on.mandatory]
        basket = Basket(address_id=qualification.address.id, offer_id=offers[0].id, add_on_ids=add_ons)
        quote = await price_basket(known.backends.tmf648, known.catalogue, basket, settings.currency)
        if not quote.monthly_total:
            raise Found("no", f"quote {quote.id} came back without a monthly price")
        return f"quote {quote.id} priced {quote.monthly_total} {quote.currency} a month"

    async def approvals() -> str:
        if not allow_writes:
            raise Found("n/a", "not exercised: it places a probe order, held then rejected (--allow-writes)")
        try:
            qualification = await known.qualification()
        except ChannelError as exc:
            # No order can be placed there: the order system is not what is missing.
            raise Found(
                "n/a", f"no probe order: the known address does not qualify ({exc.code})", ADDRESS_SETTINGS
            ) from exc
        return await hold_and_patch(known.backends, settings, await known.catalogue.get(), qualification)

    async def offer_qualification() -> str:
        client = known.backends.tmf679
        if client is None:
            raise Found("n/a", "not configured: the BFF's own rules decide what is sold", "BFF_TMF679_URL")
        catalog = await known.catalogue.get()
        qualification = await known.qualification()
        offers = offers_for(catalog, qualification.technologies)
        if not offers:
            raise Found("n/a", f"no offer sellable at {where} to qualify")
        qualified, refused = await qualify_offers(client, qualification.address, offers, None)
        if not qualified:
            codes = sorted({reason.code for offer in refused for reason in offer.reasons})
            raise Found("no", f"refuses every offer at {where} ({', '.join(codes)})", ADDRESS_SETTINGS)
        return f"{len(qualified)} of {len(offers)} offer(s) qualified at {where}"

    async def milestones() -> str:
        # Optional (v5 attributes on a v4 order): without them order pages show the order's states only.
        response = await known.backends.tmf622._send(
            "GET", "productOrder", params={"offset": "0", "limit": "20", "state": "inProgress,completed"}
        )
        orders = [
            order.model_dump(mode="json", by_alias=True, exclude_none=True)
            for order in known.backends.tmf622._parse_list(tmf622.ProductOrder, response)
        ]
        if not orders:
            raise Found("n/a", "no order in progress or completed to look at")
        profile = known.backends.tmf622.profile  # the attribute names this server is read by
        milestones, problems = profile.order_milestones_attribute, profile.order_error_messages_attribute
        if not any(order.get(milestones) for order in orders):
            raise Found(
                "degraded",
                f"none of {len(orders)} order(s) in progress or completed carries {milestones}: order pages "
                "show the order's states only",
                "BFF_PROFILE__ORDER_MILESTONES_ATTRIBUTE",
            )
        with_problems = sum(1 for order in orders if order.get(problems))
        return f"{milestones} on orders in progress; {problems} on {with_problems} of {len(orders)}"

    return [
        ("TMF645", "known address qualifies", qualifies),
        ("TMF620", "offers on sale", on_sale),
        ("TMF620", "offer sellable at the known address", sellable_there),
        ("TMF648", "quote comes back priced (write)", priced),
        ("TMF622", "hold and PATCH for approvals (write)", approvals),
        ("TMF622", "order milestones", milestones),
        ("TMF679", "offers qualify at the known address", offer_qualification),
    ]


def _operations(backends: Backends, settings: Settings) -> list[Probe]:
    async def qualification() -> str:
        # No side effect; an unknown address still answers a CheckServiceQualification.
        request = qualification_request(postcode="SW1A 2AA", house_number="10")
        result = await backends.tmf645.check_service_qualification(request)
        return f"answers a valid CheckServiceQualification ({result.qualification_result or 'no result'})"

    async def sub_addresses() -> str:
        found = await _first_page(backends.tmf673, tmf673.GeographicAddress, "geographicAddress")
        if not found or not found[0].id:
            raise Found("n/a", "no address to read sub-addresses of")
        await backends.tmf673.list_sub_addresses(found[0].id)
        return "answers a valid list"

    async def hub() -> str:
        # Optional: without the hub the BFF polls TMF622 for order changes, so a refusal only degrades.
        try:
            subscription = await backends.tmf622.subscribe(settings.public_url + PROBE_CALLBACK_PATH)
            await backends.tmf622.unsubscribe(subscription.id)
        except (TmfRejected, TmfServerError) as exc:
            raise Found(
                "degraded",
                f"no event hub ({_short(exc, 60)}): order pages poll TMF622 every "
                f"{settings.order_poll_seconds:g} s instead",
                "BFF_ORDER_POLL_SECONDS",
            ) from exc
        return "subscribe and unsubscribe answered"

    def listed(client: TmfClient, model: Any, path: str) -> Callable[[], Awaitable[str]]:
        return lambda: _list(client, model, path)

    def one(client: TmfClient, model: Any, path: str) -> Callable[[], Awaitable[str]]:
        return lambda: _one(client, model, path)

    return [
        ("TMF620", "GET productOffering", listed(backends.tmf620, tmf620.ProductOffering, "productOffering")),
        (
            "TMF620",
            "GET productOfferingPrice",
            listed(backends.tmf620, tmf620.ProductOfferingPrice, "productOfferingPrice"),
        ),
        (
            "TMF620",
            "GET productSpecification",
            listed(backends.tmf620, tmf620.ProductSpecification, "productSpecification"),
        ),
        (
            "TMF622",
            "GET productOrder (POST not exercised)",
            listed(backends.tmf622, tmf622.ProductOrder, "productOrder"),
        ),
        ("TMF622", "GET productOrder/{id}", one(backends.tmf622, tmf622.ProductOrder, "productOrder")),
        (
            "TMF622",
            "GET cancelProductOrder (POST not exercised)",
            listed(backends.tmf622, tmf622.CancelProductOrder, "cancelProductOrder"),
        ),
        ("TMF622", "POST+DELETE hub", hub),
        ("TMF629", "GET customer (POST not exercised)", listed(backends.tmf629, tmf629.Customer, "customer")),
        ("TMF629", "GET customer/{id}", one(backends.tmf629, tmf629.Customer, "customer")),
        (
            "TMF632",
            "GET individual (POST not exercised)",
            listed(backends.tmf632, tmf632.Individual, "individual"),
        ),
        ("TMF637", "GET product", listed(backends.tmf637, tmf637.Product, "product")),
        ("TMF645", "POST checkServiceQualification", qualification),
        (
            "TMF646",
            "GET appointment (searchTimeSlot not exercised)",
            listed(backends.tmf646, tmf646.Appointment, "appointment"),
        ),
        ("TMF648", "GET quote (POST not exercised)", listed(backends.tmf648, tmf648.Quote, "quote")),
        (
            "TMF666",
            "GET billingAccount (POST not exercised)",
            listed(backends.tmf666, tmf666.BillingAccount, "billingAccount"),
        ),
        (
            "TMF670",
            "GET paymentMethod (POST not exercised)",
            listed(backends.tmf670, tmf670.PaymentMethod, "paymentMethod"),
        ),
        (
            "TMF673",
            "GET geographicAddress",
            listed(backends.tmf673, tmf673.GeographicAddress, "geographicAddress"),
        ),
        ("TMF673", "GET geographicSubAddress", sub_addresses),
    ]


def _filter_probes(backends: Backends) -> list[Probe]:
    def probe(use: FilterUse) -> Callable[[], Awaitable[str]]:
        client: TmfClient = getattr(backends, use.api.lower())
        return lambda: _filter_honoured(client, use)

    return [(use.api, f"filter {use.path}?{'&'.join(use.filters)}", probe(use)) for use in FILTERS]


async def _identity_check(settings: Settings) -> Check:
    """Can callers' access tokens be checked: the issuer's discovery document and signing keys readable."""
    validator = TokenValidator.from_settings(settings)
    try:
        keys = await validator.key_set()
        return Check(
            "OIDC",
            "signing keys",
            "yes",
            f"{len(keys.keys)} key(s) from {settings.oidc_issuer} (aud {settings.oidc_audience})",
        )
    except IdentityProviderUnavailable:
        return Check(
            "OIDC", "signing keys", "no", f"not readable from {settings.oidc_issuer}", "BFF_OIDC_ISSUER"
        )
    finally:
        await validator.aclose()


async def diagnose(settings: Settings, *, allow_writes: bool = False) -> Report:
    report = Report()
    for api, url in settings.backend_urls().items():
        version = _version(url)
        good = version == EXPECTED_VERSION
        report.checks.append(
            Check(
                api,
                "API version",
                "yes" if good else "no",
                f"{version or 'none'} in {url}" + ("" if good else f" (expected {EXPECTED_VERSION})"),
                "" if good else f"BFF_{api}_URL",
            )
        )
    report.checks.append(await _identity_check(settings))
    auth = client_credentials_from(settings)
    if auth is None:
        report.checks.append(Check("OAuth2", "token", "n/a", "not configured: calls go without a token"))
    else:
        try:
            await auth.token()
            report.checks.append(
                Check("OAuth2", "token", "yes", f"client credentials accepted by {settings.oauth_token_url}")
            )
        except TokenUnavailable as exc:
            report.checks.append(Check("OAuth2", "token", "no", _short(exc), "BFF_OAUTH_*"))
    backends = Backends.from_settings(settings.model_copy(update={"retry_attempts": 1}), auth)
    known = _Known(backends, settings)
    probes = [
        *_operations(backends, settings),
        *_semantic(known, settings, allow_writes),
        *profile_probes(backends, settings),
        *_filter_probes(backends),
    ]
    try:
        # Every probe is independent: run them side by side so a dead backend costs one timeout, not many.
        checks = await asyncio.gather(*(_probe(api, operation, call) for api, operation, call in probes))
    finally:
        await backends.aclose()
    report.checks.extend(checks)
    report.checks.sort(key=lambda check: check.api)
    return report


def render(report: Report) -> str:
    shown = {"yes": "yes", "no": "NO", "degraded": "degraded", "n/a": "n/a"}
    rows = [("API", "CHECK", "READY", "DETAIL")] + [
        (
            check.api,
            check.operation,
            shown[check.status],
            check.detail
            + (f" (setting: {check.setting})" if check.setting and check.status != "yes" else ""),
        )
        for check in report.checks
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True)) + "  " + row[3]
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths) + "  " + "-" * 6)
    failed = len(report.failed())
    degraded = sum(1 for check in report.checks if check.status == "degraded")
    lines.append("")
    if report.ready:
        lines.append("ready: every check passed" + (f" ({degraded} degraded)" if degraded else ""))
    else:
        lines.append(f"NOT READY: {failed} check(s) failed")
    return "\n".join(lines)


def as_json(report: Report) -> str:
    return json.dumps({"ready": report.ready, "checks": [asdict(check) for check in report.checks]}, indent=2)


def main(argv: Sequence[str] | None = None, settings: Settings | None = None) -> int:
    """The doctor's command line: the table (or `--json`), exit status 1 when a check failed."""
    parser = argparse.ArgumentParser(prog="python -m bff doctor", description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print the checks as JSON")
    parser.add_argument(
        "--allow-writes",
        action="store_true",
        help="also run the probes that write (a quote priced; a probe order held, rejected, deleted)",
    )
    args = parser.parse_args(argv)
    report = asyncio.run(diagnose(settings or Settings(), allow_writes=args.allow_writes))
    print(as_json(report) if args.json else render(report), flush=True)
    return 0 if report.ready else 1


if __name__ == "__main__":
    sys.exit(main())
