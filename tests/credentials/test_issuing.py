import base64
import json

from django.db import IntegrityError
from django.urls import reverse
from django.utils import translation

import pytest
from joserfc import jws
from joserfc.jwk import KeySet

from courses.exchange.case import case_item_uri
from credentials import services, tasks
from credentials.documents import OB_CONTEXT, VC_CONTEXT, identity_hash
from credentials.models import CertificateCredential
from learning import services as learning
from learning.models import Certificate

from .conftest import finish_programme

pytestmark = pytest.mark.django_db


def verified_with_joserfc(client, token: str) -> dict:
    """Verify as an outsider would: the published JWKS and an independent library."""
    published = KeySet.import_key_set(client.get(reverse("credentials:jwks")).json())
    signed = jws.deserialize_compact(token, published, algorithms=["EdDSA"])
    return json.loads(signed.payload)


def test_issuing_a_certificate_queues_its_credential_which_is_made_once(
    learner, site_content, competency, django_capture_on_commit_callbacks, monkeypatch
):
    sent = []
    monkeypatch.setattr(
        tasks.issue_credential, "apply_async", lambda kwargs: sent.append(kwargs)
    )
    enrolment = finish_programme(learner, site_content, competency)
    with django_capture_on_commit_callbacks(execute=True):
        learning.recalculate_progress(enrolment=enrolment)
    certificate = Certificate.objects.get()

    assert {"certificate_id": certificate.pk} in sent
    tasks.issue_credential(certificate_id=certificate.pk)
    tasks.issue_credential(certificate_id=certificate.pk)

    assert CertificateCredential.objects.filter(certificate=certificate).count() == 1


def test_the_signed_credential_verifies_with_joserfc_against_the_published_jwks(
    client, certificate
):
    credential = services.issue_credential(certificate=certificate)

    payload = verified_with_joserfc(client, credential.jws)
    header = json.loads(base64.urlsafe_b64decode(credential.jws.split(".")[0] + "=="))

    assert header["alg"] == "EdDSA"
    assert header["typ"] == "vc+jwt"
    assert header["kid"] == credential.kid
    assert client.get(header["kid"]).json()["x"]  # the kid resolves to its JWK
    assert payload["id"].endswith(str(credential.public_id))


def test_the_credential_has_every_property_open_badges_3_requires(client, certificate):
    credential = services.issue_credential(certificate=certificate)
    vc = verified_with_joserfc(client, credential.jws)

    assert vc["@context"][:2] == [VC_CONTEXT, OB_CONTEXT]
    assert vc["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert vc["id"].startswith("http://testserver/credentials/")
    assert vc["issuer"]["id"] == "http://testserver/credentials/issuer"
    assert "Profile" in vc["issuer"]["type"]
    assert vc["issuer"]["name"]
    assert vc["validFrom"].endswith("Z")
    assert vc["name"] == certificate.programme_title
    subject = vc["credentialSubject"]
    assert "AchievementSubject" in subject["type"]
    achievement = subject["achievement"]
    for required in ("id", "type", "criteria", "name", "description"):
        assert achievement[required], required
    assert "Achievement" in achievement["type"]
    assert achievement["criteria"]["narrative"]
    status = vc["credentialStatus"]
    assert status["type"] == "BitstringStatusListEntry"
    assert status["statusPurpose"] == "revocation"
    assert status["statusListIndex"] == str(credential.status_index)
    assert status["statusListCredential"] == "http://testserver/credentials/status/0"
    # The JWT claims Open Badges 3.0 (8.2) asks for agree with the credential.
    assert vc["iss"] == vc["issuer"]["id"]
    assert vc["jti"] == vc["id"]
    # The identifiers resolve to their documents.
    assert client.get(vc["issuer"]["id"]).json()["id"] == vc["issuer"]["id"]
    assert client.get(achievement["id"]).json()["name"] == achievement["name"]
    assert json.loads(client.get(vc["id"]).content)["id"] == vc["id"]
    as_jwt = client.get(vc["id"], HTTP_ACCEPT="application/vc+jwt")
    assert as_jwt.content.decode() == credential.jws


def test_the_achievement_aligns_each_competency_reached_to_its_case_item(
    client, certificate, competency
):
    credential = services.issue_credential(certificate=certificate)
    vc = verified_with_joserfc(client, credential.jws)

    [alignment] = vc["credentialSubject"]["achievement"]["alignment"]
    assert alignment["type"] == ["Alignment"]
    assert alignment["targetType"] == "CFItem"
    assert competency.code in alignment["targetName"]
    assert alignment["targetUrl"] == case_item_uri(competency)
    # In the certificate's language.
    with translation.override(certificate.language):
        reached = translation.gettext("Level reached: %(level)s.") % {"level": 2}
    assert reached.rstrip(".") in alignment["targetDescription"]


def test_the_learner_is_named_by_a_salted_hash_of_the_email_only(
    client, certificate, learner
):
    credential = services.issue_credential(certificate=certificate)
    vc = verified_with_joserfc(client, credential.jws)
    text = json.dumps(vc)

    [identity] = vc["credentialSubject"]["identifier"]
    assert identity["type"] == "IdentityObject"
    assert identity["identityType"] == "emailAddress"
    assert identity["hashed"] is True
    assert identity["identityHash"] == identity_hash(learner.email, identity["salt"])
    assert identity["identityHash"].startswith("sha256$")
    assert learner.email not in text
    assert f'"{learner.pk}"' not in text and f": {learner.pk}," not in text


def test_two_credentials_never_share_a_status_bit(certificate, monkeypatch):
    first = services.issue_credential(certificate=certificate)
    other = Certificate.objects.get(pk=certificate.pk)
    other.pk = None
    other.code = "ZZZZ-ZZZZ-ZZZZ"
    other.scope = "another"
    other.save()
    taken = iter([first.status_index, first.status_index, 7])
    monkeypatch.setattr(
        services.secrets, "randbelow", lambda _size: next(taken), raising=True
    )

    second = services.issue_credential(certificate=other)

    assert second.status_index == 7
    with pytest.raises(IntegrityError):
        CertificateCredential.objects.create(
            certificate=Certificate.objects.create(
                enrolment=certificate.enrolment,
                scope="third",
                learner=certificate.learner,
                learner_name="x",
                programme_key=certificate.programme_key,
                programme_title="x",
                language="en",
                completed_on=certificate.completed_on,
            ),
            status_index=7,
            salt="s",
            kid="k",
        )


def test_a_revoked_certificate_without_a_credential_gets_none(certificate):
    from learning import certificates

    certificates.revoke(certificate=certificate)
    certificate.refresh_from_db()

    assert services.issue_credential(certificate=certificate) is None


def test_the_sweep_issues_what_a_lost_task_did_not(certificate):
    assert services.issue_missing_credentials() == 1
    assert services.issue_missing_credentials() == 0
