"""Researcher export: anonymised CSV files, one per dataset."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from flask import Blueprint, Response, abort, render_template, stream_with_context
from flask.typing import ResponseReturnValue
from flask_login import current_user

from console import audit
from console.research import DATASETS
from console.roles import require
from mindlink.services import services

bp = Blueprint("export", __name__, url_prefix="/export")


@bp.get("/")
@require("export")
def index() -> ResponseReturnValue:
    """The datasets on offer and what each contains."""
    return render_template("console/export.html", datasets=list(DATASETS))


@bp.get("/<name>.csv")
@require("export")
def download(name: str) -> ResponseReturnValue:
    """Stream one dataset as CSV; the export itself is audited."""
    dataset = DATASETS.get(name) or abort(404)
    svc = services()
    staff_id = current_user.id
    with svc.db.session() as session:
        audit.record(session, staff_id, "export", f"dataset:{name}", svc.clock())

    def generate() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        with svc.db.session() as session:
            for row in dataset(session):
                writer.writerow(row)
                yield buffer.getvalue()
                buffer.seek(0)
                buffer.truncate()

    return Response(
        stream_with_context(generate()),
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="mindlink-{name}.csv"'},
    )
