"""Staff accounts, roles and the audit log (admins)."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from console import audit, sessions
from console.forms import StaffChangeForm, StaffForm
from console.passwords import hash_password
from console.roles import require
from mindlink.services import services
from store.models import AuditLog, Staff

bp = Blueprint("admin", __name__, url_prefix="/admin")

AUDIT_PAGE = 100


@bp.route("/staff", methods=["GET", "POST"])
@require("staff")
def staff() -> ResponseReturnValue:
    """List accounts; create one."""
    form = StaffForm()
    svc = services()
    if form.validate_on_submit():
        now = svc.clock()
        try:
            with svc.db.session() as session:
                row = Staff(
                    email=(form.email.data or "").strip().lower(),
                    name=form.name.data or "",
                    role=form.role.data,
                    password_hash=hash_password(form.password.data or ""),
                    created_at=now,
                )
                session.add(row)
                session.flush()
                audit.record(
                    session, current_user.id, "create_staff", f"staff:{row.id}", now, role=row.role
                )
        except IntegrityError:
            flash("staff_exists", "error")
        else:
            flash("staff_created", "info")
            return redirect(url_for(".staff"))
    with svc.db.session() as session:
        people = session.scalars(select(Staff).order_by(func.lower(Staff.email))).all()
    return render_template(
        "console/admin_staff.html",
        form=form,
        people=people,
        now=svc.clock(),
        change=StaffChangeForm,
    )


@bp.post("/staff/<int:staff_id>")
@require("staff")
def change(staff_id: int) -> ResponseReturnValue:
    """Change role, status or password; any change signs the person out everywhere."""
    form = StaffChangeForm()
    svc = services()
    now = svc.clock()
    if not form.validate_on_submit():
        flash("staff_change_invalid", "error")
        return redirect(url_for(".staff"))
    if staff_id == current_user.id and (form.role.data != "admin" or not form.active.data):
        flash("cannot_demote_self", "error")  # keeps at least this admin able to sign in
        return redirect(url_for(".staff"))
    with svc.db.session() as session:
        row = session.get(Staff, staff_id) or abort(404)
        before = {"role": row.role, "active": row.active}
        row.role = form.role.data or row.role
        row.active = bool(form.active.data)
        if form.unlock.data:
            row.failed_logins = 0
            row.locked_until = None
        new_password = bool(form.password.data)
        if new_password:
            row.password_hash = hash_password(form.password.data or "")
        after = {"role": row.role, "active": row.active}
        if after != before or new_password:
            sessions.end_all(session, row.id)
        audit.record(
            session,
            current_user.id,
            "change_staff",
            f"staff:{row.id}",
            now,
            before=before,
            after=after,
            unlocked=bool(form.unlock.data),
            password_reset=new_password,
        )
    flash("staff_changed", "info")
    return redirect(url_for(".staff"))


@bp.get("/audit")
@require("audit")
def audit_log() -> ResponseReturnValue:
    """The audit log, newest first, one page at a time (?before=<id>), by target or action."""
    before = request.args.get("before", type=int)
    target = request.args.get("target", "").strip()
    action = request.args.get("action", "").strip()
    stmt = select(AuditLog, Staff.email).outerjoin(Staff, Staff.id == AuditLog.staff_id)
    if before:
        stmt = stmt.where(AuditLog.id < before)
    if target:
        stmt = stmt.where(AuditLog.target == target)
    if action:
        stmt = stmt.where(AuditLog.action == action)
    with services().db.session() as session:
        rows = session.execute(stmt.order_by(AuditLog.id.desc()).limit(AUDIT_PAGE + 1)).all()
    more = len(rows) > AUDIT_PAGE
    rows = rows[:AUDIT_PAGE]
    return render_template(
        "console/admin_audit.html",
        rows=rows,
        target=target,
        action=action,
        next_before=rows[-1][0].id if more and rows else None,
    )
