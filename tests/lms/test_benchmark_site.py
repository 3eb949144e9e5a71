"""benchmark_site's gunicorn shapes and percentiles (the run itself needs a server)."""

from django.core.management.base import CommandError

import pytest

from lms.management.commands.benchmark_site import Server, percentile


def test_a_server_shape_is_read_from_its_short_form():
    assert Server.parse("gthread:4x2") == Server("gthread", 4, 2)
    assert Server.parse("sync:3") == Server("sync", 3, 1)
    assert str(Server.parse("gthread:2x4")) == "gthread, 2 workers x 4 threads"


@pytest.mark.parametrize("text", ["eventlet:2", "gthread:twox4", "sync"])
def test_a_shape_gunicorn_would_not_start_is_refused_with_its_form(text):
    with pytest.raises(CommandError, match="sync:N or gthread:NxT"):
        Server.parse(text)


def test_percentiles_come_from_the_sorted_timings():
    timings = [0.5, 0.1, 0.4, 0.2, 0.3]
    assert percentile(timings, 0.5) == 0.3
    assert percentile(timings, 0.99) == 0.5
