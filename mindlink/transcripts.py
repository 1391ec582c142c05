"""Write docs/transcripts.md by texting the real bot (real app, pipeline and model).

python -m mindlink.transcripts            # uses the trained NLU model
python -m mindlink.transcripts --fake     # keyword rules instead (no model needed)
"""

from __future__ import annotations

import argparse
import tempfile
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet
from sqlalchemy import select
from twilio.request_validator import RequestValidator

from mindlink import create_app
from mindlink.config import ROOT
from mindlink.fastforward import fast_forward

SCRIPTS: list[tuple[str, list[str]]] = [
    ("First contact", ["hey", "yes"]),
    ("Crisis, even as a first message", ["i don't want to be alive anymore", "no"]),
    ("A doubtful message", ["i just feel like giving up on everything", "no, not like that"]),
    ("An overdose taken", ["i took a bunch of pills", "like 20"]),
    ("A plea for help", ["i need help", "no, i'm just really overwhelmed"]),
    ("After a crisis, later", ["i want to end it all", "no", "@3700", "a bit better thanks"]),
    ("Check-in", ["can we do a check in", "4", "stressed, work is a lot", "skip"]),
    ("Breathing", ["i need to calm down", "box", "3", "@70", "7"]),
    ("Stopping an exercise", ["breathe", "1", "skip", "@20", "i want to stop", "7"]),
    ("A panic attack", ["panic attack rn cant breathe properly", "@25"]),
    ("Asking how to cope", ["how do i deal with anxiety", "yes"]),
    ("A milestone", ["6 months self harm free today!", "no"]),
    ("Told again", ["i'm going to jump", "from the bridge near my house"]),
    (
        "Wanting to vent",
        ["i just need to vent", "work has been so much lately, i feel like i'm drowning", "yes"],
    ),
    (
        "Sleep diary",
        ["i keep waking up tired", "half 11", "7", "about an hour", "2", "yes"],
    ),
    (
        "Reminders",
        [
            "remind me to check in every day at 9pm",
            "what reminders do i have",
            "move it to 8",
            "cancel the check in reminder",
        ],
    ),
    ("A reminder arrives", ["remind me to stretch in 10 minutes", "@700", "done"]),
    (
        "Tablets taken",
        ["remind me to take my tablets in 5 minutes", "@400", "i took my tablets"],
    ),
    ("What, then when", ["set a reminder", "to stretch", "at 4pm", "what time will that be?"]),
    (
        "A request before first contact",
        ["can you remind me to take my meds at 9pm every night", "yes"],
    ),
    (
        "Changing a reminder",
        ["remind me every weekday at 8pm to journal", "can i change my reminder time", "9pm"],
    ),
    ("Words instead of a number", ["check in", "honestly work has been awful this week", "3"]),
    ("Leaving a flow", ["sleep diary", "not now"]),
    ("Small talk", ["are you a real person?", "how are you", "lol"]),
    ("Someone else", ["my friend keeps saying she wants to die, how do i help her"]),
    ("Someone else in danger", ["my friend posted a goodbye message and isn't answering"]),
    ("Someone else being hurt", ["a friend of mine is being abused by her boyfriend"]),
    (
        "Someone else in danger, then what to do",
        ["my mum just took an overdose and wont wake up properly", "what do i do"],
    ),
    ("A watched phone", ["my husband hits me", "please dont text me, he checks my phone", "no"]),
    ("Means at hand", ["got the rope in my room rn", "dont call anyone"]),
    ("A tight chest while breathing", ["breathe", "3", "skip", "@15", "my chest feels tight"]),
    ("Snoozing a reminder", ["remind me to drink water in 5 minutes", "@400", "snooze", "@700"]),
    (
        "A misread put right",
        ["kms every time i miss that jump in celeste 😤", "lol no its a video game"],
    ),
    (
        "Hope, and tonight",
        ["i want to die", "no", "do you think it gets better?", "what should i do tonight"],
    ),
    (
        "An aside during breathing",
        ["breathe", "1", "skip", "@20", "hang on my phone is ringing", "@30", "ok back", "@10"],
    ),
    (
        "Pausing reminders",
        ["remind me to walk every day at 6pm", "pause my reminders until friday"],
    ),
    ("Out of scope", ["what's the best savings account right now"]),
    ("About the service", ["can you be my therapist?", "who can read this?"]),
    ("Talk to a person", ["can i talk to a real person", "hello?", "never mind, i'm ok now"]),
    ("Your data", ["export my data", "delete my data", "no"]),
    ("Sarcasm", ["fantastic, the boiler's packed in on the coldest day of the year"]),
    (
        "A loss, and memories after it",
        ["my dad died last month", "he was always there for me", "he taught me to fish"],
    ),
    (
        "Danger inside an everyday message",
        ["bad day, boss shouted, bus late. ive got a rope in the car already."],
    ),
    ("A baby who won't settle", ["its 3am and the baby wont stop crying. tried everything"]),
    ("Coming out", ["im 16 and i think im gay"]),
    (
        "After a crisis, the line rings out",
        ["i dont want to live anymore", "i called samaritans and its just ringing out"],
    ),
]


