"""The BFF tests of issue 21 (tests/security/test_bff_*.py) use the BFF test fixtures: settings on a scratch
SQLite, the respx-mocked TMF backends and identity provider, the channel services, a signed-in web client."""

from tests.bff.conftest import client, services, settings, tmf

__all__ = ["client", "services", "settings", "tmf"]
