"""The JSON documents the issuer publishes: its Profile, each certificate's
OpenBadgeCredential, the Bitstring Status List credential, the JWKS and DID document.

Open Badges 3.0: https://www.imsglobal.org/spec/ob/v3p0/
VC Data Model 2.0: https://www.w3.org/TR/vc-data-model-2.0/
Bitstring Status List: https://www.w3.org/TR/vc-bitstring-status-list/
"""

import base64
import gzip
import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _

from courses.exchange.case import case_item_uri
from courses.models import Competency
from learning.models import Certificate, CertificateSettings
from lms.context_processors import site_name

from . import keys
from .models import STATUS_LIST_SIZE, CertificateCredential

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
OB_SCHEMA = (
    "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/"
    "ob_v3p0_achievementcredential_schema.json"
)


def base() -> str:
    return f"{settings.IDENTIFIER_BASE_URL}/credentials"


def issuer_id() -> str:
    return f"{base()}/issuer"


def credential_id(public_id) -> str:
    return f"{base()}/{public_id}"


def status_list_url(number: int) -> str:
    return f"{base()}/status/{number}"


def achievement_id(certificate: Certificate) -> str:
    # A module taken alone is an achievement of its own, named by the module's key.
    key = certificate.programme_key if certificate.scope == "programme" else None
    return f"{base()}/achievements/{key or certificate.scope}"


def did() -> str:
    """did:web of the issuer: resolves to {base}/did.json (W3C did:web method)."""
    parts = urlsplit(base())
    host = parts.netloc.replace(":", "%3A")
    path = ":".join(segment for segment in parts.path.split("/") if segment)
    return f"did:web:{host}:{path}" if path else f"did:web:{host}"


def timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def issuer_profile() -> dict:
    """The platform as an Open Badges Profile, at a URL that answers with it."""
    issuer = CertificateSettings.load()
    return {
        "id": issuer_id(),
        "type": ["Profile"],
        "name": issuer.issuer_name or site_name(),
        "url": settings.SITE_URL,
    }


def identity_hash(email: str, salt: str) -> str:
    """Open Badges' salted hash of an email address: sha256$ and the hex digest of the
    lower-cased address followed by the salt."""
    digest = hashlib.sha256((email.strip().lower() + salt).encode()).hexdigest()
    return f"sha256${digest}"


def _competencies(certificate: Certificate) -> dict[str, Competency]:
    """The certificate's competencies in its language, by code."""
    rows = certificate.competencies or []
    keys_ = [row["key"] for row in rows if row.get("key")]
    codes = [row["code"] for row in rows if not row.get("key")]
    found = (
        Competency.objects.filter(translation_key__in=keys_)
        | Competency.objects.filter(code__in=codes)
    ).select_related("locale", "area__framework")
    chosen: dict[str, Competency] = {}
    for competency in found:
        known = chosen.get(competency.code)
        if known is None or competency.locale.language_code == certificate.language:
            chosen[competency.code] = competency
    return chosen


def _level_names(competencies: Iterable[Competency]) -> dict[tuple[int, int], str]:
    from courses.models import ProficiencyLevel

    frameworks = {c.area.framework_id for c in competencies}
    return {
        (level.framework_id, level.number): level.name
        for level in ProficiencyLevel.objects.filter(framework_id__in=frameworks)
    }


def alignments(certificate: Certificate) -> list[dict]:
    """One Alignment per competency reached, to its CASE item, saying the level."""
    competencies = _competencies(certificate)
    names = _level_names(competencies.values())
    result = []
    for row in certificate.competencies or []:
        competency = competencies.get(row["code"])
        if competency is None:  # its framework was deleted since
            continue
        level = int(row["level"])
        name = names.get((competency.area.framework_id, level), "")
        described = (
            _("Level reached: %(level)s (%(name)s).") % {"level": level, "name": name}
            if name
            else _("Level reached: %(level)s.") % {"level": level}
        )
        result.append(
            {
                "type": ["Alignment"],
                "targetType": "CFItem",
                "targetName": f"{competency.code} {competency.title}",
                "targetCode": competency.code,
                "targetDescription": described,
                "targetFramework": competency.area.framework.title,
                "targetUrl": case_item_uri(competency),
            }
        )
    return result


