"""Sign in and out of the console."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask import session as session_cookie
from flask.typing import ResponseReturnValue
from flask_login import current_user
from sqlalchemy import func, select

from console import audit, sessions
from console.forms import LoginForm
from console.passwords import hash_password, locked_until, needs_rehash, verify_password
from console.roles import HOME
from mindlink.services import services
from store.models import Staff

bp = Blueprint("auth", __name__)


@bp.route("/login", methods=["GET", "POST"])
def login() -> ResponseReturnValue:
    """Check the password (slowly, with lock-out) and start a server-side session."""
    form = LoginForm()
    if not form.validate_on_submit():
        return render_template("console/login.html", form=form)
    svc = services()
    now = svc.clock()
    email = (form.email.data or "").strip().lower()
    with svc.db.session() as session:
        staff = session.scalar(select(Staff).where(func.lower(Staff.email) == email))
        locked = bool(staff and staff.locked_until and staff.locked_until > now)
        # Verify even when locked or unknown so every failure costs the same time.
        ok = verify_password(staff.password_hash if staff else None, form.password.data or "")
        if staff is None or not staff.active or locked or not ok:
            if staff is not None and not locked:
                staff.failed_logins += 1
                staff.locked_until = locked_until(staff.failed_logins, now)
            audit.record(
                session, staff.id if staff else None, "login_failed", "", now, locked=locked
            )
            flash("sign_in_failed", "error")
            return render_template("console/login.html", form=form), 401
        staff.failed_logins = 0
        staff.locked_until = None
        if needs_rehash(staff.password_hash):
            staff.password_hash = hash_password(form.password.data or "")
        limits = sessions.Limits.from_settings(svc.settings)
        sessions.purge_expired(session, now, limits)
        token = sessions.start(session, staff, now)
        audit.record(session, staff.id, "login", f"staff:{staff.id}", now)
        role = staff.role
    target = _safe_next(request.args.get("next")) or url_for(HOME[role])
    session_cookie.clear()  # a fresh CSRF secret for the new sign-in
    response = redirect(target)
    response.set_cookie(
        sessions.COOKIE,
        token,
        httponly=True,
        secure=svc.settings["env"] == "production",
        samesite="Lax",
        path="/console",
    )
    return response


@bp.post("/logout")
def logout() -> ResponseReturnValue:
    """Delete the server-side session and the cookie."""
    svc = services()
    token = request.cookies.get(sessions.COOKIE)
    if token:
        with svc.db.session() as session:
            staff_id = current_user.id if current_user.is_authenticated else None
            sessions.end(session, token)
            audit.record(session, staff_id, "logout", "", svc.clock())
    session_cookie.clear()
    flash("signed_out", "info")
    response = redirect(url_for("console.auth.login"))
    response.delete_cookie(sessions.COOKIE, path="/console")
    return response


def _safe_next(target: str | None) -> str | None:
    """Only follow ``next`` to a path inside the console (no open redirects)."""
    if not target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path.startswith("/console/"):
        return None
    return target
