import re
import uuid

from .logging_context import request_id

# An id from the proxy in front (nginx's $request_id, a load balancer's) is kept when
# it looks like one; anything else is replaced, so that logs cannot be forged through it.
ACCEPTABLE = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


class RequestIdMiddleware:
    """Names each request (X-Request-ID, taken from the proxy or made here) for the
    logs and the tasks it queues, and answers with the same header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        given = request.headers.get("X-Request-ID", "")
        value = given if ACCEPTABLE.match(given) else uuid.uuid4().hex
        request.request_id = value
        token = request_id.set(value)
        try:
            response = self.get_response(request)
        finally:
            request_id.reset(token)
        response["X-Request-ID"] = value
        return response
