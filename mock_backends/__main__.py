"""`python -m mock_backends`: serve every TMF mock on MOCKS_HOST:MOCKS_PORT."""

import uvicorn

from mock_backends.app import create_app
from mock_backends.config import Settings
from mock_backends.logs import configure_logging

# Far above a client's idle-connection expiry (httpx: 5 s, the BFF's pools), so the server never closes a
# kept-alive connection as the client sends on it (uvicorn's default, 5 s, raced it: a failed call).
KEEP_ALIVE_SECONDS = 65


def main() -> None:
    settings = Settings()
    configure_logging(settings.log_format, settings.log_level)
    # Our handler, not uvicorn's: its access log is replaced by the JSON request lines (logs.py).
    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        log_config=None,
        access_log=False,
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
    )


if __name__ == "__main__":
    main()
