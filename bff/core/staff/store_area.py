"""Which orders are a store's beside those its staff placed: every order installed in the postcode areas it
serves (`BFF_RETAIL_STORE_AREAS`), web orders too; the default store (`BFF_RETAIL_DEFAULT_STORE_ID`) also
takes the areas no store serves, as leads do (leads.store_for_postcode).

TMF622 is asked with `productOrderItem.product.place.postcode.regex=^(RG|E)[0-9]` (the store's areas);
the default store asks for every order with an installation address and keeps those of no other store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bff.config import Settings
from bff.core.filters import values_at
from bff.core.leads import store_for_postcode

POSTCODES = "productOrderItem.product.place.postcode"
PLACE_ROLES = "productOrderItem.product.place.role"
INSTALLATION = "installationAddress"


@dataclass(frozen=True)
class StoreArea:
    store_id: str
    areas: dict[str, list[str]]  # every store's areas
    default_store: str

    @classmethod
    def of(cls, settings: Settings, store_id: str) -> StoreArea:
        return cls(store_id, settings.retail_store_areas, settings.retail_default_store_id)

    def filters(self) -> dict[str, str] | None:
        """The TMF622 filter of the orders installed in the store's area; None when it serves none."""
        if self.store_id == self.default_store:
            return {PLACE_ROLES: INSTALLATION}
        own = [re.escape(area.upper()) for area in self.areas.get(self.store_id, []) if area.strip()]
        return {f"{POSTCODES}.regex": f"^({'|'.join(own)})[0-9]"} if own else None

    def covers(self, order: dict[str, Any]) -> bool:
        """Whether the order's installation address is in the store's area."""
        postcodes = [str(value) for value in values_at(order, POSTCODES) if value]
        return any(
            store_for_postcode(postcode, self.areas, self.default_store) == self.store_id
            for postcode in postcodes
        )
