"""The words every app uses to declare what it keeps about a person, in its own
`personal_data.py` (a list `RULES` of `Rule`s). They live here, in the layer every app
already builds on, so that declaring one's records does not tie an app to `privacy`,
which reads the declarations (privacy/registry.py) and acts on them.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.apps import apps
from django.db import models

# What erasure does with the rows of a rule.
KEEP = "keep"  # the rows stay, linked to the anonymised account: counts stay true
DELETE = "delete"  # the rows go
BLANK = "blank"  # the rows stay with their personal fields emptied


@dataclass(frozen=True)
class Rule:
    model: str
    """The model's label, e.g. "learning.Enrolment"."""
    fields: tuple[str, ...]
    """The fields linking a row to the person."""
    erase: str = KEEP
    export: bool = True
    blank: tuple[str, ...] = ()
    """Fields emptied on erasure (with `BLANK`)."""
    files: tuple[str, ...] = ()
    """File fields: copied into the export, deleted on erasure."""
    exclude: tuple[str, ...] = ()
    """Fields never exported (secrets)."""
    after_erasure: Callable[[models.QuerySet], None] | None = field(
        default=None, compare=False
    )
    """Called with the person's rows after the rule's own erasure."""
    reason: str = ""

    def model_class(self) -> type[models.Model]:
        return apps.get_model(self.model)

    def rows_of(self, user) -> models.QuerySet:
        condition = models.Q()
        for name in self.fields:
            condition |= models.Q(**{name: user})
        return self.model_class()._default_manager.filter(condition)
