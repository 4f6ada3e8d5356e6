"""Issue 21, Medium 5 (secrets): `scripts/run --production` refuses demo data and the published secrets
unless a demo is asked for (STACK_DEMO=true), and takes the secrets from the environment or `*_FILE`s."""

from pathlib import Path

import pytest

from scripts.stack import Ports, Process, Production, ProductionRefused, product

STRONG = {
    "IDP_STOREFRONT_CLIENT_SECRET": "storefront-7f3c1a9e5b2d4c60",
    "IDP_BFF_CLIENT_SECRET": "bff-0a8d6e4c2b1f3579",
    "IDP_TEST_CLIENT_SECRET": "test-5e7a9c1b3d2f4680",
}


def processes(tmp_path: Path, production: Production) -> dict[str, dict[str, str]]:
    started: list[Process] = product(Ports(), tmp_path, tmp_path / "logs", production)
    return {process.name: process.env for process in started}


def test_production_without_secrets_or_demo_refuses_to_start(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="STACK_DEMO=true") as refused:
        processes(tmp_path, Production(environ={}))
    assert "IDP_BFF_CLIENT_SECRET is not set" in str(refused.value)


@pytest.mark.parametrize("name", list(STRONG))
def test_published_or_short_secrets_are_refused(tmp_path: Path, name: str) -> None:
    for weak in (
        {
            "IDP_STOREFRONT_CLIENT_SECRET": "storefront-dev-secret",
            "IDP_BFF_CLIENT_SECRET": "bff-dev-secret",
            "IDP_TEST_CLIENT_SECRET": "test-client-secret",
        }[name],
        "short",
    ):
        with pytest.raises(ProductionRefused, match=name):
            processes(tmp_path, Production(environ=STRONG | {name: weak}))


def test_secrets_from_the_environment_and_no_demo_data(tmp_path: Path) -> None:
    env = processes(tmp_path, Production(environ=STRONG))

    identity, mocks, bff, storefront = env["identity"], env["mock_backends"], env["bff"], env["storefront"]
    assert (
        identity["IDP_BFF_CLIENT_SECRET"] == bff["BFF_OAUTH_CLIENT_SECRET"] == STRONG["IDP_BFF_CLIENT_SECRET"]
    )
    assert storefront["STOREFRONT_OIDC_CLIENT_SECRET"] == STRONG["IDP_STOREFRONT_CLIENT_SECRET"]
    assert identity["IDP_STOREFRONT_CLIENT_SECRET"] == STRONG["IDP_STOREFRONT_CLIENT_SECRET"]
    assert identity["IDP_TEST_CLIENT_SECRET"] == STRONG["IDP_TEST_CLIENT_SECRET"]
    assert identity["IDP_SEED_PERSONAS"] == "false"  # no demo personas with the published password
    assert identity["IDP_MAIL_CATCHER"] == "false"
    assert mocks["MOCKS_SEED_DEMO_CUSTOMERS"] == "false"
    assert "bff-dev-secret" not in repr(env)


def test_secrets_from_files(tmp_path: Path) -> None:
    environ = {}
    for name, value in STRONG.items():
        path = tmp_path / name.lower()
        path.write_text(value + "\n")
        environ[f"{name}_FILE"] = str(path)
    env = processes(tmp_path, Production(environ=environ))
    assert env["bff"]["BFF_OAUTH_CLIENT_SECRET"] == STRONG["IDP_BFF_CLIENT_SECRET"]


def test_a_demo_asked_for_explicitly_runs_on_the_demo_data(tmp_path: Path) -> None:
    env = processes(tmp_path, Production(environ={"STACK_DEMO": "true"}, demo=True))
    assert "IDP_SEED_PERSONAS" not in env["identity"]
    assert env["bff"]["BFF_OAUTH_CLIENT_SECRET"] == "bff-dev-secret"


def test_stack_demo_variable_asks_for_the_demo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STACK_DEMO", "true")
    assert Production().demo
    monkeypatch.delenv("STACK_DEMO")
    assert not Production().demo


def test_the_production_test_run_asks_for_the_demo() -> None:
    script = (Path(__file__).parents[2] / "scripts" / "test").read_text()
    assert "STACK_DEMO=true .venv/bin/python -m pytest tests/e2e --stack-profile production" in script
