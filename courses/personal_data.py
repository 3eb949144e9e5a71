"""What courses keep about a person (see privacy.registry)."""

from privacy.registry import DELETE, Rule

RULES = [
    Rule(
        "courses.ProgrammeTrainer",
        ("user",),
        DELETE,
        reason="a closed account trains nobody",
    ),
]
