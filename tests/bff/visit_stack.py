"""The real processes the visit journeys run against (identity provider, TMF mocks on a compressed clock,
the BFF over HTTP, auth on), started for one test module."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

from scripts.stack import Process, bff_auth_env, bff_backend_env, free_port, identity_process, mocks_process
from tests.bff.test_against_mocks import Stack


@contextlib.contextmanager
def visit_stack(tmp: Path, day_seconds: float) -> Iterator[Stack]:
    """The stack, its mocks' day lasting `day_seconds` (MOCKS_DAY_SECONDS) and their steps 0.4 s."""
    mocks_port, bff_port, identity_port = free_port(), free_port(), free_port()
    tmf, bff_url = f"http://127.0.0.1:{mocks_port}/tmf-api", f"http://127.0.0.1:{bff_port}"
    identity_url = f"http://127.0.0.1:{identity_port}"
    identity = identity_process(identity_port, tmp, tmp, {"IDP_PASSWORD_HASH_PROFILE": "CHEAPEST"})
    mocks = mocks_process(
        mocks_port,
        tmp,
        tmp,
        {
            "MOCKS_ORDER_PACE": "deterministic",
            "MOCKS_ORDER_STEP_SECONDS": "0.4",
            "MOCKS_DAY_SECONDS": str(day_seconds),
            "MOCKS_AUTH_ISSUER": identity_url,
        },
    )
    env = {
        **bff_backend_env(tmf),
        **bff_auth_env(identity_url),
        "BFF_PORT": str(bff_port),
        "BFF_RETAIL_PORT": str(free_port()),
        "BFF_PUBLIC_URL": bff_url,
        "BFF_DATABASE_URL": f"sqlite:///{tmp / 'bff.db'}",
        "BFF_VISIT_DAY_SECONDS": str(day_seconds),  # the notice on the mocks' clock
    }
    bff = Process("bff", [sys.executable, "-m", "bff"], env, f"{bff_url}/health", tmp / "bff.log")
    try:
        for process in (identity, mocks, bff):
            process.start()
            process.wait_ready(60)
        yield Stack(identity, mocks, bff, tmf, bff_url, identity_url, env, tmp)
    finally:
        for process in (bff, mocks, identity):
            process.stop()
