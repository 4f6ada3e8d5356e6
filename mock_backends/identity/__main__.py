"""`python -m mock_backends.identity`: serve the OpenID Connect provider on IDP_HOST:IDP_PORT."""

import uvicorn

from mock_backends.identity.app import create_app
from mock_backends.identity.config import Settings
from mock_backends.logs import configure_logging


def main() -> None:
    settings = Settings()
    configure_logging(settings.log_format, settings.log_level)
    # Our handler, not uvicorn's: its access log is replaced by the JSON request lines (logs.py).
    uvicorn.run(
        create_app(settings), host=settings.host, port=settings.port, log_config=None, access_log=False
    )


if __name__ == "__main__":
    main()