# Scripts that start from the very first message (no hello and consent first).
FIRST_MESSAGES = (
    "First contact",
    "Crisis, even as a first message",
    "A request before first contact",
)


class Clock:
    """A clock the script moves forward (for paced breathing prompts)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def main() -> None:
    """Run each script as a fresh person and write the transcript."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fake", action="store_true", help="keyword rules instead of model")
    parser.add_argument("--out", default=str(ROOT / "docs" / "transcripts.md"))
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp())
    clock = Clock()
    config: dict[str, Any] = {
        "database_url": f"sqlite:///{tmp / 'transcripts.db'}",
        "broker_url": "memory://",
        "celery_eager": True,
        "instance_dir": str(tmp),
        "secret_key": "x",
        "encryption_keys": Fernet.generate_key().decode(),
        "hash_key": "x",
        "twilio": {"account_sid": "", "auth_token": ""},
        "nlu": {"fake": args.fake},
    }
    app = create_app(config, clock=clock)
    app.extensions["mindlink"].db.create_all()
    lines = [
        "# Conversations with MindLink",
        "",
        "Generated by `python -m mindlink.transcripts` from the running bot "
        f"({'keyword rules' if args.fake else 'the trained NLU model'}), "
        "through the signed webhook, the worker pipeline and the outbox.",
        "",
    ]
    for index, (title, messages) in enumerate(SCRIPTS):
        number = f"+4474001{index:05d}"
        person = Person(app, number)
        if title not in FIRST_MESSAGES:
            person.quietly(["hi", "yes"])
        lines += [f"## {title}", ""]
        for text in messages:
            if text.startswith("@"):
                replies = person.wait(int(text[1:]), clock)
                lines += [f"*({text[1:]} seconds later)*", ""]
            else:
                replies = person.say(text)
                lines += [f"> **Person:** {text}", ""]
            lines += [f"**MindLink:** {r}".replace("\n", "  \n") + "\n" for r in replies]
    Path(args.out).write_text("\n".join(lines))
    print(f"wrote {args.out}")


class Person:
    """Texts the bot through the signed webhook and reads the outbox."""

    def __init__(self, app: Any, number: str) -> None:
        self.app, self.number, self.client = app, number, app.test_client()
        self.seen = 0

    def post(self, text: str) -> None:
        """One signed inbound SMS."""
        from webhooks.twilio_form import inbound_form

        twilio = self.app.extensions["mindlink"].settings["twilio"]
        form = inbound_form(
            "sms",
            self.number,
            twilio["sms_from"],
            text,
            "SM" + uuid.uuid4().hex,
            twilio["account_sid"],
        )
        url = "http://localhost/twilio/sms"
        token = self.app.extensions["mindlink"].settings["twilio"]["auth_token"]
        signature = RequestValidator(token).compute_signature(url, form)
        self.client.post("/twilio/sms", data=form, headers={"X-Twilio-Signature": signature})

    def replies(self) -> list[str]:
        """Outbox bodies for this person since last time."""
        from bot.intake import find_conversation
        from store.models import OutboundMessage

        with self.app.extensions["mindlink"].db.session() as session:
            convo = find_conversation(session, "sms", self.number)
            if convo is None:
                return []
            rows = list(
                session.scalars(
                    select(OutboundMessage)
                    .where(
                        OutboundMessage.conversation_id == convo.id,
                        OutboundMessage.id > self.seen,
                        OutboundMessage.status != "skipped",
                    )
                    .order_by(OutboundMessage.id)
                )
            )
        self.seen = max([self.seen, *(r.id for r in rows)])
        return [r.body for r in rows]

    def say(self, text: str) -> list[str]:
        """Send and collect the replies."""
        self.post(text)
        return self.replies()

    def quietly(self, texts: list[str]) -> None:
        """Send without recording (first contact before another script)."""
        for text in texts:
            self.say(text)

    def wait(self, seconds: int, clock: Clock) -> list[str]:
        """Let scheduled jobs (breathing prompts) come due and run, then the beat tick
        (reminders, nudges)."""
        from tasks.scheduling import tick_task

        target = clock.now + timedelta(seconds=seconds)
        fast_forward(self.app, lambda when: setattr(clock, "now", when), clock.now, target)
        with self.app.app_context():
            tick_task.apply()
        return self.replies()


if __name__ == "__main__":
    main()
