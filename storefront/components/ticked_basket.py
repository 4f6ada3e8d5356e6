"""The basket as ticked in the browser, so a tick shows a price priced ahead before the server answers.

The add-on checkboxes are the browser's own (uncontrolled): at the click they already say what the customer
wants. The ticked add-ons' ids, in catalogue order (the order of the rows on the page), name the basket the
same way `storefront.state.checkout.ticked_key` does on the server, so the price summary can show the
server's own TMF648 quote of that basket (`CheckoutState.ahead`) in the frame after the click. The server
still handles the tick and stays the truth: what it has not priced, the page waits for as before.
"""

import reflex as rx
from reflex.experimental.client_state import ClientStateVar
from reflex_base.vars.function import FunctionVar

# Set at every tick; "" until the first one on this visit to the page (then the server's summary shows).
TICKED = ClientStateVar.create("ticked_basket", default="")

# The attribute an add-on's row carries, with the add-on's id.
ROW_ATTRIBUTE = "data-add-on"

# The ids of the rows whose box is (or, for the one just clicked, is about to be) ticked. A box's own
# aria-checked lags its click by a render, so the clicked one's new state comes from the change event.
_TICKED_IDS = (
    "((id, checked) => Array.from(document.querySelectorAll('[" + ROW_ATTRIBUTE + "]'))"
    ".filter((row) => row.getAttribute('" + ROW_ATTRIBUTE + "') === id ? checked"
    " : row.querySelector('[role=checkbox]')?.getAttribute('aria-checked') === 'true')"
    ".map((row) => row.getAttribute('" + ROW_ATTRIBUTE + "')).join(','))"
)


def remember_tick(offer_id: rx.Var[str], add_on_id: rx.Var[str], checked: rx.Var[bool]) -> FunctionVar:
    """A frontend event for a box's on_change: the basket it leaves ticked becomes the one priced."""
    ticked_ids = rx.Var(f"{_TICKED_IDS}({add_on_id!s}, {checked!s})", _var_type=str)
    key = offer_id.to(str) + "|" + ticked_ids.to(str)
    return TICKED.set_value(key).to(FunctionVar)


def forget_ticks() -> rx.Var:
    """A frontend event for the add-ons' on_mount: a tick from an earlier visit says nothing about now."""
    return TICKED.set_value("")
