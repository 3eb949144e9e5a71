"""Compact JWS with EdDSA (Ed25519), as VC-JOSE-COSE secures a credential.

The payload is the credential itself (no `vc` claim); the header names the media type
(`typ: vc+jwt`, `cty: vc`) and the key (`kid`). Spec: https://www.w3.org/TR/vc-jose-cose/
Written on `cryptography` alone: the format is small, and one fixed algorithm is
safer than a library that accepts whatever `alg` a token asks for.
"""

import base64
import binascii
import json

from cryptography.exceptions import InvalidSignature

from . import keys


class InvalidToken(Exception):
    """The token is malformed, names an unknown key, or its signature is wrong."""


def _json(data: dict) -> bytes:
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()


def _unb64url(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError) as error:
        raise InvalidToken("Not base64url.") from error


def sign(payload: dict, *, typ: str = "vc+jwt", cty: str = "vc") -> str:
    key = keys.signing_key()
    if key.private is None:  # signing_key only returns keys that have one
        raise InvalidToken("The signing key has no private half.")
    header = {"alg": "EdDSA", "kid": key.kid, "typ": typ, "cty": cty}
    signing_input = f"{keys.b64url(_json(header))}.{keys.b64url(_json(payload))}"
    signature = key.private.sign(signing_input.encode("ascii"))
    return f"{signing_input}.{keys.b64url(signature)}"


def header_of(token: str) -> dict:
    try:
        header = json.loads(_unb64url(token.split(".")[0]))
    except ValueError as error:
        raise InvalidToken("The header is not JSON.") from error
    if not isinstance(header, dict):
        raise InvalidToken("The header is not an object.")
    return header


def verify(token: str) -> dict:
    """The payload of a token signed by one of the published keys."""
    parts = token.strip().split(".")
    if len(parts) != 3:
        raise InvalidToken("A compact JWS has three parts.")
    header = header_of(token)
    if header.get("alg") != "EdDSA":
        raise InvalidToken("Only EdDSA is accepted.")
    key = keys.find(str(header.get("kid", "")))
    if key is None:
        raise InvalidToken("The signing key is not one of the issuer's.")
    try:
        key.public.verify(_unb64url(parts[2]), f"{parts[0]}.{parts[1]}".encode())
    except InvalidSignature as error:
        raise InvalidToken("The signature does not match.") from error
    try:
        payload = json.loads(_unb64url(parts[1]))
    except ValueError as error:
        raise InvalidToken("The payload is not JSON.") from error
    if not isinstance(payload, dict):
        raise InvalidToken("The payload is not an object.")
    return payload
