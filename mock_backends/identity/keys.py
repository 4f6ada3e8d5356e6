"""RS256 signing keys: generated at first start into IDP_KEYS_DIR, published as the JWKS.

Each key is one private JWK file named after its `kid` (the RFC 7638 thumbprint). The newest file signs;
every file is published, so a new key can be added ahead of time and an old one kept until the tokens it
signed have expired (rotation without invalidating live tokens). The folder is git-ignored and the files are
readable by the owner only.
"""

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from joserfc.jwk import Key, KeySet, RSAKey

ALGORITHM = "RS256"
_KEY_BITS = 2048


@dataclass(frozen=True)
class SigningKeys:
    signing_key: RSAKey
    key_set: KeySet  # every key, private parts included; only the public parts leave the process

    @property
    def kid(self) -> str:
        return str(self.signing_key.kid)

    def public_jwks(self) -> dict[str, Any]:
        return dict(self.key_set.as_dict(private=False))


def load_or_create(keys_dir: Path) -> SigningKeys:
    keys_dir.mkdir(parents=True, exist_ok=True)
    files = _key_files(keys_dir)
    if not files:
        _write_new_key(keys_dir)
        files = _key_files(keys_dir)
    keys: list[Key] = [RSAKey.import_key(json.loads(path.read_text())) for path in files]
    signing_key = keys[-1]
    assert isinstance(signing_key, RSAKey)
    return SigningKeys(signing_key=signing_key, key_set=KeySet(keys))


def _key_files(keys_dir: Path) -> list[Path]:
    return sorted(keys_dir.glob("*.jwk.json"), key=lambda path: (path.stat().st_mtime, path.name))


def _write_new_key(keys_dir: Path) -> None:
    key = RSAKey.generate_key(_KEY_BITS, parameters={"use": "sig", "alg": ALGORITHM}, private=True)
    key.ensure_kid()  # the thumbprint: stable for the key, different for every key
    target = keys_dir / f"{key.kid}.jwk.json"
    temporary = keys_dir / f".{key.kid}.tmp"
    # Written whole under a temporary name, then renamed: a second process starting at the same moment
    # sees either no key or a complete one.
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        json.dump(key.as_dict(private=True), handle)
    os.replace(temporary, target)
