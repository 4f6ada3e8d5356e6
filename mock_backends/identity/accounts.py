"""Signing in (with the failed-attempt throttle) and self-registration of customers."""

import time
import uuid
from dataclasses import dataclass, field

from mock_backends.identity.config import Settings
from mock_backends.identity.models import User
from mock_backends.identity.passwords import Passwords, password_problem
from mock_backends.identity.repository import IdentityRepository
from mock_backends.identity.throttle import Policy, record_failure, record_success, seconds_locked

WRONG_CREDENTIALS = "The email or password is not right."


@dataclass(frozen=True)
class SignInResult:
    user: User | None = None
    error: str | None = None
    retry_after: int = 0  # seconds, when throttled


def account_policy(settings: Settings) -> Policy:
    return Policy(
        settings.login_account_free_failures,
        settings.login_delay_base_seconds,
        settings.login_delay_max_seconds,
        settings.login_failure_window_seconds,
    )


def ip_policy(settings: Settings) -> Policy:
    return Policy(
        settings.login_ip_free_failures,
        settings.login_delay_base_seconds,
        settings.login_delay_max_seconds,
        settings.login_failure_window_seconds,
    )


def sign_in(
    repository: IdentityRepository,
    passwords: Passwords,
    settings: Settings,
    email: str,
    password: str,
    ip: str,
) -> SignInResult:
    now = time.time()
    user = repository.user_by_email(email, for_update=True)  # the failure count is read to be changed
    address = repository.ip_throttle(ip)
    wait = max(seconds_locked(address, now), seconds_locked(user, now) if user else 0)
    if wait:
        # The password is not looked at while locked: guesses made now are worth nothing.
        return SignInResult(error=f"Too many attempts, try again in {wait} seconds.", retry_after=wait)
    if not passwords.verify(user.password_hash if user else None, password) or user is None:
        record_failure(address, ip_policy(settings), now)
        if user is not None:
            record_failure(user, account_policy(settings), now)
        return SignInResult(error=WRONG_CREDENTIALS)
    record_success(address)
    record_success(user)
    if passwords.needs_rehash(user.password_hash):
        user.password_hash = passwords.hash(password)  # cost parameters raised since it was stored
    return SignInResult(user=user)


@dataclass
class Registration:
    given_name: str
    family_name: str
    email: str
    password: str
    errors: dict[str, str] = field(default_factory=dict)


def register_customer(
    repository: IdentityRepository, passwords: Passwords, settings: Settings, form: Registration
) -> User | None:
    """The new customer, or None with `form.errors` (field name -> message) filled in."""
    given, family, email = form.given_name.strip(), form.family_name.strip(), form.email.strip().lower()
    if not given:
        form.errors["given_name"] = "Enter your given name."
    if not family:
        form.errors["family_name"] = "Enter your family name."
    if "@" not in email or "." not in email.rsplit("@", 1)[-1] or len(email) > 254:
        form.errors["email"] = "Enter an email address like name@example.com."
    elif repository.user_by_email(email) is not None:
        form.errors["email"] = "An account with this email already exists. Sign in instead."
    problem = password_problem(
        form.password, min_length=settings.password_min_length, personal=(given, family, email.split("@")[0])
    )
    if problem:
        form.errors["password"] = problem
    if form.errors:
        return None
    return repository.add_user(
        User(
            email=email,
            password_hash=passwords.hash(form.password),
            given_name=given,
            family_name=family,
            roles=["customer"],
            # The id its TMF629 Customer record will carry.
            customer_id=f"cust-{uuid.uuid4().hex[:12]}",
        )
    )
