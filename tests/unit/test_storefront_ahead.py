"""What the storefront fetches ahead of a click: the baskets one tick away, and the address as typed."""

from __future__ import annotations

from storefront.state.checkout import _basket_key, _one_tick_away
from storefront.state.home import _address_key

CATALOGUE = ["po-router", "po-static-ip", "po-pro-install"]


def test_each_add_on_ticked_or_unticked_is_one_basket_in_catalogue_order() -> None:
    assert _one_tick_away([], CATALOGUE) == [["po-router"], ["po-static-ip"], ["po-pro-install"]]
    assert _one_tick_away(["po-router", "po-pro-install"], CATALOGUE) == [
        ["po-pro-install"],
        ["po-router", "po-static-ip", "po-pro-install"],
        ["po-router"],
    ]


def test_a_basket_is_known_by_address_offer_and_add_ons() -> None:
    key = _basket_key("addr-1", "po-fibre-150", ["po-router"])
    assert key == _basket_key("addr-1", "po-fibre-150", ["po-router"])
    assert key not in {
        _basket_key("addr-2", "po-fibre-150", ["po-router"]),
        _basket_key("addr-1", "po-fibre-900", ["po-router"]),
        _basket_key("addr-1", "po-fibre-150", []),
    }


def test_an_address_is_the_same_however_it_is_typed() -> None:
    assert _address_key("rg1 4ab", " 12 ") == _address_key("RG14AB", "12") == "RG14AB|12"
    assert _address_key("RG1 4AB", "12A") != _address_key("RG1 4AB", "12")
