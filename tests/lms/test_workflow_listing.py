"""The workflows listing's steps are a well-formed list: each link is inside its <li>
(Wagtail wraps the <li> in the link, which axe reports as list and listitem)."""

from django.urls import reverse

from wagtail.models import GroupApprovalTask, Workflow, WorkflowTask

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def test_each_step_of_a_workflow_is_a_list_item_holding_its_link(client, admin_user):
    workflow = Workflow.objects.create(name="Course review")
    tasks = [
        GroupApprovalTask.objects.create(name=name) for name in ["Trainer", "Editor"]
    ]
    for order, task in enumerate(tasks):
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=order)
    client.force_login(admin_user)

    html = client.get(reverse("wagtailadmin_workflows:index")).content.decode()

    soup = BeautifulSoup(html, "html.parser")
    lists = soup.select("ul.workflow-tasks")
    assert lists
    for steps in lists:
        assert {child.name for child in steps.find_all(recursive=False)} == {"li"}
    links = {
        link.select_one(".workflow-tasks__name").get_text(strip=True): link["href"]
        for link in soup.select("ul.workflow-tasks > li > a")
    }
    for task in tasks:
        assert links[task.name] == reverse(
            "wagtailadmin_workflows:edit_task", args=[task.pk]
        )
