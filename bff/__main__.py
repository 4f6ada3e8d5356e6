"""`python -m bff`: serve the web channel BFF."""

from __future__ import annotations

import logging

import uvicorn

from bff.config import Settings
from bff.web.app import create_app


def main() -> None:
    settings = Settings()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    print(f"web BFF on http://{settings.host}:{settings.port} (OpenAPI at /docs)", flush=True)
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="warning")


if __name__ == "__main__":
    main()
