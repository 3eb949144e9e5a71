"""What each app keeps about a person, and what export and erasure do with it.

Every app that stores rows linked to a user declares them in its own `personal_data.py`
as a list `RULES` of `Rule`s (and, if it has more to give, a function
`extra_export(user) -> dict[str, bytes]` of files for the export). A test walks every
model with a link to the user model and fails when one has no rule, so a new record
cannot escape export or erasure.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from importlib import import_module

from django.apps import apps
from django.contrib.auth import get_user_model
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


def _modules() -> Iterator:
    for app_config in apps.get_app_configs():
        try:
            yield import_module(f"{app_config.name}.personal_data")
        except ModuleNotFoundError as error:
            if error.name != f"{app_config.name}.personal_data":
                raise


def _installed(rule: Rule) -> bool:
    try:
        rule.model_class()
    except LookupError:  # an optional app (e.g. allauth.mfa) that is not installed
        return False
    return True


def rules() -> list[Rule]:
    """Every app's rules for installed models, in the order of INSTALLED_APPS."""
    return [
        rule
        for module in _modules()
        for rule in getattr(module, "RULES", [])
        if _installed(rule)
    ]


def extra_exports() -> list[Callable]:
    return [
        module.extra_export for module in _modules() if hasattr(module, "extra_export")
    ]


def links_to_users() -> set[tuple[str, str]]:
    """(model label, field name) of every concrete relation to the user model."""
    user_model = get_user_model()
    found = set()
    for model in apps.get_models():
        if model is user_model:
            continue
        for model_field in model._meta.get_fields():
            if (
                model_field.concrete
                and model_field.is_relation
                and model_field.related_model is user_model
                and model_field.model is model  # not one inherited from a parent
            ):
                found.add((model._meta.label, model_field.name))
    return found
