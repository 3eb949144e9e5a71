"""Who may edit which programme: one place for views, admin and services alike.

Each programme has a group of its own, "Programme trainers: <title> [<id>]", holding
Wagtail page permissions on the programme page in every language it has. The trainers
named on the programme are its members. They may add and edit pages below it, not
publish: their changes go through the review workflow to an administrator.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext_noop

from wagtail.models import (
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.models.workflows import GroupApprovalTask

from accounts.roles import GROUP_NAMES, Role

from .models import ProgrammePage

TRAINER_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page"]
# Names the platform creates as data: stored as these msgids, shown in the reader's
# language (lms.shipped_names).
REVIEW_WORKFLOW = gettext_noop("Programme review")
REVIEW_TASK = gettext_noop("Review by an administrator")
PROGRAMME_GROUP = gettext_noop("Programme trainers [%(key)s]")


def programme_group_name(programme: ProgrammePage) -> str:
    return PROGRAMME_GROUP % {"key": programme.translation_key}


@transaction.atomic
def sync_programme_trainers(*, programme: ProgrammePage) -> Group:
    """Give the programme's named trainers, and only them, edit rights on it. Idempotent."""
    group, _ = Group.objects.get_or_create(name=programme_group_name(programme))
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=TRAINER_PAGE_PERMISSIONS
    )
    for translation in programme.get_translations(inclusive=True):
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(
                group=group, page=translation, permission=permission
            )
    named = set()
    for translation in ProgrammePage.objects.filter(
        translation_key=programme.translation_key
    ):
        named |= set(translation.trainers.values_list("user_id", flat=True))
    group.user_set.set(named)
    return group


@transaction.atomic
def ensure_review_workflow(*, page: Page) -> Workflow:
    """Changes below `page` need an administrator's approval before they are published."""
    workflow, _ = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
    task, _ = GroupApprovalTask.objects.get_or_create(name=REVIEW_TASK)
    task.groups.set([Group.objects.get(name=GROUP_NAMES[Role.ADMIN])])
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow
