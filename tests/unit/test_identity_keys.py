"""Signing keys: created at first start, kept across restarts, private parts never published."""

import stat
from pathlib import Path

from joserfc import jwt
from joserfc.jwk import KeySet

from mock_backends.identity import keys
from mock_backends.identity.testing import idp_settings, running_idp, user_tokens


def test_key_is_created_when_missing_and_reused_after(tmp_path: Path) -> None:
    folder = tmp_path / "nested" / "keys"
    first = keys.load_or_create(folder)
    files = list(folder.glob("*.jwk.json"))
    assert [path.name for path in files] == [f"{first.kid}.jwk.json"]
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    assert keys.load_or_create(folder).kid == first.kid


def test_newest_key_signs_and_every_key_is_published(tmp_path: Path) -> None:
    old = keys.load_or_create(tmp_path)
    keys._write_new_key(tmp_path)  # a key added ahead of a rotation
    loaded = keys.load_or_create(tmp_path)
    published = {key["kid"] for key in loaded.public_jwks()["keys"]}
    assert loaded.kid != old.kid
    assert published == {old.kid, loaded.kid}


async def test_restart_keeps_the_key_and_old_tokens_verify(tmp_path: Path) -> None:
    settings = idp_settings(tmp_path)
    async with running_idp(settings) as client:
        token = (await user_tokens(client, "jane.doe@example.com"))["access_token"]
        first_jwks = (await client.get("/jwks.json")).json()
    async with running_idp(settings) as client:
        second_jwks = (await client.get("/jwks.json")).json()
    assert second_jwks == first_jwks
    decoded = jwt.decode(token, KeySet.import_key_set(second_jwks), algorithms=["RS256"])
    assert decoded.header["kid"] == first_jwks["keys"][0]["kid"]


async def test_jwks_has_public_rsa_keys_only(tmp_path: Path) -> None:
    async with running_idp(idp_settings(tmp_path)) as client:
        answer = await client.get("/jwks.json")
    [key] = answer.json()["keys"]
    assert {key["kty"], key["alg"], key["use"]} == {"RSA", "RS256", "sig"}
    assert key["kid"]
    assert not {"d", "p", "q", "dp", "dq", "qi"} & key.keys()
    assert "max-age" in answer.headers["cache-control"]
