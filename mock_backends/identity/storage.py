"""The identity database: the same engine rules as the TMF mocks, the IdP's own tables."""

from sqlalchemy import Engine

from mock_backends.identity.models import IdentityModel
from mock_backends.storage import create_db_engine

__all__ = ["create_db_engine", "init_db"]


def init_db(engine: Engine) -> None:
    IdentityModel.metadata.create_all(engine)
