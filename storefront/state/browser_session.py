"""The customer and the basket belong to the browser, not to one of its tabs.

Reflex keeps its client token per tab (sessionStorage), so each tab has its own AppState and AuthState: a
second tab would start signed out with an empty basket. A cookie without an expiry (it lives as long as
the browser session, in every tab) names the browser's session; `BrowserSession`, an `rx.SharedState`
linked to that name, holds the journey so far and who is signed in. Reflex keeps it with the other states
(memory, disk or Redis), so the tokens stay on the server and every storefront worker sees the same one.

A tab links to it when a page mounts, copies it into its own states when it holds a newer revision
(`SessionSync.pull`) and publishes its own changes to it (`publish`). Publishing also writes the revision to
localStorage: the browser tells every other tab of the origin (a `storage` event), which pulls at once, so a
change in one tab shows in the others without a reload. A tab also pulls when it gets the focus back.
"""

from __future__ import annotations

import copy
import uuid
from typing import Any

import reflex as rx

from storefront import routes
from storefront.state.app_state import AppState

# What a tab shares with the others, by state: the journey (address, plans, chosen plan, orders placed),
# who is signed in (the tokens too: backend-only vars), and the address as checked on the home page.
_JOURNEY = (
    "address_id",
    "address_label",
    "serviceable",
    "technologies",
    "offers",
    "chosen_offer_id",
    "placed_order_ids",
)
_AUTH = (
    "signed_in",
    "given_name",
    "family_name",
    "email",
    "roles",
    "customer_id",
    "store_id",
    "_access_token",
    "_refresh_token",
    "_id_token",
    "_expires_at",
)
_HOME = ("postcode", "house_number", "results_shown", "_answered")
# Browser-session cookie (no Max-Age): the same in every tab, gone when the browser's session ends.
COOKIE = "lumen_browser"
# The localStorage key whose change tells the other tabs to pull.
REVISION_KEY = "lumen-session-revision"


class BrowserSession(rx.SharedState):
    """The browser's customer and basket, shared by its tabs once linked to the browser's session id."""

    _revision: int = 0
    _snapshot: dict[str, dict[str, Any]] = {}


class SessionSync(rx.State):
    """This tab's side: which browser session it belongs to, and the revision its states hold."""

    browser_id: str = rx.Cookie("", name=COOKIE, same_site="lax")
    # The browser session's revision as this tab last wrote it: a new value is the other tabs' signal.
    revision_mark: str = rx.LocalStorage("", name=REVISION_KEY)
    _seen: int = -1

    async def _shared(self) -> BrowserSession:
        if not self.browser_id:
            # The first tab of this browser session names it (no "_": Reflex's token delimiter).
            self.browser_id = uuid.uuid4().hex
        shared = await self.get_state(BrowserSession)
        if shared._linked_to != self.browser_id:
            # From a background task (a sign-in completing before the tab's first `pull`) this is Reflex's
            # StateProxy, and linking through it names the proxy's class as the state to load
            # ("'StateProxy' has no attribute 'get_root_state'"): link the state it wraps, under its lock.
            shared = await getattr(shared, "__wrapped__", shared)._link_to(self.browser_id)
        return shared

    async def _states(self) -> dict[str, rx.State]:
        # Imported here: these states publish through this module.
        from storefront.state.auth import AuthState
        from storefront.state.home import HomeState

        return {
            "journey": await self.get_state(AppState),
            "auth": await self.get_state(AuthState),
            "home": await self.get_state(HomeState),
        }

    @rx.event
    async def pull(self):
        """Take the browser's customer and basket when another tab changed them: when a page mounts, and
        when the tab gets the focus back."""
        return await self._pull()

    @rx.event
    async def pull_when_shown(self, hidden: bool):
        return None if hidden else await self._pull()

    @rx.event
    async def pull_when_stored(self, key: str, old: str, new: str, url: str):
        """Another tab published (it wrote the revision to localStorage)."""
        return await self._pull() if key == REVISION_KEY else None

    async def _pull(self) -> Any:
        shared = await self._shared()
        if shared._revision <= self._seen:
            return None
        self._seen = shared._revision
        if not shared._snapshot:
            # This browser's first tab: its own states start the session.
            await self._publish(shared)
            return None
        states = await self._states()
        for part, fields in (("journey", _JOURNEY), ("auth", _AUTH), ("home", _HOME)):
            values = shared._snapshot.get(part, {})
            for name in fields:
                if name in values:
                    setattr(states[part], name, copy.deepcopy(values[name]))
        return self._reload_page()

    def _reload_page(self) -> Any:
        """The page's own loading again, for what it shows of the basket or the account."""
        from storefront.state.account import AccountState
        from storefront.state.checkout import CheckoutState

        page = self.router.url.path.rstrip("/")
        return {routes.CHECKOUT: CheckoutState.load, routes.ACCOUNT: AccountState.load}.get(page)

    async def _publish(self, shared: BrowserSession) -> None:
        states = await self._states()
        shared._snapshot = {
            part: {name: copy.deepcopy(getattr(states[part], name)) for name in fields}
            for part, fields in (("journey", _JOURNEY), ("auth", _AUTH), ("home", _HOME))
        }
        shared._revision += 1
        self._seen = shared._revision
        self.revision_mark = f"{self.browser_id}:{shared._revision}"

    @rx.event
    async def share(self) -> None:
        """publish, as an event for the handlers that cannot await (they return it)."""
        await self._publish(await self._shared())


async def publish(state: rx.State) -> None:
    """Share this tab's customer and basket with the browser's other tabs; call after changing them (in a
    background task, inside `async with self`)."""
    sync = await state.get_state(SessionSync)
    await sync._publish(await sync._shared())


def session_sync() -> rx.Component:
    """Pulls the browser's customer and basket when the page loads, when the tab is shown or focused again,
    and at once when another tab changed them."""
    return rx.fragment(
        rx.window_event_listener(
            on_focus=SessionSync.pull,
            on_visibility_change=SessionSync.pull_when_shown,
            on_storage=SessionSync.pull_when_stored,
        ),
        rx.el.div(on_mount=SessionSync.pull, display="none", aria_hidden="true"),
    )
