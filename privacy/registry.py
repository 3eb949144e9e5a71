"""What each app keeps about a person, and what export and erasure do with it.

Every app that stores rows linked to a user declares them in its own `personal_data.py`
as a list `RULES` of `Rule`s (and, if it has more to give, a function
`extra_export(user) -> dict[str, bytes]` of files for the export). A test walks every
model with a link to the user model and fails when one has no rule, so a new record
cannot escape export or erasure.
"""

from collections.abc import Callable, Iterator
from importlib import import_module

from django.apps import apps
from django.contrib.auth import get_user_model

# The declarations' vocabulary, shared by every app (lms/personal_data.py).
from lms.personal_data import BLANK, DELETE, KEEP, Rule  # noqa: F401


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
