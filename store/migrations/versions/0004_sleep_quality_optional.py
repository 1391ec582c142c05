"""sleep diary: the quality rating is optional (a diary night is kept when it is skipped)

Revision ID: 0004
Revises: 0002, 0003
Create Date: 2026-12-05 10:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = ("0002", "0003")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply."""
    with op.batch_alter_table("sleep_entries", schema=None) as batch_op:
        batch_op.alter_column("quality", existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    """Revert (unrated nights count as the middle rating)."""
    op.execute("UPDATE sleep_entries SET quality = 3 WHERE quality IS NULL")
    with op.batch_alter_table("sleep_entries", schema=None) as batch_op:
        batch_op.alter_column("quality", existing_type=sa.Integer(), nullable=False)
