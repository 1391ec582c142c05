"""Suicide and self-harm named as a subject (news, study, sport, worry for people in general), a
recovery told beside how life is now, and a strain with how it happened are not the person's
own crisis; what else they say beside them still is."""

from __future__ import annotations

import pytest

from bot import safety_words
from bot.safety_words.crisis import survivor_guilt


@pytest.mark.parametrize(
    "text",
    [
        "coroner records conclusion of suicide at inquest into death of a local woman",
        "what does durkheim mean by altruistic suicide",
        "that documentary on veteran suicides was so sad",
        "the news about that singer dying by suicide really got to me",
        "the show has a self harm storyline so they put helplines at the end",
    ],
)
def test_a_subject_only(text: str) -> None:
    assert safety_words.a_subject_only(text)
    assert safety_words.crisis_kind(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "read an article about suicide and i want to die",
        "tw self harm. last night i went too deep and needed stitches",
        "reading an article on suicide methods",
    ],
)
def test_their_own_words_beside_a_subject_still_count(text: str) -> None:
    assert not safety_words.a_subject_only(text)


@pytest.mark.parametrize(
    "text",
    [
        "how do i support a suicidal teenager",
        "what are the warning signs of suicide",
        "my employee told me he's suicidal",
        "my online friend is talking about suicide",
        "my nephew keeps posting dark stuff about not wanting to be here",
    ],
)
def test_help_for_someone_else(text: str) -> None:
    assert safety_words.is_third_party(text)


@pytest.mark.parametrize(
    "text",
    [
        "the inquest into my sons suicide is next week and i dont want to be here anymore",
        "my coworker found out im suicidal",
    ],
)
def test_their_own_wish_beside_someone_else(text: str) -> None:
    assert not safety_words.is_third_party(text)


@pytest.mark.parametrize(
    "text",
    [
        "three years ago i tried to end my life. today i graduated and my mum cried",
        "this time last year i didnt want to be alive. now i really do",
        "wore a vest top for the first time since i stopped cutting",
    ],
)
def test_a_recovery_told_beside_now(text: str) -> None:
    assert safety_words.told_as_past(text)


@pytest.mark.parametrize(
    "text",
    [
        "two years ago i was suicidal. today i feel the same again",
        "a year ago i tried to end my life and today i'm struggling",
    ],
)
def test_a_recovery_that_wavers_is_not_the_past(text: str) -> None:
    assert not safety_words.is_milestone(text)


@pytest.mark.parametrize(
    "text",
    ["i hurt my back lifting boxes", "did my knee in playing football", "what's a suicide run"],
)
def test_everyday_strains_and_sport(text: str) -> None:
    assert safety_words.harmless_only(text)


def test_a_body_part_hurt_on_purpose_is_not_set_aside() -> None:
    assert not safety_words.harmless_only("i hurt my arm on purpose again")


def test_should_have_been_the_one_after_a_death_is_asked() -> None:
    assert survivor_guilt("my mate died and i keep thinking i should have been the one")
    assert not survivor_guilt("i should have been the one to call him that night")


@pytest.mark.parametrize(
    "text",
    [
        "someone on my team said they want to kms, how do i respond",
        "what do i do if your friend self harms",
        "supporting a loved one with suicidal thoughts",
        "my grandad says he's ready to die",
        "found my brother saving up his tablets",
        "i found a bag of pills hidden in my daughter's wardrobe",
        "my flatmate took a handful of pills and is being weird",
    ],
)
def test_more_worry_for_someone_else(text: str) -> None:
    assert safety_words.is_third_party(text)


@pytest.mark.parametrize(
    "text",
    [
        "my mum shouted at me and i took a bunch of pills",
        "my boyfriend left so i swallowed a load of tablets",
        "my dad doesnt know i've overdosed",
    ],
)
def test_their_own_overdose_beside_someone_else(text: str) -> None:
    assert not safety_words.is_third_party(text)


@pytest.mark.parametrize(
    "text",
    [
        "18 months without hurting myself as of today",
        "a year since i last cut, feeling proud",
        "self harmed all through my teens, i'm 34 now and life is good",
    ],
)
def test_more_milestones(text: str) -> None:
    assert safety_words.is_milestone(text)


@pytest.mark.parametrize(
    "text",
    [
        "four months without hurting myself and i just messed it up",
        "3 months clean and i ruined it last night",
    ],
)
def test_a_milestone_broken_is_not_one(text: str) -> None:
    assert not safety_words.is_milestone(text)


@pytest.mark.parametrize(
    "text",
    [
        "need sources on self harm prevalence for my lit review",
        "how many people die by suicide each year in canada",
        "the way the tabloids covered her suicide was disgusting",
        "our school is doing self harm awareness week",
        "what do you write in a card when it was suicide",
    ],
)
def test_more_subjects(text: str) -> None:
    assert safety_words.a_subject_only(text)


def test_a_suicide_attempt_of_someone_else_is_not_a_subject() -> None:
    assert not safety_words.a_subject_only("i found out about his suicide attempt today")


def test_a_recovery_told_with_the_time_after() -> None:
    assert safety_words.is_milestone(
        "i was suicidal at uni but therapy really helped and im doing great now"
    )
    assert not safety_words.is_milestone("i was suicidal at uni and now im not doing good")
