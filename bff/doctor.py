"""`python -m bff doctor`: is every configured backend ready for the journeys?

Per backend: reachable, auth accepted (when OAuth2 is configured, a token is fetched first), the API version
its base URL names, and each operation a journey needs answering in the shape the spec gives (the answer is
validated against the generated tmf_models). Only reads and side-effect-free calls are made — nothing is
ordered, quoted or created — except a TMF622 hub subscription, deleted again at once. Creates are listed
as "not exercised" with the read that shows the resource exists.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from bff.config import Settings
from bff.core.auth.errors import IdentityProviderUnavailable
from bff.core.auth.tokens import TokenValidator
from bff.core.availability import qualification_request
from bff.core.backends import Backends
from bff.core.clients.base import (
    TmfAuthFailed,
    TmfClient,
    TmfError,
    TmfNotFound,
    TmfServerError,
    TmfUnavailable,
)
from bff.core.clients.oauth import TokenUnavailable, client_credentials_from
from tmf_models import tmf620, tmf622, tmf629, tmf632, tmf637, tmf648, tmf673

EXPECTED_VERSION = "v4"  # the TMF Open API major version tmf_models was generated from
PROBE_CALLBACK_PATH = "/tmf-listener/doctor-probe"


@dataclass
class Check:
    api: str
    operation: str
    ok: bool
    detail: str
    skipped: bool = False


@dataclass
class Report:
    checks: list[Check] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return all(check.ok for check in self.checks)


def _version(url: str) -> str | None:
    match = re.search(r"/(v\d+)(?:/|$)", url)
    return match.group(1) if match else None


async def _first_page(client: TmfClient, model: Any, path: str) -> list[Any]:
    # One small page is enough to judge the shape; the clients' own paging would read everything.
    response = await client._send("GET", path, params={"offset": "0", "limit": "1"})
    return client._parse_list(model, response)


async def _list(client: TmfClient, model: Any, path: str) -> str:
    items = await _first_page(client, model, path)
    return f"answers a valid list of {model.__name__} ({len(items)} read)"


async def _probe(api: str, operation: str, call: Callable[[], Awaitable[str]]) -> Check:
    started = time.perf_counter()
    try:
        detail = await call()
    except TmfUnavailable as exc:
        return Check(api, operation, False, f"not reachable: {_short(exc)}")
    except TmfAuthFailed as exc:
        return Check(api, operation, False, f"auth refused: {_short(exc)}")
    except TmfNotFound:
        return Check(api, operation, False, "404: the backend does not serve this resource")
    except TmfServerError as exc:
        return Check(api, operation, False, f"answer breaks the spec: {_short(exc)}")
    except TmfError as exc:
        return Check(api, operation, False, _short(exc))
    return Check(api, operation, True, f"{detail} in {(time.perf_counter() - started) * 1000:.0f} ms")


def _short(exc: Exception, limit: int = 140) -> str:
    text = str(exc).split(": ", 1)[-1]
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _operations(
    backends: Backends, settings: Settings
) -> list[tuple[str, str, Callable[[], Awaitable[str]]]]:
    async def qualification() -> str:
        # No side effect; an unknown address still answers a CheckServiceQualification.
        request = qualification_request(postcode="SW1A 2AA", house_number="10")
        result = await backends.tmf645.check_service_qualification(request)
        return f"answers a valid CheckServiceQualification ({result.qualification_result or 'no result'})"

    async def sub_addresses() -> str:
        found = await _first_page(backends.tmf673, tmf673.GeographicAddress, "geographicAddress")
        if not found or not found[0].id:
            return "no address to read sub-addresses of"
        await backends.tmf673.list_sub_addresses(found[0].id)
        return "answers a valid list"

    async def hub() -> str:
        subscription = await backends.tmf622.subscribe(settings.public_url + PROBE_CALLBACK_PATH)
        await backends.tmf622.unsubscribe(subscription.id)
        return "subscribe and unsubscribe answered"

    return [
        (
            "TMF620",
            "GET productOffering",
            lambda: _list(backends.tmf620, tmf620.ProductOffering, "productOffering"),
        ),
        (
            "TMF620",
            "GET productOfferingPrice",
            lambda: _list(backends.tmf620, tmf620.ProductOfferingPrice, "productOfferingPrice"),
        ),
        (
            "TMF620",
            "GET productSpecification",
            lambda: _list(backends.tmf620, tmf620.ProductSpecification, "productSpecification"),
        ),
        (
            "TMF622",
            "GET productOrder (POST not exercised)",
            lambda: _list(backends.tmf622, tmf622.ProductOrder, "productOrder"),
        ),
        (
            "TMF622",
            "GET cancelProductOrder (POST not exercised)",
            lambda: _list(backends.tmf622, tmf622.CancelProductOrder, "cancelProductOrder"),
        ),
        ("TMF622", "POST+DELETE hub", hub),
        (
            "TMF629",
            "GET customer (POST not exercised)",
            lambda: _list(backends.tmf629, tmf629.Customer, "customer"),
        ),
        (
            "TMF632",
            "GET individual (POST not exercised)",
            lambda: _list(backends.tmf632, tmf632.Individual, "individual"),
        ),
        ("TMF637", "GET product", lambda: _list(backends.tmf637, tmf637.Product, "product")),
        ("TMF645", "POST checkServiceQualification", qualification),
        ("TMF648", "GET quote (POST not exercised)", lambda: _list(backends.tmf648, tmf648.Quote, "quote")),
        (
            "TMF673",
            "GET geographicAddress",
            lambda: _list(backends.tmf673, tmf673.GeographicAddress, "geographicAddress"),
        ),
        ("TMF673", "GET geographicSubAddress", sub_addresses),
    ]


async def _identity_check(settings: Settings) -> Check:
    """Can callers' access tokens be checked: the issuer's discovery document and signing keys readable."""
    validator = TokenValidator.from_settings(settings)
    try:
        keys = await validator.key_set()
        return Check(
            "OIDC",
            "signing keys",
            True,
            f"{len(keys.keys)} key(s) from {settings.oidc_issuer} (aud {settings.oidc_audience})",
        )
    except IdentityProviderUnavailable:
        return Check("OIDC", "signing keys", False, f"not readable from {settings.oidc_issuer}")
    finally:
        await validator.aclose()


async def diagnose(settings: Settings) -> Report:
    report = Report()
    for api, url in settings.backend_urls().items():
        version = _version(url)
        report.checks.append(
            Check(
                api,
                "API version",
                version == EXPECTED_VERSION,
                f"{version or 'none'} in {url}"
                + ("" if version == EXPECTED_VERSION else f" (expected {EXPECTED_VERSION})"),
            )
        )
    report.checks.append(await _identity_check(settings))
    auth = client_credentials_from(settings)
    if auth is None:
        report.checks.append(
            Check("OAuth2", "token", True, "not configured: calls go without a token", skipped=True)
        )
    else:
        try:
            await auth.token()
            report.checks.append(
                Check("OAuth2", "token", True, f"client credentials accepted by {settings.oauth_token_url}")
            )
        except TokenUnavailable as exc:
            report.checks.append(Check("OAuth2", "token", False, _short(exc)))
    backends = Backends.from_settings(settings.model_copy(update={"retry_attempts": 1}), auth)
    try:
        # Every probe is independent: run them side by side so a dead backend costs one timeout, not many.
        probes = await asyncio.gather(
            *(_probe(api, operation, call) for api, operation, call in _operations(backends, settings))
        )
    finally:
        await backends.aclose()
    report.checks.extend(probes)
    report.checks.sort(key=lambda check: check.api)
    return report


def render(report: Report) -> str:
    rows = [("API", "CHECK", "READY", "DETAIL")] + [
        (check.api, check.operation, "n/a" if check.skipped else ("yes" if check.ok else "NO"), check.detail)
        for check in report.checks
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True)) + "  " + row[3]
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths) + "  " + "-" * 6)
    failed = sum(1 for check in report.checks if not check.ok)
    lines.append("")
    lines.append("ready: every check passed" if report.ready else f"NOT READY: {failed} check(s) failed")
    return "\n".join(lines)
