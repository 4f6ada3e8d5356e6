"""`python -m bff [all|web|retail|doctor]`: serve both channel BFFs (the default), one of them, or check the
backends.

Both channels run in one process, one event loop, as two uvicorn servers (web on BFF_PORT, retail on
BFF_RETAIL_PORT), each app with its own Journey (connection pools, catalogue cache); SIGINT/SIGTERM stop
both. One process keeps the stack simple (one PID to supervise, one kill to stop); run `web` and `retail`
separately to scale or deploy the channels independently.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
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


def _server(app: FastAPI, settings: Settings, port: int) -> _Server:
    config = uvicorn.Config(app, host=settings.host, port=port, log_level="warning", access_log=False)
    return _Server(config)


async def _serve(servers: list[_Server]) -> None:
    loop = asyncio.get_running_loop()

    def stop() -> None:
        for server in servers:
            server.should_exit = True

    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop)
    await asyncio.gather(*(server.serve() for server in servers))


def serve_channels(settings: Settings, channels: list[str]) -> None:
    from bff.retail.app import create_app as create_retail_app
    from bff.web.app import create_app as create_web_app

    configure_logging(settings.log_format, settings.log_level)
    servers = []
    if "web" in channels:
        servers.append(_server(create_web_app(settings), settings, settings.port))
        print(f"web BFF on http://{settings.host}:{settings.port} (OpenAPI at /docs)", flush=True)
    if "retail" in channels:
        servers.append(_server(create_retail_app(settings), settings, settings.retail_port))
        print(f"retail BFF on http://{settings.host}:{settings.retail_port} (OpenAPI at /docs)", flush=True)
    asyncio.run(_serve(servers))


def run_doctor(settings: Settings) -> int:
    from bff.doctor import diagnose, render

    report = asyncio.run(diagnose(settings))
    print(render(report), flush=True)
    return 0 if report.ready else 1


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bff", description="The channel BFFs.")
    parser.add_argument(
        "command",
        nargs="?",
        default="all",
        choices=["all", "web", "retail", "doctor"],
        help="all: serve the web and retail channels (default); web or retail: that channel only; "
        "doctor: check every configured backend and exit",
    )
    args = parser.parse_args(argv)
    settings = Settings()
    if args.command == "doctor":
        raise SystemExit(run_doctor(settings))
    serve_channels(settings, ["web", "retail"] if args.command == "all" else [args.command])


if __name__ == "__main__":
    main()
