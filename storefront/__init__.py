"""Lumen Fibre storefront: the Reflex web app customers use to check availability and order broadband."""
