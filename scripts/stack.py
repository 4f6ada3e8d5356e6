"""The whole product as processes: TMF mock servers, the web BFF, the Reflex storefront.

Used by `scripts/run` (the product on its default ports) and by the end-to-end tests (free ports, a scratch
database). Each process gets its configuration through environment variables, exactly as an operator would
start it, in its own process group so `stop()` also ends grandchildren (granian workers, bun).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from bff.config import Settings as BffSettings

ROOT = Path(__file__).resolve().parents[1]
BUN = ROOT / ".tools" / "node_modules" / "@oven" / "bun-linux-x64" / "bin" / "bun"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Process:
    name: str
    command: list[str]
    env: dict[str, str]
    health_url: str
    log_path: Path
    cwd: Path = ROOT  # where it runs: a Reflex app reads its rxconfig.py from there
    popen: subprocess.Popen[bytes] | None = field(default=None, init=False)

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = self.log_path.open("wb")
        self.popen = subprocess.Popen(
            self.command,
            cwd=self.cwd,
            env={**os.environ, **self.env},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, killed as one
        )

    def wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.popen is not None and self.popen.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.popen.returncode}:\n{self.tail()}")
            try:
                if httpx.get(self.health_url, timeout=2).status_code < 500:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.25)
        raise TimeoutError(f"{self.name} not ready at {self.health_url} after {timeout:.0f}s:\n{self.tail()}")

    def tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except FileNotFoundError:
            return "(no log)"

    def stop(self) -> None:
        if self.popen is None or self.popen.poll() is not None:
            return
        for sig, grace in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
            try:
                os.killpg(self.popen.pid, sig)
            except ProcessLookupError:
                return
            try:
                self.popen.wait(grace)
                return
            except subprocess.TimeoutExpired:
                continue


def reflex_env() -> dict[str, str]:
    """What every `reflex` command needs here: bun from npm, project-local caches, no telemetry."""
    home = ROOT / ".reflex-home"
    return {
        "REFLEX_BUN_PATH": str(BUN),
        "REFLEX_DIR": str(home),
        "BUN_INSTALL_CACHE_DIR": str(home / "bun-cache"),
        "BUN_RUNTIME_TRANSPILER_CACHE_PATH": str(home / "transpiler-cache"),
        "REFLEX_TELEMETRY_ENABLED": "false",
        "REFLEX_CHECK_LATEST_VERSION": "false",
        "REFLEX_USE_GRANIAN": "1",
    }


@dataclass(frozen=True)
class Ports:
    storefront: int = 3000
    bff: int = 8500
    mocks: int = 8600
    identity: int = 8700
    retail_bff: int = 8501

    @classmethod
    def free(cls) -> Ports:
        return cls(
            storefront=free_port(),
            bff=free_port(),
            mocks=free_port(),
            identity=free_port(),
            retail_bff=free_port(),
        )


@dataclass(frozen=True)
class Urls:
    storefront: str
    bff: str
    tmf: str  # base of the TMF APIs, e.g. http://127.0.0.1:8600/tmf-api
    identity: str = ""  # the OpenID Connect issuer
    retail_bff: str = ""  # the retail channel BFF (same process as the web one)

    @classmethod
    def local(cls, ports: Ports) -> Urls:
        return cls(
            storefront=f"http://127.0.0.1:{ports.storefront}",
            bff=f"http://127.0.0.1:{ports.bff}",
            tmf=f"http://127.0.0.1:{ports.mocks}/tmf-api",
            identity=f"http://127.0.0.1:{ports.identity}",
            retail_bff=f"http://127.0.0.1:{ports.retail_bff}",
        )


# Official v4 base path of each TMF API the BFF may call, relative to the TMF server's /tmf-api.
TMF_BASE_PATHS = {
    "620": "productCatalogManagement/v4",
    "622": "productOrderingManagement/v4",
    "629": "customerManagement/v4",
    "632": "party/v4",
    "637": "productInventory/v4",
    "645": "serviceQualificationManagement/v4",
    "646": "appointment/v4",
    "648": "quoteManagement/v4",
    "666": "accountManagement/v4",
    "670": "paymentMethod/v4",
    "673": "geographicAddressManagement/v4",
}


def bff_backend_env(tmf: str) -> dict[str, str]:
    return {f"BFF_TMF{api}_URL": f"{tmf}/{path}" for api, path in TMF_BASE_PATHS.items()}


# The identity provider's seeded client of the BFF (mock_backends/identity/seed.py) and of test tooling.
BFF_CLIENT = ("lumen-bff", "bff-dev-secret")
TEST_CLIENT = ("lumen-test-client", "test-client-secret")
TMF_AUDIENCE = "tmf-api"
# The mocks' day for orders with an engineer visit, in real seconds (MOCKS_DAY_SECONDS): the earliest new
# line installation (3 days' notice, the slot ending up to ~4.75 days ahead) then ends within ~7-12 s, and
# with the activations after it (MOCKS_ORDER_STEP_SECONDS apiece) the order completes in about 20 s.
DEMO_DAY_SECONDS = "2.5"


def bff_auth_env(identity: str) -> dict[str, str]:
    """Access tokens checked against `identity`; TMF calls with the BFF's client-credentials token."""
    client_id, secret = BFF_CLIENT
    return {
        "BFF_OIDC_ISSUER": identity,
        "BFF_OAUTH_TOKEN_URL": f"{identity}/token",
        "BFF_OAUTH_CLIENT_ID": client_id,
        "BFF_OAUTH_CLIENT_SECRET": secret,
        "BFF_OAUTH_AUDIENCE": TMF_AUDIENCE,
    }


