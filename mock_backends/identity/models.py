"""Tables of the identity provider: people, OAuth clients, and the credentials issued to them.

The tables live in a metadata of their own (`IdentityModel.metadata`) so the IdP creates only its tables, even
when it shares a database with the TMF mocks. Times are seconds since the epoch (floats), like the `exp` and
`iat` of the tokens, so expiry compares the same way on SQLite and PostgreSQL. Codes, refresh tokens and
session ids are stored as SHA-256 hashes: a leaked database does not hand out live credentials.
"""

import time
import uuid
from typing import Any

from sqlalchemy import JSON, Column
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel


class IdentityModel(SQLModel, registry=registry()):
    pass


def _new_id() -> str:
    return str(uuid.uuid4())


def _json_list() -> Any:
    return Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class User(IdentityModel, table=True):
    __tablename__ = "idp_user"

    # The OIDC `sub`: stable and opaque, never the email (which a person may change).
    id: str = Field(default_factory=_new_id, primary_key=True)
    email: str = Field(unique=True, index=True)  # stored lower-case
    password_hash: str
    given_name: str
    family_name: str
    roles: list[str] = _json_list()  # "customer", "agent", "manager"
    store_id: str | None = None  # staff only
    customer_id: str | None = Field(default=None, unique=True)  # customers only: the TMF629 Customer id
    created_at: float = Field(default_factory=time.time)
    # Throttle of failed sign-ins for this account (throttle.py)
    failed_logins: int = 0
    last_failed_at: float | None = None
    locked_until: float | None = None

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}"


class IpThrottle(IdentityModel, table=True):
    """Failed sign-ins from one client address, whichever accounts they tried."""

    __tablename__ = "idp_ip_throttle"

    ip: str = Field(primary_key=True)
    failed_logins: int = 0
    last_failed_at: float | None = None
    locked_until: float | None = None


class AccountThrottle(IdentityModel, table=True):
    """Failed sign-ins for one e-mail address, whether an account has it or not: an unknown address is
    slowed down exactly like a real one, so the answers do not tell which accounts exist."""

    __tablename__ = "idp_account_throttle"

    email_hash: str = Field(primary_key=True)  # SHA-256 of the lower-cased address (not the address)
    failed_logins: int = 0
    last_failed_at: float | None = None
    locked_until: float | None = None


class RateWindow(IdentityModel, table=True):
    """How many times a key (e.g. registrations from one address) acted in the current fixed window."""

    __tablename__ = "idp_rate_window"

    key: str = Field(primary_key=True)
    window_start: float
    count: int = 0


class PendingRegistration(IdentityModel, table=True):
    """A registration waiting for its e-mail to be confirmed; the account exists only after that."""

    __tablename__ = "idp_pending_registration"

    token_hash: str = Field(primary_key=True)  # SHA-256 of the link's token
    email: str = Field(index=True)
    password_hash: str
    given_name: str
    family_name: str
    # The authorization request to continue after the confirmation (a query string), if any.
    pending: str = ""
    expires_at: float


class Mail(IdentityModel, table=True):
    """A message the provider sent; the mail catcher (IDP_MAIL_CATCHER) shows them instead of delivering."""

    __tablename__ = "idp_mail"

    id: str = Field(default_factory=_new_id, primary_key=True)
    to: str = Field(index=True)
    subject: str
    body: str
    link: str = ""  # the one link the message asks to follow
    sent_at: float = Field(default_factory=time.time, index=True)


class Client(IdentityModel, table=True):
    __tablename__ = "idp_client"

    client_id: str = Field(primary_key=True)
    name: str
    # None for a public client (no secret; PKCE alone protects its codes).
    secret_hash: str | None = None
    redirect_uris: list[str] = _json_list()
    post_logout_redirect_uris: list[str] = _json_list()
    grant_types: list[str] = _json_list()
    scope: str = ""  # the scopes it may ask for, space separated
    # Audiences its client-credentials tokens may carry; the first is the default.
    audiences: list[str] = _json_list()


class AuthorizationCode(IdentityModel, table=True):
    __tablename__ = "idp_authorization_code"

    id: str = Field(default_factory=_new_id, primary_key=True)
    code_hash: str = Field(unique=True, index=True)
    client_id: str = Field(index=True)
    user_id: str
    redirect_uri: str
    scope: str
    nonce: str | None = None
    auth_time: int
    code_challenge: str
    code_challenge_method: str
    expires_at: float
    # Single use: set when redeemed; a second attempt revokes what the first one obtained.
    used_at: float | None = None

    # What authlib's grants and extensions read (AuthorizationCodeMixin, OpenIDCode, CodeChallenge)
    def get_redirect_uri(self) -> str:
        return self.redirect_uri

    def get_scope(self) -> str:
        return self.scope

    def get_nonce(self) -> str | None:
        return self.nonce

    def get_auth_time(self) -> int:
        return self.auth_time

    def get_acr(self) -> None:
        return None

    def get_amr(self) -> list[str]:
        return ["pwd"]


class RefreshToken(IdentityModel, table=True):
    __tablename__ = "idp_refresh_token"

    id: str = Field(default_factory=_new_id, primary_key=True)
    token_hash: str = Field(unique=True, index=True)
    # Every token rotated from one sign-in shares a family: a replayed (already rotated) token revokes it all.
    family_id: str = Field(index=True)
    client_id: str = Field(index=True)
    user_id: str = Field(index=True)
    scope: str
    auth_time: int
    issued_at: float = Field(default_factory=time.time)
    expires_at: float
    revoked_at: float | None = None
    revoked_reason: str | None = None  # "rotated", "revoked", "reuse", "logout"

    # What authlib's RefreshTokenGrant and RevocationEndpoint read (TokenMixin)
    def check_client(self, client: Any) -> bool:
        return bool(self.client_id == client.get_client_id())

    def get_scope(self) -> str:
        return self.scope


class LoginSession(IdentityModel, table=True):
    """The IdP's own sign-in session (a cookie), so a second authorization does not ask again."""

    __tablename__ = "idp_session"

    id_hash: str = Field(primary_key=True)
    user_id: str = Field(index=True)
    authenticated_at: int
    expires_at: float
