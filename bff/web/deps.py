"""Dependencies of the web channel's routes, as Annotated aliases."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from bff.core.backends import Journey


def get_journey(request: Request) -> Journey:
    return request.app.state.journey  # type: ignore[no-any-return]


JourneyDep = Annotated[Journey, Depends(get_journey)]
