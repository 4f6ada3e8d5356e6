"""HTTP endpoints of the identity provider. Routes only translate HTTP: authlib's server and grants
(grants.py), sign-in and registration (accounts.py) and the pages (pages.py) do the work.

authlib is untyped: what its server answers is the Starlette Response our `handle_response` built, and the
routes say so where they take it."""

import hmac
import secrets
import time
from dataclasses import replace
from typing import Any
from urllib.parse import parse_qsl, urlencode

from authlib.oauth2.rfc6749 import OAuth2Error
from fastapi import APIRouter
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from starlette.responses import Response

from mock_backends.identity import accounts, pages
from mock_backends.identity.authorization_server import (
    Authenticated,
    HttpRequest,
    IdentityAuthorizationServer,
)
from mock_backends.identity.config import Settings
from mock_backends.identity.deps import (
    HttpRequestDep,
    KeysDep,
    PasswordsDep,
    RepositoryDep,
    ServerDep,
    SettingsDep,
    TokensDep,
)
from mock_backends.identity.discovery import provider_metadata
from mock_backends.identity.grants import SESSION_COOKIE, profile_claims
from mock_backends.identity.repository import IdentityRepository
from mock_backends.identity.tokens import InvalidToken

router = APIRouter()

CSRF_COOKIE = "lumen_idp_csrf"
_SIGN_IN_FIELDS = {"email", "password", "csrf_token"}
_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}
# The sign-in page must not be framed by another site (clickjacking of the password form).
_PAGE_HEADERS = {**_NO_STORE, "Content-Security-Policy": "frame-ancestors 'none'", "X-Frame-Options": "DENY"}


@router.get("/health", tags=["Health"])
def health() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/.well-known/openid-configuration", tags=["Discovery"])
def openid_configuration(settings: SettingsDep) -> dict[str, Any]:
    return provider_metadata(settings.issuer)


@router.get("/jwks.json", tags=["Discovery"])
def jwks(keys: KeysDep) -> JSONResponse:
    # Short cache: verifiers refetch soon after a key is added.
    return JSONResponse(keys.public_jwks(), headers={"Cache-Control": "public, max-age=300"})


@router.get("/authorize", tags=["Sign in"], response_model=None)
def authorize(
    http: HttpRequestDep, server: ServerDep, repository: RepositoryDep, settings: SettingsDep
) -> Response:
    current = repository.session_of(http.cookies.get(SESSION_COOKIE))
    signed_in = Authenticated(current[1], current[0].authenticated_at) if current else None
    try:
        grant = server.get_consent_grant(http, end_user=signed_in)
    except OAuth2Error as error:
        return _refuse(server, error)
    if signed_in is not None and grant.prompt != "login":
        # Already signed in here: straight back to the client with a code.
        redirect: Response = server.create_authorization_response(
            grant.request, grant_user=signed_in, grant=grant
        )
        return redirect
    return _sign_in_page(
        http, settings, http.query, email=http.query_value("login_hint"), back=_way_back(grant)
    )


@router.post("/authorize", tags=["Sign in"], response_model=None)
def sign_in(
    http: HttpRequestDep,
    server: ServerDep,
    repository: RepositoryDep,
    passwords: PasswordsDep,
    settings: SettingsDep,
) -> Response:
    authorization = [(key, value) for key, value in http.form if key not in _SIGN_IN_FIELDS]
    # authlib sees the authorization request only, never the password.
    try:
        grant = server.get_consent_grant(replace(http, query=[], form=authorization))
    except OAuth2Error as error:
        return _refuse(server, error)
    email = http.form_value("email")
    if not _csrf_ok(http):
        expired = "This sign-in form has expired. Please try again."
        return _sign_in_page(
            http, settings, authorization, email=email, error=expired, status=400, back=_way_back(grant)
        )
    result = accounts.sign_in(
        repository, passwords, settings, email, http.form_value("password"), http.client_ip
    )
    if result.user is None:
        if result.retry_after:
            headers = {"Retry-After": str(result.retry_after)}
            return _sign_in_page(
                http,
                settings,
                authorization,
                email=email,
                error=result.error,
                status=429,
                headers=headers,
                back=_way_back(grant),
            )
        return _sign_in_page(
            http,
            settings,
            authorization,
            email=email,
            error=result.error,
            status=400,
            back=_way_back(grant),
        )
    granted = Authenticated(result.user, int(time.time()))
    response: Response = server.create_authorization_response(grant.request, grant_user=granted, grant=grant)
    _start_session(response, repository, settings, http, granted)
    return response


