"""What courses keep about a person (see lms/personal_data.py)."""

from lms.personal_data import DELETE, Rule

RULES = [
    Rule(
        "courses.ProgrammeTrainer",
        ("user",),
        DELETE,
        reason="a closed account trains nobody",
    ),
]
