"""Fetch the code of the page the customer goes to next while they are still on this one.

Reflex compiles each page to its own route module, which React Router loads on the first visit to that
route: without a prefetch, the step from choosing a plan to the checkout waits for the checkout's code on
top of the state update. Once this page is mounted and the browser is idle, this adds
<link rel="modulepreload"> for the next page's modules, read from React Router's route manifest (so the
hashed file names need not be known here).

Not React Router's <PrefetchPageLinks>: that one imports the modules itself, and when an import fails (the
connection drops at that moment) React Router reloads the whole page. A preload link that fails is only a
missed head start: the navigation loads the module as it would have anyway.
"""

import json

import reflex as rx

_PRELOAD = """(() => {
  const preload = () => {
    const manifest = window.__reactRouterManifest;
    const route = manifest && Object.values(manifest.routes).find((r) => r.path === PATH);
    if (!route) return;
    for (const href of [route.module, ...(route.imports || [])]) {
      if (document.querySelector(`link[href="${href}"]`)) continue;
      const link = document.createElement("link");
      link.rel = "modulepreload";
      link.href = href;
      document.head.appendChild(link);
    }
  };
  (window.requestIdleCallback || ((run) => setTimeout(run, 200)))(preload);
})()"""


def preload_script(route: str) -> str:
    """The script that preloads the modules of `route` (a path like "/checkout")."""
    return _PRELOAD.replace("PATH", json.dumps(route.strip("/")))


def prefetch_page(route: str) -> rx.Component:
    """An invisible element whose mounting, in the browser only, preloads the code of `route`."""
    return rx.el.span(hidden=True, on_mount=rx.call_script(preload_script(route)))
