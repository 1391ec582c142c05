"""``flask create-admin`` (the first console account, or a way back in) and ``export-research``."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import click
from flask import Flask
from flask.cli import with_appcontext
from sqlalchemy import func, select

from console import audit
from console.passwords import MIN_LENGTH, hash_password, password_ok
from console.research import DATASETS
from mindlink.services import services
from store.models import Staff


def init_app(app: Flask) -> None:
    """Register the command."""
    app.cli.add_command(create_admin)
    app.cli.add_command(export_research)


@click.command("create-admin")
@click.option("--email", required=True, help="Sign-in email of the admin.")
@click.option("--name", default="", help="Display name.")
@with_appcontext
def create_admin(email: str, name: str) -> None:
    """Create an admin (or reset an existing account to admin with a new password).

    The password comes from MINDLINK_ADMIN_PASSWORD, or is asked for twice.
    """
    password = os.environ.get("MINDLINK_ADMIN_PASSWORD") or click.prompt(
        "Password", hide_input=True, confirmation_prompt=True
    )
    if not password_ok(password):
        raise click.UsageError(f"the password needs at least {MIN_LENGTH} characters")
    svc = services()
    now = svc.clock()
    email = email.strip().lower()
    with svc.db.session() as session:
        staff = session.scalar(select(Staff).where(func.lower(Staff.email) == email))
        created = staff is None
        if staff is None:
            staff = Staff(email=email, name=name, password_hash="", role="admin", created_at=now)
            session.add(staff)
        staff.password_hash = hash_password(password)
        staff.role, staff.active = "admin", True
        staff.failed_logins, staff.locked_until = 0, None
        if name:
            staff.name = name
        session.flush()
        audit.record(
            session,
            None,
            "create_admin" if created else "reset_admin",
            f"staff:{staff.id}",
            now,
            via="cli",
        )
    click.echo(f"{'created' if created else 'updated'} admin {email}")


@click.command("export-research")
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder to write the CSV files into.",
)
@with_appcontext
def export_research(out_dir: Path) -> None:
    """Write the anonymised research datasets (the console's export) as CSV files."""
    svc = services()
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, dataset in DATASETS.items():
        with svc.db.session() as session:
            audit.record(session, None, "export", f"dataset:{name}", svc.clock(), via="cli")
        path = out_dir / f"mindlink-{name}.csv"
        with path.open("w", newline="", encoding="utf-8") as fh, svc.db.session() as session:
            csv.writer(fh).writerows(dataset(session))
        click.echo(f"wrote {path}")
