"""Customer 360: everything a store needs about one customer, read side by side.

    [629 customer → leads by its email ∥ 637 products ∥ 622 orders ∥ 648 open quotes ∥ notes]

Products, orders and quotes are found by `relatedParty.id=<customer id>` (TMF630); leads (registered
interest) by the customer's email; notes are the store staff's own (BFF database).
"""

from __future__ import annotations

import asyncio

from bff.core.backends import ChannelServices
from bff.core.clients.base import TmfNotFound
from bff.core.filters import find_checked
from bff.core.inventory import products_of
from bff.core.leads import LeadView
from bff.core.staff.models import Customer360, CustomerSummary, RetailOrderView
from bff.core.staff.orders import CustomerNotFound, OrderReading, read_retail_order
from bff.core.staff.quotes import open_quotes_of
from bff.core.staff.search import summary


async def customer_360(services: ChannelServices, customer_id: str) -> Customer360:
    backends, settings = services.backends, services.settings

    async def customer_and_leads() -> tuple[CustomerSummary, list[LeadView]]:
        try:
            customer = await backends.tmf629.get_customer(customer_id)
        except TmfNotFound:
            raise CustomerNotFound() from None
        shown = summary(customer)
        leads = await services.leads.alist(email=shown.email) if shown.email else []
        return shown, leads

    async def orders() -> list[RetailOrderView]:
        found = await find_checked(
            backends.tmf622.api, backends.tmf622.find_product_orders, {"relatedParty.id": customer_id}
        )
        reading = OrderReading.of(settings)
        views = [read_retail_order(order, reading) for order in found]
        return sorted(
            views, key=lambda view: view.order_date.timestamp() if view.order_date else 0, reverse=True
        )

    (shown, leads), products, order_views, quotes, notes = await asyncio.gather(
        customer_and_leads(),
        products_of(
            backends.tmf637,
            services.catalog,
            customer_id,
            currency=settings.currency,
            discount_percent=settings.early_termination_discount_percent,
        ),
        orders(),
        open_quotes_of(backends.tmf648, customer_id, settings.currency),
        services.notes.alist(customer_id),
    )
    return Customer360(
        customer=shown,
        products=products.products,
        orders=order_views,
        quotes=quotes,
        leads=leads,
        notes=notes,
    )
