"""TMF620 routes (thin: parse, call the service, render).

The five catalogue entities have the same five operations (list, create, retrieve, patch, delete) and the
two jobs the same four (no patch), so they are declared in loops.
"""

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Body, Response, status
from fastapi.responses import JSONResponse

from mock_backends import tmf630
from mock_backends.deps import SettingsDep, StoreDep
from mock_backends.resources import ResourceKind
from mock_backends.storage import DocumentStore, JsonDocument
from mock_backends.tmf620 import service

router = APIRouter(prefix=service.API_PATH, tags=["Product Catalog"])

# Validated by the service against the entity's `_Create` schema (or, merged, its full schema) so the
# document is stored exactly as sent.
JsonBody = Annotated[dict[str, Any], Body(description="The resource (JSON), or a JSON merge patch for PATCH")]


def _title(kind: ResourceKind) -> str:
    return kind.name[0].upper() + kind.name[1:]


def _add_read_and_delete_routes(kind: ResourceKind) -> None:
    title = _title(kind)

    def list_resources(query: tmf630.ListQueryDep, store: StoreDep, settings: SettingsDep) -> JSONResponse:
        page = service.collection(store, kind).list(query)
        return tmf630.page_response(page, query, settings.public_url)

    def retrieve_resource(
        id: str, fields: tmf630.FieldsDep, store: StoreDep, settings: SettingsDep
    ) -> JSONResponse:
        document = service.collection(store, kind).get(id)
        return tmf630.resource_response(document, settings.public_url, fields=fields)

    def delete_resource(id: str, store: StoreDep) -> Response:
        service.collection(store, kind).delete(id)
        return Response(status_code=status.HTTP_204_NO_CONTENT)

    path, item_path = f"/{kind.name}", f"/{kind.name}/{{id}}"
    router.add_api_route(path, list_resources, methods=["GET"], operation_id=f"list{title}")
    router.add_api_route(item_path, retrieve_resource, methods=["GET"], operation_id=f"retrieve{title}")
    router.add_api_route(
        item_path,
        delete_resource,
        methods=["DELETE"],
        operation_id=f"delete{title}",
        status_code=status.HTTP_204_NO_CONTENT,
    )


def _add_create_route(
    kind: ResourceKind, create: Callable[[DocumentStore, JsonDocument, str], JsonDocument]
) -> None:
    def create_resource(body: JsonBody, store: StoreDep, settings: SettingsDep) -> JSONResponse:
        created = create(store, body, settings.public_url)
        return tmf630.resource_response(created, settings.public_url, status_code=status.HTTP_201_CREATED)

    router.add_api_route(
        f"/{kind.name}",
        create_resource,
        methods=["POST"],
        operation_id=f"create{_title(kind)}",
        status_code=status.HTTP_201_CREATED,
    )


def _add_patch_route(kind: ResourceKind) -> None:
    def patch_resource(id: str, patch: JsonBody, store: StoreDep, settings: SettingsDep) -> JSONResponse:
        patched = service.patch_entity(store, kind, id, patch)
        return tmf630.resource_response(patched, settings.public_url)

    router.add_api_route(
        f"/{kind.name}/{{id}}", patch_resource, methods=["PATCH"], operation_id=f"patch{_title(kind)}"
    )


def _entity_creator(kind: ResourceKind) -> Callable[[DocumentStore, JsonDocument, str], JsonDocument]:
    return lambda store, body, _public_url: service.create_entity(store, kind, body)


for _kind in service.RESOURCES:
    _add_read_and_delete_routes(_kind)
    _add_create_route(_kind, _entity_creator(_kind))
    _add_patch_route(_kind)

_add_read_and_delete_routes(service.IMPORT_JOB)
_add_create_route(service.IMPORT_JOB, service.create_import_job)
_add_read_and_delete_routes(service.EXPORT_JOB)
_add_create_route(service.EXPORT_JOB, service.create_export_job)