def person_token(identity: str, email: str, password: str | None = None) -> str:
    """A person's access token for the BFF (`aud` lumen-bff), by the authorization code + PKCE flow of the
    test client, as a browser would sign in; the demo personas share the demo password."""
    import asyncio

    from mock_backends.identity.testing import DEMO_PASSWORD, user_tokens

    async def sign_in() -> str:
        async with httpx.AsyncClient(base_url=identity, timeout=10) as client:
            return str((await user_tokens(client, email, password or DEMO_PASSWORD))["access_token"])

    return asyncio.run(sign_in())


def register(identity: str, given_name: str, family_name: str, email: str, password: str) -> None:
    """A new customer account (the provider's self-registration form, then the link of its confirmation
    mail from the mail catcher), for tests that need a fresh one."""
    import re

    with httpx.Client(base_url=identity, timeout=10) as client:
        page = client.get("/register")
        csrf = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
        assert csrf, page.text[:300]
        answer = client.post(
            "/register",
            data={
                "given_name": given_name,
                "family_name": family_name,
                "email": email,
                "password": password,
                "csrf_token": csrf.group(1),
            },
        )
        # The form comes back with its errors (role="alert" and per field) when the provider refuses it.
        problems = re.findall(r'(?:role="alert"[^>]*|class="field-error"[^>]*)>([^<]+)<', answer.text)
        assert answer.status_code == 200 and not problems, (answer.status_code, problems)
        # The account exists once its e-mail is confirmed: follow the link the mail catcher shows.
        mails = client.get("/mail.json", params={"to": email.strip().lower()}).json()
        links = [mail["link"] for mail in mails if "/verify-email?" in mail["link"]]
        assert links, f"no confirmation mail to {email} (is IDP_MAIL_CATCHER on?)"
        confirmed = client.get(links[0])
        assert confirmed.status_code in (200, 303), (confirmed.status_code, confirmed.text[:300])


def service_token(identity: str, client: tuple[str, str] = TEST_CLIENT) -> str:
    """A client-credentials access token for the TMF APIs (tests and scripts that call them directly)."""
    answer = httpx.post(
        f"{identity}/token",
        data={"grant_type": "client_credentials", "audience": TMF_AUDIENCE},
        auth=client,
        timeout=10,
    )
    answer.raise_for_status()
    return str(answer.json()["access_token"])


# The OAuth client secrets production needs, by the identity provider's variable, with the published
# default each must not be (mock_backends/identity/config.py) and who else must hold the same value.
CLIENT_SECRETS = {
    "IDP_STOREFRONT_CLIENT_SECRET": ("storefront-dev-secret", "STOREFRONT_OIDC_CLIENT_SECRET"),
    "IDP_BFF_CLIENT_SECRET": (BFF_CLIENT[1], "BFF_OAUTH_CLIENT_SECRET"),
    "IDP_TEST_CLIENT_SECRET": (TEST_CLIENT[1], ""),
}
MIN_SECRET_LENGTH = 16
DEMO_VARIABLE = "STACK_DEMO"


