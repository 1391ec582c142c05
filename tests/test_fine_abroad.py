"""Fine, said in another language: not asked about harm (the model reads little but English)."""

from __future__ import annotations

import pytest

from bot.languages import fine_abroad


@pytest.mark.parametrize(
    "said",
    [
        "je vais bien merci",
        "ça va bien, et toi",
        "main theek hoon",
        "main theek hoon, aap kaise ho",
        "mir geht es gut, danke",
        "estoy bien gracias",
        "tudo bem, obrigada",
        "sto bene grazie",
        "iyiyim teşekkürler",
    ],
)
def test_fine_in_another_language(said: str) -> None:
    assert fine_abroad(said)


@pytest.mark.parametrize(
    "said",
    [
        "je ne vais pas bien",
        "main theek nahi hoon",
        "mir geht es nicht gut",
        "no estoy bien",
        "ça va?",  # how are you?
        "tudo bem?",
        "je vais bien merci mais je veux mourir",
        "i'm fine",  # English is read by the model
    ],
)
def test_not_only_fine(said: str) -> None:
    assert not fine_abroad(said)
