"""Conversation fixtures: a person on each channel, already past first contact."""

from __future__ import annotations

import pytest

from tests.botdriver import TestBot


@pytest.fixture(params=["sms", "whatsapp"])
def person(request: pytest.FixtureRequest, testbot: TestBot) -> TestBot:
    """A UK user who has said hello, consented and confirmed their time zone."""
    return testbot.as_("+447400123456", request.param).onboard()


@pytest.fixture
def newcomer(testbot: TestBot) -> TestBot:
    """A UK user texting for the first time."""
    return testbot.as_("+447400123456", "sms")
