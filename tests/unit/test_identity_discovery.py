"""The discovery document: valid OpenID Provider metadata whose URLs answer."""

from pathlib import Path

from authlib.oidc.discovery import OpenIDProviderMetadata
from authlib.oidc.rpinitiated import OpenIDProviderMetadata as RpInitiatedMetadata

from mock_backends.identity.testing import idp_settings, running_idp


async def test_discovery_document_is_valid_and_complete(tmp_path: Path) -> None:
    async with running_idp(idp_settings(tmp_path)) as client:
        answer = await client.get("/.well-known/openid-configuration")
        metadata = answer.json()
        OpenIDProviderMetadata(metadata).validate(metadata_classes=[RpInitiatedMetadata])
        assert metadata["issuer"] == "http://127.0.0.1:8700"
        assert metadata["code_challenge_methods_supported"] == ["S256"]
        assert metadata["id_token_signing_alg_values_supported"] == ["RS256"]
        assert set(metadata["grant_types_supported"]) == {
            "authorization_code",
            "refresh_token",
            "client_credentials",
        }
        assert {"openid", "profile", "email"} <= set(metadata["scopes_supported"])
        assert {"roles", "store_id", "customer_id"} <= set(metadata["claims_supported"])
        assert (await client.get(metadata["jwks_uri"])).status_code == 200
        assert (await client.get(metadata["registration_page"])).status_code == 200
        assert (await client.get(metadata["userinfo_endpoint"])).status_code == 401
        assert (await client.get("/health")).json() == {"status": "ok"}


async def test_issuer_setting_drives_every_url(tmp_path: Path) -> None:
    async with running_idp(idp_settings(tmp_path, issuer="https://id.lumen.example/")) as client:
        metadata = (await client.get("/.well-known/openid-configuration")).json()
    assert metadata["issuer"] == "https://id.lumen.example"
    assert metadata["token_endpoint"] == "https://id.lumen.example/token"
