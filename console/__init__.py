"""The staff console: sign-in, conversations, crisis queue, trends, export and admin."""

from __future__ import annotations

from typing import Any

from flask import (
    Blueprint,
    Flask,
    Request,
    Response,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask.typing import ResponseReturnValue
from flask_login import current_user
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException

from console.extensions import csrf, login_manager
from console.roles import HOME, can
from console.sessions import COOKIE, Limits, StaffUser, load
from mindlink.services import services

SECURITY_HEADERS = {
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'"
    ),
}


def init_app(app: Flask) -> None:
    """Register the console under /console with CSRF, Flask-Login and ``create-admin``."""
    from console import admin, auth, cli, conversations, export, queue, trends
    from mindlink import health
    from webhooks import bp as twilio_bp
    from webhooks import dev

    app.config.setdefault("WTF_CSRF_ENABLED", True)
    csrf.init_app(app)
    # Machine endpoints: Twilio signs its requests, monitoring and the dev phone hold no session.
    for machine in (twilio_bp, dev.bp, health.bp):
        csrf.exempt(machine)
    login_manager.init_app(app)
    login_manager.session_protection = None  # the session lives in our table, not the cookie
    login_manager.request_loader(_load_user)
    login_manager.unauthorized_handler(_sign_in_first)
    # The parent is built per app; the section blueprints nest under it (console.auth.login).
    bp = Blueprint("console", __name__, url_prefix="/console", static_folder="static")
    bp.add_url_rule("/", "home", home)
    bp.context_processor(_helpers)
    bp.after_request(_headers)
    bp.register_error_handler(CSRFError, _csrf_error)
    bp.register_error_handler(403, _http_error)
    bp.register_error_handler(404, _http_error)
    for module in (auth, conversations, queue, trends, export, admin):
        bp.register_blueprint(module.bp)
    app.register_blueprint(bp)
    cli.init_app(app)


def _load_user(req: Request) -> StaffUser | None:
    """The staff member behind the console cookie, if the session is still alive."""
    token = req.cookies.get(COOKIE)
    if not token or not (req.blueprint or "").startswith("console"):
        return None
    svc = services()
    with svc.db.session() as session:
        return load(session, token, svc.clock(), Limits.from_settings(svc.settings))


def _sign_in_first() -> ResponseReturnValue:
    """Send anonymous visitors to sign in, and back to the page they wanted (GET only)."""
    flash("sign_in_required", "info")
    target = None
    if request.method == "GET":
        target = request.path + (
            f"?{request.query_string.decode()}" if request.query_string else ""
        )
    return redirect(url_for("console.auth.login", next=target))


def home() -> ResponseReturnValue:
    """Send each role to its first page."""
    if not current_user.is_authenticated:
        return redirect(url_for("console.auth.login"))
    return redirect(url_for(HOME[current_user.role]))


def _helpers() -> dict[str, Any]:
    """``can(permission)`` for the templates' navigation."""

    def allowed(permission: str) -> bool:
        return bool(current_user.is_authenticated and can(current_user.role, permission))

    return {"can": allowed}


def _headers(response: Response) -> Response:
    """Console pages hold personal data: never cache, never frame."""
    if request.endpoint == "console.static":
        return response
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def _csrf_error(error: CSRFError) -> ResponseReturnValue:
    """A form without a valid token (stale page or forged request)."""
    return render_template("console/error.html", code=400, reason="csrf"), 400


def _http_error(error: HTTPException) -> ResponseReturnValue:
    """Plain error pages inside the console layout."""
    code = error.code or 500
    return render_template("console/error.html", code=code, reason=str(code)), code
