"""People outside the UK: their own country's lines and words, never the UK's."""

from __future__ import annotations

import re

import pytest

from bot.locale import country_of, helpline_for
from bot.text import render
from mindlink.config import load_settings
from tests.botdriver import TestBot
from tests.conversations.test_real_model import model, real_app, someone

__all__ = ["model", "real_app", "someone"]

ABROAD = {
    "US": "+14155550123",
    "AU": "+61412345678",
    "IN": "+919812345678",
    "IE": "+353851234567",
    "NG": "+2348021234567",
    "PH": "+639051234567",
    "SG": "+6581234567",
    "ZA": "+27821234567",
    "NZ": "+64211234567",
    "DE": "+4915112345678",
}
# Words that are the UK's own: abroad they may appear only as part of that country's lines or
# words ("GP" in Ireland, "111" for an emergency in New Zealand, "999" for Singapore's police).
UK_WORDS = ("health visitor", "NHS", "111", "999", "GP", "A&E", "mum", "Childline", "Samaritans")
# What a template leaves behind when a field it needs is empty.
GAPS = re.compile(r"  |\s[,.:;]|\b(?:on|call|your|the|a|or)\s*[,.:;]|\(\s*\)|None")


def _lines(country: str) -> dict[str, str]:
    return helpline_for(country, load_settings({})["helplines"])


def _uk_words_in(reply: str, country: str) -> list[str]:
    """UK words in a reply that are not part of the country's own lines and words."""
    own = " ".join(_lines(country).values())
    return [
        word
        for word in UK_WORDS
        if re.search(rf"\b{re.escape(word)}\b", reply)
        and not re.search(rf"\b{re.escape(word)}\b", own)
    ]


def _person(someone: TestBot, country: str) -> TestBot:
    number = {**ABROAD, "GB": "+447400123456"}[country]
    assert country_of(number) == country
    return someone.as_(number).onboard()


# -- the same messages from ten countries: no UK words, the country's own lines ---------------


@pytest.mark.parametrize("country", sorted(ABROAD))
@pytest.mark.parametrize(
    "message",
    [
        "my baby wont stop crying its 3am and im so exhausted",
        "i keep having thoughts about hurting my baby. i'd never do it but they scare me",
        "remind me",
    ],
)
def test_no_uk_words_reach_a_number_abroad(someone: TestBot, country: str, message: str) -> None:
    reply = _person(someone, country).say(message)
    assert reply and not _uk_words_in(reply, country), reply


@pytest.mark.parametrize("country", sorted(ABROAD))
def test_a_crying_baby_abroad_is_not_sent_to_a_poisons_line(someone: TestBot, country: str) -> None:
    reply = _person(someone, country).say("its 3am and the baby wont stop crying, im exhausted")
    assert "put the baby down somewhere safe" in reply
    assert "Poison" not in reply, reply  # a baby with a temperature is not a poisoning


@pytest.mark.parametrize(
    ("country", "words"),
    [
        ("GB", ("NHS 111", "health visitor or GP", "in the cot")),
        ("US", ("call a doctor for advice", "telling your doctor", "in the crib")),
        ("PH", ("in the crib",)),
        ("AU", ("1800MEDICARE on 1800 633 422", "child health nurse or GP", "in the cot")),
        ("NZ", ("Healthline on 0800 611 116", "Plunket nurse or GP")),
        ("IE", ("public health nurse or GP",)),
        ("NG", ("call a doctor for advice", "telling your doctor")),
    ],
)
def test_a_crying_baby_gets_the_countrys_own_help(
    someone: TestBot, country: str, words: tuple[str, ...]
) -> None:
    reply = _person(someone, country).say("my baby wont stop crying its 3am and im so exhausted")
    for word in words:
        assert word in reply, (word, reply)


@pytest.mark.parametrize(
    ("country", "words", "absent"),
    [
        ("US", ("telling your doctor, or a midwife", "call 911"), "Poison Control"),
        (
            "AU",
            ("your GP or 1800MEDICARE", "midwife or child health nurse", "call 000"),
            "13 11 26",
        ),
        ("NZ", ("your GP or Healthline", "call 111"), "764 766"),
        ("SG", ("telling your doctor", "995"), "health visitor"),
    ],
)
def test_intrusive_thoughts_abroad_name_a_doctor_not_a_poisons_line(
    someone: TestBot, country: str, words: tuple[str, ...], absent: str
) -> None:
    reply = _person(someone, country).say(
        "i keep having thoughts about hurting my baby. i'd never do it but they scare me"
    )
    for word in words:
        assert word in reply, (word, reply)
    assert absent not in reply


