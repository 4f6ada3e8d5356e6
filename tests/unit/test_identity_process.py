"""`python -m mock_backends.identity` as a real process: IDP_* settings, its own key, real HTTP tokens."""

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def idp_process(tmp_path: Path) -> Iterator[str]:
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = os.environ | {
        "IDP_PORT": str(port),
        "IDP_DATABASE_URL": f"sqlite:///{tmp_path / 'identity.db'}",
        "IDP_KEYS_DIR": str(tmp_path / "keys"),
        "IDP_PASSWORD_HASH_PROFILE": "CHEAPEST",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "mock_backends.identity"], env=env, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if httpx.get(f"{base_url}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
            assert time.monotonic() < deadline, "identity provider did not start"
            time.sleep(0.1)
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_process_serves_discovery_and_client_credentials(idp_process: str, tmp_path: Path) -> None:
    metadata = httpx.get(f"{idp_process}/.well-known/openid-configuration").json()
    assert metadata["issuer"] == idp_process
    answer = httpx.post(
        metadata["token_endpoint"],
        data={"grant_type": "client_credentials"},
        auth=("lumen-bff", "bff-dev-secret"),
    )
    assert answer.status_code == 200, answer.text
    [key_file] = (tmp_path / "keys").glob("*.jwk.json")
    assert httpx.get(metadata["jwks_uri"]).json()["keys"][0]["kid"] == key_file.name.removesuffix(".jwk.json")
