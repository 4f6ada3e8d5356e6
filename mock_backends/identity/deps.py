"""FastAPI dependencies of the identity provider, as Annotated aliases.

As in the TMF mocks, the session dependency is the only place that commits or rolls back, and it is
function-scoped so the commit happens before the answer is sent (a code is stored before the browser can
bring it to /token). Routes are sync (authlib is sync) and run in the thread pool; the request body is read
before them by the async `read_http_request`.
"""

from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import Engine
from sqlmodel import Session

from mock_backends.identity.authorization_server import (
    HttpRequest,
    IdentityAuthorizationServer,
    read_http_request,
)
from mock_backends.identity.config import Settings
from mock_backends.identity.grants import build_server
from mock_backends.identity.keys import SigningKeys
from mock_backends.identity.passwords import Passwords
from mock_backends.identity.repository import IdentityRepository
from mock_backends.identity.tokens import TokenIssuer


# Starlette types `request.app` as Any: each getter names the type the app factory stored.
def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def get_keys(request: Request) -> SigningKeys:
    keys: SigningKeys = request.app.state.keys
    return keys


def get_passwords(request: Request) -> Passwords:
    passwords: Passwords = request.app.state.passwords
    return passwords


def get_tokens(request: Request) -> TokenIssuer:
    tokens: TokenIssuer = request.app.state.tokens
    return tokens


def get_session(engine: Annotated[Engine, Depends(get_engine)]) -> Iterator[Session]:
    with Session(engine) as session:
        try:
            yield session
        except Exception:
            session.rollback()
            raise
        session.commit()


SettingsDep = Annotated[Settings, Depends(get_settings)]
KeysDep = Annotated[SigningKeys, Depends(get_keys)]
PasswordsDep = Annotated[Passwords, Depends(get_passwords)]
TokensDep = Annotated[TokenIssuer, Depends(get_tokens)]
SessionDep = Annotated[Session, Depends(get_session, scope="function")]
HttpRequestDep = Annotated[HttpRequest, Depends(read_http_request)]


def get_repository(session: SessionDep) -> IdentityRepository:
    return IdentityRepository(session)


RepositoryDep = Annotated[IdentityRepository, Depends(get_repository)]


def get_server(
    repository: RepositoryDep,
    settings: SettingsDep,
    tokens: TokensDep,
    passwords: PasswordsDep,
    keys: KeysDep,
) -> IdentityAuthorizationServer:
    return build_server(repository, settings, tokens, passwords, keys)


ServerDep = Annotated[IdentityAuthorizationServer, Depends(get_server)]
