import pytest

from lms import metrics
from notifications.models import Kind, OutboxMessage

from ..factories import UserFactory

pytestmark = pytest.mark.django_db

TOKEN = "scraper-token-0123456789"


@pytest.fixture(autouse=True)
def token(settings):
    settings.METRICS_TOKEN = TOKEN


def scrape(client, token=TOKEN):
    return client.get("/metrics", HTTP_AUTHORIZATION=f"Bearer {token}")


def test_metrics_are_off_without_a_token(client, settings):
    settings.METRICS_TOKEN = ""

    assert scrape(client, "").status_code == 404


def test_a_wrong_token_or_none_gets_nothing(client, admin_user):
    client.force_login(admin_user)  # being an administrator is not enough

    assert scrape(client, "guess").status_code == 404
    assert client.get("/metrics").status_code == 404


def test_the_scraper_reads_requests_outbox_queues_and_failures(client, monkeypatch):
    monkeypatch.setattr(metrics, "queue_lengths", lambda: {"default": 0, "email": 12})
    person = UserFactory()
    for n, status in enumerate(["queued", "queued", "failed"]):
        OutboxMessage.objects.create(
            idempotency_key=f"m:{n}",
            kind=Kind.ENROLMENT_CONFIRMED,
            recipient=person,
            to_email="a@example.org",
            language="lt",
            context={},
            status=status,
        )
    metrics.count_failure(
        sender=type("Task", (), {"name": "lms.tasks.prune_heartbeats"})
    )
    client.get("/healthz/live")
    client.get("/sitemap.xml")

    response = scrape(client)

    assert response.status_code == 200
    text = response.content.decode()
    assert "django_http_requests_total_by_method_total" in text
    assert "django_http_requests_latency_seconds_by_view_method" in text
    assert 'lms_outbox_messages{status="queued"} 2.0' in text
    assert 'lms_outbox_messages{status="failed"} 1.0' in text
    assert 'lms_outbox_messages{status="sent"} 0.0' in text
    assert 'lms_queue_length{queue="email"} 12.0' in text
    assert 'lms_task_failures_total{task="lms.tasks.prune_heartbeats"} 1.0' in text
    assert "no-cache" in response["Cache-Control"]


def test_queue_lengths_come_from_the_broker(settings):
    settings.TASK_QUEUES = {"default": "metrics-test-queue"}

    assert metrics.queue_lengths() == {"default": 0}
