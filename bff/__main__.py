"""`python -m bff [all|web|retail|doctor]`: serve both channel BFFs (the default), one of them, or check the
backends.

Both channels run in one process, one event loop, as two uvicorn servers (web on BFF_PORT, retail on
BFF_RETAIL_PORT), each app with its own ChannelServices (connection pools, catalogue cache); SIGINT/SIGTERM
stop both. With BFF_WORKERS above 1 that process is a worker: a supervisor (bff/supervisor.py) binds the
sockets, starts the workers on them and keeps them running. Run `web` and `retail` separately to scale or
deploy the channels independently.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import socket
import sys
from collections.abc import Iterator

import uvicorn
from fastapi import FastAPI

from bff.config import Settings
from bff.core.logs import configure_logging


class _Server(uvicorn.Server):
    """A uvicorn server that leaves signal handling to `serve_channels` (which stops every server)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


# Open event streams would hold a stopping server until they end; they are closed after this (the browser
# reconnects, to another worker).
GRACEFUL_SHUTDOWN_SECONDS = 5


def _server(app: FastAPI, settings: Settings, port: int) -> _Server:
    config = uvicorn.Config(
        app,
        host=settings.host,
        port=port,
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=GRACEFUL_SHUTDOWN_SECONDS,
    )
    return _Server(config)


async def _serve(servers: list[_Server], sockets: list[socket.socket | None]) -> None:
    loop = asyncio.get_running_loop()

    def stop() -> None:
        for server in servers:
            server.should_exit = True

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop)
    await asyncio.gather(
        *(server.serve([sock] if sock else None) for server, sock in zip(servers, sockets, strict=True))
    )


def serve_channels(
    settings: Settings, channels: list[str], sockets: dict[str, socket.socket] | None = None
) -> None:
    """Serve the channels in this process; on `sockets` already bound by a supervisor, if given."""
    from bff.retail.app import create_app as create_retail_app
    from bff.web.app import create_app as create_web_app

    configure_logging(settings.log_format, settings.log_level)
    sockets = sockets or {}
    servers, listening = [], []
    if "web" in channels:
        servers.append(_server(create_web_app(settings), settings, settings.port))
        listening.append(sockets.get("web"))
    if "retail" in channels:
        servers.append(_server(create_retail_app(settings), settings, settings.retail_port))
        listening.append(sockets.get("retail"))
    if not sockets:
        for channel, port in (("web", settings.port), ("retail", settings.retail_port)):
            if channel in channels:
                print(f"{channel} BFF on http://{settings.host}:{port} (OpenAPI at /docs)", flush=True)
    asyncio.run(_serve(servers, listening))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bff", description="The channel BFFs.")
    parser.add_argument(
        "command",
        nargs="?",
        default="all",
        choices=["all", "web", "retail", "doctor"],
        help="all: serve the web and retail channels (default); web or retail: that channel only; "
        "doctor: check every configured backend and exit (`doctor --help` for its options)",
    )
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["doctor"]:
        # The doctor has its own options (--json, --allow-writes, --help): its parser reads them.
        from bff.doctor import main as doctor

        raise SystemExit(doctor(argv[1:]))
    args = parser.parse_args(argv)
    settings = Settings()
    channels = ["web", "retail"] if args.command == "all" else [args.command]
    if settings.workers > 1:
        from bff.supervisor import Supervisor

        configure_logging(settings.log_format, settings.log_level)
        Supervisor(settings, channels).run()
    else:
        serve_channels(settings, channels)


if __name__ == "__main__":
    main()
