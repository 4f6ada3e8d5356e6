"""Seed data: the catalogue (TMF620) and the address base with its serviceability (TMF673 / TMF645)."""

from mock_backends.seed.loader import load

__all__ = ["load"]
