"""The certificates' listing shows each programme's title as it was issued, in the
certificate's language: its cell says which (`lang`, WCAG 3.1.2)."""

import re

import pytest

from learning import services
from learning.models import Certificate

from ..courses.pages import catalogue_under, programme_under

pytestmark = pytest.mark.django_db


def test_a_certificates_programme_title_says_its_language(
    client, in_admin, site_content, learner, admin_user
):
    programme = programme_under(catalogue_under(site_content))
    enrolment = services.enrol_learner(learner=learner, programme=programme)
    Certificate.objects.create(
        enrolment=enrolment,
        learner=learner,
        learner_name="Ona",
        programme_key=enrolment.programme_key,
        programme_title="Sosial klyngeutvikling",
        language="nb",
        completed_on="2026-11-01",
    )
    in_admin(admin_user)

    html = client.get("/admin/certificates/").content.decode()

    assert re.search(r'<td lang="nb">\s*Sosial klyngeutvikling\s*</td>', html)
