"""The platform's roles, kept as Django groups with their permissions.

Learners are everyone who studies; trainers author content; coordinators manage the
learners of their own organisation; administrators manage everything. Page-level rights
of trainers (which programmes they may edit) are granted per programme, not here.
"""

from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop

# Roles change rarely and every change drops the entry; the timeout only bounds what a
# change made outside Django (a database console) leaves behind.
ROLES_TIMEOUT = 60 * 60


class Role(models.TextChoices):
    LEARNER = "learner", _("Learner")
    TRAINER = "trainer", _("Trainer")
    COORDINATOR = "coordinator", _("Coordinator")
    ADMIN = "admin", _("Administrator")


# Group names are data: stored and looked up as these msgids in every language, shown
# in the reader's (lms.shipped_names).
GROUP_NAMES = {
    Role.LEARNER: gettext_noop("Learners"),
    Role.TRAINER: gettext_noop("Trainers"),
    Role.COORDINATOR: gettext_noop("Coordinators"),
    Role.ADMIN: gettext_noop("Administrators"),
}

_ADMIN_ACCESS = "wagtailadmin.access_admin"
# Wagtail grants image and document rights per collection; these apply to the root one.
_MEDIA_AUTHORING = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]

_FRAMEWORK_READING = [
    "courses.view_competencyframework",
    "courses.view_competency",
    "courses.view_topictag",
]
_FRAMEWORK_EDITING = [
    f"courses.{action}_{model}"
    for model in ("competencyframework", "competency", "topictag")
    for action in ("add", "change", "delete")
]
_COHORT_MANAGING = [
    f"learning.{action}_cohort" for action in ("add", "change", "delete", "view")
]

ROLE_PERMISSIONS: dict[str, list[str]] = {
    Role.LEARNER: [],
    Role.TRAINER: [_ADMIN_ACCESS, *_FRAMEWORK_READING, *_COHORT_MANAGING],
    Role.COORDINATOR: [
        _ADMIN_ACCESS,
        "accounts.view_organisation",
        *_FRAMEWORK_READING,
    ],
    Role.ADMIN: [
        _ADMIN_ACCESS,
        *_FRAMEWORK_READING,
        *_FRAMEWORK_EDITING,
        "accounts.add_organisation",
        "accounts.change_organisation",
        "accounts.delete_organisation",
        "accounts.view_organisation",
        "accounts.add_user",
        "accounts.change_user",
        "accounts.delete_user",
        "accounts.view_user",
        "auth.view_group",
        "wagtailcore.view_workflow",
        "wagtailcore.add_workflow",
        "wagtailcore.change_workflow",
        "wagtailcore.add_task",
        "wagtailcore.change_task",
        "wagtailcore.add_locale",
        "wagtailcore.change_locale",
        "wagtailredirects.add_redirect",
        "wagtailredirects.change_redirect",
        "wagtailredirects.delete_redirect",
        *_COHORT_MANAGING,
        "learning.change_lrssettings",
        "learning.view_certificate",
        "learning.change_certificate",
        "notifications.view_outboxmessage",
        "notifications.change_outboxmessage",
        "notifications.add_reminderrule",
        "notifications.change_reminderrule",
        "notifications.delete_reminderrule",
        "notifications.view_reminderrule",
    ],
}

ROLE_COLLECTION_PERMISSIONS: dict[str, list[str]] = {
    Role.TRAINER: _MEDIA_AUTHORING,
    Role.ADMIN: [
        *_MEDIA_AUTHORING,
        "wagtailimages.delete_image",
        "wagtaildocs.delete_document",
    ],
}

# Administrators may do everything to every page, from the root down.
ADMIN_PAGE_PERMISSIONS = [
    "wagtailcore.add_page",
    "wagtailcore.change_page",
    "wagtailcore.publish_page",
    "wagtailcore.bulk_delete_page",
    "wagtailcore.lock_page",
    "wagtailcore.unlock_page",
]


