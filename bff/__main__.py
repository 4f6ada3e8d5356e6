"""`python -m bff [web|doctor]`: serve the web channel BFF (the default), or check its backends."""

from __future__ import annotations

import argparse
import asyncio

import uvicorn

from bff.config import Settings
from bff.core.logs import configure_logging


def serve_web(settings: Settings) -> None:
    from bff.web.app import create_app

    configure_logging(settings.log_format, settings.log_level)
    print(f"web BFF on http://{settings.host}:{settings.port} (OpenAPI at /docs)", flush=True)
    uvicorn.run(
        create_app(settings), host=settings.host, port=settings.port, log_level="warning", access_log=False
    )


def run_doctor(settings: Settings) -> int:
    from bff.doctor import diagnose, render

    report = asyncio.run(diagnose(settings))
    print(render(report), flush=True)
    return 0 if report.ready else 1


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bff", description="The web channel BFF.")
    parser.add_argument(
        "command",
        nargs="?",
        default="web",
        choices=["web", "doctor"],
        help="web: serve the web channel (default); doctor: check every configured backend and exit",
    )
    args = parser.parse_args(argv)
    settings = Settings()
    if args.command == "doctor":
        raise SystemExit(run_doctor(settings))
    serve_web(settings)


if __name__ == "__main__":
    main()
