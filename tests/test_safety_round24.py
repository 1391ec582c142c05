"""Round twenty-four of safety, the words: a goodbye said politely, "I can't take any more"
and a wish to die in the other languages people text in."""

from __future__ import annotations

import pytest

from bot import safety_words


@pytest.mark.parametrize(
    "said",
    [
        "goodbye mindlink",
        "ok goodbye now",
        "ok thanks goodbye",
        "goodbye friend",
        "i have to go now goodbye",
        "alright, bye for now x",
        "thank you, goodnight",
    ],
)
def test_a_polite_sign_off_is_a_sign_off(said: str) -> None:
    assert safety_words.SIGN_OFF.match(said)


@pytest.mark.parametrize(
    "said",
    [
        "goodbye forever",
        "goodbye world",
        "goodbye cruel world",
        "ok goodbye, i love you all and im sorry",
        "bye, this is the last time you'll hear from me",
        "goodbye mum",
    ],
)
def test_a_farewell_with_more_in_it_is_not_only_a_sign_off(said: str) -> None:
    assert not safety_words.SIGN_OFF.match(said)


@pytest.mark.parametrize(
    "said",
    [
        "ya no aguanto mas",
        "no puedo más",
        "estoy cansada de todo",
        "je n'en peux plus",
        "ich kann nicht mehr",
        "non ce la faccio più",
        "não aguento mais",
    ],
)
def test_cant_take_any_more_in_other_languages_is_asked_about(said: str) -> None:
    assert safety_words.is_doubtful(said)


@pytest.mark.parametrize(
    "said",
    [
        "je vais bien merci",
        "estoy muy bien",
        "ich kann nicht mehr essen, so satt",
        "ya no puedo dormir bien",
        "no puedo ir",
    ],
)
def test_everyday_words_in_other_languages_are_not_doubtful(said: str) -> None:
    assert not safety_words.is_doubtful(said)


@pytest.mark.parametrize(
    "said",
    [
        "mujhe mar jana hai",
        "je vais me suicider",
        "j'ai envie de mourir",
        "voy a suicidarme",
        "me voy a matar",
        "não quero mais viver",
        "mi voglio uccidere",
        "non voglio più vivere",
    ],
)
def test_a_wish_to_die_in_other_languages_is_told(said: str) -> None:
    assert safety_words.crisis_kind(said) == "suicidal"


@pytest.mark.parametrize(
    "said",
    [
        "i just feel so alone",
        "i have no one",
        "nobody cares",
        "im all alone rn",
        "i feel so lonely",
    ],
)
def test_alone_in_a_few_words(said: str) -> None:
    assert safety_words.FEEL_ALONE.match(said)


@pytest.mark.parametrize(
    "said",
    ["i feel so alone, can someone call me", "i live alone", "leave me alone", "nobody cares lol"],
)
def test_more_than_alone_or_not_alone_at_all(said: str) -> None:
    assert not safety_words.FEEL_ALONE.match(said)


@pytest.mark.parametrize(
    ("said", "hurt"),
    [
        ("he checks my phone and hits me", True),
        ("he doesn't hit me but he reads all my messages", False),
        ("she never hurts me, she just checks my phone", False),
        ("he doesnt hit me but he threatens to", True),
    ],
)
def test_hurt_told_leaves_aside_hitting_denied(said: str, hurt: bool) -> None:
    assert safety_words.hurt_told(said) is hurt


@pytest.mark.parametrize(
    ("said", "harmless"),
    [
        ("not much, just checking this out", True),
        ("just checking the app out", True),
        ("im ready to check out", False),
        ("just checking this out, i want to die", False),
    ],
)
def test_trying_us_out_is_not_checking_out(said: str, harmless: bool) -> None:
    assert safety_words.harmless_only(said) is harmless


def test_checking_out_a_place_is_never_trying_us_out() -> None:
    said = "drove to the bridge again to check it out. next time i won't drive home"
    assert not safety_words.harmless_only(said)


def test_going_to_kill_someone_else_in_spanish_is_not_a_wish_to_die() -> None:
    assert safety_words.crisis_kind("voy a matar a mi jefe") != "suicidal"
