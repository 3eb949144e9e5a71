import base64
import gzip
import json

from django.urls import reverse
from django.utils import timezone

import pytest
from joserfc import jws
from joserfc.jwk import KeySet

from credentials import services
from learning import certificates
from learning.models import Certificate

pytestmark = pytest.mark.django_db


def status_bits(client, url: str) -> bytes:
    """Fetch, verify (joserfc, published JWKS) and decode a status list credential."""
    published = KeySet.import_key_set(client.get(reverse("credentials:jwks")).json())
    response = client.get(url)
    assert response["Content-Type"] == "application/vc+jwt"
    signed = jws.deserialize_compact(response.content, published, algorithms=["EdDSA"])
    listed = json.loads(signed.payload)
    assert listed["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    subject = listed["credentialSubject"]
    assert subject["type"] == "BitstringStatusList"
    assert subject["statusPurpose"] == "revocation"
    encoded = subject["encodedList"]
    assert encoded.startswith("u")
    return gzip.decompress(base64.urlsafe_b64decode(encoded[1:] + "=="))


def bit(bits: bytes, index: int) -> bool:
    return bool(bits[index // 8] >> (7 - index % 8) & 1)


def credential_status(credential) -> tuple[str, int]:
    payload = json.loads(base64.urlsafe_b64decode(credential.jws.split(".")[1] + "=="))
    status = payload["credentialStatus"]
    return status["statusListCredential"], int(status["statusListIndex"])


def test_revoking_a_certificate_sets_its_bit_in_the_signed_status_list(
    client, certificate
):
    credential = services.issue_credential(certificate=certificate)
    url, index = credential_status(credential)

    before = status_bits(client, url)
    certificates.revoke(certificate=certificate)
    after = status_bits(client, url)

    assert len(before) >= 16 * 1024  # the specification's minimum bitstring
    assert not bit(before, index)
    assert bit(after, index)
    assert sum(bin(byte).count("1") for byte in after) == 1


def test_the_holders_withdrawal_revokes_the_credential_too(client, certificate):
    credential = services.issue_credential(certificate=certificate)
    url, index = credential_status(credential)

    Certificate.objects.filter(pk=certificate.pk).update(
        revoked_at=timezone.now(), withdrawn_by_holder=True
    )

    assert bit(status_bits(client, url), index)


def test_the_check_page_verifies_the_credential_and_then_says_revoked(
    client, certificate
):
    credential = services.issue_credential(certificate=certificate)
    page = reverse("learning:verify_certificate", args=[certificate.code])

    valid = client.get(page).content.decode()
    certificates.revoke(certificate=certificate)
    revoked = client.get(page).content.decode()

    assert "is signed by this platform and has not been revoked" in valid
    assert f"/credentials/{credential.public_id}" in valid
    assert "it has been revoked" in revoked


def test_the_check_page_refuses_a_tampered_credential(client, certificate):
    credential = services.issue_credential(certificate=certificate)
    header, payload, signature = credential.jws.split(".")
    document = json.loads(base64.urlsafe_b64decode(payload + "=="))
    document["name"] = "Something else"
    forged = base64.urlsafe_b64encode(json.dumps(document).encode()).rstrip(b"=")
    credential.jws = f"{header}.{forged.decode()}.{signature}"
    credential.save()

    html = client.get(
        reverse("learning:verify_certificate", args=[certificate.code])
    ).content.decode()

    assert "could not be verified" in html


def test_an_unknown_status_list_is_not_found(client, certificate):
    assert client.get("/credentials/status/5").status_code == 404


def test_closing_the_account_revokes_the_credential_and_erases_its_hash(
    client, certificate, learner
):
    from privacy import services as privacy
    from privacy.models import ClosedAccount

    credential = services.issue_credential(certificate=certificate)
    url, index = credential_status(credential)

    privacy.close_account(user=learner, initiative=ClosedAccount.Initiative.HOLDER)
    credential.refresh_from_db()

    assert bit(status_bits(client, url), index)
    assert credential.jws == "" and credential.salt == ""
    assert client.get(f"/credentials/{credential.public_id}").status_code == 404
