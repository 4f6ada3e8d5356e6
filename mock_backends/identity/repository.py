"""Queries on the identity tables, in the caller's session; the caller (the session dependency) commits.

Redeeming a code or a refresh token is one conditional UPDATE (`... WHERE used_at IS NULL`), so two
concurrent requests with the same credential cannot both succeed, on SQLite or PostgreSQL. Failure counters
are read FOR UPDATE, so parallel guesses at one account queue up on PostgreSQL instead of each seeing the
count before the others (SQLite, a single-process dev store, ignores FOR UPDATE).
"""

import hashlib
import secrets
import time

from sqlalchemy import CursorResult, Update, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from mock_backends.identity.models import (
    AccountThrottle,
    AuthorizationCode,
    Client,
    IpThrottle,
    LoginSession,
    Mail,
    PendingRegistration,
    RateWindow,
    RefreshToken,
    User,
)


def fingerprint(secret: str) -> str:
    """SHA-256 of a random credential; enough for high-entropy values (passwords use Argon2 instead)."""
    return hashlib.sha256(secret.encode()).hexdigest()


def new_secret() -> str:
    return secrets.token_urlsafe(32)


class IdentityRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # People

    def user(self, user_id: str) -> User | None:
        return self.session.get(User, user_id)

    def user_by_email(self, email: str, *, for_update: bool = False) -> User | None:
        query = select(User).where(col(User.email) == email.strip().lower())
        if for_update:
            query = query.with_for_update()
        return self.session.scalars(query).first()

    def add_user(self, user: User) -> User:
        user.email = user.email.strip().lower()
        self.session.add(user)
        self.session.flush()
        return user

    def ip_throttle(self, ip: str) -> IpThrottle:
        """The address's failure record, locked for this transaction (created on first use)."""
        record = self.session.get(IpThrottle, ip, with_for_update=True)
        if record is not None:
            return record
        try:
            with self.session.begin_nested():
                record = IpThrottle(ip=ip)
                self.session.add(record)
        except IntegrityError:  # another request from the same address created it first
            record = self.session.get(IpThrottle, ip, with_for_update=True)
        assert record is not None
        return record

    def account_throttle(self, email: str) -> AccountThrottle:
        """The failure record of an e-mail address, known or not, locked for this transaction."""
        key = fingerprint(email.strip().lower())
        record = self.session.get(AccountThrottle, key, with_for_update=True)
        if record is not None:
            return record
        try:
            with self.session.begin_nested():
                record = AccountThrottle(email_hash=key)
                self.session.add(record)
        except IntegrityError:
            record = self.session.get(AccountThrottle, key, with_for_update=True)
        assert record is not None
        return record

    def count_in_window(self, key: str, window_seconds: float, now: float) -> int:
        """Counts one more use of `key` in its fixed window; returns the count so far, this one included."""
        record = self.session.get(RateWindow, key, with_for_update=True)
        if record is None:
            try:
                with self.session.begin_nested():
                    record = RateWindow(key=key, window_start=now)
                    self.session.add(record)
            except IntegrityError:
                record = self.session.get(RateWindow, key, with_for_update=True)
        assert record is not None
        if now - record.window_start >= window_seconds:
            record.window_start, record.count = now, 0
        record.count += 1
        self.session.flush()
        return record.count

    # Registrations waiting for their e-mail, and the mail sent

    def add_pending_registration(self, token: str, pending: PendingRegistration) -> None:
        pending.token_hash = fingerprint(token)
        self.session.add(pending)
        self.session.flush()

    def take_pending_registration(self, token: str) -> PendingRegistration | None:
        """The registration the link's token confirms, removed (a link works once), if it has not expired."""
        row = self.session.get(PendingRegistration, fingerprint(token), with_for_update=True)
        if row is None:
            return None
        self.session.delete(row)
        self.session.flush()
        return row if row.expires_at > time.time() else None

    def send_mail(self, mail: Mail) -> None:
        self.session.add(mail)
        self.session.flush()

    def mails_sent_since(self, to: str, since: float) -> int:
        query = select(func.count()).where(col(Mail.to) == to.strip().lower(), col(Mail.sent_at) >= since)
        return int(self.session.scalar(query) or 0)

    def mails(self, to: str | None = None, limit: int = 50) -> list[Mail]:
        query = select(Mail).order_by(col(Mail.sent_at).desc()).limit(limit)
        if to:
            query = query.where(col(Mail.to) == to.strip().lower())
        return list(self.session.scalars(query))

    # Clients

    def client(self, client_id: str) -> Client | None:
        return self.session.get(Client, client_id)

    def save_client(self, client: Client) -> Client:
        merged = self.session.merge(client)
        self.session.flush()
        return merged

    # Authorization codes

    def add_code(self, code: str, row: AuthorizationCode) -> None:
        row.code_hash = fingerprint(code)
        self.session.add(row)
        self.session.flush()

    def redeem_code(self, code: str, client_id: str) -> AuthorizationCode | None:
        """The code, marked used, if it is unused, unexpired and was issued to this client."""
        now = time.time()
        code_hash = fingerprint(code)
        claimed = self._claim(
            update(AuthorizationCode)
            .where(
                col(AuthorizationCode.code_hash) == code_hash,
                col(AuthorizationCode.client_id) == client_id,
                col(AuthorizationCode.used_at).is_(None),
                col(AuthorizationCode.expires_at) > now,
            )
            .values(used_at=now)
        )
        row = self.session.scalars(
            select(AuthorizationCode).where(col(AuthorizationCode.code_hash) == code_hash)
        ).first()
        if claimed:
            return row
        if row is not None and row.used_at is not None:
            # RFC 6749 §4.1.2: a code used twice was probably stolen; what it bought is revoked.
            self.revoke_family(row.id, "reuse")
        return None

    def nonce_used(self, client_id: str, nonce: str) -> bool:
        query = select(col(AuthorizationCode.id)).where(
            col(AuthorizationCode.client_id) == client_id, col(AuthorizationCode.nonce) == nonce
        )
        return self.session.scalars(query).first() is not None

    # Refresh tokens

    def add_refresh_token(self, token: str, row: RefreshToken) -> None:
        row.token_hash = fingerprint(token)
        self.session.add(row)
        self.session.flush()

    def redeem_refresh_token(self, token: str, client_id: str) -> RefreshToken | None:
        """The token, marked rotated, if it is live and was issued to this client."""
        now = time.time()
        token_hash = fingerprint(token)
        claimed = self._claim(
            update(RefreshToken)
            .where(
                col(RefreshToken.token_hash) == token_hash,
                col(RefreshToken.client_id) == client_id,
                col(RefreshToken.revoked_at).is_(None),
                col(RefreshToken.expires_at) > now,
            )
            .values(revoked_at=now, revoked_reason="rotated")
        )
        row = self.session.scalars(
            select(RefreshToken).where(col(RefreshToken.token_hash) == token_hash)
        ).first()
        if claimed:
            return row
        if row is not None and row.revoked_reason == "rotated" and row.client_id == client_id:
            # RFC 9700 §4.14.2: a rotated token presented again means two parties hold the family.
            self.revoke_family(row.family_id, "reuse")
        return None

    def refresh_token(self, token: str) -> RefreshToken | None:
        return self.session.scalars(
            select(RefreshToken).where(col(RefreshToken.token_hash) == fingerprint(token))
        ).first()

    def revoke_family(self, family_id: str, reason: str) -> None:
        self.session.execute(
            update(RefreshToken)
            .where(col(RefreshToken.family_id) == family_id, col(RefreshToken.revoked_at).is_(None))
            .values(revoked_at=time.time(), revoked_reason=reason)
        )

    def revoke_user_tokens(self, user_id: str, client_id: str, reason: str) -> None:
        self.session.execute(
            update(RefreshToken)
            .where(
                col(RefreshToken.user_id) == user_id,
                col(RefreshToken.client_id) == client_id,
                col(RefreshToken.revoked_at).is_(None),
            )
            .values(revoked_at=time.time(), revoked_reason=reason)
        )

    # Sign-in sessions

    def start_session(self, user: User, ttl_seconds: int) -> str:
        """A new session for the user; returns the cookie value (only its hash is stored)."""
        session_id = new_secret()
        now = time.time()
        self.session.add(
            LoginSession(
                id_hash=fingerprint(session_id),
                user_id=user.id,
                authenticated_at=int(now),
                expires_at=now + ttl_seconds,
            )
        )
        self.session.flush()
        return session_id

    def session_of(self, session_id: str | None) -> tuple[LoginSession, User] | None:
        if not session_id:
            return None
        login = self.session.get(LoginSession, fingerprint(session_id))
        if login is None or login.expires_at <= time.time():
            return None
        user = self.user(login.user_id)
        return (login, user) if user else None

    def end_session(self, session_id: str | None) -> None:
        if session_id and (login := self.session.get(LoginSession, fingerprint(session_id))):
            self.session.delete(login)
            self.session.flush()

    def _claim(self, statement: Update) -> bool:
        result = self.session.execute(statement)
        assert isinstance(result, CursorResult)
        return result.rowcount == 1
