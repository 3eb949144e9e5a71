"""What events keep about a person (see lms/personal_data.py).

Registrations stay with the anonymised account: funders count unique participants.
"""

from lms.personal_data import BLANK, DELETE, KEEP, Rule

RULES = [
    Rule("events.Registration", ("person",), KEEP),
    Rule(
        "events.Registration",
        ("registered_by", "decided_by", "attendance_marked_by"),
        KEEP,
        export=False,
        reason="decisions taken as staff about other people",
    ),
    Rule("events.EventTrainer", ("user",), DELETE),
    Rule(
        "events.EventSeats",
        ("called_off_by",),
        KEEP,
        export=False,
        reason="a decision taken as staff about an event",
    ),
    Rule(
        "events.CalendarFeed",
        ("person",),
        DELETE,
        exclude=("token_digest",),
    ),
    Rule(
        "events.SurveyResponse",
        ("registration__person",),
        BLANK,
        blank=("improvements", "answers"),
        reason="the ratings stay for the event's figures; the person's own words go",
    ),
]
