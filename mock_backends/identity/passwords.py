"""Password hashing (Argon2id through argon2-cffi) and the strength rule for new passwords.

argon2-cffi is the reference Argon2 binding, maintained by the Argon2 CFFI authors (Hynek Schlawack) and
what pwdlib and passlib themselves call; Argon2id is OWASP's first choice for password storage.
"""

import functools
import itertools
import unicodedata
from typing import Literal

from argon2 import Parameters, PasswordHasher, Type, profiles
from argon2.exceptions import InvalidHashError, VerificationError
from zxcvbn.frequency_lists import FREQUENCY_LISTS  # type: ignore[import-untyped]  # ships no type hints

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


# NIST SP 800-63B §3.1.1.2 wants at least 64 characters allowed; a cap keeps one sign-in's work bounded.
MAX_PASSWORD_LENGTH = 128


@functools.cache
def common_passwords() -> frozenset[str]:
    """The 30,000 most common passwords of public breach corpora, lower-cased, as zxcvbn ships them offline
    (zxcvbn is Dropbox's strength estimator; its `passwords` list is the blocklist NIST asks to check)."""
    words: list[str] = FREQUENCY_LISTS["passwords"]
    return frozenset(words)


def _repetitive_or_sequential(password: str) -> bool:
    """NIST's other examples of guessable passwords: "aaaaaaaa", "abcdefgh", "98765432" (one step between
    each character and the next, or almost only one character)."""
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(password)}
    return len(set(password)) < 3 or (len(steps) == 1 and steps <= {-1, 0, 1})


def password_problem(password: str, *, min_length: int, personal: tuple[str, ...] = ()) -> str | None:
    """Why a new password is refused, or None, per NIST SP 800-63B §3.1.1.2: long enough, not a common or
    breached password, not made of the person's own name or address. No composition rules (the standard
    says not to impose them): a long passphrase of letters only is fine."""
    if len(password) < min_length:
        return f"Use at least {min_length} characters."
    if len(password) > MAX_PASSWORD_LENGTH:
        return f"Use at most {MAX_PASSWORD_LENGTH} characters."
    lowered = unicodedata.normalize("NFKC", password).lower()
    if lowered in common_passwords() or _repetitive_or_sequential(lowered):
        return "This password is too common (it appears in lists of breached passwords). Choose another."
    if any(part and len(part) >= 3 and part.lower() in lowered for part in personal):
        return "Do not use your name or email address in your password."
    return None
