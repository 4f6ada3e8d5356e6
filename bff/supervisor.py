"""Several BFF worker processes on shared listening sockets (`BFF_WORKERS` > 1), and their supervisor.

The supervisor binds each channel's socket once and starts the workers, each serving every channel on those
sockets with its own event loop and connection pools; the kernel hands each new connection to one of them.
The workers are forked from a multiprocessing `forkserver` that has imported the apps once (a clean,
single-threaded process, unlike the supervisor): they share those pages, so a worker's own memory is what it
changes, not the ~110 MiB every worker spawned afresh paid for its imports. It then

- restarts a worker that dies (after 0.5 s, doubling while it keeps dying young, at most 30 s),
- stops them all on SIGTERM/SIGINT (SIGTERM each, then SIGKILL whoever has not finished after 15 s),
- gives them a fresh PROMETHEUS_MULTIPROC_DIR, so one scrape sums every worker, and removes it at the end,
- registers the TMF622 hub subscription once for all workers (each worker hears every event through
  bff/core/order_fanout.py) and removes it when it stops.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import multiprocessing
import os
import shutil
import signal
import socket
import tempfile
import time
from dataclasses import dataclass, field
from multiprocessing.connection import wait
from multiprocessing.process import BaseProcess
from types import FrameType

from bff.config import Settings
from bff.core.clients.oauth import client_credentials_from
from bff.core.clients.tmf622 import Tmf622Client
from bff.core.order_events import LISTENER_PATH, OrderEventHub

log = logging.getLogger("bff.supervisor")

multiprocessing.allow_connection_pickling()  # sockets travel to the workers
_workers = multiprocessing.get_context("forkserver")
# Imported once, in the fork server, before any worker is forked from it.
WORKER_PRELOAD = ["bff.__main__", "bff.web.app", "bff.retail.app", "bff.supervisor"]

STOP_GRACE_SECONDS = 15.0
RESTART_DELAY_SECONDS = 0.5
RESTART_DELAY_MAX_SECONDS = 30.0
YOUNG_SECONDS = 10.0  # a worker dying sooner than this after its start makes the next restart wait longer


def bind_socket(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit it (Linux). Without it the event loop serving a socket it did not create
    # leaves Nagle on, and an answer written in two parts (head, body) waits ~40 ms for the client's ACK.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def _worker_main(channels: list[str], sockets: dict[str, socket.socket]) -> None:
    """A worker: the channels on the inherited sockets. It hears order events but does not subscribe."""
    # What the fork server imported stays shared only while nothing writes to it: the collector would
    # (it marks every object it visits), so those objects are left out of its passes.
    gc.freeze()
    from bff.__main__ import serve_channels

    # The supervisor's own Ctrl-C handling stops the workers; a worker ends on its SIGTERM.
    settings = Settings().model_copy(update={"order_events_subscribe": False})
    serve_channels(settings, channels, sockets)


@dataclass
class _Worker:
    process: BaseProcess
    started_at: float = field(default_factory=time.monotonic)


class Supervisor:
    def __init__(self, settings: Settings, channels: list[str]) -> None:
        self.settings = settings
        self.channels = channels
        self.workers: list[_Worker] = []
        self._stopping = False
        self._restart_delay = RESTART_DELAY_SECONDS
        self._sockets: dict[str, socket.socket] = {}
        self._metrics_dir = ""

    def run(self) -> None:
        ports = {"web": self.settings.port, "retail": self.settings.retail_port}
        self._sockets = {
            channel: bind_socket(self.settings.host, ports[channel]) for channel in self.channels
        }
        self._metrics_dir = tempfile.mkdtemp(prefix="bff-metrics-")
        # Read by prometheus_client when a worker imports it, and by the workers' Settings.
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = self._metrics_dir
        # The fork server starts with the first worker, so it imports the apps with that setting in place.
        _workers.set_forkserver_preload(WORKER_PRELOAD)
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, self._on_stop_signal)
        subscription: OrderEventHub | None = None
        try:
            for _ in range(self.settings.workers):
                self.workers.append(self._start_worker())
            for channel, sock in self._sockets.items():
                host, port = sock.getsockname()[:2]
                print(f"{channel} BFF on http://{host}:{port} (OpenAPI at /docs)", flush=True)
            print(f"{len(self.workers)} workers, supervisor pid {os.getpid()}", flush=True)
            if self.settings.order_events and "web" in self.channels:
                subscription = asyncio.run(_subscribe(self.settings))
            while not self._stopping:
                self._watch()
        finally:
            self._stop_workers()
            if subscription is not None:
                asyncio.run(_unsubscribe(self.settings, subscription))
            for sock in self._sockets.values():
                sock.close()
            shutil.rmtree(self._metrics_dir, ignore_errors=True)

    def _on_stop_signal(self, signum: int, _frame: FrameType | None) -> None:
        self._stopping = True

    def _start_worker(self) -> _Worker:
        process = _workers.Process(
            target=_worker_main, args=(self.channels, self._sockets), name="bff-worker", daemon=False
        )
        process.start()
        log.info("worker started", extra={"workerPid": process.pid})
        return _Worker(process)

    def _watch(self) -> None:
        """Wait a moment for a worker to end; replace any that did."""
        wait([worker.process.sentinel for worker in self.workers], timeout=0.5)
        for index, worker in enumerate(self.workers):
            if worker.process.is_alive() or self._stopping:
                continue
            self._forget(worker)
            lived = time.monotonic() - worker.started_at
            log.warning(
                "worker died; restarting it",
                extra={
                    "workerPid": worker.process.pid,
                    "exitCode": worker.process.exitcode,
                    "livedSeconds": round(lived, 1),
                },
            )
            self._restart_delay = (
                min(self._restart_delay * 2, RESTART_DELAY_MAX_SECONDS)
                if lived < YOUNG_SECONDS
                else RESTART_DELAY_SECONDS
            )
            self._sleep_unless_stopping(self._restart_delay)
            if not self._stopping:
                self.workers[index] = self._start_worker()

    def _sleep_unless_stopping(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not self._stopping and time.monotonic() < deadline:
            time.sleep(0.05)

    def _forget(self, worker: _Worker) -> None:
        """A dead worker's in-flight gauges no longer count (its counters and histograms still do)."""
        from prometheus_client import multiprocess

        if worker.process.pid is not None:
            multiprocess.mark_process_dead(worker.process.pid, self._metrics_dir)

    def _stop_workers(self) -> None:
        for worker in self.workers:
            if worker.process.is_alive() and worker.process.pid is not None:
                os.kill(worker.process.pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_GRACE_SECONDS
        for worker in self.workers:
            worker.process.join(max(0.0, deadline - time.monotonic()))
            if worker.process.is_alive():
                log.warning(
                    "worker did not stop in time; killing it", extra={"workerPid": worker.process.pid}
                )
                worker.process.kill()
                worker.process.join(5)


def _tmf622(settings: Settings) -> Tmf622Client:
    auth = client_credentials_from(settings)
    return Tmf622Client.for_url(settings.tmf622_url, settings.timeout_seconds, auth=auth)


async def _subscribe(settings: Settings) -> OrderEventHub | None:
    """The deployment's one TMF622 hub subscription, made as a single process makes its own."""
    hub, client = OrderEventHub(), _tmf622(settings)
    try:
        await hub.subscribe(client, settings.public_url + LISTENER_PATH)
    finally:
        await client.aclose()
    return hub if hub.subscription_id else None


async def _unsubscribe(settings: Settings, hub: OrderEventHub) -> None:
    client = _tmf622(settings)
    try:
        await hub.unsubscribe(client)
    finally:
        await client.aclose()
