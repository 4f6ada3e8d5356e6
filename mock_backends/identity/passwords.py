"""Password hashing (Argon2id through argon2-cffi) and the strength rule for new passwords.

argon2-cffi is the reference Argon2 binding, maintained by the Argon2 CFFI authors (Hynek Schlawack) and
what pwdlib and passlib themselves call; Argon2id is OWASP's first choice for password storage.
"""

import re
from typing import Literal

from argon2 import Parameters, PasswordHasher, Type, profiles
from argon2.exceptions import InvalidHashError, VerificationError

HashProfile = Literal["OWASP", "RFC_9106_LOW_MEMORY", "CHEAPEST"]

# OWASP Password Storage Cheat Sheet's Argon2id baseline: 19 MiB, 2 passes, 1 lane (about 40 ms on one core).
# RFC 9106's low-memory profile (64 MiB, 3 passes, 4 lanes) is stronger and wants four cores to stay fast.
_PROFILES: dict[str, Parameters] = {
    "OWASP": Parameters(
        type=Type.ID, version=19, salt_len=16, hash_len=32, time_cost=2, memory_cost=19 * 1024, parallelism=1
    ),
    "RFC_9106_LOW_MEMORY": profiles.RFC_9106_LOW_MEMORY,
    "CHEAPEST": profiles.CHEAPEST,  # tests only
}


class Passwords:
    def __init__(self, profile: HashProfile = "OWASP") -> None:
        self._hasher = PasswordHasher.from_parameters(_PROFILES[profile])
        # Verified against when the account does not exist, so a wrong email costs as long as a wrong
        # password and the answer time does not tell which accounts exist.
        self._dummy_hash = self._hasher.hash("not a real password")

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, password_hash: str | None, password: str) -> bool:
        try:
            return self._hasher.verify(password_hash or self._dummy_hash, password) and bool(password_hash)
        except (VerificationError, InvalidHashError):
            return False

    def needs_rehash(self, password_hash: str) -> bool:
        """True when the hash was made with other cost parameters (the profile changed)."""
        return self._hasher.check_needs_rehash(password_hash)


def password_problem(password: str, *, min_length: int, personal: tuple[str, ...] = ()) -> str | None:
    """Why a new password is too weak, or None. Length first (NIST SP 800-63B), plus two cheap checks."""
    if len(password) < min_length:
        return f"Use at least {min_length} characters."
    if not re.search(r"[A-Za-z]", password) or not re.search(r"[^A-Za-z]", password):
        return "Mix letters with at least one number or symbol."
    lowered = password.lower()
    if any(part and len(part) >= 3 and part.lower() in lowered for part in personal):
        return "Do not use your name or email address in your password."
    return None
