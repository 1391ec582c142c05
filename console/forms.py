"""The console's forms; Flask-WTF adds and checks the CSRF token on each."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional, Regexp

from console.passwords import MIN_LENGTH
from console.roles import ROLES

EMAIL = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"


class LoginForm(FlaskForm):
    """Email and password."""

    email = EmailField("Email", validators=[DataRequired(), Length(max=255)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=1024)])


class SearchForm(FlaskForm):
    """A conversation id or an exact phone number (posted, so numbers stay out of URLs)."""

    q = StringField("Conversation id or phone number", validators=[DataRequired(), Length(max=40)])


class NoteForm(FlaskForm):
    """A staff note on a conversation."""

    body = TextAreaField("Note", validators=[DataRequired(), Length(max=4000)])


class ReplyForm(FlaskForm):
    """A message from staff to the person."""

    body = TextAreaField("Reply", validators=[DataRequired(), Length(max=1600)])


class StaffForm(FlaskForm):
    """A new console account."""

    email = EmailField("Email", validators=[DataRequired(), Regexp(EMAIL), Length(max=255)])
    name = StringField("Name", validators=[Length(max=255)])
    role = SelectField("Role", choices=[(r, r) for r in ROLES])
    password = PasswordField(
        "Initial password", validators=[DataRequired(), Length(min=MIN_LENGTH, max=1024)]
    )


class StaffChangeForm(FlaskForm):
    """Change a staff member's role or status."""

    role = SelectField("Role", choices=[(r, r) for r in ROLES])
    active = BooleanField("Active")
    unlock = BooleanField("Clear failed sign-ins")
    password = PasswordField(
        "New password", validators=[Optional(), Length(min=MIN_LENGTH, max=1024)]
    )
