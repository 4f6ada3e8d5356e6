"""Settings: MOCKS_ environment variables and the default public URL."""

import os

import pytest

from mock_backends.config import Settings


def test_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [name for name in os.environ if name.startswith("MOCKS_")]:
        monkeypatch.delenv(name)
    settings = Settings()
    assert (settings.host, settings.port, settings.seed) == ("127.0.0.1", 8600, True)
    assert settings.database_url == "sqlite:///.data/mock_backends.db"
    assert settings.public_url == "http://127.0.0.1:8600"


def test_environment_variables_use_the_mocks_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MOCKS_PORT", "9000")
    monkeypatch.setenv("MOCKS_SEED", "false")
    settings = Settings()
    assert (settings.port, settings.seed, settings.public_url) == (9000, False, "http://127.0.0.1:9000")


def test_public_url_loses_its_trailing_slash() -> None:
    assert Settings(public_url="https://mocks.example.com/").public_url == "https://mocks.example.com"
