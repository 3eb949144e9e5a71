import json
import stat
from io import StringIO

from django.core.management import call_command
from django.urls import reverse

import pytest
from joserfc import jws
from joserfc.jwk import KeySet

from credentials import keys, services
from learning.models import Certificate

pytestmark = pytest.mark.django_db


def verifies(client, token: str) -> bool:
    published = KeySet.import_key_set(client.get(reverse("credentials:jwks")).json())
    try:
        jws.deserialize_compact(token, published, algorithms=["EdDSA"])
    except Exception:  # joserfc raises several kinds; any means "does not verify"
        return False
    return True


def second_certificate(certificate) -> Certificate:
    other = Certificate.objects.get(pk=certificate.pk)
    other.pk = None
    other.code = "ZZZZ-ZZZZ-ZZZZ"
    other.scope = "again"
    other.save()
    return Certificate.objects.select_related("learner").get(pk=other.pk)


def test_the_key_is_made_on_first_use_in_a_private_file_not_in_the_database(
    certificate, key_dir
):
    assert keys.all_keys() == []

    services.issue_credential(certificate=certificate)

    [path] = key_dir.glob("*.pem")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    secret = path.read_text()
    assert "PRIVATE KEY" in secret
    body = "".join(secret.strip().splitlines()[1:-1])
    dump = StringIO()
    call_command("dumpdata", "credentials", "learning", stdout=dump)
    assert body not in dump.getvalue()
    assert body[:24] not in dump.getvalue()


def test_after_rotation_old_and_new_credentials_both_verify(client, certificate):
    old = services.issue_credential(certificate=certificate)

    call_command("rotate_credential_key", stdout=StringIO())
    new = services.issue_credential(certificate=second_certificate(certificate))

    assert old.kid != new.kid
    published = client.get(reverse("credentials:jwks")).json()["keys"]
    assert {key["kid"] for key in published} == {old.kid, new.kid}
    assert verifies(client, old.jws)
    assert verifies(client, new.jws)


def test_a_retired_key_no_longer_signs_but_still_verifies(client, certificate, key_dir):
    old = services.issue_credential(certificate=certificate)

    keys.rotate(retire_private=True)

    assert sum("PRIVATE" in p.read_text() for p in key_dir.glob("*.pem")) == 1
    assert keys.signing_key().kid != old.kid
    assert verifies(client, old.jws)


def test_many_machines_share_keys_through_the_environment(
    client, certificate, settings, key_dir
):
    printed = StringIO()
    call_command("rotate_credential_key", "--print", stdout=printed)
    retired = StringIO()
    call_command("rotate_credential_key", "--print", stdout=retired)
    settings.CREDENTIALS_SIGNING_KEYS = (
        printed.getvalue() + retired.getvalue()
    ).replace("\n", "\\n")

    credential = services.issue_credential(certificate=certificate)

    published = client.get(reverse("credentials:jwks")).json()["keys"]
    assert len(published) == 2
    assert credential.kid == keys.all_keys()[-1].kid  # the first block signs
    assert verifies(client, credential.jws)
    assert not key_dir.exists()


def test_a_token_signed_by_another_key_does_not_verify(client, certificate, settings):
    credential = services.issue_credential(certificate=certificate)
    for path in settings.CREDENTIALS_KEY_DIR.glob("*.pem"):
        path.unlink()
    keys.signing_key()  # a different key now

    assert not verifies(client, credential.jws)


def test_the_did_document_lists_every_key(client, certificate):
    services.issue_credential(certificate=certificate)
    keys.rotate()

    document = client.get("/credentials/did.json").json()

    assert document["id"] == "did:web:testserver:credentials"
    assert len(document["verificationMethod"]) == 2
    assert json.dumps(document).count('"kty": "OKP"') == 2
