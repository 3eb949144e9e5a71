"""Two people ask for the last seat at the same moment, on two database connections:
exactly one gets it, the other is put on the waiting list."""

import threading
import time

from django.db import connection

import pytest

from events import services
from events.models import Registration

from .pages import event_under, index_under

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason=(
            "needs PostgreSQL: SQLite has one writer at a time, so two connections "
            "cannot race for the row lock (run with DATABASE_URL=postgres://…)"
        ),
    ),
]
Status = Registration.Status


def test_exactly_one_of_two_simultaneous_requests_gets_the_last_seat(
    site_content, people, monkeypatch
):
    event = event_under(index_under(site_content), capacity=2)
    seated, first, second = people(3)
    services.register_for_event(person=seated, event=event)

    # Widen the window between counting the seats and taking one: without the lock,
    # both requests would count one free seat and both would take it.
    counted = services.seats_taken

    def slow_count(event):
        taken = counted(event)
        time.sleep(0.3)
        return taken

    monkeypatch.setattr(services, "seats_taken", slow_count)
    start = threading.Barrier(2)
    outcomes, backends = {}, set()

    def ask(person):
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_backend_pid()")
                backends.add(cursor.fetchone()[0])
            start.wait(timeout=10)
            outcomes[person.pk] = services.register_for_event(
                person=person, event=event
            ).status
        except Exception as error:  # reported by the assertion below
            outcomes[person.pk] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=ask, args=(p,)) for p in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert len(backends) == 2  # two connections, two server processes
    assert sorted(map(str, outcomes.values())) == [Status.REGISTERED, Status.WAITLISTED]
    assert Registration.objects.filter(status=Status.REGISTERED).count() == 2
    positions = list(Registration.objects.values_list("position", flat=True))
    assert sorted(positions) == [1, 2, 3]
