"""`python -m mock_backends.identity`: serve the OpenID Connect provider on IDP_HOST:IDP_PORT."""

import uvicorn

from mock_backends.identity.app import create_app
from mock_backends.identity.config import Settings


def main() -> None:
    settings = Settings()
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port)


if __name__ == "__main__":
    main()
