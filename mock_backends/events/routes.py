"""`POST {api}/hub` and `DELETE {api}/hub/{id}`: one pair per TMF API, all alike (routes are thin)."""

from fastapi import APIRouter, Response, status
from fastapi.responses import JSONResponse

from mock_backends.deps import StoreDep
from mock_backends.events import hub, outbox
from tmf_models.tmf622 import EventSubscriptionInput


def hub_router(api_path: str, tags: list[str]) -> APIRouter:
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
