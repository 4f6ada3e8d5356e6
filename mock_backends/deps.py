"""FastAPI dependencies as Annotated aliases.

The session dependency is the only place that commits or rolls back: services only flush. It is
function-scoped so the commit happens before the answer is sent (a client that reads right after a
POST sees the new resource, and a failed commit becomes an error answer rather than a lost write).
"""

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import Engine
from sqlmodel import Session

from mock_backends.config import Settings
from mock_backends.storage import DocumentStore


# Starlette types `request.app` as Any: each getter names the type the app factory stored.
def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def get_session(engine: Annotated[Engine, Depends(get_engine)]) -> Iterator[Session]:
    with Session(engine) as session:
        try:
            yield session
        except Exception:
            session.rollback()
            raise
        session.commit()


SettingsDep = Annotated[Settings, Depends(get_settings)]
SessionDep = Annotated[Session, Depends(get_session, scope="function")]


def get_store(session: SessionDep) -> DocumentStore:
    return DocumentStore(session)


StoreDep = Annotated[DocumentStore, Depends(get_store)]