# -- a child hurt, or someone hurt at home, in Nigeria, the Philippines and Singapore ---------


@pytest.mark.parametrize(
    ("country", "line"),
    [
        ("NG", "0800 800 8001"),  # the Cece Yara Child Helpline
        ("PH", "Bantay Bata on 163"),
        ("SG", "1800 777 0000"),  # the 24-hour national line takes child abuse too
    ],
)
def test_a_child_hurt_at_home_abroad_gets_a_line_for_it(
    someone: TestBot, country: str, line: str
) -> None:
    reply = _person(someone, country).say("my dad hits me and im 14")
    assert line in reply and _lines(country)["emergency"] in reply, reply
    assert not GAPS.search(reply), reply


@pytest.mark.parametrize(
    ("country", "line"),
    [("SG", "the National Anti-Violence and Sexual Harassment Helpline on 1800 777 0000")],
)
def test_someone_hurt_at_home_in_singapore_gets_the_national_line(
    someone: TestBot, country: str, line: str
) -> None:
    person = _person(someone, country)
    assert line in person.say("my husband hits me")
    helper = someone.as_("+6581234999").onboard()
    assert line in helper.say("my sister's husband hits her, how can i help her")


@pytest.mark.parametrize("country", ["NG", "PH"])
@pytest.mark.parametrize(
    "message",
    [
        "my husband hits me",
        "my sister's husband hits her, how can i help her",
        "my neighbour is beating her kids i can hear it now",
    ],
)
def test_with_no_abuse_line_the_answer_still_reads_whole(
    someone: TestBot, country: str, message: str
) -> None:
    """Nigeria and the Philippines have no national abuse line in the table: the answer
    gives the emergency number and reads as whole sentences, with no gap where a line was."""
    reply = _person(someone, country).say(message)
    assert _lines(country)["emergency"] in reply, reply
    assert not GAPS.search(reply) and not _uk_words_in(reply, country), reply


# -- every country in the table, rendered directly -------------------------------------------


def _countries() -> list[str]:
    return sorted(load_settings({})["helplines"])


@pytest.mark.parametrize("country", _countries())
@pytest.mark.parametrize("template", ["crying_baby", "intrusive_thoughts"])
def test_the_baby_answers_read_whole_in_every_country(country: str, template: str) -> None:
    reply = render(template, helpline=_lines(country))
    assert not GAPS.search(reply) and not _uk_words_in(reply, country), reply


# -- the safety answers, rendered with a country's lines --------------------------------------


def _safety(name: str, country: str, **told: object) -> str:
    """A safety answer for someone in ``country``; what it is not told is false."""
    from tests.test_helplines import _asks_for

    context: dict[str, object] = {v: False for v in _asks_for(name)}
    context.update(kind=None, said=None, means=None)
    return render(name, helpline=_lines(country), **{**context, **told})


@pytest.mark.parametrize("template", ["crisis", "crisis_stay"])
@pytest.mark.parametrize(
    ("country", "who"),
    [
        ("GB", "your midwife, health visitor or GP today"),
        ("IE", "your midwife, public health nurse or GP today"),
        ("AU", "your midwife, child health nurse or GP today"),
        ("NZ", "your midwife, Plunket nurse or GP today"),
        ("US", "your midwife or doctor today"),
        ("NG", "your midwife or doctor today"),
    ],
)
def test_a_new_parent_is_sent_to_who_looks_after_them_there(
    template: str, country: str, who: str
) -> None:
    reply = _safety(template, country, kind="suicidal", new_parent=True)
    assert who in reply, reply
    assert not _uk_words_in(reply, country), reply


@pytest.mark.parametrize("country", ["GB", "US", "AU", "PH"])
def test_someone_followed_is_sent_somewhere_open_in_words_every_country_uses(country: str) -> None:
    reply = _safety("crisis", country, kind="danger", followed=True)
    assert "somewhere busy and lit, like a shop or a café that's open" in reply, reply
    assert "petrol" not in reply and "pub" not in reply


