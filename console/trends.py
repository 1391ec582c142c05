"""Mood and sleep trends for one conversation (clinicians)."""

from __future__ import annotations

from flask import Blueprint, abort, render_template
from flask.typing import ResponseReturnValue
from flask_login import current_user
from sqlalchemy import select

from console import audit
from console.charts import line_chart
from console.phones import mask
from console.roles import require
from mindlink.services import services
from store.models import CheckIn, Conversation, SleepEntry

bp = Blueprint("trends", __name__, url_prefix="/conversations")

# The last year at most: a readable chart, and a bounded query.
MAX_POINTS = 366


@bp.get("/<int:conversation_id>/trends")
@require("trends")
def show(conversation_id: int) -> ResponseReturnValue:
    """Check-in mood (1–10) and sleep efficiency (%) over time, as inline SVG and a table."""
    svc = services()
    with svc.db.session() as session:
        convo = session.get(Conversation, conversation_id) or abort(404)
        moods = session.execute(
            select(CheckIn.created_at, CheckIn.mood)
            .where(CheckIn.conversation_id == conversation_id)
            .order_by(CheckIn.created_at.desc())
            .limit(MAX_POINTS)
        ).all()
        sleep = session.execute(
            select(SleepEntry.created_at, SleepEntry.efficiency)
            .where(SleepEntry.conversation_id == conversation_id)
            .order_by(SleepEntry.created_at.desc())
            .limit(MAX_POINTS)
        ).all()
        audit.record(
            session, current_user.id, "view_trends", audit.conversation(convo.id), svc.clock()
        )
    mood_chart = line_chart([(at, float(m)) for at, m in moods], 1, 10, [1, 4, 7, 10])
    sleep_chart = line_chart(
        [(at, _percent(e)) for at, e in sleep], 0, 100, [0, 25, 50, 75, 100], "{:g}%"
    )
    return render_template(
        "console/trends.html",
        convo=convo,
        phone=mask(convo.address),
        mood=mood_chart,
        sleep=sleep_chart,
    )


def _percent(efficiency: float) -> float:
    """Sleep efficiency as a percentage whether it was stored as 0–1 or 0–100."""
    return efficiency * 100 if efficiency <= 1 else efficiency
