"""Fetch the code of the page the customer goes to next while they are still on this one.

Reflex compiles each page to its own route module, which React Router loads on the first visit to that
route: without a prefetch, the step from the address check to the offers waits for the offers page's code
on top of the availability answer. React Router's <PrefetchPageLinks> adds <link rel="modulepreload"> for
every module of the named page (from the build's route manifest, so the hashed file names need not be
known here). It is rendered once the page is hydrated so that it never competes with the page's own code.
"""

import reflex as rx
from reflex.components.component import Component


class PrefetchPageLinks(Component):
    """React Router's modulepreload links for the modules of another page (`page` is its path)."""

    library = "react-router"
    tag = "PrefetchPageLinks"

    page: rx.Var[str]


def prefetch_page(route: str) -> rx.Component:
    # Not in the prerendered HTML: the links appear with the first state update, after the page's own code.
    return rx.cond(rx.State.is_hydrated, PrefetchPageLinks.create(page=route))