@pytest.mark.parametrize(
    ("country", "words", "absent"),
    [
        ("GB", ("in the cot", "NHS 111"), "Poison"),
        ("US", ("in the crib", "call 911"), "Poison Control"),
        ("PH", ("in the crib",), "cot"),
        ("AU", ("in the cot", "1800MEDICARE"), "13 11 26"),
        ("NZ", ("Healthline on 0800 611 116",), "764 766"),
    ],
)
def test_a_parent_close_to_hurting_their_baby_gets_the_countrys_words(
    country: str, words: tuple[str, ...], absent: str
) -> None:
    """Never a poisons line for a baby who may be shaken."""
    reply = _safety("harm_to_others", country, child=True)
    assert all(word in reply for word in words) and absent not in reply, reply


@pytest.mark.parametrize(
    ("country", "call"),
    [
        ("GB", "call NHS 111"),
        ("AU", "call 1800MEDICARE on 1800 633 422"),
        ("US", "call a doctor or a mental health crisis line"),
        ("IE", "call a GP or a mental health crisis line"),
    ],
)
def test_voices_urging_harm_are_sent_to_a_doctor_not_a_poisons_line(
    country: str, call: str
) -> None:
    reply = _safety("harm_to_others", country, voices=True)
    assert call in reply and "oison" not in reply, reply


@pytest.mark.parametrize(
    ("country", "line"),
    [
        ("US", "the 988 Suicide & Crisis Lifeline (call or text 988)"),
        ("PR", "the 988 Suicide & Crisis Lifeline (call or text 988)"),
        ("CA", "the 9-8-8 Suicide Crisis Helpline (call or text 988)"),  # since November 2023
    ],
)
def test_988_is_named_the_way_people_say_it(country: str, line: str) -> None:
    reply = _safety("crisis", country, kind="suicidal")
    assert f"Please reach out to {line}. They're there to listen" in reply, reply
    assert "on 988 (or text 988)" not in reply and "Talk Suicide Canada" not in reply
    said = _safety("crisis_stay", country, kind="suicidal", said="open_now")
    assert f"Someone will be there right now: {line} answers" in said, said


@pytest.mark.parametrize(
    ("country", "words", "absent"),
    [
        ("GB", ("get checked at A&E today", "the police on 101"), "emergency department"),
        ("US", ("get checked at the ER today", "report it to the police, even"), "101"),
        ("AU", ("at an emergency department today", "the police on 131 444"), "A&E"),
        ("NZ", ("at an emergency department today", "the police on 105"), "A&E"),
        ("SG", ("the police on 1800 255 0000",), "A&E"),
        ("IE", ("at an emergency department today", "report it to the police, even"), "101"),
    ],
)
def test_after_strangling_the_hospital_and_police_are_the_countrys(
    country: str, words: tuple[str, ...], absent: str
) -> None:
    reply = _safety("crisis", country, kind="abuse", strangled=True, at_home=True)
    assert all(word in reply for word in words) and absent not in reply, reply


@pytest.mark.parametrize(
    ("country", "words", "absent"),
    [
        (
            "GB",
            ("designated safeguarding lead", "The NSPCC helpline on 0808 800 5000 gives"),
            "report to child protection services",
        ),
        (
            "US",
            ("child protection lead", "The Childhelp hotline on 800-422-4453 gives"),
            "NSPCC",
        ),
        ("NZ", ("Oranga Tamariki on 0508 326 459 gives", "report to child protection"), "NSPCC"),
        ("AU", ("child protection lead", "report to child protection services"), "gives free"),
        ("JE", ("designated safeguarding lead",), "NSPCC"),
    ],
)
def test_a_teacher_told_of_abuse_gets_the_countrys_safeguarding_words(
    country: str, words: tuple[str, ...], absent: str
) -> None:
    reply = _safety("support_other", country, professional=True, abuse=True)
    assert all(word in reply for word in words) and absent not in reply, reply


@pytest.mark.parametrize(
    ("country", "words"),
    [
        ("GB", ("go now to A&E,", "NHS 111 (call 111 or go to 111.nhs.uk) can tell you")),
        ("US", ("go now to the ER,", "a doctor or a nurse advice line can")),
        ("AU", ("go now to an emergency department,", "1800MEDICARE on 1800 633 422 can")),
        ("NZ", ("call 111 if", "Healthline on 0800 611 116 can")),
        ("IE", ("go now to an emergency department,", "a doctor or a nurse advice line")),
    ],
)
def test_should_i_go_to_hospital_is_answered_in_the_countrys_words(
    country: str, words: tuple[str, ...]
) -> None:
    reply = render("smalltalk", helpline=_lines(country), topic="hospital", feelings_asked=False)
    assert all(word in reply for word in words) and "Poison" not in reply, reply


