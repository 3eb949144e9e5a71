from django.utils import timezone

import pytest

from .helpers import cells, csv_rows

pytestmark = pytest.mark.django_db

URL = "/admin/reports/certificates/"


def test_certificates_per_period_programme_and_organisation(client, world):
    month = timezone.now().strftime("%Y-%m")
    client.force_login(world["people"]["admin"])
    html = client.get(URL).content.decode()
    assert cells(html, 'data-row="certificates"') == [
        [month, "Antra programa", "Org A", "1"],
        [month, "Programa", "Org A", "1"],
    ]
    year = client.get(URL, {"period": "year"}).content.decode()
    assert cells(year, 'data-row="certificates"')[0][0] == month[:4]


def test_scope_export_and_bad_values(client, world):
    client.force_login(world["people"]["trainer_x"])
    rows = csv_rows(client.get(URL, {"export": "csv"}))
    assert rows[0] == ["Period", "Programme", "Organisation", "Certificates"]
    assert [r[1:] for r in rows[1:]] == [["Programa", "Org A", "1"]]
    client.force_login(world["people"]["coordinator_b"])
    assert cells(client.get(URL).content.decode(), 'data-row="certificates"') == []
    response = client.get(URL, {"period": "decade"})
    assert 'id="report-filter-errors"' in response.content.decode()