class ProductionRefused(SystemExit):
    """Production asked for without its secrets, or with demo ones, and no demo asked for."""


def demo_asked(environ: Mapping[str, str] | None = None) -> bool:
    """STACK_DEMO=true: a demo, knowingly, with the demo personas and the published secrets."""
    value = (os.environ if environ is None else environ).get(DEMO_VARIABLE, "")
    return value.strip().lower() in ("1", "true", "yes", "on")


def secret_from(name: str, environ: Mapping[str, str]) -> str:
    """`name` from the environment, or from the file `<name>_FILE` names (Docker and systemd credentials)."""
    if path := environ.get(f"{name}_FILE"):
        try:
            return Path(path).read_text(encoding="utf-8").strip()
        except OSError as error:
            raise ProductionRefused(f"{name}_FILE={path}: {error.strerror}") from error
    return environ.get(name, "").strip()


def production_secrets(environ: Mapping[str, str]) -> dict[str, str]:
    """The client secrets as each process wants them; refuses missing, short or published ones."""
    values: dict[str, str] = {}
    problems: list[str] = []
    for name, (default, also) in CLIENT_SECRETS.items():
        value = secret_from(name, environ)
        if not value:
            problems.append(f"{name} is not set")
        elif value == default or len(value) < MIN_SECRET_LENGTH:
            problems.append(f"{name} is the published default or shorter than {MIN_SECRET_LENGTH} characters")
        values[name] = value
        if also:
            values[also] = value
    if problems:
        raise ProductionRefused(
            "Production refuses to start with demo data or default secrets: "
            + "; ".join(problems)
            + ". Give each secret as the variable or as <NAME>_FILE naming a file that holds it "
            "(e.g. IDP_BFF_CLIENT_SECRET_FILE=/run/secrets/bff), "
            f"or set {DEMO_VARIABLE}=true to run the demo (demo personas with the published password, the "
            "repository's client secrets). See SECURITY.md."
        )
    return values


@dataclass(frozen=True)
class Production:
    """Production settings: data in PostgreSQL, Reflex state in Redis, several storefront and BFF workers.

    Without `demo` (STACK_DEMO=true) no demo data is loaded (no personas, no demo customers, no mail
    catcher) and the OAuth client secrets must come from the environment or files (`production_secrets`).
    """

    database_url: str = "postgresql+psycopg://127.0.0.1:5432/test"
    redis_url: str = "redis://127.0.0.1:6379/0"
    storefront_workers: int = 2
    bff_workers: int = 2
    demo: bool = field(default_factory=demo_asked)
    environ: Mapping[str, str] = field(default_factory=lambda: dict(os.environ), repr=False)

    def secrets(self) -> dict[str, str]:
        return {} if self.demo else production_secrets(self.environ)

    def _no_demo(self, variables: dict[str, str]) -> dict[str, str]:
        return {} if self.demo else variables

    def mocks_env(self) -> dict[str, str]:
        return {"MOCKS_DATABASE_URL": self.database_url} | self._no_demo(
            {"MOCKS_SEED_DEMO_CUSTOMERS": "false"}
        )

    def identity_env(self) -> dict[str, str]:
        no_demo = {"IDP_SEED_PERSONAS": "false", "IDP_MAIL_CATCHER": "false"}
        secrets = self.secrets()
        return (
            {"IDP_DATABASE_URL": self.database_url}
            | self._no_demo(no_demo)
            | {name: value for name, value in secrets.items() if name.startswith("IDP_")}
        )

    def bff_env(self) -> dict[str, str]:
        secret = self.secrets().get("BFF_OAUTH_CLIENT_SECRET")
        return {"BFF_DATABASE_URL": self.database_url, "BFF_WORKERS": str(self.bff_workers)} | (
            {"BFF_OAUTH_CLIENT_SECRET": secret} if secret else {}
        )

    def storefront_env(self) -> dict[str, str]:
        secret = self.secrets().get("STOREFRONT_OIDC_CLIENT_SECRET")
        return {"REFLEX_REDIS_URL": self.redis_url, "GRANIAN_WORKERS": str(self.storefront_workers)} | (
            {"STOREFRONT_OIDC_CLIENT_SECRET": secret} if secret else {}
        )


