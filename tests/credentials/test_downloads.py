import json
import struct
import zlib

from django.urls import reverse

import pytest

from accounts.roles import Role
from credentials import services
from learning import certificates

from ..factories import UserFactory

pytestmark = pytest.mark.django_db

DOWNLOADS = ["download_jwt", "download_json", "download_badge"]


def itxt_chunks(png: bytes) -> dict[str, str]:
    """Read a PNG's iTXt chunks by hand, trusting no image library."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    found, offset = {}, 8
    while offset < len(png):
        (length,) = struct.unpack(">I", png[offset : offset + 4])
        kind = png[offset + 4 : offset + 8]
        data = png[offset + 8 : offset + 8 + length]
        (crc,) = struct.unpack(">I", png[offset + 8 + length : offset + 12 + length])
        assert zlib.crc32(kind + data) == crc
        if kind == b"iTXt":
            keyword, rest = data.split(b"\0", 1)
            compressed, rest = rest[0], rest[2:]
            _language, rest = rest.split(b"\0", 1)
            _translated, text = rest.split(b"\0", 1)
            assert compressed == 0
            found[keyword.decode("latin-1")] = text.decode("utf-8")
        offset += 12 + length
    return found


def test_the_holder_downloads_the_credential_and_the_baked_badge(
    client, learner, certificate
):
    client.force_login(learner)

    jwt = client.get(reverse("credentials:download_jwt", args=[certificate.code]))
    as_json = client.get(reverse("credentials:download_json", args=[certificate.code]))
    badge = client.get(reverse("credentials:download_badge", args=[certificate.code]))

    token = certificate.credential.jws
    assert jwt["Content-Type"] == "application/vc+jwt"
    assert "attachment" in jwt["Content-Disposition"]
    assert jwt.content.decode() == token
    assert json.loads(as_json.content)["type"] == [
        "VerifiableCredential",
        "OpenBadgeCredential",
    ]
    assert badge["Content-Type"] == "image/png"
    assert itxt_chunks(badge.content)["openbadgecredential"] == token


def test_nobody_else_downloads_a_learners_credential(
    client, certificate, outsider, other_organisation
):
    services.issue_credential(certificate=certificate)
    other_coordinator = UserFactory(
        email="elsewhere@example.org",
        organisation=other_organisation,
        role=Role.COORDINATOR,
    )
    for name in DOWNLOADS:
        url = reverse(f"credentials:{name}", args=[certificate.code])
        client.logout()
        assert client.get(url).status_code == 404, name
        for person in (outsider, other_coordinator):
            client.force_login(person)
            assert client.get(url).status_code == 404, (name, person)


def test_my_learning_links_the_downloads_and_says_when_revoked(
    client, learner, certificate
):
    client.force_login(learner)
    page = reverse("learning:my_learning")

    html = client.get(page).content.decode()
    certificates.revoke(certificate=certificate)
    revoked = client.get(page).content.decode()

    for name in DOWNLOADS:
        assert reverse(f"credentials:{name}", args=[certificate.code]) in html
    assert "its digital credential is no longer valid" in revoked
    assert reverse("credentials:download_badge", args=[certificate.code]) not in revoked


def test_my_learning_costs_no_more_queries_with_credentials(
    client, learner, certificate, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(learner)
    page = reverse("learning:my_learning")
    client.get(page)
    with CaptureQueriesContext(connection) as without:
        client.get(page)
    services.issue_credential(certificate=certificate)
    with CaptureQueriesContext(connection) as with_credential:
        client.get(page)

    assert len(with_credential) == len(without)
