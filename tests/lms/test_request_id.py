import json
import logging

from django.http import HttpResponse
from django.test import RequestFactory
from django.utils.module_loading import import_string

import pytest
from celery import shared_task

from lms import logging_context
from lms.logging_context import RequestIdFilter, request_id
from lms.middleware_request_id import RequestIdMiddleware


@shared_task
def current_request_id() -> str:
    return request_id.get()


def answer(seen: list):
    def get_response(request):
        seen.append(request_id.get())
        return HttpResponse("ok")

    return RequestIdMiddleware(get_response)


def test_each_request_gets_an_id_for_its_logs_and_its_answer():
    seen = []

    response = answer(seen)(RequestFactory().get("/"))

    assert len(seen[0]) == 32
    assert response["X-Request-ID"] == seen[0]
    assert request_id.get() == logging_context.NO_REQUEST  # not past the request


def test_the_proxys_id_is_kept_and_a_strange_one_replaced():
    seen = []
    middleware = answer(seen)

    kept = middleware(RequestFactory().get("/", HTTP_X_REQUEST_ID="req-1234abcd"))
    replaced = middleware(RequestFactory().get("/", HTTP_X_REQUEST_ID="a\nforged line"))

    assert kept["X-Request-ID"] == "req-1234abcd" == seen[0]
    assert replaced["X-Request-ID"] == seen[1] != "a\nforged line"


def test_the_site_answers_with_its_request_id(client, db):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="req-from-proxy")

    assert response["X-Request-ID"] == "req-from-proxy"


def test_a_task_queued_during_a_request_carries_its_id():
    headers = {}
    token = request_id.set("req-1234abcd")
    try:
        logging_context.add_request_id(headers=headers)
    finally:
        request_id.reset(token)

    assert headers == {"request_id": "req-1234abcd"}


def test_a_task_queued_outside_any_request_carries_none():
    headers = {}

    logging_context.add_request_id(headers=headers)

    assert headers == {}


def test_a_task_runs_with_the_id_it_was_queued_with_and_forgets_it_after():
    result = current_request_id.apply(headers={"request_id": "req-1234abcd"})

    assert result.get() == "req-1234abcd"
    assert request_id.get() == logging_context.NO_REQUEST
    assert current_request_id.apply().get() == logging_context.NO_REQUEST


@pytest.mark.parametrize("fmt", ["plain", "json"])
def test_log_lines_carry_the_request_id(settings, fmt):
    options = dict(settings.LOGGING["formatters"][fmt])
    factory = import_string(options.pop("()", "logging.Formatter"))
    if "format" in options:
        options["fmt"] = options.pop("format")
    formatter = factory(**options)
    record = logging.LogRecord("lms", logging.INFO, __file__, 1, "Sent.", None, None)
    token = request_id.set("req-1234abcd")
    try:
        RequestIdFilter().filter(record)
    finally:
        request_id.reset(token)

    line = formatter.format(record)

    if fmt == "json":
        assert json.loads(line) | {"time": None} == {
            "time": None,
            "level": "INFO",
            "logger": "lms",
            "request_id": "req-1234abcd",
            "message": "Sent.",
        }
    else:
        assert "[req-1234abcd] Sent." in line
