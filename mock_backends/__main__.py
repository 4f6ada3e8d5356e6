"""`python -m mock_backends`: serve every TMF mock on MOCKS_HOST:MOCKS_PORT."""

import uvicorn

from mock_backends.app import create_app
from mock_backends.config import Settings


def main() -> None:
    settings = Settings()
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port)


if __name__ == "__main__":
    main()
