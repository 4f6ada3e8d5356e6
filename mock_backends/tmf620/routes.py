"""TMF620 routes: list and retrieve for catalog, category, productOffering, productOfferingPrice,
productSpecification (the same two operations for each, so they are declared in one loop)."""

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from mock_backends import tmf630
from mock_backends.deps import SettingsDep, StoreDep
from mock_backends.resources import ResourceKind
from mock_backends.tmf620 import service

router = APIRouter(prefix=service.API_PATH, tags=["Product Catalog"])


def _add_read_routes(kind: ResourceKind) -> None:
    title = kind.name[0].upper() + kind.name[1:]

    def list_resources(query: tmf630.ListQueryDep, store: StoreDep, settings: SettingsDep) -> JSONResponse:
        page = service.collection(store, kind).list(query)
        return tmf630.page_response(page, query, settings.public_url)

    def retrieve_resource(
        id: str, fields: tmf630.FieldsDep, store: StoreDep, settings: SettingsDep
    ) -> JSONResponse:
        document = service.collection(store, kind).get(id)
        return tmf630.resource_response(document, settings.public_url, fields=fields)

    router.add_api_route(
        f"/{kind.name}",
        list_resources,
        methods=["GET"],
        operation_id=f"list{title}",
        summary=f"List {kind.name}",
    )
    router.add_api_route(
        f"/{kind.name}/{{id}}",
        retrieve_resource,
        methods=["GET"],
        operation_id=f"retrieve{title}",
        summary=f"Retrieve a {kind.name}",
    )


for _kind in service.RESOURCES:
    _add_read_routes(_kind)
