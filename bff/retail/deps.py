"""Dependencies of the retail channel's routes, as Annotated aliases.

Every route needs a staff principal (an agent or manager with a store). Routes under
`/api/v1/stores/{storeId}` are that store's: staff of another store get 403, and the manager's decisions
need a manager of that store.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Request

from bff.channel.auth import ManagerPrincipal, StaffPrincipal
from bff.channel.deps import IdempotencyKeyDep, ServicesDep
from bff.channel.keyed import Keyed
from bff.core.auth.errors import Forbidden
from bff.core.auth.principal import Principal

STORE_ID_PATTERN = r"^[A-Za-z0-9_.:-]{1,100}$"


def staff_scope(staff: StaffPrincipal, services: ServicesDep) -> str:
    """Whose Idempotency-Keys these are: the retail channel and the member of staff."""
    return f"{services.settings.retail_channel_id}:{staff.subject}"


StoreIdPath = Annotated[str, Path(alias="storeId", pattern=STORE_ID_PATTERN, examples=["store-rdg"])]


def store_staff(store_id: StoreIdPath, staff: StaffPrincipal) -> Principal:
    if staff.store_id != store_id:
        raise Forbidden("This is another store's.")
    return staff


def store_manager(store_id: StoreIdPath, manager: ManagerPrincipal) -> Principal:
    if manager.store_id != store_id:
        raise Forbidden("Only a manager of this store can decide this.")
    return manager


StaffScopeDep = Annotated[str, Depends(staff_scope)]


def keyed_call(
    request: Request, services: ServicesDep, scope: StaffScopeDep, key: IdempotencyKeyDep
) -> Keyed:
    return Keyed(services, request, scope, key)


KeyedDep = Annotated[Keyed, Depends(keyed_call)]
StoreStaffDep = Annotated[Principal, Depends(store_staff)]
StoreManagerDep = Annotated[Principal, Depends(store_manager)]
