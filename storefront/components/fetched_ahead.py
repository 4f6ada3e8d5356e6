"""The answer fetched ahead, shown by the page itself at the click on "Check availability".

Before a first check, the home page holds the plans at the typed address in the page, laid out but unseen
(`HomeState.prefetch_availability`, `plans.WAITING_CLASS`). At the click, the browser compares the address
in the form with the one that answer is for (`HomeState.preview_key`, the same normalisation as
`storefront.state.home._address_key`) and, while the answer is fresh, shows it in the frame after the
click: waiting for the server's round trip and its re-render was most of the click's time. The server still
handles the click and stays the truth: it shows the same answer, or a newer one, and when it refuses the
check it forgets the preview (`HomeState._forget_preview`), which hides it again.

Freshness is judged on the browser's clock against the server's (`preview_until`, epoch ms): a browser clock
running ahead only loses the shortcut; one running behind may show an answer up to that much older, for the
round trip until the server's own answer replaces it.
"""

import reflex as rx
from reflex.experimental.client_state import ClientStateVar
from reflex_base.vars.base import VarData
from reflex_base.vars.function import FunctionStringVar, FunctionVar

from storefront.state.home import FOCUS_RESULTS, HomeState

# The preview the page showed by itself at a click: "<preview_key>@<preview_until>", or "".
REVEALED = ClientStateVar.create("revealed_answer", default="")

# Names the preview: a newer answer fetched ahead for the same address is a different one.
_PREVIEW = HomeState.preview_key.to(str) + "@" + HomeState.preview_until.to_string()

# The address typed in the form, as the server keys it: the postcode without spaces in capitals, "|", the
# house number trimmed in lower case.
_TYPED_KEY = (
    "(() => { const value = (id) => document.getElementById(id)?.value ?? '';"
    " return value('field-postcode').replace(/\\s+/g, '').toUpperCase()"
    " + '|' + value('field-house_number').trim().toLowerCase(); })()"
)


def _answers_the_form() -> rx.Var[bool]:
    """Whether the preview is for the address in the form, and still fresh (read at the click)."""
    key, until = HomeState.preview_key, HomeState.preview_until
    return rx.Var(
        # The typed key always holds "|", so no preview ("") never matches.
        f"({_TYPED_KEY} === {key!s} && Date.now() < {until!s})",
        _var_type=bool,
        _var_data=VarData.merge(key._get_all_var_data(), until._get_all_var_data()),
    )


def reveal_fetched_ahead() -> list[FunctionVar]:
    """Frontend events for the form's on_submit, before the server's: show the preview if it answers the
    address in the form, and move the focus to it as the server's answer would (in the same frame, so the
    page scrolls once)."""
    answers = _answers_the_form()
    reveal = REVEALED.set_value(rx.cond(answers, _PREVIEW, "")).to(FunctionVar)
    focus = FunctionStringVar.create(
        f"(() => {{ if ({answers!s}) {FOCUS_RESULTS}; }})", _var_data=answers._get_all_var_data()
    )
    return [reveal, focus]


def results_hidden() -> rx.Var[bool]:
    """Whether the answer under the form is still unseen: not asked for, nor shown by the page itself."""
    # A forgotten preview names itself "@0", which no click sets.
    return ~(HomeState.results_shown | (REVEALED.value.to(str) == _PREVIEW))
