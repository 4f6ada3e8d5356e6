"""Who is calling, as FastAPI dependencies (Annotated aliases) of any channel app.

    OptionalPrincipal   None when no token was sent; 401 when one was sent and is not acceptable
    CustomerPrincipal   401 without a token; 403 unless the caller is a customer (with a customer_id)
    StaffPrincipal      401 without a token; 403 unless an agent or manager of a store (store_id)
    ManagerPrincipal    401 without a token; 403 unless a manager of a store
    CreditTeamPrincipal 401 without a token; 403 unless a member of the credit team
    (retail_principal, the retail app's own gate: staff of a store or the credit team)

An app using them keeps one TokenValidator on `app.state.token_validator`, made from its settings and
closed at shutdown:

    app.state.token_validator = TokenValidator.from_settings(settings)     # in create_channel_app
    await app.state.token_validator.aclose()                                # at the end of the lifespan

FastAPI caches a dependency within a request, so the token is checked once however many aliases ask for it.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from bff.core.auth.errors import Forbidden, InvalidToken, Unauthenticated
from bff.core.auth.principal import Principal
from bff.core.auth.tokens import TokenValidator

# Documents the scheme in OpenAPI; the header itself is read below (a non-Bearer scheme is not anonymous).
_bearer = HTTPBearer(auto_error=False, description="An access token of the identity provider (RFC 9068)")


def get_token_validator(request: Request) -> TokenValidator:
    return request.app.state.token_validator  # type: ignore[no-any-return]


async def optional_principal(
    request: Request,
    validator: Annotated[TokenValidator, Depends(get_token_validator)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Principal | None:
    if credentials is None:
        if request.headers.get("authorization"):
            raise InvalidToken()  # some other scheme, or "Bearer" with no token
        return None
    return await validator.validate(credentials.credentials)


OptionalPrincipal = Annotated[Principal | None, Depends(optional_principal)]


def principal(caller: OptionalPrincipal) -> Principal:
    if caller is None:
        raise Unauthenticated()
    return caller


def customer_principal(caller: Annotated[Principal, Depends(principal)]) -> Principal:
    if not (caller.is_customer and caller.customer_id):
        raise Forbidden("This is for customers signed in to their own account.")
    return caller


def staff_principal(caller: Annotated[Principal, Depends(principal)]) -> Principal:
    if not caller.is_staff:
        raise Forbidden("This is for store staff.")
    return caller


def manager_principal(caller: Annotated[Principal, Depends(staff_principal)]) -> Principal:
    if not caller.is_manager:
        raise Forbidden("This needs a store manager.")
    return caller


def credit_team_principal(caller: Annotated[Principal, Depends(principal)]) -> Principal:
    if not caller.is_credit_team:
        raise Forbidden("This needs the credit team.")
    return caller


def retail_principal(caller: Annotated[Principal, Depends(principal)]) -> Principal:
    if not (caller.is_staff or caller.is_credit_team):
        raise Forbidden("This is for store staff and the credit team.")
    return caller


AuthenticatedPrincipal = Annotated[Principal, Depends(principal)]
CreditTeamPrincipal = Annotated[Principal, Depends(credit_team_principal)]
CustomerPrincipal = Annotated[Principal, Depends(customer_principal)]
StaffPrincipal = Annotated[Principal, Depends(staff_principal)]
ManagerPrincipal = Annotated[Principal, Depends(manager_principal)]