def _permission(apps, dotted: str):
    """The permission row, created when a model declares it but no migration made it."""
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    app_label, codename = dotted.split(".")
    found = Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    ).first()
    if found is not None:
        return found
    model = codename.split("_", 1)[1]
    content_type = ContentType.objects.filter(app_label=app_label, model=model).first()
    if content_type is None:
        raise LookupError(f"No permission {dotted}")
    return Permission.objects.create(
        content_type=content_type,
        codename=codename,
        name=f"Can {codename.replace('_', ' ')}",
    )


def sync_role_groups(apps) -> None:
    """Create the role groups and give them exactly their permissions. Safe to repeat.

    Takes an app registry so that data migrations can call it with historical models.
    """
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        # Historical app configs have no models module, and create_permissions skips
        # those: the usual work-around for creating permissions inside a migration.
        stub = getattr(app_config, "models_module", None) is None
        if stub:
            app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        if stub:
            app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    for role, group_name in GROUP_NAMES.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.set([_permission(apps, p) for p in ROLE_PERMISSIONS[role]])

    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for collection_role, permissions in ROLE_COLLECTION_PERMISSIONS.items():
            group = Group.objects.get(name=GROUP_NAMES[Role(collection_role)])
            for dotted in permissions:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=_permission(apps, dotted),
                )

    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    root = Page.objects.filter(depth=1).first()
    admins = Group.objects.get(name=GROUP_NAMES[Role.ADMIN])
    if root is not None:
        for dotted in ADMIN_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=admins, page=root, permission=_permission(apps, dotted)
            )


def assign_role(user, role: str) -> None:
    from django.contrib.auth.models import Group

    user.groups.add(Group.objects.get(name=GROUP_NAMES[Role(role)]))
    forget_roles(user)


STAFF_ROLES = frozenset({Role.TRAINER, Role.COORDINATOR, Role.ADMIN})
_ROLE_BY_GROUP = {name: role for role, name in GROUP_NAMES.items()}
_CACHE = "_platform_roles"


def _shared_key(user_id: int) -> str:
    return f"accounts:roles:{user_id}"


def roles_of(user) -> frozenset[str]:
    """The user's roles, read once per user object, and kept in the cache between
    requests until their groups change (`forget_roles`, and the m2m signal below): a
    page costs no query for them."""
    if not getattr(user, "is_authenticated", False):
        return frozenset()
    cached = getattr(user, _CACHE, None)
    if cached is None:
        groups = cache.get(_shared_key(user.pk))
        if groups is None:
            names = user.groups.values_list("name", flat=True)
            groups = frozenset(_ROLE_BY_GROUP[n] for n in names if n in _ROLE_BY_GROUP)
            cache.set(_shared_key(user.pk), groups, ROLES_TIMEOUT)
        cached = groups | ({Role.ADMIN} if user.is_superuser else set())
        setattr(user, _CACHE, cached)
    return cached


def forget_roles(user) -> None:
    """Drop the cached roles after the user's groups changed."""
    if hasattr(user, _CACHE):
        delattr(user, _CACHE)
    if getattr(user, "pk", None) is not None:
        cache.delete(_shared_key(user.pk))


def forget_roles_of_members(sender, instance, action, reverse, pk_set, **kwargs):
    """m2m_changed on User.groups, from either side: whoever's groups changed has their
    cached roles dropped."""
    if action not in ("post_add", "post_remove", "post_clear", "pre_clear"):
        return
    if not reverse:  # user.groups.add(...)
        forget_roles(instance)
    elif action == "pre_clear":  # group.user_set.clear(): the members, before they go
        cache.delete_many(
            [_shared_key(pk) for pk in instance.user_set.values_list("pk", flat=True)]
        )
    else:  # group.user_set.add(...)
        cache.delete_many([_shared_key(pk) for pk in pk_set or ()])


def has_role(user, role: str) -> bool:
    return role in roles_of(user)


def has_any_role(user, *roles: str) -> bool:
    return not roles_of(user).isdisjoint(roles)
