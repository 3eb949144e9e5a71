from wagtail.models import APIToken

import pytest

pytestmark = pytest.mark.django_db


def get(client, path, token=None, **params):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}
    return client.get(f"/api/v1/reports/{path}", params, **headers)


def token_of(person):
    return APIToken.create_token(user=person, name="BI")[1]


def test_the_openapi_document_lists_the_reports(client):
    paths = set(client.get("/api/v1/openapi.json").json()["paths"])
    assert {
        "/api/v1/reports/learners",
        "/api/v1/reports/programmes",
        "/api/v1/reports/organisations",
    } <= paths


@pytest.mark.parametrize(
    "who, emails",
    [
        ("admin", {"a1", "a2", "a3", "a4", "b1", "b2"}),
        ("coordinator_a", {"a1", "a2", "a3", "a4"}),
        ("trainer_x", {"a1", "a2", "a3", "b1"}),
        ("trainer_y", {"a4", "b2"}),
    ],
)
def test_a_personal_token_pulls_the_learners_report_in_its_owners_scope(
    client, world, who, emails
):
    body = get(client, "learners", token_of(world["people"][who])).json()
    assert body["count"] == len(emails)
    assert {row["email"].split("@")[0] for row in body["results"]} == emails


def test_the_learners_report_carries_the_figures_and_filters(client, world):
    client.force_login(world["people"]["admin"])
    body = get(client, "learners", status="overdue").json()
    assert body["count"] == 1
    row = body["results"][0]
    assert row["email"] == "a2@example.org"
    assert (row["status"], row["steps_done"], row["steps_total"], row["percent"]) == (
        "overdue",
        1,
        3,
        33,
    )
    assert row["cohort"] == "Spring"


def test_programmes_and_organisations_as_json(client, world):
    token = token_of(world["people"]["trainer_x"])
    programmes = get(client, "programmes", token).json()
    assert [
        (r["level"], r["enrolled"], r["completed"], r["overdue"]) for r in programmes
    ] == [
        ("programme", 4, 1, 1),
        ("module", 4, 2, 1),
        ("module", 4, 1, 1),
    ]
    assert programmes[0]["median_days_to_complete"] == 10.0
    assert programmes[1]["first_attempt_quiz_pass_rate"] == 67

    organisations = get(client, "organisations", token).json()
    named = {
        r["organisation"]: r for r in organisations if r["level"] == "organisation"
    }
    assert set(named) == {"Org A", "Org B"}
    assert (named["Org A"]["staff_with_account"], named["Org A"]["enrolled"]) == (3, 3)
    assert organisations[-1]["level"] == "total"


def test_bad_filters_are_a_json_4xx(client, world):
    client.force_login(world["people"]["coordinator_a"])
    other = world["organisations"]["b"]
    refused = get(client, "learners", organisation=other.pk)
    assert refused.status_code == 400
    assert "organisation" in refused.json()["errors"]
    for params in (
        {"status": "asleep"},
        {"programme": "abc"},
        {"enrolled_from": "2026-13-45"},
        {"cohort": "99999999999999999999"},
    ):
        response = get(client, "learners", **params)
        assert 400 <= response.status_code < 500, params
        assert "detail" in response.json()
    backwards = get(
        client, "programmes", enrolled_from="2026-05-02", enrolled_to="2026-05-01"
    )
    assert backwards.status_code == 400


def test_learners_and_strangers_are_refused(client, world):
    response = get(client, "learners", token_of(world["people"]["a1"]))
    assert response.status_code == 403
    assert response.json() == {"detail": "You may not do this."}
    assert get(client, "organisations").status_code == 401
