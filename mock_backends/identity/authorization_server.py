"""authlib's framework-agnostic AuthorizationServer, adapted to FastAPI/Starlette.

authlib is synchronous and reads the request body as a mapping; Starlette reads bodies asynchronously. So an
async dependency (`read_http_request`) reads the whole request first into an `HttpRequest` snapshot, and the
(sync, thread-pooled) route hands that snapshot to the server, which turns it into authlib's OAuth2Request.

The server is built per request around that request's database session (`build_server`): authlib calls
`query_client` and the grants' storage hooks without passing a session, and a per-request server keeps them
inside the one transaction the session dependency commits or rolls back.
"""

import json
import logging
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from authlib.oauth2 import AuthorizationServer, OAuth2Request
from authlib.oauth2.rfc6749 import ClientMixin, JsonPayload, JsonRequest, OAuth2Payload
from authlib.oauth2.rfc6749.util import scope_to_list
from fastapi import Request
from starlette.datastructures import Headers
from starlette.responses import Response

from mock_backends.identity.config import Settings
from mock_backends.identity.models import Client, RefreshToken, User
from mock_backends.identity.passwords import Passwords
from mock_backends.identity.repository import IdentityRepository, new_secret
from mock_backends.identity.tokens import TokenIssuer

log = logging.getLogger(__name__)

SCOPES_SUPPORTED = ["openid", "profile", "email", "tmf.read", "tmf.write"]
_FORM_TYPE = "application/x-www-form-urlencoded"
_LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


@dataclass(frozen=True)
class HttpRequest:
    """Everything authlib may read of one HTTP request, body included, read before authlib runs."""

    method: str
    path: str
    headers: Headers
    query: list[tuple[str, str]]
    form: list[tuple[str, str]]
    cookies: dict[str, str]
    client_ip: str
    json: Any = None

    def form_value(self, name: str) -> str:
        return next((value for key, value in self.form if key == name), "")

    def query_value(self, name: str) -> str:
        return next((value for key, value in self.query if key == name), "")


async def read_http_request(request: Request) -> HttpRequest:
    """The FastAPI dependency that reads the body asynchronously (on the event loop)."""
    form: list[tuple[str, str]] = []
    body_json: Any = None
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if request.method == "POST" and content_type == _FORM_TYPE:
        data = await request.form()
        form = [(key, value) for key, value in data.multi_items() if isinstance(value, str)]
    elif request.method == "POST" and content_type == "application/json":
        body_json = json.loads(await request.body() or b"null")
    return HttpRequest(
        method=request.method,
        path=request.url.path,
        headers=request.headers,
        query=list(request.query_params.multi_items()),
        form=form,
        cookies=dict(request.cookies),
        client_ip=request.client.host if request.client else "unknown",
        json=body_json,
    )


class _Payload(OAuth2Payload):
    """Query and form parameters together, first value first (like Flask's `request.values`)."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self._data: dict[str, str] = {}
        self._datalist: defaultdict[str, list[str]] = defaultdict(list)
        for key, value in pairs:
            self._data.setdefault(key, value)
            self._datalist[key].append(value)

    @property
    def data(self) -> dict[str, str]:
        return self._data

    @property
    def datalist(self) -> defaultdict[str, list[str]]:
        return self._datalist


class StarletteOAuth2Request(OAuth2Request):
    def __init__(self, http: HttpRequest, uri: str) -> None:
        # authlib refuses plain-http URIs other than loopback (InsecureTransportError): the URI given is the
        # public one (issuer + path), so the check is about how clients reach the provider.
        super().__init__(method=http.method, uri=uri, headers=http.headers)
        self.http = http
        self._args = dict(reversed(http.query))  # first value wins
        self._form = dict(reversed(http.form))
        self.payload = _Payload(http.query + http.form)

    @property
    def args(self) -> dict[str, str]:
        return self._args

    @property
    def form(self) -> dict[str, str]:
        return self._form


class _StarletteJsonPayload(JsonPayload):
    def __init__(self, body: Any) -> None:
        self._body = body

    @property
    def data(self) -> Any:
        return self._body


@dataclass(frozen=True)
class Authenticated:
    """The person an authorization is granted for, and when they proved who they are (OIDC auth_time)."""

    user: User
    auth_time: int


class OAuthClient(ClientMixin):
    """authlib's view of a registered client (models.Client) plus the dev rule for loopback redirects."""

    def __init__(self, row: Client, passwords: Passwords, allow_loopback_redirects: bool) -> None:
        self.row = row
        self._passwords = passwords
        self._allow_loopback = allow_loopback_redirects

    @property
    def is_public(self) -> bool:
        return self.row.secret_hash is None

    @property
    def client_metadata(self) -> dict[str, Any]:
        # Read by authlib's EndSessionEndpoint
        return {"post_logout_redirect_uris": list(self.row.post_logout_redirect_uris)}

    @property
    def scope(self) -> str:
        return self.row.scope

    @property
    def audiences(self) -> list[str]:
        return list(self.row.audiences)

    def get_client_id(self) -> str:
        return self.row.client_id

    def get_default_redirect_uri(self) -> str | None:
        # RFC 6749 §3.1.2.3: only a client with exactly one registered URI may leave redirect_uri out.
        uris = self.row.redirect_uris
        return uris[0] if len(uris) == 1 else None

    def get_allowed_scope(self, scope: str | None) -> str:
        if not scope:
            return ""
        allowed = set(scope_to_list(self.row.scope))
        return " ".join(s for s in scope_to_list(scope) if s in allowed)

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        if redirect_uri in self.row.redirect_uris:
            return True
        return self._allow_loopback and any(
            _same_but_loopback_port(redirect_uri, registered) for registered in self.row.redirect_uris
        )

    def check_client_secret(self, client_secret: str) -> bool:
        return self.row.secret_hash is not None and self._passwords.verify(
            self.row.secret_hash, client_secret
        )

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        if self.is_public:
            return method == "none"
        return method in ("client_secret_basic", "client_secret_post")

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code" and "authorization_code" in self.row.grant_types

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type in self.row.grant_types


