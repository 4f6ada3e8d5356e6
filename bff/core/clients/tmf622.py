"""TMF622 Product Ordering Management v4 client: orders, their cancellation, and order events."""

from __future__ import annotations

from typing import Any

from bff.config import CatalogueProfile
from bff.core.clients.base import TmfClient, dump
from tmf_models.tmf622 import CancelProductOrder, CancelProductOrderCreate, ProductOrder, ProductOrderCreate

# What the BFF reads beyond TMF622 v4, by v5's names (an order's extras). A server that keeps them under
# other names (the catalogue profile's order_*_attribute) has them renamed here, both ways, so the rest of
# the BFF knows one name.
MILESTONES = "productOrderMilestone"
ERROR_MESSAGES = "productOrderErrorMessage"


class Tmf622Client(TmfClient):
    api = "TMF622"
    # Where this server keeps milestones and error messages; Backends sets the configured profile's.
    profile = CatalogueProfile()

    def _their_names(self) -> dict[str, str]:
        names = {
            MILESTONES: self.profile.order_milestones_attribute,
            ERROR_MESSAGES: self.profile.order_error_messages_attribute,
        }
        return {ours: theirs for ours, theirs in names.items() if theirs != ours}

    def _ours(self, order: ProductOrder) -> ProductOrder:
        extra = order.model_extra
        if extra is not None:
            for ours, theirs in self._their_names().items():
                # Renamed only when the server sent its name: no empty attribute is made up.
                if theirs in extra:
                    extra[ours] = extra.pop(theirs)
        return order

    def _theirs(self, changes: dict[str, Any]) -> dict[str, Any]:
        renamed = dict(changes)
        for ours, theirs in self._their_names().items():
            if ours in renamed:
                renamed[theirs] = renamed.pop(ours)
        return renamed

    async def create_product_order(self, request: ProductOrderCreate) -> ProductOrder:
        # Never retried: a lost answer may hide a created order (the journey looks it up by externalId).
        return self._ours(
            self._parse(ProductOrder, await self._send("POST", "productOrder", json=dump(request)))
        )

    async def get_product_order(self, order_id: str) -> ProductOrder:
        return self._ours(
            self._parse(ProductOrder, await self._send("GET", f"productOrder/{self._id(order_id)}"))
        )

    async def find_product_orders(self, **filters: str) -> list[ProductOrder]:
        """Orders matching TMF630 attribute filters, e.g. externalId=<idempotency key>."""
        found = await self._list_all(ProductOrder, "productOrder", filters)
        for order in found:
            self._ours(order)
        return found

    async def patch_product_order(self, order_id: str, changes: dict[str, Any]) -> ProductOrder:
        """A JSON merge patch of an order (TMF630): only the attributes given change.

        Takes a dict rather than ProductOrderUpdate because the generated model requires productOrderItem,
        which a merge patch must not send unless it means to replace every item.
        """
        response = await self._send(
            "PATCH",
            f"productOrder/{self._id(order_id)}",
            json=self._theirs(changes),
            headers={"Content-Type": "application/merge-patch+json"},
        )
        return self._ours(self._parse(ProductOrder, response))

    async def cancel_product_order(self, request: CancelProductOrderCreate) -> CancelProductOrder:
        """Ask for an order to be cancelled (a cancelProductOrder task; the order's state follows later)."""
        response = await self._send("POST", "cancelProductOrder", json=dump(request))
        return self._parse(CancelProductOrder, response)

    async def find_cancellations(self, **filters: str) -> list[CancelProductOrder]:
        """Cancellation requests, e.g. productOrder.id=<order id>."""
        return await self._list_all(CancelProductOrder, "cancelProductOrder", filters)