@router.get("/register", tags=["Sign in"])
def registration_form(http: HttpRequestDep, settings: SettingsDep, server: ServerDep) -> HTMLResponse:
    back = _way_back_from(server, http, http.query)
    return _register_page(http, settings, pending=urlencode(http.query), values={}, errors={}, back=back)


@router.post("/register", tags=["Sign in"], response_model=None)
def register(
    http: HttpRequestDep,
    repository: RepositoryDep,
    passwords: PasswordsDep,
    settings: SettingsDep,
    server: ServerDep,
) -> Response:
    # Re-encoded so only a query string can come back out of it: the redirect after the e-mail is confirmed
    # stays on /authorize.
    pending = urlencode(parse_qsl(http.form_value("pending")))
    form = accounts.Registration(
        given_name=http.form_value("given_name"),
        family_name=http.form_value("family_name"),
        email=http.form_value("email"),
        password=http.form_value("password"),
    )
    values = {"given_name": form.given_name, "family_name": form.family_name, "email": form.email}
    back = _way_back_from(server, http, parse_qsl(pending))
    if not _csrf_ok(http):
        errors = {"email": "This form has expired. Please submit it again."}
        return _register_page(
            http, settings, pending=pending, values=values, errors=errors, status=400, back=back
        )
    if not accounts.registration_allowed(repository, settings, http.client_ip):
        message = "Too many accounts were created from your network. Please try again in an hour."
        return HTMLResponse(
            pages.message_page("Try again later", message, alert=True),
            status_code=429,
            headers={**_PAGE_HEADERS, "Retry-After": str(int(settings.registration_window_seconds))},
        )
    if not accounts.register_customer(repository, passwords, settings, form, pending=pending):
        return _register_page(
            http, settings, pending=pending, values=values, errors=form.errors, status=422, back=back
        )
    # The same answer for a new address and a taken one: only the mail tells them apart.
    email = form.email.strip().lower()
    message = (
        f"We sent a message to {email}. Follow its link to confirm your address and finish creating your "
        "account. If you already have an account, the message says so: sign in instead."
    )
    catcher = (
        ("/mail?" + urlencode({"to": email}), "Open the demo mailbox") if settings.mail_catcher else None
    )
    return HTMLResponse(pages.message_page("Check your e-mail", message, link=catcher), headers=_PAGE_HEADERS)


@router.get("/verify-email", tags=["Sign in"], response_model=None)
def verify_email(http: HttpRequestDep, repository: RepositoryDep, settings: SettingsDep) -> Response:
    """The link of the confirmation mail: creates the account, signs its owner in, and goes back into the
    authorization request the registration started from (or says the account is ready)."""
    confirmation = accounts.confirm_registration(repository, http.query_value("token"))
    if confirmation.user is None:
        message = "This confirmation link is not valid any more. Sign in, or register again for a new link."
        return HTMLResponse(
            pages.message_page("Link not valid", message, alert=True), status_code=400, headers=_PAGE_HEADERS
        )
    if confirmation.pending:
        response: Response = RedirectResponse(f"/authorize?{confirmation.pending}", status_code=303)
    else:
        message = (
            "Your account is ready and you are signed in. You can close this page and return to the shop."
        )
        response = HTMLResponse(pages.message_page("Account created", message), headers=_PAGE_HEADERS)
    granted = Authenticated(confirmation.user, int(time.time()))
    _start_session(response, repository, settings, http, granted)
    return response


