"""What the BFF's Prometheus instrumentation costs: one backend call recorded (histogram, in-flight gauge),
in one process and in multiprocess mode (values in files, as with several workers), and one scrape.

Usage: python -m bench.bff_metrics_overhead [CALLS]      (default 20000)

Multiprocess mode is chosen by prometheus_client when it is imported, so that half runs in a child process
with PROMETHEUS_MULTIPROC_DIR set, as the supervisor's workers do.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

CHILD = "--measure"


def measure(calls: int, directory: str) -> None:
    from bff.core import metrics

    for _ in range(100):  # label children made, files opened
        with metrics.backend_call("TMF622", "GET", "productOrder/po-1") as call:
            call.answered(200)
    started = time.perf_counter()
    for _ in range(calls):
        with metrics.backend_call("TMF622", "GET", "productOrder/po-1") as call:
            call.answered(200)
    per_call = (time.perf_counter() - started) / calls
    started = time.perf_counter()
    body = metrics.render(directory)
    scrape = time.perf_counter() - started
    mode = "multiprocess" if directory else "one process "
    print(
        f"{mode}: {per_call * 1e6:6.2f} µs per recorded backend call; scrape {scrape * 1e3:6.2f} ms "
        f"({len(body)} bytes)"
    )


def main() -> None:
    calls = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1] != CHILD else 20000
    if CHILD in sys.argv:
        measure(int(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "")
        return
    env = {k: v for k, v in os.environ.items() if k != "PROMETHEUS_MULTIPROC_DIR"}
    subprocess.run(
        [sys.executable, "-m", "bench.bff_metrics_overhead", CHILD, str(calls)], env=env, check=True
    )
    with tempfile.TemporaryDirectory(prefix="bench-metrics-") as directory:
        env["PROMETHEUS_MULTIPROC_DIR"] = directory
        subprocess.run(
            [sys.executable, "-m", "bench.bff_metrics_overhead", CHILD, str(calls), directory],
            env=env,
            check=True,
        )


if __name__ == "__main__":
    main()
