"""bench/storefront_users.py's bare-Reflex baseline: it addresses the state `reflex run` serves, and its
ratio row compares like with like."""

from __future__ import annotations

import subprocess
import sys

from bench.storefront_users import BARE, BARE_APP_DIR, Figures, ratios


def test_the_bench_names_the_bare_apps_state_as_reflex_does() -> None:
    # `reflex run` imports the app from its own folder as bare_app.bare_app: the name must be that one.
    served = subprocess.run(
        [sys.executable, "-c", "from bare_app.bare_app import BareState; print(BareState.get_full_name())"],
        cwd=BARE_APP_DIR,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert served == BARE


def test_ratios_are_the_storefronts_p95_over_the_bare_apps() -> None:
    ours, bare = Figures(), Figures()
    ours.samples["local event"] = [30.0] * 20
    bare.samples["local event"] = [10.0] * 20
    line = next(row for row in ratios(ours, bare) if "local event" in row)
    assert line.split()[-2] == "3.00"
    # An event the bare app never answered has no ratio, not a division error.
    assert "nan" in next(row for row in ratios(ours, bare) if "postcode echo" in row)
