"""BFF settings: every backend from the environment, and the defaults that depend on others."""

from __future__ import annotations

import pytest

from bff.__main__ import main
from bff.config import Settings


def test_every_backend_url_is_a_setting(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("BFF_TMF637_URL", "https://bss.example.net/tmf-api/productInventory/v4")

    urls = Settings().backend_urls()

    assert set(urls) == {
        "TMF620",
        "TMF622",
        "TMF629",
        "TMF632",
        "TMF637",
        "TMF645",
        "TMF646",
        "TMF648",
        "TMF666",
        "TMF670",
        "TMF673",
    }
    assert urls["TMF637"] == "https://bss.example.net/tmf-api/productInventory/v4"


def test_public_url_defaults_to_where_the_bff_listens():
    assert Settings(host="0.0.0.0", port=9000).public_url == "http://0.0.0.0:9000"
    assert Settings(public_url="https://bff.example.net/").public_url == "https://bff.example.net"


def test_oauth_is_off_until_configured():
    assert Settings().oauth_enabled is False
    assert Settings(oauth_token_url="https://auth/token", oauth_client_id="web-bff").oauth_enabled is True


def test_unknown_command_is_refused(capsys: pytest.CaptureFixture[str]):
    with pytest.raises(SystemExit) as exit_:
        main(["serve-everything"])

    assert exit_.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
