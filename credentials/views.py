"""Public documents of the issuer, and the holder's downloads."""

import json
import uuid

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_GET

from learning.models import Certificate

from . import baking, documents, jose, selectors, services
from .models import CertificateCredential
from .permissions import certificates_held_by

JWT = "application/vc+jwt"
CACHE = "public, max-age=300"


def _public(response: HttpResponse, cache: str = CACHE) -> HttpResponse:
    """Wallets and verifiers fetch these from other origins."""
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = cache
    return response


def _json(data: dict, content_type: str = "application/json") -> HttpResponse:
    return HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2), content_type=content_type
    )


@require_GET
def issuer(request: HttpRequest) -> HttpResponse:
    return _public(_json(documents.issuer_profile(), "application/ld+json"))


@require_GET
def jwks(request: HttpRequest) -> HttpResponse:
    return _public(_json(documents.jwks(), "application/jwk-set+json"))


@require_GET
def key(request: HttpRequest, thumbprint: str) -> HttpResponse:
    found = jose.keys.find(thumbprint)
    if found is None:
        raise Http404
    return _public(_json(found.jwk(), "application/jwk+json"))


@require_GET
def did_document(request: HttpRequest) -> HttpResponse:
    return _public(_json(documents.did_document(), "application/did+json"))


@require_GET
def status_list(request: HttpRequest, number: int) -> HttpResponse:
    if not selectors.status_list_exists(number):
        raise Http404
    # Short-lived: a revocation must reach verifiers within a minute.
    response = HttpResponse(selectors.signed_status_list(number), content_type=JWT)
    return _public(response, "public, max-age=60")


def _payload(credential: CertificateCredential) -> dict:
    try:
        return jose.verify(credential.jws)
    except jose.InvalidToken as error:
        raise Http404 from error


@require_GET
def achievement(request: HttpRequest, key: uuid.UUID) -> HttpResponse:
    """The achievement as the newest credential for it describes it."""
    credential = (
        (
            CertificateCredential.objects.filter(
                certificate__programme_key=key, certificate__scope="programme"
            )
            | CertificateCredential.objects.filter(certificate__scope=str(key))
        )
        .exclude(jws="")
        .order_by("-issued_at")
        .first()
    )
    if credential is None:
        raise Http404
    found = _payload(credential)["credentialSubject"]["achievement"]
    return _public(
        _json({"@context": [documents.VC_CONTEXT, documents.OB_CONTEXT], **found})
    )


@require_GET
def credential(request: HttpRequest, public_id: uuid.UUID) -> HttpResponse:
    """A credential at its id: the signed JWT for clients that ask for it, otherwise
    the JSON it signs. Unguessable, and linked only from the certificate's check page."""
    found = get_object_or_404(
        CertificateCredential.objects.exclude(jws=""), public_id=public_id
    )
    if JWT in request.headers.get("Accept", ""):
        response = HttpResponse(found.jws, content_type=JWT)
    else:
        response = _json(_payload(found), "application/vc")
    response["Vary"] = "Accept"
    return _public(response, "no-cache")


def _holders_credential(request: HttpRequest, code: str) -> tuple[Certificate, str]:
    """Only the holder downloads: anyone else, signed in or not, finds nothing."""
    certificate = get_object_or_404(
        certificates_held_by(request.user).select_related("learner"),
        code=code.upper()[:14],
    )
    issued = services.issue_credential(certificate=certificate)
    if issued is None or not issued.jws:
        raise Http404
    return certificate, issued.jws


def _attachment(response: HttpResponse, filename: str) -> HttpResponse:
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def download_jwt(request: HttpRequest, code: str) -> HttpResponse:
    certificate, token = _holders_credential(request, code)
    return _attachment(
        HttpResponse(token, content_type=JWT), f"credential-{certificate.code}.jwt"
    )


@require_GET
def download_json(request: HttpRequest, code: str) -> HttpResponse:
    certificate, token = _holders_credential(request, code)
    return _attachment(
        _json(jose.verify(token), "application/vc"),
        f"credential-{certificate.code}.json",
    )


@require_GET
def download_badge(request: HttpRequest, code: str) -> HttpResponse:
    certificate, token = _holders_credential(request, code)
    image = baking.badge_png(title=certificate.programme_title, credential=token)
    return _attachment(
        HttpResponse(image, content_type="image/png"),
        f"badge-{certificate.code}.png",
    )
