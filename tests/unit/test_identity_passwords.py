"""Password hashing, the strength rule, and the throttle's delays."""

import pytest

from mock_backends.identity.models import IpThrottle
from mock_backends.identity.passwords import Passwords, password_problem
from mock_backends.identity.throttle import Policy, record_failure, record_success, seconds_locked

POLICY = Policy(free_failures=3, base_seconds=1.0, max_seconds=30.0, window_seconds=900.0)


def test_hash_verifies_only_its_password() -> None:
    passwords = Passwords()
    stored = passwords.hash("correct-horse-42")
    assert stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    assert passwords.verify(stored, "correct-horse-42")
    assert not passwords.verify(stored, "correct-horse-43")
    assert not passwords.verify(None, "not a real password")  # the dummy hash never signs anyone in
    assert not passwords.verify("garbage", "correct-horse-42")


def test_hash_made_with_other_parameters_needs_rehash() -> None:
    cheap = Passwords("CHEAPEST").hash("correct-horse-42")
    assert Passwords("OWASP").needs_rehash(cheap)
    assert not Passwords("CHEAPEST").needs_rehash(cheap)


TOO_COMMON = "This password is too common (it appears in lists of breached passwords). Choose another."


@pytest.mark.parametrize(
    ("password", "expected"),
    [
        ("correct-horse-42", None),
        ("short1!", "Use at least 10 characters."),
        ("abcdefghijkl", TOO_COMMON),  # a sequence
        ("9876543210", TOO_COMMON),
        ("Password123", TOO_COMMON),  # in the breached-password list
        ("zzzzzzzzzzzz", TOO_COMMON),
        ("onlyletterspassphrase", None),  # no composition rules (NIST SP 800-63B)
        ("ada.lovelace-1", "Do not use your name or email address in your password."),
    ],
)
def test_strength_rule(password: str, expected: str | None) -> None:
    assert password_problem(password, min_length=10, personal=("Ada", "Lovelace")) == expected


def test_delays_double_after_the_free_failures_up_to_the_cap() -> None:
    assert [POLICY.delay_after(n) for n in range(1, 10)] == [0, 0, 1, 2, 4, 8, 16, 30, 30]


def test_failures_lock_then_success_clears() -> None:
    record = IpThrottle(ip="192.0.2.1")
    for second in range(3):
        record_failure(record, POLICY, now=1000.0 + second)
    assert record.failed_logins == 3
    assert seconds_locked(record, now=1002.5) == 1
    assert seconds_locked(record, now=1003.0) == 0
    record_success(record)
    assert (record.failed_logins, record.locked_until) == (0, None)


def test_old_failures_are_forgotten() -> None:
    record = IpThrottle(ip="192.0.2.1")
    for second in range(3):
        record_failure(record, POLICY, now=1000.0 + second)
    record_failure(record, POLICY, now=1000.0 + 2 + 901)
    assert (record.failed_logins, record.locked_until) == (1, None)
