"""Who may do what in the console: one table of roles and permissions, one decorator."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

from flask import abort
from flask_login import current_user

P = ParamSpec("P")
R = TypeVar("R")

# Support staff handle conversations; clinicians see clinical detail on top; admins manage
# accounts and read the audit log but no conversation content (least privilege: an admin who
# also answers people gets a second, support or clinician, account); researchers only export.
SUPPORT = frozenset({"conversations", "transcripts", "handoff", "notes", "reveal_phone"})
ROLE_PERMISSIONS: dict[str, frozenset[str]] = {
    "support": SUPPORT,
    "clinician": SUPPORT | {"trends", "clinical"},
    "admin": frozenset({"staff", "audit"}),
    "researcher": frozenset({"export"}),
}
ROLES = tuple(ROLE_PERMISSIONS)

# Where each role lands after signing in.
HOME = {
    "support": "console.conversations.index",
    "clinician": "console.conversations.index",
    "admin": "console.admin.staff",
    "researcher": "console.export.index",
}


def can(role: str, permission: str) -> bool:
    """True when ``role`` grants ``permission``."""
    return permission in ROLE_PERMISSIONS.get(role, frozenset())


def require(permission: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Redirect anonymous visitors to sign in; 403 for a signed-in role without the permission."""

    def decorator(view: Callable[P, R]) -> Callable[P, R]:
        @wraps(view)
        def wrapped(*args: P.args, **kwargs: P.kwargs) -> R:
            from console.extensions import login_manager

            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if not can(current_user.role, permission):
                abort(403)
            return view(*args, **kwargs)

        return wrapped

    return decorator
