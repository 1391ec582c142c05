"""Every rasa-sdk action the bot runs; ``python -m rasa_sdk --actions bot.actions`` serves them.

DOMAIN lists the forms and their slots as a Rasa domain would; the validation actions
read their required slots from it (rasa-sdk's default), and so does the engine.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action

from bot.actions import breathing, checkin, general, reminders, sleep

DOMAIN: dict[str, Any] = {
    "forms": {
        "checkin_form": {"required_slots": list(checkin.SLOTS)},
        "breathing_form": {"required_slots": ["pattern", "mood_before"]},
        "breathing_after_form": {"required_slots": ["mood_after"]},
        "sleep_form": {"required_slots": list(sleep.SLOTS)},
        "reminder_form": {"required_slots": ["when"]},
        "delete_form": {"required_slots": ["confirm_delete"]},
    },
    "slots": {},
}

# Form name -> the action that runs once every required slot is filled.
SUBMIT = {
    "checkin_form": "action_submit_checkin",
    "breathing_form": "action_submit_breathing",
    "breathing_after_form": "action_submit_breathing_after",
    "sleep_form": "action_submit_sleep",
    "reminder_form": "action_submit_reminder",
    "delete_form": "action_submit_delete",
}


def _all_actions() -> dict[str, Action]:
    """Instantiate every concrete action class in the action modules."""
    found: dict[str, Action] = {}
    for module in (checkin, breathing, sleep, reminders, general):
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, Action)
                and value.__module__ == module.__name__
                and not value.__name__.startswith("_")
            ):
                action = value()
                found[action.name()] = action
    return found


REGISTRY: dict[str, Action] = _all_actions()
