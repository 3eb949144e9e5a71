"""A request id in every log line, carried from a web request into the Celery tasks it
queues (and the tasks those queue), so that one action can be followed across machines.
"""

import contextvars
import logging

from celery.signals import before_task_publish, task_postrun, task_prerun

NO_REQUEST = "-"
HEADER = "request_id"

request_id: contextvars.ContextVar[str] = contextvars.ContextVar(
    "request_id", default=NO_REQUEST
)


class RequestIdFilter(logging.Filter):
    """Gives every record the current request id (or "-" outside any request)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id.get()
        return True


@before_task_publish.connect(dispatch_uid="lms.logging_context.publish")
def add_request_id(headers=None, **kwargs) -> None:
    current = request_id.get()
    if headers is not None and current != NO_REQUEST:
        headers.setdefault(HEADER, current)


@task_prerun.connect(dispatch_uid="lms.logging_context.prerun")
def take_request_id(task=None, **kwargs) -> None:
    if task is None:
        return
    # A worker's message headers are the request's attributes; an eager call keeps
    # them apart.
    value = getattr(task.request, HEADER, None) or (task.request.headers or {}).get(
        HEADER
    )
    task.request.request_id_token = request_id.set(value or NO_REQUEST)


@task_postrun.connect(dispatch_uid="lms.logging_context.postrun")
def drop_request_id(task=None, **kwargs) -> None:
    token = getattr(task.request, "request_id_token", None) if task else None
    if token is not None:
        try:
            request_id.reset(token)
        except ValueError:  # set in another context (an eager call inside a request)
            request_id.set(NO_REQUEST)
