"""What the two BFF fuzz suites share (test_bff_web_fuzz.py, test_bff_retail_fuzz.py).

The TMF mock servers and the identity provider run as real processes (auth on end to end, orders stay as
written: `MOCKS_ORDER_PACE=off`); the channel app under test is built in process and driven over ASGI by
schemathesis from its own `/openapi.json`. Each generated request is sent as every kind of caller (no token,
and real access tokens of seeded personas signed in through the provider) and checked for:

- no server error, a status the operation documents, a body and content type matching the declared response;
- invalid data (schemathesis' negative mode) answered with a 4xx (`negative_data_rejection`);
- "a bad request changes nothing": every refused (4xx) request to an operation that writes leaves the count
  of TMF622 orders and cancellations, TMF629 customers, TMF632 individuals, TMF648 quotes and the BFF's leads
  and staff notes exactly as they were before it (`Census`).
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from bff.config import Settings
from scripts.stack import (
    TMF_BASE_PATHS,
    bff_auth_env,
    bff_backend_env,
    free_port,
    identity_process,
    mocks_process,
    person_token,
    service_token,
)
from tests.contract.conftest import Tally

MAX_EXAMPLES = 5  # per operation and caller: both files stay within 3 minutes on 2 cores
HYPOTHESIS = settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
    database=None,
    phases=[phase for phase in settings.default.phases if phase.name != "shrink"],
)
CHECKS: list[Callable] = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]
WRITES = {"POST", "PUT", "PATCH", "DELETE"}


@dataclass
class Backends:
    """The identity provider and the TMF mock servers, running; what a channel app needs to reach them."""

    identity_url: str
    tmf: str
    tmp: Path

    def settings(self) -> Settings:
        env = {**bff_backend_env(self.tmf), **bff_auth_env(self.identity_url)}
        fields = {name.removeprefix("BFF_").lower(): value for name, value in env.items()}
        return Settings(
            **fields,
            database_url=f"sqlite:///{self.bff_database}",
            order_events=False,  # the hub could not reach an in-process app
            retry_wait_initial_seconds=0.01,
        )

    @property
    def bff_database(self) -> Path:
        return self.tmp / "bff.db"

    def bearer(self, email: str) -> dict[str, str]:
        """A seeded persona signed in through the provider (demo password): their Authorization header."""
        return {"Authorization": f"Bearer {person_token(self.identity_url, email)}"}


@contextmanager
def running_backends(tmp: Path) -> Iterator[Backends]:
    mocks_port, identity_port = free_port(), free_port()
    identity_url = f"http://127.0.0.1:{identity_port}"
    identity = identity_process(identity_port, tmp, tmp, {"IDP_PASSWORD_HASH_PROFILE": "CHEAPEST"})
    mocks = mocks_process(
        mocks_port, tmp, tmp, {"MOCKS_ORDER_PACE": "off", "MOCKS_AUTH_ISSUER": identity_url}
    )
    try:
        identity.start()
        identity.wait_ready(60)
        mocks.start()
        mocks.wait_ready(60)
        yield Backends(identity_url, f"http://127.0.0.1:{mocks_port}/tmf-api", tmp)
    finally:
        mocks.stop()
        identity.stop()


COUNTED = {
    "TMF622 productOrder": ("622", "productOrder"),
    "TMF622 cancelProductOrder": ("622", "cancelProductOrder"),
    "TMF629 customer": ("629", "customer"),
    "TMF632 individual": ("632", "individual"),
    "TMF648 quote": ("648", "quote"),
}
BFF_TABLES = ("bff_lead", "bff_customer_note")


@dataclass
class Census:
    """Counts what a request could have created: in the TMF servers (X-Total-Count) and the BFF's database."""

    backends: Backends
    http: httpx.Client

    @classmethod
    @contextmanager
    def of(cls, backends: Backends) -> Iterator[Census]:
        headers = {"Authorization": f"Bearer {service_token(backends.identity_url)}"}
        with httpx.Client(base_url=backends.tmf, headers=headers, timeout=10) as http:
            yield cls(backends, http)

    def take(self) -> dict[str, int]:
        counts = {}
        for name, (api, resource) in COUNTED.items():
            answer = self.http.get(f"{TMF_BASE_PATHS[api]}/{resource}", params={"limit": 1, "fields": "id"})
            answer.raise_for_status()
            counts[name] = int(answer.headers["X-Total-Count"])
        with sqlite3.connect(self.backends.bff_database) as db:
            for table in BFF_TABLES:
                counts[table] = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return counts


@dataclass
class Fuzz:
    """One channel app under fuzzing: its schema (read from its own /openapi.json), callers, known data."""

    app: FastAPI
    schema: schemathesis.BaseSchema
    callers: dict[str, dict[str, str]]  # caller name -> headers
    census: Census
    known_path_parameters: dict[str, str]  # parameter name -> an id that exists
    bodies: dict[str, dict]  # operation label -> a valid body

    def operation(self, label: str) -> schemathesis.APIOperation:
        method, path = label.split(" ", 1)
        return self.schema[path][method]

    def run(self, label: str, caller: str, tally: Tally, channel: str) -> None:
        """MAX_EXAMPLES requests to one operation as one caller: valid, invalid, and against known data."""
        operation = self.operation(label)
        # The caller's Authorization is fixed, not generated: negative cases leave it as it is.
        caller_headers = self.callers[caller]
        fixed = caller_headers or None
        positive, negative = schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE
        strategies = [operation.as_strategy(mode, headers=fixed) for mode in (positive, negative)]
        wanted = {parameter.name for parameter in operation.path_parameters}
        known = {name: value for name, value in self.known_path_parameters.items() if name in wanted}
        if known:  # random ids are (rightly) refused: also send data to resources that exist
            strategies.append(operation.as_strategy(positive, path_parameters=known, headers=fixed))
        if label in self.bodies:
            # One key per operation and caller: the first example does it, the others are replays.
            keyed = any(parameter.name == "Idempotency-Key" for parameter in operation.headers)
            key = {"Idempotency-Key": uuid.uuid5(uuid.NAMESPACE_URL, label + caller).hex} if keyed else {}
            strategies.append(
                operation.as_strategy(
                    positive,
                    body=self.bodies[label],
                    path_parameters=known or None,
                    headers={**caller_headers, **key} or None,
                )
            )

        @given(case=st.one_of(strategies))
        @HYPOTHESIS
        def send(case: schemathesis.Case) -> None:
            before = self.census.take() if operation.method.upper() in WRITES else None
            started = time.perf_counter()
            response = case.call(app=self.app)
            tally.record(f"{channel} as {caller}", time.perf_counter() - started, response.status_code)
            case.validate_response(response, checks=CHECKS)
            if before is not None and 400 <= response.status_code < 500:
                after = self.census.take()
                assert after == before, (
                    f"a refused request ({response.status_code} {response.text[:200]}) changed the backends: "
                    f"{before} -> {after}\n{case.as_curl_command()}"
                )

        send()
