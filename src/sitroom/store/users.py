"""Users, API tokens and login sessions of the web layer.

Passwords are hashed with scrypt (salted, parameters stored with the hash). Tokens and session
ids are random; only their SHA-256 is stored, so the database alone grants nobody access.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, select

from .convert import StoreError
from .repository import Store
from .web_schema import ApiTokenRow, LoginFailureRow, UserRow, WebSessionRow

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SESSION_DAYS = 7
# a guesser gets this many wrong passwords per user name (or per client address, across names)
# within the window; then logins of that name or from that address are refused until the
# oldest failure leaves the window. Kept in the database so every worker process sees them.
THROTTLE_WINDOW = timedelta(minutes=15)
FAILURES_PER_NAME = 5
FAILURES_PER_CLIENT = 20


@dataclass
class User:
    name: str


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _aware(value: datetime) -> datetime:
    """SQLite returns naive datetimes even for timezone columns; they were written as UTC."""
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        got = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got.hex(), digest)


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class UserStore:
    """Users and their credentials, kept in the same database as the events."""

    def __init__(self, store: Store) -> None:
        self._sessions = store._sessions  # noqa: SLF001 - same database, same session factory

    def add_user(self, name: str, password: str) -> User:
        name = name.strip()
        if not name:
            raise StoreError("a user needs a name")
        if len(password) < 8:
            raise StoreError(f"user {name}: the password must have at least 8 characters")
        with self._sessions.begin() as session:
            if session.scalar(select(UserRow.id).where(UserRow.name == name)) is not None:
                raise StoreError(f"user {name} already exists")
            session.add(UserRow(name=name, password_hash=hash_password(password), disabled=False,
                                created_at=_now()))
        return User(name)

    def set_password(self, name: str, password: str) -> None:
        if len(password) < 8:
            raise StoreError(f"user {name}: the password must have at least 8 characters")
        with self._sessions.begin() as session:
            row = session.scalar(select(UserRow).where(UserRow.name == name))
            if row is None:
                raise StoreError(f"no user {name}")
            row.password_hash = hash_password(password)
            session.execute(delete(WebSessionRow).where(WebSessionRow.user_id == row.id))

    def users(self) -> list[str]:
        with self._sessions() as session:
            return list(session.scalars(select(UserRow.name).order_by(UserRow.name)))

    def authenticate(self, name: str, password: str) -> User | None:
        with self._sessions() as session:
            row = session.scalar(select(UserRow).where(UserRow.name == name))
        if row is None:
            hash_password(password)  # same work either way, so timing does not reveal names
            return None
        if row.disabled or not check_password(password, row.password_hash):
            return None
        return User(row.name)

    def login_wait(self, name: str, client: str) -> int:
        """Seconds until a login of `name` from `client` may be tried again; 0 = now."""
        now = _now()
        since = now - THROTTLE_WINDOW
        waits = [0]
        with self._sessions() as session:
            for column, value, allowed in ((LoginFailureRow.name, name, FAILURES_PER_NAME),
                                           (LoginFailureRow.client, client, FAILURES_PER_CLIENT)):
                times = list(session.scalars(select(LoginFailureRow.at).where(column == value, LoginFailureRow.at >= since)
                                             .order_by(LoginFailureRow.at.desc()).limit(allowed)))
                if len(times) >= allowed:
                    waits.append(int((_aware(times[-1]) + THROTTLE_WINDOW - now).total_seconds()) + 1)
        return max(waits)

    def record_login_failure(self, name: str, client: str) -> None:
        now = _now()
        with self._sessions.begin() as session:
            session.execute(delete(LoginFailureRow).where(LoginFailureRow.at < now - THROTTLE_WINDOW))
            session.add(LoginFailureRow(name=name[:200], client=client[:200], at=now))

    def clear_login_failures(self, name: str) -> None:
        """After a successful login the name's count starts again (the address's does not)."""
        with self._sessions.begin() as session:
            session.execute(delete(LoginFailureRow).where(LoginFailureRow.name == name))

    def create_token(self, name: str, label: str = "") -> str:
        """A new API token for the user; the only time its plain text is seen."""
        token = "srt_" + secrets.token_urlsafe(32)
        with self._sessions.begin() as session:
            user_id = session.scalar(select(UserRow.id).where(UserRow.name == name))
            if user_id is None:
                raise StoreError(f"no user {name}")
            session.add(ApiTokenRow(user_id=user_id, token_hash=_token_hash(token), label=label,
                                    created_at=_now()))
        return token

    def user_for_token(self, token: str) -> User | None:
        with self._sessions() as session:
            row = session.scalar(
                select(UserRow).join(ApiTokenRow, ApiTokenRow.user_id == UserRow.id)
                .where(ApiTokenRow.token_hash == _token_hash(token))
            )
            return User(row.name) if row is not None and not row.disabled else None

    def start_session(self, name: str) -> str:
        """A new login session id for the cookie."""
        token = secrets.token_urlsafe(32)
        now = _now()
        with self._sessions.begin() as session:
            user_id = session.scalar(select(UserRow.id).where(UserRow.name == name))
            if user_id is None:
                raise StoreError(f"no user {name}")
            session.execute(delete(WebSessionRow).where(WebSessionRow.expires_at < now))
            session.add(WebSessionRow(user_id=user_id, token_hash=_token_hash(token), created_at=now,
                                      expires_at=now + timedelta(days=SESSION_DAYS)))
        return token

    def user_for_session(self, token: str) -> User | None:
        with self._sessions() as session:
            found = session.execute(
                select(UserRow, WebSessionRow.expires_at)
                .join(WebSessionRow, WebSessionRow.user_id == UserRow.id)
                .where(WebSessionRow.token_hash == _token_hash(token))
            ).first()
        if found is None or found[0].disabled or _aware(found[1]) < _now():
            return None
        return User(found[0].name)

    def end_session(self, token: str) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(WebSessionRow).where(WebSessionRow.token_hash == _token_hash(token)))