def _same_but_loopback_port(candidate: str, registered: str) -> bool:
    """RFC 8252 §7.3: on a loopback host only the port may differ from the registered URI."""
    try:
        a, b = urlsplit(candidate), urlsplit(registered)
        _ = a.port, b.port  # read only to refuse a malformed port (urllib raises ValueError)
    except ValueError:
        return False
    return (
        a.scheme == b.scheme == "http"
        and a.hostname in _LOOPBACK_HOSTS
        and b.hostname in _LOOPBACK_HOSTS
        and a.hostname == b.hostname
        and (a.path or "/") == (b.path or "/")
        and a.query == b.query
        and not a.fragment
        and not a.username
        and not a.password
    )


class IdentityAuthorizationServer(AuthorizationServer):
    def __init__(
        self,
        repository: IdentityRepository,
        settings: Settings,
        tokens: TokenIssuer,
        passwords: Passwords,
    ) -> None:
        super().__init__(scopes_supported=SCOPES_SUPPORTED)
        self.repository = repository
        self.settings = settings
        self.tokens = tokens
        self.passwords = passwords

    # What authlib asks of every framework integration

    def create_oauth2_request(self, request: HttpRequest | OAuth2Request) -> OAuth2Request:
        if isinstance(request, OAuth2Request):
            return request
        return StarletteOAuth2Request(request, self._public_uri(request))

    def create_json_request(self, request: HttpRequest) -> JsonRequest:
        json_request = JsonRequest(request.method, self._public_uri(request), request.headers)
        json_request.payload = _StarletteJsonPayload(request.json)
        return json_request

    def handle_response(self, status: int, body: Any, headers: list[tuple[str, str]]) -> Response:
        if isinstance(body, dict):
            body = json.dumps(body)
        return Response(content=body, status_code=status, headers=dict(headers))

    def send_signal(self, name: str, *args: Any, **kwargs: Any) -> None:
        # authlib's hook points (client authenticated, token revoked); logged for the audit trail.
        client = kwargs.get("client")
        log.info("oauth %s client=%s", name, client.get_client_id() if client else None)

    # Storage authlib asks for

    def query_client(self, client_id: str) -> OAuthClient | None:
        row = self.repository.client(client_id)
        if row is None:
            return None
        return OAuthClient(row, self.passwords, self.settings.allow_loopback_redirects)

    def save_token(self, token: dict[str, Any], request: OAuth2Request) -> None:
        """Persists the refresh token, if any (access tokens are self-contained JWTs, not stored)."""
        refresh_token = token.get("refresh_token")
        if not refresh_token:
            return
        code = request.authorization_code
        previous = request.refresh_token
        # A refresh token continues the family of the code (or the refresh token) it was obtained with.
        family_id = code.id if code is not None else previous.family_id
        auth_time = code.auth_time if code is not None else previous.auth_time
        self.repository.add_refresh_token(
            refresh_token,
            RefreshToken(
                token_hash="",  # set by add_refresh_token from the token itself
                family_id=family_id,
                client_id=request.client.get_client_id(),
                user_id=request.user.id,
                scope=token.get("scope", ""),
                auth_time=auth_time,
                expires_at=time.time() + self.settings.refresh_token_ttl_seconds,
            ),
        )

    def bearer_token(
        self,
        request: OAuth2Request,
        *,
        user: User | None,
        scope: str,
        audience: str,
        include_refresh_token: bool,
    ) -> dict[str, Any]:
        """The token response body (RFC 6749 §5.1) for what the grant validated."""
        code = request.authorization_code
        previous = request.refresh_token
        auth_time = (
            code.auth_time if code is not None else previous.auth_time if previous is not None else None
        )
        token: dict[str, Any] = {
            "token_type": "Bearer",
            "access_token": self.tokens.access_token(
                client_id=request.client.get_client_id(),
                scope=scope,
                user=user,
                audience=audience,
                auth_time=auth_time,
            ),
            "expires_in": self.settings.access_token_ttl_seconds,
            "scope": scope,
        }
        if include_refresh_token:
            token["refresh_token"] = new_secret()
        return token

    def _public_uri(self, request: HttpRequest) -> str:
        return f"{self.settings.issuer}{request.path}"
