"""Names the platform and Wagtail ship as data, shown in the reader's language.

Wagtail's workflows and tasks and Django's groups and permissions have one `name`
each, a database value. The ones the platform creates ("Programme review", "Learners", Wagtail's own
"Moderators approval", ...) would otherwise read in English on a Lithuanian or
Norwegian admin page. Here each such name has a msgid; reading `name` on an instance
gives a `ShownName`: a string whose *value* is the msgid (what the database holds,
what code compares and looks up, what fixtures and backups carry) and whose `str()`
is its translation in the active language (what templates, forms and `%` show).

A form saved in another language sends the translation back; it is recognised and
stored as the msgid, so the row keeps one name. A name an administrator chose
themselves is shown as they wrote it.
"""

import re
from functools import cache, partial
from typing import Any

from django.conf import settings
from django.db.models.query_utils import DeferredAttribute
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext, gettext_noop

# What Wagtail's own migrations create. The platform's names are declared where they
# are made (accounts.roles.GROUP_NAMES, courses.permissions) and shipped from there.
WAGTAIL_WORKFLOW = gettext_noop("Moderators approval")
WAGTAIL_GROUPS = [gettext_noop("Moderators"), gettext_noop("Editors")]


class ShownName(str):
    """A shipped name: compares, hashes and is stored as its msgid; shown translated."""

    msgid: str
    params: dict[str, str]

    def __new__(cls, msgid: str, params: dict[str, str] | None = None):
        value = msgid % params if params else msgid
        name = super().__new__(cls, value)
        name.msgid = msgid
        name.params = params or {}
        return name

    def __str__(self) -> str:
        shown = gettext(self.msgid)
        return shown % self.params if self.params else shown

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __html__(self) -> str:
        return escape(str(self))

    def __reduce__(self):
        # Pickled (cached) as the plain stored value.
        return (str, (str.__str__(self),))


def _pattern(text: str) -> re.Pattern[str]:
    parts = re.split(r"%\((\w+)\)s", text)
    regex = "".join(
        re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)"
        for i, part in enumerate(parts)
    )
    return re.compile(f"^{regex}$")


@cache
def _recognisers(msgids: tuple[str, ...]) -> list[tuple[re.Pattern[str], str]]:
    """(pattern, msgid) for each msgid and its translation in every language."""
    found = []
    for msgid in msgids:
        forms = {msgid}
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                forms.add(gettext(msgid))
        found += [(_pattern(form), msgid) for form in sorted(forms)]
    return found


def recognise(value: str, msgids: tuple[str, ...]) -> str:
    """`value` as a ShownName when it is one of `msgids` in any language, else itself."""
    if not isinstance(value, str) or isinstance(value, ShownName):
        return value
    for pattern, msgid in _recognisers(msgids):
        match = pattern.match(value)
        if match:
            return ShownName(msgid, match.groupdict() or None)
    return value


class ShownNameAttribute(DeferredAttribute):
    """The model field's attribute, read as a ShownName where the value is shipped."""

    def __init__(self, field, msgids: list[str]):
        super().__init__(field)
        self.msgids = tuple(msgids)

    def __get__(self, instance, cls=None):
        value = super().__get__(instance, cls)
        if instance is None:
            return value
        return recognise(value, self.msgids)

    def __set__(self, instance, value):
        instance.__dict__[self.field.attname] = value


# Django names a model's default permissions "Can add locale" (create_permissions), in
# English, as data. Shown, they say the action and the model in the reader's language.
PERMISSION_NAMES = {
    "add": gettext_noop("Can add %(model)s"),
    "change": gettext_noop("Can change %(model)s"),
    "delete": gettext_noop("Can delete %(model)s"),
    "view": gettext_noop("Can view %(model)s"),
}


class PermissionName(ShownName):
    """A default permission's stored name ("Can add locale"), shown translated: as a
    ShownName (formatted, escaped and pickled alike), its model named when shown."""

    model: Any

    def __new__(cls, stored: str, msgid: str, model):
        name = str.__new__(cls, stored)
        name.msgid, name.params, name.model = msgid, {}, model
        return name

    def __str__(self) -> str:
        return gettext(self.msgid) % {"model": self.model._meta.verbose_name}


def permission_name(permission, value):
    """`value`, the permission's stored name, as a PermissionName where it is the one
    Django gave a default permission; else itself. No query: content types are
    cached by Django."""
    if not isinstance(value, str) or isinstance(value, PermissionName):
        return value
    from django.contrib.contenttypes.models import ContentType

    action, _, model_name = permission.codename.partition("_")
    msgid = PERMISSION_NAMES.get(action)
    if msgid is None or not permission.content_type_id:
        return value
    model = ContentType.objects.get_for_id(permission.content_type_id).model_class()
    if model is None or model._meta.model_name != model_name:
        return value
    if value != f"Can {action} {model._meta.verbose_name_raw}":
        return value
    return PermissionName(value, msgid, model)


class PermissionNameAttribute(DeferredAttribute):
    def __get__(self, instance, cls=None):
        value = super().__get__(instance, cls)
        if instance is None:
            return value
        return permission_name(instance, value)

    def __set__(self, instance, value):
        instance.__dict__[self.field.attname] = value


_shipped: dict[type, list[str]] = {}


def ship(model, msgids) -> None:
    """Read `model.name` through ShownNameAttribute, recognising `msgids` besides the
    names shipped before. Each app declares the names it creates (its AppConfig.ready),
    so that this module depends on none of them."""
    known = _shipped.setdefault(model, [])
    known += [msgid for msgid in msgids if msgid not in known]
    field = model._meta.get_field("name")
    setattr(model, field.attname, ShownNameAttribute(field, known))
    # Serialisers (fixtures, backups) write `str()` of the value: the stored one.
    field.value_to_string = partial(_stored_value, field)


def install() -> None:
    """Wagtail's own shipped names and Django's default permissions' (LmsConfig.ready)."""
    from django.contrib.auth.models import Group

    from wagtail.models import Task, Workflow

    ship(Workflow, [WAGTAIL_WORKFLOW])
    ship(Task, [WAGTAIL_WORKFLOW])
    ship(Group, WAGTAIL_GROUPS)

    from django.contrib.auth.models import Permission

    field = Permission._meta.get_field("name")
    setattr(Permission, field.attname, PermissionNameAttribute(field))
    field.value_to_string = partial(_stored_value, field)  # type: ignore[method-assign]


def _stored_value(field, instance) -> str:
    value = field.value_from_object(instance)
    return str.__str__(value) if isinstance(value, str) else value
