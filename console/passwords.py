"""Argon2 password hashing and the lock-out rule after repeated failed sign-ins."""

from __future__ import annotations

from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()
# Verified against when the email is unknown, so both paths cost the same time.
_DUMMY_HASH = _hasher.hash("not-a-real-password")

FREE_ATTEMPTS = 5
MIN_LENGTH = 12


def hash_password(password: str) -> str:
    """An argon2id hash of ``password``."""
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """True when ``password`` matches; also spends the hashing time for unknown users."""
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """True when the hash was made with weaker parameters than today's."""
    return _hasher.check_needs_rehash(password_hash)


def locked_until(failed_logins: int, now: datetime) -> datetime | None:
    """When an account with this many consecutive failures may try again (None: not locked).

    The first few mistakes are free; after that each failure locks the account for a doubling
    time, from one minute up to an hour, which makes guessing slow without locking staff out
    for long.
    """
    if failed_logins < FREE_ATTEMPTS:
        return None
    minutes = min(2 ** (failed_logins - FREE_ATTEMPTS), 60)
    return now + timedelta(minutes=minutes)


def password_ok(password: str) -> bool:
    """True when ``password`` is long enough to be worth hashing."""
    return len(password) >= MIN_LENGTH