@pytest.mark.parametrize(
    ("country", "words", "absent"),
    [
        (
            "GB",
            ("prescriber, GP or a pharmacist can, and NHS 111", "anything, call 999"),
            "or doctor",
        ),
        ("US", ("prescriber, doctor or a pharmacist can.", "Poison Control on"), "GP"),
        ("AU", ("GP or a pharmacist can, and 1800MEDICARE", "Poisons Information Centre"), "NHS"),
        ("NG", ("prescriber, doctor or a pharmacist can.", "anything, call 112"), "GP"),
    ],
)
def test_a_medicine_question_names_the_countrys_doctor_and_nurse_line(
    country: str, words: tuple[str, ...], absent: str
) -> None:
    from bot.topics import medicine_asked

    asked = medicine_asked("can i drink alcohol on sertraline")
    reply = render("medicine_question", helpline=_lines(country), country=country, **asked)
    assert all(word in reply for word in words) and absent not in reply, reply


@pytest.mark.parametrize("country", ["GB", "US", "AU", "JE", "NG"])
@pytest.mark.parametrize("topic", ["therapist", "helpline", "see_doctor"])
def test_where_to_start_with_therapy_names_the_countrys_doctor(country: str, topic: str) -> None:
    reply = render("smalltalk", helpline=_lines(country), topic=topic, feelings_asked=False)
    assert f"a {_lines(country)['doctor']} is" in reply and "GP or doctor" not in reply, reply
    assert not _uk_words_in(reply, country), reply


NO_ABUSE_LINE = ["NG", "PH", "MX", "GG", "JE", "IM"]


@pytest.mark.parametrize("country", NO_ABUSE_LINE)
@pytest.mark.parametrize(
    "told",
    [
        {"at_home": True},
        {"at_home": True, "urgent": True},
        {"at_home": False, "sexual": True},
        {"at_home": True, "strangled": True},
    ],
)
def test_hurt_at_home_with_no_line_for_it_reads_right(country: str, told: dict[str, bool]) -> None:
    """The emergency number for danger now, someone they trust, and the crisis line offered as
    someone to talk to, not as if they had said they were suicidal."""
    reply = _safety("crisis", country, kind="abuse", **told)
    assert _lines(country)["emergency"] in reply, reply
    assert "telling someone you trust what's happening" in reply, reply
    assert reply.count("the police") == 1, reply  # after strangling, once: where to report it
    assert f"If you'd like someone to talk to, you can reach {_lines(country)['sentence']}" in reply
    assert "Please reach out" not in reply and not GAPS.search(reply), reply


@pytest.mark.parametrize("country", NO_ABUSE_LINE)
def test_told_again_or_after_with_no_line_the_crisis_line_is_someone_to_talk_to(
    country: str,
) -> None:
    again = _safety("crisis", country, kind="abuse", at_home=True, again=True)
    after = _safety("crisis_stay", country, kind="abuse", at_home=True)
    for reply in (again, after):
        assert "If you'd like someone to talk to, you can" in reply, reply
        assert _lines(country)["emergency"] in reply and not GAPS.search(reply), reply


def test_a_young_person_with_no_line_for_it_is_told_to_tell_an_adult_they_trust() -> None:
    reply = _safety("crisis", "MX", kind="abuse", at_home=True, young=True, parent_hurts=True)
    assert "please tell an adult you trust, like a teacher" in reply, reply
    assert "parent" not in reply and "or the police" not in reply


@pytest.mark.parametrize("country", ["GB", "US", "AU", "SG"])
def test_where_there_is_a_line_for_it_that_line_is_given(country: str) -> None:
    reply = _safety("crisis", country, kind="abuse", at_home=True)
    assert f"For abuse at home, you can call {_lines(country)['abuse']}" in reply
    assert "Please reach out to" in reply and "someone to talk to" not in reply, reply


@pytest.mark.parametrize(("country", "doctor"), [("GB", "GP"), ("US", "doctor"), ("NG", "doctor")])
def test_an_adult_asking_whether_to_tell_someone_is_not_sent_to_a_parent_or_school(
    country: str, doctor: str
) -> None:
    adult = _safety("crisis_stay", country, kind="abuse", at_home=True, said="tell_someone")
    assert f"like a friend, a relative or your {doctor}, can help you stay safe" in adult
    assert "parent" not in adult and "school" not in adult, adult
    young = _safety("crisis_stay", country, kind="abuse", young=True, said="tell_someone")
    assert "a teacher or a school counsellor" in young, young
