"""Who is signed in. Tokens live in backend-only vars (leading underscore): they never reach the browser.

The browser's own origin builds the callback URL, so the per-tab Reflex state (and with it the basket)
is the one the customer comes back to after signing in.
"""

from __future__ import annotations

import json
import time
from typing import Any

import reflex as rx

from storefront import routes
from storefront.auth.oidc import SignInError, SignInRequest, Tokens, oidc
from storefront.config import get_settings
from storefront.state.browser_session import publish

REFRESH_MARGIN_SECONDS = 60
# The tab's history length when it left for the sign-in service (sessionStorage outlives the detour).
_LEFT_AT = "lumen-sign-in-left-at"


def _back_to(return_to: str) -> rx.event.EventSpec:
    """Leave the callback for the page the sign-in started from, without a history entry of its own.

    The provider's pages and this callback sit after that page in the tab's history; going back to it there
    (not pushing it anew) leaves Back on the page before it, e.g. the plans. Without the mark (another
    tab, a bookmark) the callback replaces itself with `return_to`.
    """
    target = json.dumps(return_to)
    return rx.call_script(
        f"(() => {{ const left = Number(sessionStorage.getItem({_LEFT_AT!r}));"
        f" sessionStorage.removeItem({_LEFT_AT!r}); const steps = history.length - left;"
        f" if (left > 0 && steps > 0) history.go(-steps); else location.replace({target}); }})()"
    )


class AuthState(rx.State):
    signed_in: bool = False
    given_name: str = ""
    family_name: str = ""
    email: str = ""
    roles: list[str] = []
    customer_id: str = ""
    store_id: str = ""
    sign_in_error: str = ""

    _access_token: str = ""
    _refresh_token: str = ""
    _id_token: str = ""
    _expires_at: float = 0.0
    _pending: dict[str, str] = {}
    _return_to: str = routes.HOME

    @rx.var
    def display_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip() or self.email

    @rx.var
    def is_staff(self) -> bool:
        return "agent" in self.roles or "manager" in self.roles

    def _callback_url(self) -> str:
        origin = self.router.url.origin or oidc_public_url()
        return f"{origin}{routes.AUTH_CALLBACK}"

    @rx.event(background=True)
    async def sign_in(self, return_to: str = "", register: bool = False):
        """Send the browser to the provider's sign-in (or registration) page, remembering where it was.

        Without `return_to` the customer comes back to the page they are on.
        """
        async with self:
            redirect_uri = self._callback_url()
            return_to = return_to or self.router.url.path or routes.HOME
        try:
            request = await oidc().start(redirect_uri, register=register)
        except SignInError as exc:
            async with self:
                self.sign_in_error = str(exc)
            return None
        async with self:
            self.sign_in_error = ""
            self._pending = {
                "url": request.url,
                "state": request.state,
                "nonce": request.nonce,
                "code_verifier": request.code_verifier,
                "redirect_uri": request.redirect_uri,
            }
            self._return_to = return_to if return_to.startswith("/") else routes.HOME
        # Marks where the tab left, so the callback can go back there (see _back_to).
        mark = rx.call_script(f"sessionStorage.setItem({_LEFT_AT!r}, String(history.length))")
        return [mark, rx.redirect(request.url)]

    @rx.event
    def register(self, return_to: str = routes.HOME):
        return AuthState.sign_in(return_to, True)

    @rx.event(background=True)
    async def complete_sign_in(self):
        """on_load of the callback page: exchange the code for tokens and go back where the customer was."""
        async with self:
            params = dict(self.router.url.query_parameters)
            pending = dict(self._pending)
            return_to = self._return_to
        if not pending:
            async with self:
                self.sign_in_error = "That sign-in link has expired. Please sign in again."
            return _back_to(return_to)
        if params.get("error"):
            async with self:
                self._pending = {}
                self.sign_in_error = "Signing in was cancelled. You can try again at any time."
            return _back_to(return_to)
        try:
            tokens = await oidc().finish(
                SignInRequest(**pending), code=params.get("code", ""), state=params.get("state", "")
            )
        except SignInError as exc:
            async with self:
                self._pending = {}
                self.sign_in_error = str(exc)
            return _back_to(return_to)
        async with self:
            self._pending = {}
            self._remember(tokens)
            await publish(self)  # signed in in every tab of this browser
        return _back_to(return_to)

    def _remember(self, tokens: Tokens) -> None:
        claims: dict[str, Any] = tokens.claims
        self._access_token, self._refresh_token, self._expires_at = (
            tokens.access_token,
            tokens.refresh_token or self._refresh_token,
            tokens.expires_at,
        )
        self._id_token = tokens.id_token or self._id_token
        if claims:
            self.given_name = str(claims.get("given_name", ""))
            self.family_name = str(claims.get("family_name", ""))
            self.email = str(claims.get("email", ""))
            self.roles = [str(role) for role in claims.get("roles", [])]
            self.customer_id = str(claims.get("customer_id", ""))
            self.store_id = str(claims.get("store_id", ""))
        self.signed_in = True
        self.sign_in_error = ""

    def _forget(self) -> None:
        self.signed_in = False
        self.given_name = self.family_name = self.email = self.customer_id = self.store_id = ""
        self.roles = []
        self._access_token = self._refresh_token = self._id_token = ""
        self._expires_at = 0.0

    async def access_token(self) -> str | None:
        """A valid access token for calls made on the customer's behalf, refreshed when about to expire.

        Call inside `async with self` (it may change the token vars).
        """
        if not self.signed_in:
            return None
        if self._expires_at - time.time() > REFRESH_MARGIN_SECONDS:
            return self._access_token
        if not self._refresh_token:
            self._forget()
            await publish(self)
            return None
        try:
            self._remember(await oidc().refresh(self._refresh_token))
        except SignInError:
            self._forget()  # the session ended at the provider: the customer signs in again
            await publish(self)
            return None
        await publish(self)  # the other tabs use the refreshed tokens too
        return self._access_token

    @rx.event(background=True)
    async def sign_out(self):
        async with self:
            id_token = self._id_token
            home = f"{self.router.url.origin or oidc_public_url()}{routes.HOME}"
            self._forget()
            await publish(self)
        try:
            url = await oidc().logout_url(id_token, home) if id_token else None
        except SignInError:
            url = None
        return rx.redirect(url or routes.HOME)


def oidc_public_url() -> str:
    return get_settings().public_url.rstrip("/")
