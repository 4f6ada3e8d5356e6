"""Channel errors: what the storefront is told when a journey step cannot be done.

Each carries a stable `code`, the HTTP status the channel answers with, and a message a person understands.
Backend internals (URLs, stack traces, TMF error text) never go into the message.
"""

from __future__ import annotations

from typing import Any

from bff.core.clients.base import TmfError, TmfRejected, TmfUnavailable


class ChannelError(Exception):
    status = 400
    code = "BAD_REQUEST"
    message = "The request could not be handled."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.message)
        self.message = message or self.message

    @property
    def headers(self) -> dict[str, str]:
        """Response headers the refusal needs (e.g. a 401's WWW-Authenticate challenge)."""
        return {}

    @property
    def details(self) -> dict[str, Any]:
        """What the body says besides code and message (e.g. the new price of a PRICE_CHANGED)."""
        return {}


class AddressNotFound(ChannelError):
    status = 404
    code = "ADDRESS_NOT_FOUND"
    message = "We could not find that address. Check the postcode and house number."


class FlatNumberNeeded(ChannelError):
    """The address is a block of flats: a line goes to one flat, so the order must name it."""

    status = 422
    code = "FLAT_NUMBER_REQUIRED"
    message = "That address is a block of flats. Please choose the flat the broadband is for."


class OfferNotFound(ChannelError):
    status = 404
    code = "OFFER_NOT_FOUND"
    message = "That offer is no longer available."


class OfferNotAvailableHere(ChannelError):
    status = 409
    code = "OFFER_NOT_AVAILABLE_AT_ADDRESS"
    message = "That offer is not available at this address."


class AddOnNotFound(ChannelError):
    status = 404
    code = "ADDON_NOT_FOUND"
    message = "One of the chosen extras is no longer available."


class OrderNotFound(ChannelError):
    status = 404
    code = "ORDER_NOT_FOUND"
    message = "We could not find that order."


class BackendUnavailable(ChannelError):
    status = 503
    code = "BACKEND_UNAVAILABLE"
    message = "Our ordering service is not reachable right now. Please try again in a moment."


class BackendFailed(ChannelError):
    status = 502
    code = "BACKEND_ERROR"
    message = "Something went wrong on our side. Please try again in a moment."


class BackendRejected(ChannelError):
    status = 422
    code = "REQUEST_REJECTED"
    message = "The request was refused. Please check the details and try again."


class OrderCannotBeCancelled(ChannelError):
    status = 409
    code = "ORDER_CANNOT_BE_CANCELLED"
    message = "This order can no longer be cancelled."


class ProductNotFound(ChannelError):
    status = 404
    code = "PRODUCT_NOT_FOUND"
    message = "We could not find that product."


class ProductCannotBeChanged(ChannelError):
    status = 409
    code = "PRODUCT_CANNOT_BE_CHANGED"
    message = "This product cannot be changed right now."


class InvalidConfiguration(ChannelError):
    status = 422
    code = "INVALID_CONFIGURATION"
    message = "That combination cannot be ordered."


def channel_error_for(exc: TmfError) -> ChannelError:
    """What a channel is told about a backend failure; the details go to the log only."""
    if isinstance(exc, TmfUnavailable):
        return BackendUnavailable()
    if isinstance(exc, TmfRejected) and exc.status in (400, 409, 422):
        return BackendRejected()  # the backend refused this request on its merits
    return BackendFailed()  # any other answer (404 on a collection, 401, 5xx...) is our side's fault


def error_body(error: ChannelError) -> dict[str, Any]:
    return {**error.details, "code": error.code, "message": error.message}