def achievement(certificate: Certificate) -> dict:
    hours = f"{certificate.hours:g}" if certificate.hours else ""
    if certificate.scope == "programme":
        description = _("The training programme “%(title)s”.")
    else:
        description = _("The module “%(title)s”, taken on its own.")
    description = description % {"title": certificate.programme_title}
    if hours:
        description += " " + _("%(hours)s hours of study.") % {"hours": hours}
    return {
        "id": achievement_id(certificate),
        "type": ["Achievement"],
        "achievementType": "Certificate",
        "name": certificate.programme_title,
        "description": description,
        "criteria": {
            "narrative": _(
                "Complete every lesson, quiz and assignment of the programme on "
                "%(site)s. The alignments give the level of each competency reached."
            )
            % {"site": site_name()}
        },
        "alignment": alignments(certificate),
        "inLanguage": certificate.language,
        "creator": {"id": issuer_id(), "type": ["Profile"]},
    }


def open_badge_credential(
    certificate: Certificate, credential: CertificateCredential
) -> dict:
    """The unsecured credential: what the JWS signs. Built in the certificate's
    language, with the JWT claims that Open Badges 3.0 (8.2) asks for beside it."""
    status_url = status_list_url(credential.status_list)
    with translation.override(certificate.language):
        issuer = issuer_profile()
        document: dict[str, Any] = {
            "@context": [VC_CONTEXT, OB_CONTEXT],
            "id": credential_id(credential.public_id),
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "issuer": issuer,
            "validFrom": timestamp(certificate.issued_at),
            "name": certificate.programme_title,
            "credentialSubject": {
                "type": ["AchievementSubject"],
                "identifier": [
                    {
                        "type": "IdentityObject",
                        "identityHash": identity_hash(
                            certificate.learner.email, credential.salt
                        ),
                        "identityType": "emailAddress",
                        "hashed": True,
                        "salt": credential.salt,
                    }
                ],
                "achievement": achievement(certificate),
            },
            "credentialStatus": {
                "id": f"{status_url}#{credential.status_index}",
                "type": "BitstringStatusListEntry",
                "statusPurpose": "revocation",
                "statusListIndex": str(credential.status_index),
                "statusListCredential": status_url,
            },
            "credentialSchema": [
                {"id": OB_SCHEMA, "type": "1EdTechJsonSchemaValidator2019"}
            ],
        }
    document["iss"] = issuer["id"]
    document["jti"] = document["id"]
    document["nbf"] = int(certificate.issued_at.timestamp())
    return document


def encode_bits(indices: Iterable[int], size: int = STATUS_LIST_SIZE) -> str:
    """Multibase (u) base64url, unpadded, of the GZIP of the bitstring; index 0 is
    the first byte's most significant bit."""
    bits = bytearray(size // 8)
    for index in indices:
        bits[index // 8] |= 0x80 >> (index % 8)
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).rstrip(b"=").decode()


def decode_bits(encoded: str) -> bytes:
    if not encoded.startswith("u"):
        raise ValueError("encodedList must be multibase base64url (u).")
    data = encoded[1:]
    return gzip.decompress(base64.urlsafe_b64decode(data + "=" * (-len(data) % 4)))


def bit_is_set(bits: bytes, index: int) -> bool:
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def status_list_credential(number: int, revoked: Iterable[int], now: datetime) -> dict:
    url = status_list_url(number)
    return {
        "@context": [VC_CONTEXT],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer_id(),
        "validFrom": timestamp(now),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encode_bits(revoked),
        },
        "iss": issuer_id(),
        "jti": url,
        "nbf": int(now.timestamp()),
    }


def jwks() -> dict:
    return {"keys": [key.jwk() for key in keys.all_keys()]}


def did_document() -> dict:
    methods = [
        {
            "id": f"{did()}#{key.thumbprint}",
            "type": "JsonWebKey2020",
            "controller": did(),
            "publicKeyJwk": {k: v for k, v in key.jwk().items() if k != "kid"},
        }
        for key in keys.all_keys()
    ]
    return {
        "@context": [
            "https://www.w3.org/ns/did/v1",
            "https://w3id.org/security/suites/jws-2020/v1",
        ],
        "id": did(),
        "alsoKnownAs": [issuer_id()],
        "verificationMethod": methods,
        "assertionMethod": [method["id"] for method in methods],
    }
