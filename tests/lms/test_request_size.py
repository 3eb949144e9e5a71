"""Oversized requests are refused from their Content-Length, before the body is read."""

import pytest

pytestmark = pytest.mark.django_db


class UnreadableBody:
    """A request body that fails the test if anything reads it."""

    def read(self, *args):
        raise AssertionError("the body was read")

    readline = read


def post_claiming(client, path, length, **extra):
    return client.generic(
        "POST",
        path,
        b"",
        content_type="multipart/form-data; boundary=x",
        CONTENT_LENGTH=str(length),
        **{"wsgi.input": UnreadableBody()},
        **extra,
    )


def test_an_oversized_upload_is_refused_before_it_is_read(client, settings):
    settings.REQUEST_MAX_BYTES = 1024 * 1024

    response = post_claiming(
        client, "/en/accounts/login/", 5 * 1024 * 1024, HTTP_ACCEPT_LANGUAGE="en"
    )

    assert response.status_code == 413
    assert "too large: at most 1 MB" in response.content.decode()


def test_the_api_answers_an_oversized_request_in_json(client, settings):
    settings.REQUEST_MAX_BYTES = 1024 * 1024

    response = post_claiming(client, "/api/v1/lessons/1/complete", 2 * 1024 * 1024)

    assert response.status_code == 413
    assert "detail" in response.json()


def test_the_admin_takes_larger_uploads_than_the_site(client, settings):
    settings.REQUEST_MAX_BYTES = 1024 * 1024
    settings.ADMIN_REQUEST_MAX_BYTES = 8 * 1024 * 1024

    assert (
        post_claiming(client, "/admin/documents/multiple/add/", 9_000_000).status_code
        == 413
    )
    response = client.post("/admin/documents/multiple/add/", {"x": "y" * 2_000_000})
    assert response.status_code != 413


def test_a_request_within_the_limit_goes_through(client, settings):
    settings.REQUEST_MAX_BYTES = 1024 * 1024

    response = client.post("/en/accounts/login/", {"login": "a@example.org"})

    assert response.status_code == 200