@router.get("/mail", tags=["Mail catcher"], response_model=None)
def mail_catcher(http: HttpRequestDep, repository: RepositoryDep, settings: SettingsDep) -> Response:
    """The messages the provider sent, newest first (for one address with `?to=`): demos and tests only."""
    if not settings.mail_catcher:
        return HTMLResponse(pages.message_page("Not found", "No such page."), status_code=404)
    mails = repository.mails(http.query_value("to") or None)
    return HTMLResponse(pages.mailbox_page(mails), headers=_PAGE_HEADERS)


@router.get("/mail.json", tags=["Mail catcher"], response_model=None)
def mail_catcher_json(http: HttpRequestDep, repository: RepositoryDep, settings: SettingsDep) -> Response:
    """The same messages as JSON (`to`, `subject`, `body`, `link`, `sentAt`), for test helpers."""
    if not settings.mail_catcher:
        return JSONResponse({"error": "not_found"}, status_code=404)
    mails = repository.mails(http.query_value("to") or None)
    body = [
        {"to": m.to, "subject": m.subject, "body": m.body, "link": m.link, "sentAt": m.sent_at} for m in mails
    ]
    return JSONResponse(body, headers=_NO_STORE)


@router.post("/token", tags=["Tokens"], response_model=None)
def token(http: HttpRequestDep, server: ServerDep) -> Response:
    answer: Response = server.create_token_response(http)
    return answer


@router.post("/revoke", tags=["Tokens"], response_model=None)
def revoke(http: HttpRequestDep, server: ServerDep) -> Response:
    answer: Response = server.create_endpoint_response("revocation", http)
    return answer


@router.api_route("/userinfo", methods=["GET", "POST"], tags=["Tokens"], response_model=None)
def userinfo(http: HttpRequestDep, tokens: TokensDep, repository: RepositoryDep) -> Response:
    scheme, _, bearer = http.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not bearer:
        return _bearer_error(401, None)
    try:
        claims = tokens.verify_access_token(bearer.strip())
    except InvalidToken:
        return _bearer_error(401, "invalid_token")
    scope = str(claims.get("scope", ""))
    if "openid" not in scope.split():
        return _bearer_error(403, "insufficient_scope")
    user = repository.user(str(claims["sub"]))
    if user is None:
        return _bearer_error(401, "invalid_token")
    return JSONResponse(profile_claims(user, scope), headers=_NO_STORE)


@router.api_route("/logout", methods=["GET", "POST"], tags=["Sign in"], response_model=None)
def logout(
    http: HttpRequestDep, server: ServerDep, repository: RepositoryDep, settings: SettingsDep
) -> Response:
    signed_out = HTMLResponse(
        pages.message_page("Signed out", "You are signed out of Lumen."), headers=_PAGE_HEADERS
    )
    try:
        request = server.validate_endpoint_request("end_session", http)
        response = server.create_endpoint_response("end_session", request) or signed_out
    except OAuth2Error:
        # A bad id_token_hint only costs the redirect: the person asked to sign out, so they are.
        repository.end_session(http.cookies.get(SESSION_COOKIE))
        response = signed_out
    response.delete_cookie(
        SESSION_COOKIE, path="/", secure=settings.secure_cookies, httponly=True, samesite="lax"
    )
    return response


def _refuse(server: IdentityAuthorizationServer, error: OAuth2Error) -> Response:
    """An invalid authorization request: back to the client when its redirect URI is known, else a page."""
    if error.redirect_uri:
        redirect: Response = server.handle_error_response(None, error)
        return redirect
    message = f"This sign-in link is not valid: {error.description or error.error}"
    return HTMLResponse(
        pages.message_page("Sign-in link not valid", message, alert=True),
        status_code=400,
        headers=_PAGE_HEADERS,
    )


