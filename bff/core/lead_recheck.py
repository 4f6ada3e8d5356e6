"""Re-qualification of open leads: TMF645 is asked again about each lead's address, and a lead whose address
has become serviceable is flagged "now serviceable" (bff/core/lead_work.py) so the store calls it first.

Run when the store's worklist is read (GET /api/v1/stores/{s}/leads): each open lead at most once every
`BFF_RETAIL_LEAD_RECHECK_SECONDS`, or at once when staff ask (`recheck=true`). At most
RECHECK_CONCURRENCY questions to TMF645 at a time. A lead whose address cannot be asked about now (TMF645
down, address unknown) keeps its flag as it was. The prospect's message (TMF681) is not sent yet.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

from bff.core.availability import availability_at
from bff.core.backends import ChannelServices
from bff.core.errors import ChannelError
from bff.core.lead_work import OPEN_STATUSES, WorkedLead

RECHECK_CONCURRENCY = 4
log = logging.getLogger(__name__)


def _due(checked_at: datetime | None, every_seconds: float, now: datetime) -> bool:
    return checked_at is None or now - checked_at >= timedelta(seconds=every_seconds)


async def recheck_leads(services: ChannelServices, leads: list[WorkedLead], *, force: bool = False) -> int:
    """Ask TMF645 about the open leads that are due; how many became serviceable."""
    every = services.settings.retail_lead_recheck_seconds
    now = datetime.now(UTC).replace(tzinfo=None)
    gate = asyncio.Semaphore(RECHECK_CONCURRENCY)

    async def one(lead: WorkedLead) -> bool:
        if not force and not _due(await services.lead_work.alast_checked(lead.id), every, now):
            return False
        async with gate:
            try:
                answer = await availability_at(
                    services.backends.tmf645,
                    services.catalog,
                    postcode=lead.postcode,
                    house_number=lead.house_number,
                )
            except ChannelError as error:
                log.info("lead not re-qualified", extra={"lead": lead.id, "code": error.code})
                return False
        return await services.lead_work.amark_serviceable(lead.id, answer.serviceable)

    flagged = await asyncio.gather(*(one(lead) for lead in leads if lead.status in OPEN_STATUSES))
    return sum(flagged)
