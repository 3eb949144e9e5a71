"""A cohort's one name says the language it is written in (`name_language`), wherever
it is shown on a page in another: choosing a cohort, My learning, withdrawing, the
cohorts listing and the learners report with its filter (WCAG 3.1.2)."""

import re

from django.urls import reverse

import pytest

from learning import services
from learning.models import Cohort

from ..courses.pages import catalogue_under, module_under, programme_under
from .test_cohorts import make_cohort

pytestmark = pytest.mark.django_db

MARKED = '<span lang="lt">Ruduo</span>'


@pytest.fixture
def programme(site_content):
    programme = programme_under(catalogue_under(site_content))
    module_under(programme, slug="pirmas", lessons=1, quiz=False)
    return programme


@pytest.fixture
def joined(learner, programme):
    cohort = make_cohort(programme)
    return services.enrol_learner(learner=learner, programme=programme, cohort=cohort)


def test_a_new_cohorts_name_is_in_the_default_language_unless_told():
    assert Cohort._meta.get_field("name_language").default == "lt"


def test_the_enrol_form_marks_a_cohort_named_in_another_language(
    client, learner, programme
):
    make_cohort(programme)
    make_cohort(programme, name="Spring group", name_language="en")
    client.force_login(learner)

    html = client.get(programme.url).content.decode()

    assert "Ruduo:" in html and MARKED not in html
    assert '<span lang="en">Spring group</span>:' in html


def test_my_learning_and_the_withdrawal_mark_the_cohort(client, learner, joined):
    client.force_login(learner)

    my_learning = client.get("/en/my-learning/").content.decode()
    withdraw = client.get(
        reverse("learning:withdraw", args=[joined.pk]), HTTP_ACCEPT_LANGUAGE="en"
    )

    assert f"Cohort {MARKED}" in my_learning
    assert MARKED in withdraw.content.decode()


def test_the_cohorts_listing_marks_the_name(in_admin, admin_user, programme):
    make_cohort(programme)

    html = in_admin(admin_user, "nb").get("/admin/snippets/learning/cohort/")

    assert re.search(r'lang="lt">(\s|<[^>]+>)*Ruduo', html.content.decode())


def test_the_learners_report_marks_the_cohort_in_rows_and_filter(
    in_admin, admin_user, joined
):
    html = in_admin(admin_user, "en").get("/admin/reports/learners/").content.decode()

    assert f"<td>{MARKED}</td>" in html
    assert re.search(r'<option value="\d+" lang="lt">Ruduo', html)


def test_the_cohort_form_names_each_language_of_the_name_in_itself(
    in_admin, admin_user, programme
):
    html = in_admin(admin_user, "en").get("/admin/snippets/learning/cohort/add/")

    assert '<option value="nb" lang="nb">Norsk bokmål</option>' in html.content.decode()
