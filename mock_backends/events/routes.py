"""`POST {api}/hub` and `DELETE {api}/hub/{id}`: one pair per TMF API, all alike (routes are thin); and
`GET /admin/events/subscriptions/{id}`, what the outbox holds for one subscriber (reliability suites
reconcile what a listener received against it)."""

from enum import Enum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Response, status
from fastapi.responses import JSONResponse
from sqlalchemy import Engine

from mock_backends.deps import StoreDep, get_engine
from mock_backends.events import hub, outbox
from tmf_models.tmf622 import EventSubscriptionInput


def hub_router(api_path: str, tags: list[str | Enum]) -> APIRouter:
    router = APIRouter(prefix=api_path.rstrip("/"), tags=tags)
    # Operation ids must be unique across the app, so they carry the API's path.
    suffix = api_path.strip("/").replace("/", "_").replace("-", "_")

    @router.post("/hub", operation_id=f"registerListener_{suffix}", status_code=status.HTTP_201_CREATED)
    def register_listener(subscription: EventSubscriptionInput, store: StoreDep) -> JSONResponse:
        created = hub.subscribe(store, api_path, subscription.callback, subscription.query)
        return JSONResponse(created, status_code=status.HTTP_201_CREATED)

    @router.delete(
        "/hub/{id}", operation_id=f"unregisterListener_{suffix}", status_code=status.HTTP_204_NO_CONTENT
    )
    def unregister_listener(id: str, store: StoreDep) -> Response:
        hub.unsubscribe(store, api_path, id)
        outbox.drop_subscriber(store, id)
        return Response(status_code=status.HTTP_204_NO_CONTENT)

    return router


admin_router = APIRouter(prefix="/admin/events", tags=["Admin"])


@admin_router.get("/subscriptions/{subscription_id}", operation_id="getSubscriptionOutbox")
def subscription_outbox(
    subscription_id: str, engine: Annotated[Engine, Depends(get_engine)]
) -> dict[str, Any]:
    """The events kept for one subscriber (pending ones and delivered ones within the retention), in order."""
    events = outbox.of_subscription(engine, subscription_id)
    pending = sum(1 for event in events if event["status"] == outbox.PENDING)
    return {
        "subscriptionId": subscription_id,
        "pending": pending,
        "delivered": len(events) - pending,
        "events": events,
    }