def identity_process(port: int, data_dir: Path, log_dir: Path, env: dict[str, str] | None = None) -> Process:
    """The identity provider on `port`, its accounts and signing keys in `data_dir`; `env` adds settings."""
    return Process(
        "identity",
        [sys.executable, "-m", "mock_backends.identity"],
        {
            "IDP_PORT": str(port),
            "IDP_DATABASE_URL": f"sqlite:///{data_dir / 'identity.db'}",
            "IDP_KEYS_DIR": str(data_dir / "identity-keys"),
            **(env or {}),
        },
        f"http://127.0.0.1:{port}/health",
        log_dir / "identity.log",
    )


def mocks_process(port: int, data_dir: Path, log_dir: Path, env: dict[str, str] | None = None) -> Process:
    """The TMF mock servers on `port`, their data in `data_dir`; `env` adds settings (issuer, pace, …)."""
    return Process(
        "mock_backends",
        [sys.executable, "-m", "mock_backends"],
        {
            "MOCKS_PORT": str(port),
            "MOCKS_DATABASE_URL": f"sqlite:///{data_dir / 'mock_backends.db'}",
            **(env or {}),
        },
        f"http://127.0.0.1:{port}/health",
        log_dir / "mock_backends.log",
    )


def product(
    ports: Ports,
    data_dir: Path,
    log_dir: Path,
    production: Production | None = None,
    extra_env: dict[str, str] | None = None,
    web_dir: Path | None = None,
) -> list[Process]:
    """The three processes in start order, wired to each other through their settings.

    Without `production` everything runs on embedded defaults: SQLite in `data_dir`, Reflex state on disk.
    The storefront compiles its pages into `.web/`, or into `web_dir` (REFLEX_WEB_WORKDIR): a stack started
    next to a running one (a benchmark beside the demo) then leaves the other's pages in place while it
    builds; Reflex sets a new folder up from the project's package cache (hard links, no measurable cost).
    """
    urls = Urls.local(ports)
    python = sys.executable
    extra = extra_env or {}
    if production is not None:
        production.secrets()  # refuses here, before anything starts, when production has no secrets
    # The order manager holds exactly the discounts above the agents' limit (docs: "Retail BFF API").
    discount_limit = extra.get("BFF_RETAIL_AGENT_DISCOUNT_LIMIT_PERCENT") or str(
        BffSettings().retail_agent_discount_limit_percent
    )
    mocks_env = {
        "MOCKS_ORDER_APPROVAL_DISCOUNT_PERCENT": discount_limit,
        "MOCKS_AUTH_ISSUER": urls.identity,
        "MOCKS_DAY_SECONDS": DEMO_DAY_SECONDS,
        **(production.mocks_env() if production else {}),
    }
    return [
        identity_process(
            ports.identity, data_dir, log_dir, {**(production.identity_env() if production else {}), **extra}
        ),
        mocks_process(ports.mocks, data_dir, log_dir, {**mocks_env, **extra}),
        Process(
            "bff",
            [python, "-m", "bff"],
            {
                "BFF_PORT": str(ports.bff),
                "BFF_RETAIL_PORT": str(ports.retail_bff),
                "BFF_RETAIL_AGENT_DISCOUNT_LIMIT_PERCENT": discount_limit,
                # The visit change notice runs on the order manager's (compressed) clock.
                "BFF_VISIT_DAY_SECONDS": DEMO_DAY_SECONDS,
                "BFF_DATABASE_URL": f"sqlite:///{data_dir / 'bff.db'}",
                **bff_backend_env(urls.tmf),
                **bff_auth_env(urls.identity),
                **(production.bff_env() if production else {}),
                **extra,
            },
            f"{urls.bff}/health",
            log_dir / "bff.log",
        ),
        Process(
            "storefront",
            [
                str(Path(python).parent / "reflex"),
                "run",
                *("--env", "prod", "--single-port", "--loglevel", "warning"),
                *("--frontend-port", str(ports.storefront), "--backend-port", str(ports.storefront)),
                *("--backend-host", "127.0.0.1"),
            ],
            {
                **reflex_env(),
                # Each stack its own session states: `reflex run` empties the folder it is given at start,
                # which from a shared `.states/` were those of a stack already running from this checkout.
                "REFLEX_STATES_WORKDIR": str(data_dir / "reflex-states"),
                **({"REFLEX_WEB_WORKDIR": str(web_dir)} if web_dir else {}),
                "STOREFRONT_BFF_URL": urls.bff,
                "STOREFRONT_RETAIL_BFF_URL": urls.retail_bff,
                "STOREFRONT_PUBLIC_URL": urls.storefront,
                "STOREFRONT_OIDC_ISSUER": urls.identity,
                **(production.storefront_env() if production else {}),
                **extra,
            },
            urls.storefront,
            log_dir / "storefront.log",
        ),
    ]


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main() -> None:
    """Run the whole product on its default ports until Ctrl-C (what `scripts/run` does).

    `--production` keeps the data in PostgreSQL and the storefront's state in Redis, with several storefront
    workers; STACK_DATABASE_URL and STACK_REDIS_URL override where they are. It loads no demo data and needs
    the OAuth client secrets IDP_STOREFRONT_CLIENT_SECRET, IDP_BFF_CLIENT_SECRET and IDP_TEST_CLIENT_SECRET
    (or each as <NAME>_FILE, a file holding it), unless STACK_DEMO=true asks for the demo (SECURITY.md).
    """
    # `docker stop`, systemd and CI stop with SIGTERM, and a shell's background job ignores SIGINT: either
    # way the processes below must be stopped, not left running without their parent.
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGINT, _interrupt)
    parser = argparse.ArgumentParser(prog="scripts/run", description=main.__doc__)
    parser.add_argument("--production", action="store_true", help="PostgreSQL + Redis + several workers")
    args = parser.parse_args()
    production = None
    if args.production:
        production = Production(
            database_url=os.environ.get("STACK_DATABASE_URL", Production.database_url),
            redis_url=os.environ.get("STACK_REDIS_URL", Production.redis_url),
        )
    data_dir = ROOT / ".data"
    data_dir.mkdir(exist_ok=True)
    ports = Ports()
    urls = Urls.local(ports)
    try:
        processes = product(ports, data_dir, data_dir / "logs", production)
    except ProductionRefused as refused:
        print(refused, file=sys.stderr)
        raise SystemExit(2) from None
    if production is not None and production.demo:
        print(f"{DEMO_VARIABLE}=true: demo personas and the repository's published secrets.", flush=True)
    try:
        for process in processes:
            print(f"starting {process.name} (log: {process.log_path.relative_to(ROOT)})", flush=True)
            process.start()
            process.wait_ready(600.0)
        print(
            f"\nThe storefront is ready: open http://localhost:{ports.storefront}\n"
            f"  web BFF   {urls.bff}/docs\n  retail    {urls.retail_bff}/docs\n"
            f"  TMF APIs  {urls.tmf}/...\n  sign-in   {urls.identity}\n"
            "Ctrl-C stops everything.",
            flush=True,
        )
        while all(process.popen is not None and process.popen.poll() is None for process in processes):
            time.sleep(1)
        stopped = next(process for process in processes if process.popen and process.popen.poll() is not None)
        print(f"{stopped.name} stopped unexpectedly:\n{stopped.tail()}", file=sys.stderr)
        raise SystemExit(1)
    except KeyboardInterrupt:
        print("\nstopping…", flush=True)
    finally:
        for process in reversed(processes):
            process.stop()


@contextlib.contextmanager
def scratch_database(server_url: str = Production.database_url) -> Iterator[str]:
    """A new, empty PostgreSQL database on `server_url`'s server for one test session, dropped afterwards."""
    import psycopg  # only the production profile needs the driver loaded

    name = f"e2e_{uuid.uuid4().hex[:12]}"
    admin = server_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield server_url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
