"""TMF622 Product Ordering Management v4 client: orders, their cancellation, and order events."""

from __future__ import annotations

from typing import Any

from bff.config import CatalogueProfile
from bff.core.clients.base import TmfClient, dump
from tmf_models.tmf622 import (
    AnyModel,
    CancelProductOrder,
    CancelProductOrderCreate,
    ProductOrder,
    ProductOrderCreate,
)

# What the BFF reads beyond TMF622 v4, by v5's names (an order's extras). A server that keeps them under
# other names (the catalogue profile's order_*_attribute) has them renamed here, both ways, so the rest of
# the BFF knows one name.
MILESTONES = "productOrderMilestone"
ERROR_MESSAGES = "productOrderErrorMessage"
JEOPARDY_ALERTS = "productOrderJeopardyAlert"
# Values beyond the spec, by our names: a jeopardy alert's exception of a missed visit, the error message's
# deposit amount, and the main item's installation method of a self-install (catalogue profile).
VISIT_MISSED = "VISIT_MISSED"
DEPOSIT_AMOUNT = "amount"
INSTALLATION_METHOD = "installationMethod"
SELF_INSTALL = "selfInstall"


class Tmf622Client(TmfClient):
    api = "TMF622"
    # Where this server keeps milestones and error messages; Backends sets the configured profile's.
    profile = CatalogueProfile()

    def _their_names(self) -> dict[str, str]:
        names = {
            MILESTONES: self.profile.order_milestones_attribute,
            ERROR_MESSAGES: self.profile.order_error_messages_attribute,
            JEOPARDY_ALERTS: self.profile.order_jeopardy_alerts_attribute,
        }
        return {ours: theirs for ours, theirs in names.items() if theirs != ours}

    def _ours(self, order: ProductOrder) -> ProductOrder:
        extra = order.model_extra
        if extra is not None:
            for ours, theirs in self._their_names().items():
                # Renamed only when the server sent its name: no empty attribute is made up.
                if theirs in extra:
                    extra[ours] = extra.pop(theirs)
            self._entries(extra, to_ours=True)
        profile = self.profile
        for item in order.product_order_item:
            for characteristic in (item.product.product_characteristic if item.product else None) or []:
                if characteristic.name == profile.installation_method_characteristic:
                    characteristic.name = INSTALLATION_METHOD
                    if characteristic.value.root == profile.self_install_value:
                        characteristic.value = AnyModel(SELF_INSTALL)
        return order

    def _entries(self, body: dict[str, Any], *, to_ours: bool) -> None:
        """The alerts' missed-visit exception and the error messages' deposit amount in `body` (keyed by our
        attribute names), renamed to ours or back to theirs; only what differs is touched."""
        exception = (self.profile.visit_missed_exception, VISIT_MISSED)
        amount = (self.profile.deposit_amount_attribute, DEPOSIT_AMOUNT)
        old_exception, new_exception = exception if to_ours else exception[::-1]
        old_amount, new_amount = amount if to_ours else amount[::-1]
        alerts, errors = body.get(JEOPARDY_ALERTS), body.get(ERROR_MESSAGES)
        if old_exception != new_exception and isinstance(alerts, list):
            body[JEOPARDY_ALERTS] = [
                alert | {"exception": new_exception}
                if isinstance(alert, dict) and alert.get("exception") == old_exception
                else alert
                for alert in alerts
            ]
        if old_amount != new_amount and isinstance(errors, list):
            body[ERROR_MESSAGES] = [
                {new_amount: error[old_amount], **{k: v for k, v in error.items() if k != old_amount}}
                if isinstance(error, dict) and old_amount in error
                else error
                for error in errors
            ]

    def _their_order(self, body: dict[str, Any]) -> dict[str, Any]:
        """An order to create, its installation method named as this server names it."""
        profile = self.profile
        for item in body.get("productOrderItem") or []:
            for characteristic in (item.get("product") or {}).get("productCharacteristic") or []:
                if characteristic.get("name") == INSTALLATION_METHOD:
                    characteristic["name"] = profile.installation_method_characteristic
                    if characteristic.get("value") == SELF_INSTALL:
                        characteristic["value"] = profile.self_install_value
        return body

    def _theirs(self, changes: dict[str, Any]) -> dict[str, Any]:
        renamed = dict(changes)
        self._entries(renamed, to_ours=False)  # e.g. the error messages kept when a visit hold is lifted
        for ours, theirs in self._their_names().items():
            if ours in renamed:
                renamed[theirs] = renamed.pop(ours)
        return renamed

    async def create_product_order(self, request: ProductOrderCreate) -> ProductOrder:
        # Never retried: a lost answer may hide a created order (the journey looks it up by externalId).
        response = await self._send("POST", "productOrder", json=self._their_order(dump(request)))
        return self._ours(self._parse(ProductOrder, response))

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
