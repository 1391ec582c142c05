"""Unsure at the consent question ("idk", "maybe", "not sure"): what yes and no mean is
said, rather than the same question again, and the yes after it is taken."""

from __future__ import annotations

import pytest
from flask import Flask

from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app

__all__ = ["model", "real_app"]


@pytest.mark.parametrize("unsure", ["idk", "maybe", "not sure"])
def test_unsure_hears_what_keeping_means_then_yes_is_consent(real_app: Flask, unsure: str) -> None:
    person = TestBot(real_app, real_app.test_client(), "+447400123456")
    person.say("hi")
    explained = person.say(unsure)
    assert "If you say no, I still help the same way" in explained
    assert "Thank you" in person.say("sure why not")
