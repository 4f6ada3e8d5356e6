"""Settings: IDP_ environment variables and the derived issuer."""

import os

import pytest

from mock_backends.identity.config import Settings


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [name for name in os.environ if name.startswith("IDP_")]:
        monkeypatch.delenv(name)
    settings = Settings()
    assert (settings.host, settings.port, settings.issuer) == ("127.0.0.1", 8700, "http://127.0.0.1:8700")
    assert settings.database_url == "sqlite:///.data/identity.db"
    assert str(settings.keys_dir) == ".data/identity-keys"
    assert (settings.audience, settings.service_audience) == ("lumen-bff", "tmf-api")
    assert settings.access_token_ttl_seconds == 900
    assert not settings.secure_cookies


def test_environment_variables_use_the_idp_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IDP_PORT", "9100")
    monkeypatch.setenv("IDP_STOREFRONT_REDIRECT_URIS", '["https://shop.example/auth/callback"]')
    monkeypatch.setenv("IDP_DEMO_PASSWORD", "another-one-1")
    settings = Settings()
    assert settings.issuer == "http://127.0.0.1:9100"
    assert settings.storefront_redirect_uris == ["https://shop.example/auth/callback"]
    assert settings.demo_password.get_secret_value() == "another-one-1"
    assert "another-one-1" not in repr(settings)


def test_https_issuer_makes_cookies_secure() -> None:
    settings = Settings(issuer="https://id.lumen.example/")
    assert (settings.issuer, settings.secure_cookies) == ("https://id.lumen.example", True)
