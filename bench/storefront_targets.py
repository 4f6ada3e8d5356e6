"""Issue 7's storefront speed targets in one run: the product in production mode on free ports, then the
home-page load, the click → UI update timings and Lighthouse (mobile and desktop).

Usage: .venv/bin/python -m bench.storefront_targets [RUNS] [--only=NAME,...]
        [--reports=DIR]
    (RUNS per browser bench, default 15; NAME: home, interactions, lighthouse, lighthouse-desktop;
    --reports keeps Lighthouse's JSON reports)

Starts what the e2e tests start (PostgreSQL scratch database, Reflex state in Redis, two storefront
workers), builds the frontend if needed, and prints each bench's figures as it goes.
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
import tempfile
from pathlib import Path

from scripts.stack import ROOT, Ports, Production, Urls, product, scratch_database

BENCHES = {
    "home": ["bench.home_page_load"],
    "interactions": ["bench.storefront_interactions"],
    "lighthouse": ["bench.lighthouse"],
    "lighthouse-desktop": ["bench.lighthouse", "--desktop"],
}
TAKES_RUNS = ("home", "interactions")


def main() -> None:
    args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    runs = args[0] if args else "15"
    only = next((arg.split("=", 1)[1] for arg in sys.argv[1:] if arg.startswith("--only=")), "")
    names = only.split(",") if only else list(BENCHES)
    reports = [arg for arg in sys.argv[1:] if arg.startswith("--reports=")]
    ports = Ports.free()
    urls = Urls.local(ports)
    with contextlib.ExitStack() as cleanup:
        tmp = Path(cleanup.enter_context(tempfile.TemporaryDirectory(prefix="storefront-bench-")))
        production = Production(database_url=cleanup.enter_context(scratch_database()), demo=True)
        # Its own build folder: a product already running from this checkout keeps its pages meanwhile.
        processes = product(ports, tmp, tmp / "logs", production, web_dir=tmp / "web")
        for process in processes:
            cleanup.callback(process.stop)
            process.start()
            process.wait_ready(600.0)
        for name in names:
            module, *flags = BENCHES[name]
            command = [sys.executable, "-m", module, urls.storefront, *flags]
            if name in TAKES_RUNS:
                command.append(runs)
            else:
                command.extend(reports)
            subprocess.run(command, cwd=ROOT, check=True)


if __name__ == "__main__":
    main()