def _way_back(grant: Any) -> str:
    """Where "Back to your basket" leads: the client's redirect URI with access_denied (RFC 6749 §4.1.2.1),
    for a request already validated (so never an open redirect); the client goes back where it was."""
    uri = str(grant.redirect_uri or "")
    if not uri:
        return ""
    query = {"error": "access_denied"}
    if state := grant.request.payload.state:
        query["state"] = str(state)
    return f"{uri}{'&' if '?' in uri else '?'}{urlencode(query)}"


def _way_back_from(
    server: IdentityAuthorizationServer, http: HttpRequest, query: list[tuple[str, str]]
) -> str:
    """The way back of the authorization request a registration came from; "" when it is not a valid one."""
    if not query:
        return ""
    try:
        grant = server.get_consent_grant(replace(http, query=query, form=[]))
    except OAuth2Error:
        return ""
    return _way_back(grant)


def _sign_in_page(
    http: HttpRequest,
    settings: Settings,
    authorization: list[tuple[str, str]],
    *,
    email: str = "",
    error: str | None = None,
    status: int = 200,
    headers: dict[str, str] | None = None,
    back: str = "",
) -> HTMLResponse:
    csrf = _csrf_token(http)
    html = pages.sign_in_page(authorization=authorization, csrf=csrf, email=email, error=error, back=back)
    response = HTMLResponse(html, status_code=status, headers={**_PAGE_HEADERS, **(headers or {})})
    _set_csrf_cookie(response, http, csrf, secure=settings.secure_cookies)
    return response


def _register_page(
    http: HttpRequest,
    settings: Settings,
    *,
    pending: str,
    values: dict[str, str],
    errors: dict[str, str],
    status: int = 200,
    back: str = "",
) -> HTMLResponse:
    csrf = _csrf_token(http)
    html = pages.register_page(
        pending=pending,
        csrf=csrf,
        values=values,
        errors=errors,
        min_length=settings.password_min_length,
        back=back,
    )
    response = HTMLResponse(html, status_code=status, headers=_PAGE_HEADERS)
    _set_csrf_cookie(response, http, csrf, secure=settings.secure_cookies)
    return response


def _csrf_token(http: HttpRequest) -> str:
    return http.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(24)


def _set_csrf_cookie(response: Response, http: HttpRequest, token: str, *, secure: bool) -> None:
    # Double-submit: the form's hidden field must match this cookie, which other sites cannot read or set.
    # Secure behind HTTPS (an https issuer), so it never travels in clear text.
    if http.cookies.get(CSRF_COOKIE) != token:
        response.set_cookie(CSRF_COOKIE, token, httponly=True, secure=secure, samesite="strict", path="/")


def _csrf_ok(http: HttpRequest) -> bool:
    cookie, field = http.cookies.get(CSRF_COOKIE, ""), http.form_value("csrf_token")
    return bool(cookie) and hmac.compare_digest(cookie, field)


def _start_session(
    response: Response,
    repository: IdentityRepository,
    settings: Settings,
    http: HttpRequest,
    granted: Authenticated,
) -> None:
    # A new session id at every sign-in (no fixation); the one the browser had, if any, ends.
    repository.end_session(http.cookies.get(SESSION_COOKIE))
    session_id = repository.start_session(granted.user, settings.session_ttl_seconds)
    response.set_cookie(
        SESSION_COOKIE,
        session_id,
        max_age=settings.session_ttl_seconds,
        httponly=True,
        secure=settings.secure_cookies,
        samesite="lax",  # sent on the top-level navigation from the storefront to /authorize
        path="/",
    )


def _bearer_error(status: int, error: str | None) -> JSONResponse:
    challenge = 'Bearer realm="lumen"' + (f', error="{error}"' if error else "")
    body = {"error": error or "invalid_request"}
    return JSONResponse(body, status_code=status, headers={"WWW-Authenticate": challenge, **_NO_STORE})
