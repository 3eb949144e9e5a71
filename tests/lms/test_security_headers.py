"""Browser policies: a Content-Security-Policy and a Permissions-Policy on site, admin and
API responses, and nothing personal left in a cache."""

import re

from django.urls import reverse
from django.utils import translation

from wagtail.models import APIToken

import pytest

from learning import services
from learning.models import Certificate

from ..learning.test_certificates import completed  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db


def policy(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def assert_strict_basics(response):
    directives = policy(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"]
    features = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in features
    # Passkeys are created and used on our own pages only.
    for feature in ("publickey-credentials-create", "publickey-credentials-get"):
        assert f"{feature}=(self)" in features
    return directives


def no_store(response) -> bool:
    cache_control = response.get("Cache-Control", "")
    return "no-store" in cache_control and "private" in cache_control


def test_a_site_page_allows_no_inline_script_and_is_cacheable_for_strangers(
    client, site_content
):
    response = client.get("/lt/")

    assert response.status_code == 200
    directives = assert_strict_basics(response)
    assert "'unsafe-inline'" not in directives["script-src"]
    assert "'unsafe-inline'" not in directives["style-src"]
    assert "'unsafe-eval'" not in directives["script-src"]
    assert not no_store(response)


def test_a_signed_in_persons_pages_are_never_stored(client, learner, site_content):
    client.force_login(learner)

    for path in ("/lt/", reverse("learning:my_learning"), reverse("account_profile")):
        response = client.get(path)
        assert response.status_code == 200, path
        assert no_store(response), path
        assert_strict_basics(response)


def test_the_admin_may_run_its_inline_scripts_and_nothing_from_elsewhere(
    client, admin_user
):
    client.force_login(admin_user)

    response = client.get("/admin/")

    assert response.status_code == 200
    directives = assert_strict_basics(response)
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
    assert not any(v.startswith("'nonce-") for v in directives["script-src"])
    assert "'unsafe-eval'" not in directives["script-src"]
    assert no_store(response)


def test_api_responses_carry_the_policies_and_are_never_stored(client, learner):
    _token, plaintext = APIToken.create_token(user=learner, name="HR system")

    public = client.get("/api/v1/catalogue")
    mine = client.get("/api/v1/me/enrolments", HTTP_AUTHORIZATION=f"Bearer {plaintext}")

    assert public.status_code == mine.status_code == 200
    for response in (public, mine):
        assert_strict_basics(response)
        assert no_store(response)


def test_a_certificate_pdf_is_never_stored(
    client,
    learner,
    completed,  # noqa: F811
):
    services.recalculate_progress(enrolment=completed)
    client.force_login(learner)

    response = client.get(
        reverse("learning:certificate_pdf", args=[Certificate.objects.get().code])
    )

    assert response.status_code == 200
    assert no_store(response)


INLINE_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.I)
STYLE_ATTRIBUTE = re.compile(r"<[^>]+\sstyle\s*=", re.I)
SCRIPT = re.compile(r"<script\b([^>]*)>", re.I)


@pytest.mark.parametrize("signed_in", [False, True])
def test_our_own_pages_hold_no_inline_script_or_style(
    client, learner, site_content, signed_in
):
    if signed_in:
        client.force_login(learner)
        names = ["learning:my_learning", "account_profile", "account_change_password"]
    else:
        names = ["account_login", "account_signup", "account_reset_password"]
    with translation.override("en"):
        paths = ["/en/", *(reverse(name) for name in names)]

    for path in paths:
        html = client.get(path).content.decode()
        assert not INLINE_HANDLER.search(html), path
        assert not STYLE_ATTRIBUTE.search(html), path
        for attributes in SCRIPT.findall(html):
            assert "src=" in attributes or "application/json" in attributes, path


def _through_csp(path, view):
    from django.test import RequestFactory

    from lms.middleware import ContentSecurityPolicyMiddleware

    request = RequestFactory().get(path)
    middleware = ContentSecurityPolicyMiddleware(view)
    middleware.process_request(request)
    return middleware(request)


@pytest.mark.parametrize("path", ["/lt/", "/admin/"])
def test_the_fixed_policy_is_the_one_django_csp_builds(path, settings):
    from django.http import HttpResponse

    from csp.utils import build_policy

    admin = path.startswith("/admin/")
    expected = build_policy(
        replace=settings.CONTENT_SECURITY_POLICY_ADMIN if admin else None
    )

    for _ in range(2):  # built once, then reused
        response = _through_csp(path, lambda r: HttpResponse())
        assert response["Content-Security-Policy"] == expected


def test_a_response_that_used_a_nonce_or_its_own_policy_gets_its_own_header():
    from django.http import HttpResponse

    from csp.decorators import csp_replace

    def with_nonce(request):
        return HttpResponse(f"<script nonce='{request.csp_nonce}'></script>")

    @csp_replace({"img-src": ["https://maps.example"]})
    def with_policy(request):
        return HttpResponse()

    nonce = _through_csp("/lt/", with_nonce)
    policy_of_its_own = _through_csp("/lt/", with_policy)
    plain = _through_csp("/lt/", lambda r: HttpResponse())

    value = re.search(r"nonce='([^']+)'", nonce.content.decode()).group(1)
    assert f"'nonce-{value}'" in policy(nonce)["script-src"]
    assert policy(policy_of_its_own)["img-src"] == ["https://maps.example"]
    assert not any(v.startswith("'nonce-") for v in policy(plain)["script-src"])
