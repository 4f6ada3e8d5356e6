"""Signing in (with the failed-attempt throttle) and self-registration of customers, confirmed by e-mail.

Neither tells whether an e-mail address has an account (OWASP Authentication Cheat Sheet, "Authentication
and Error Messages"): a wrong password and an unknown address get the same answer after the same work
(an Argon2 verification either way) and are throttled alike, per address typed; registration answers
"check your e-mail" whether the address is new or taken, after the same work (an Argon2 hash either way),
and only the mail differs: a confirmation link for a new address, a "you already have an account" note for
a taken one. The account is created when the link is followed (`confirm_registration`). An address gets at
most IDP_REGISTRATION_MAILS_PER_ADDRESS such mails per window, whoever fills in the form.
"""

import secrets
import time
import uuid
from dataclasses import dataclass, field
from urllib.parse import urlencode

from mock_backends.identity.config import Settings
from mock_backends.identity.models import Mail, PendingRegistration, User
from mock_backends.identity.passwords import Passwords, password_problem
from mock_backends.identity.repository import IdentityRepository
from mock_backends.identity.throttle import Policy, record_failure, record_success, seconds_locked
from mock_backends.safe_text import unsafe_character

WRONG_CREDENTIALS = "The email or password is not right."
MAX_NAME_LENGTH = 100
MAX_EMAIL_LENGTH = 254  # RFC 5321's path limit


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
    email = email.strip().lower()[:MAX_EMAIL_LENGTH]
    # Counted per address typed, whether an account has it or not: a lock does not reveal an account.
    account = repository.account_throttle(email)
    address = repository.ip_throttle(ip)
    wait = max(seconds_locked(address, now), seconds_locked(account, now))
    if wait:
        # The password is not looked at while locked: guesses made now are worth nothing.
        return SignInResult(error=f"Too many attempts, try again in {wait} seconds.", retry_after=wait)
    user = repository.user_by_email(email)
    if not passwords.verify(user.password_hash if user else None, password[:1024]) or user is None:
        record_failure(address, ip_policy(settings), now)
        record_failure(account, account_policy(settings), now)
        return SignInResult(error=WRONG_CREDENTIALS)
    # Only this account's count is cleared: the address's failures stand until their window passes, so one
    # sign-in with an account of one's own does not buy another round of guesses at others.
    record_success(account)
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


def _name_problem(value: str, label: str) -> str | None:
    if not value:
        return f"Enter your {label}."
    if len(value) > MAX_NAME_LENGTH:
        return f"Use at most {MAX_NAME_LENGTH} characters for your {label}."
    if bad := unsafe_character(value):
        return f"Your {label} cannot contain control or invisible formatting characters ({bad})."
    return None


def check_registration(settings: Settings, form: Registration) -> tuple[str, str, str] | None:
    """The cleaned (given, family, email), or None with `form.errors` (field name -> message) filled in.
    Nothing here depends on which accounts exist."""
    given, family, email = form.given_name.strip(), form.family_name.strip(), form.email.strip().lower()
    for name, value, label in (("given_name", given, "given name"), ("family_name", family, "family name")):
        if problem := _name_problem(value, label):
            form.errors[name] = problem
    if (
        "@" not in email
        or "." not in email.rsplit("@", 1)[-1]
        or len(email) > MAX_EMAIL_LENGTH
        or unsafe_character(email)
        or any(c.isspace() for c in email)
    ):
        form.errors["email"] = "Enter an email address like name@example.com."
    problem = password_problem(
        form.password, min_length=settings.password_min_length, personal=(given, family, email.split("@")[0])
    )
    if problem:
        form.errors["password"] = problem
    return None if form.errors else (given, family, email)


def registration_allowed(repository: IdentityRepository, settings: Settings, ip: str) -> bool:
    """Per client address, at most IDP_REGISTRATION_IP_LIMIT registrations a window."""
    count = repository.count_in_window(f"register:{ip}", settings.registration_window_seconds, time.time())
    return count <= settings.registration_ip_limit


def register_customer(
    repository: IdentityRepository,
    passwords: Passwords,
    settings: Settings,
    form: Registration,
    *,
    pending: str = "",
) -> bool:
    """Sends the mail of a registration; False with `form.errors` filled in when the form is not valid.

    Whether the address is new or taken, the same work is done (one Argon2 hash) and True is returned: the
    caller answers "check your e-mail" either way."""
    cleaned = check_registration(settings, form)
    if cleaned is None:
        return False
    given, family, email = cleaned
    password_hash = passwords.hash(form.password)  # also for a taken address: the same time either way
    window_start = time.time() - settings.registration_window_seconds
    if repository.mails_sent_since(email, window_start) >= settings.registration_mails_per_address:
        return True  # this address had its mails for now: the same answer, no further mail
    if repository.user_by_email(email) is not None:
        sign_in_link = f"{settings.issuer}/authorize?{pending}" if pending else ""
        repository.send_mail(
            Mail(
                to=email,
                subject="You already have a Lumen account",
                body=(
                    "Someone, perhaps you, tried to create a Lumen account with this e-mail address. You "
                    "already have one: sign in with it. If this was not you, you can ignore this message."
                ),
                link=sign_in_link,
            )
        )
        return True
    token = secrets.token_urlsafe(32)
    repository.add_pending_registration(
        token,
        PendingRegistration(
            token_hash="",  # set from the token by the repository
            email=email,
            password_hash=password_hash,
            given_name=given,
            family_name=family,
            pending=pending,
            expires_at=time.time() + settings.email_verification_ttl_seconds,
        ),
    )
    link = f"{settings.issuer}/verify-email?{urlencode({'token': token})}"
    repository.send_mail(
        Mail(
            to=email,
            subject="Confirm your e-mail address for Lumen",
            body=f"Hello {given}, follow the link to confirm your address and finish creating your account.",
            link=link,
        )
    )
    return True


@dataclass(frozen=True)
class Confirmation:
    user: User | None  # None: the link is not valid (unknown, used, or expired)
    pending: str = ""  # the authorization request to go back into


def confirm_registration(repository: IdentityRepository, token: str) -> Confirmation:
    """Creates the account a confirmation link stands for; a link works once."""
    registration = repository.take_pending_registration(token[:200])
    if registration is None:
        return Confirmation(None)
    existing = repository.user_by_email(registration.email)
    if existing is not None:  # confirmed twice (two registrations, two links): the first one stands
        return Confirmation(None)
    user = repository.add_user(
        User(
            email=registration.email,
            password_hash=registration.password_hash,
            given_name=registration.given_name,
            family_name=registration.family_name,
            roles=["customer"],
            # The id its TMF629 Customer record will carry.
            customer_id=f"cust-{uuid.uuid4().hex[:12]}",
        )
    )
    return Confirmation(user, registration.pending)
