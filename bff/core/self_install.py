"""Self-install: broadband set up by the customer, without an engineer visit, where the line allows it.

TMF645 says so per technology (`serviceCharacteristic` `selfInstallable`: a working line of that technology
is already at the address). An order for it carries no appointment; its main item's product carries the
characteristic `installationMethod: selfInstall`, and the order manager posts the router: "Router
dispatched" and "Router delivered" are milestones of the order before its activations.
"""

from __future__ import annotations

# The TMF622 client renames the profile's installation_method_characteristic and self_install_value to
# these; TMF645's profile.self_installable_characteristic is read by availability.py.
from bff.core.clients.tmf622 import INSTALLATION_METHOD, SELF_INSTALL
from bff.core.errors import ChannelError
from bff.core.models import Offer, Technology


class SelfInstallNotAvailable(ChannelError):
    status = 409
    code = "SELF_INSTALL_NOT_AVAILABLE"
    message = "This line needs an engineer to set it up: please choose a visit."


def self_installable(technologies: list[Technology], offer: Offer) -> bool:
    """Whether the offer's technology has a working line at the address (no engineer needed)."""
    return any(tech.technology == offer.technology and tech.self_install for tech in technologies)


def installation(characteristics: dict[str, str], self_install: bool) -> dict[str, str]:
    """The main item's characteristics to order, marked as a self-install when it is one."""
    return {**characteristics, INSTALLATION_METHOD: SELF_INSTALL} if self_install else characteristics


def is_self_install(characteristics: dict[str, str]) -> bool:
    return characteristics.get(INSTALLATION_METHOD) == SELF_INSTALL


def chosen_options(characteristics: dict[str, str]) -> dict[str, str]:
    """The options the customer chose from the catalogue (the installation method is shown on its own)."""
    return {name: value for name, value in characteristics.items() if name != INSTALLATION_METHOD}
