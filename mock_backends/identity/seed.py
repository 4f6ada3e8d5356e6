"""Demo clients and personas, loaded at start when IDP_SEED is true; idempotent.

Clients follow the settings on every start (redirect URIs, secrets); personas are created once and kept.

Personas (all with the password IDP_DEMO_PASSWORD): customers with TMF629 ids cust-0001..., store agents
and one store manager for each of the two stores, store-rdg (Reading) and store-ldn (London), and a member
of the credit team (no store).
"""

import uuid
from dataclasses import dataclass

from mock_backends.identity.config import Settings
from mock_backends.identity.models import Client, User
from mock_backends.identity.passwords import Passwords
from mock_backends.identity.repository import IdentityRepository

STORES = {"store-rdg": "Reading", "store-ldn": "London"}


@dataclass(frozen=True)
class Persona:
    email: str
    given_name: str
    family_name: str
    role: str
    customer_id: str | None = None
    store_id: str | None = None


PERSONAS = (
    # Customers. customer_id is the id of their TMF629 Customer; the TMF seed is to give cust-0001 and
    # cust-0002 orders and products, and leave cust-0003 and cust-0004 new.
    Persona("jane.doe@example.com", "Jane", "Doe", "customer", customer_id="cust-0001"),
    Persona("sam.patel@example.com", "Sam", "Patel", "customer", customer_id="cust-0002"),
    Persona("olivia.brown@example.com", "Olivia", "Brown", "customer", customer_id="cust-0003"),
    Persona("tom.nguyen@example.com", "Tom", "Nguyen", "customer", customer_id="cust-0004"),
    # Staff
    Persona("alex.agent@lumen.example", "Alex", "Agent", "agent", store_id="store-rdg"),
    Persona("rita.agent@lumen.example", "Rita", "Agent", "agent", store_id="store-rdg"),
    Persona("bea.agent@lumen.example", "Bea", "Agent", "agent", store_id="store-ldn"),
    Persona("leo.agent@lumen.example", "Leo", "Agent", "agent", store_id="store-ldn"),
    Persona("morgan.manager@lumen.example", "Morgan", "Manager", "manager", store_id="store-rdg"),
    Persona("nico.manager@lumen.example", "Nico", "Manager", "manager", store_id="store-ldn"),
    # The credit team works every channel's credit referrals and fraud reviews: no store.
    Persona("cara.credit@lumen.example", "Cara", "Credit", "credit"),
)

USER_SCOPE = "openid profile email"
SERVICE_SCOPE = "tmf.read tmf.write"
TEST_REDIRECT_URI = "http://127.0.0.1/callback"


def clients(settings: Settings) -> list[tuple[Client, str | None]]:
    """Each demo client with its secret (None for a public client), hashed only when it is created."""
    return [
        (
            Client(
                client_id="lumen-storefront",
                name="Lumen storefront",
                # Confidential: the Reflex server keeps the tokens, the browser never sees them.
                redirect_uris=list(settings.storefront_redirect_uris),
                post_logout_redirect_uris=list(settings.storefront_post_logout_redirect_uris),
                grant_types=["authorization_code", "refresh_token"],
                scope=USER_SCOPE,
            ),
            settings.storefront_client_secret.get_secret_value(),
        ),
        (
            Client(
                client_id="lumen-bff",
                name="Lumen BFF (calls the TMF APIs)",
                grant_types=["client_credentials"],
                scope=SERVICE_SCOPE,
                audiences=[settings.service_audience],
            ),
            settings.bff_client_secret.get_secret_value(),
        ),
        (
            Client(
                client_id="lumen-test-client",
                name="Test client (token attack tests)",
                redirect_uris=[TEST_REDIRECT_URI],
                post_logout_redirect_uris=["http://127.0.0.1/signed-out"],
                grant_types=["authorization_code", "refresh_token", "client_credentials"],
                scope=f"{USER_SCOPE} {SERVICE_SCOPE}",
                audiences=[settings.service_audience, "test-api"],
            ),
            settings.test_client_secret.get_secret_value(),
        ),
        (
            Client(
                client_id="lumen-test-public",
                name="Test public client (PKCE only)",
                redirect_uris=[TEST_REDIRECT_URI],
                grant_types=["authorization_code", "refresh_token"],
                scope=USER_SCOPE,
            ),
            None,
        ),
    ]


def load(repository: IdentityRepository, settings: Settings, passwords: Passwords) -> None:
    for wanted, secret in clients(settings):
        existing = repository.client(wanted.client_id)
        if existing is not None and secret is not None and passwords.verify(existing.secret_hash, secret):
            wanted.secret_hash = existing.secret_hash  # unchanged: no new hash (each costs an Argon2 run)
        elif secret is not None:
            wanted.secret_hash = passwords.hash(secret)
        repository.save_client(wanted)
    if not settings.seed_personas:
        return
    # One hash for every persona: they share the demo password by design, and one Argon2 run keeps start fast.
    demo_hash: str | None = None
    for persona in PERSONAS:
        if repository.user_by_email(persona.email) is not None:
            continue
        demo_hash = demo_hash or passwords.hash(settings.demo_password.get_secret_value())
        repository.add_user(
            User(
                # The same `sub` in every fresh database, so demo data and logs line up across runs.
                id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"https://lumen.example/persona/{persona.email}")),
                email=persona.email,
                password_hash=demo_hash,
                given_name=persona.given_name,
                family_name=persona.family_name,
                roles=[persona.role],
                customer_id=persona.customer_id,
                store_id=persona.store_id,
            )
        )
