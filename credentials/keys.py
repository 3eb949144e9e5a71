"""The issuer's Ed25519 signing keys, kept outside the database.

A database dump must not be enough to forge credentials, so the private keys live in
files (one PEM per key, mode 0600, in CREDENTIALS_KEY_DIR) or, for many machines that
share no disk, in the CREDENTIALS_SIGNING_KEYS environment variable. The newest private
key signs; every key ever used stays published (JWKS, DID document) so that credentials
signed before a rotation still verify. A key is named by its RFC 7638 thumbprint.
"""

import base64
import fcntl
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

PEM_END = "-----END"


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


@dataclass(frozen=True)
class SigningKey:
    public: Ed25519PublicKey
    private: Ed25519PrivateKey | None
    name: str
    """Sorts by age: the newest private key is the one that signs."""

    @property
    def x(self) -> str:
        raw = self.public.public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        return b64url(raw)

    @property
    def thumbprint(self) -> str:
        """RFC 7638: SHA-256 of the required members in lexicographic order."""
        members = json.dumps(
            {"crv": "Ed25519", "kty": "OKP", "x": self.x}, separators=(",", ":")
        )
        return b64url(hashlib.sha256(members.encode()).digest())

    @property
    def kid(self) -> str:
        """A URL that answers with this key as a JWK (Open Badges 3.0, 8.2)."""
        return f"{settings.IDENTIFIER_BASE_URL}/credentials/keys/{self.thumbprint}"

    def jwk(self) -> dict:
        return {
            "kty": "OKP",
            "crv": "Ed25519",
            "x": self.x,
            "kid": self.kid,
            "alg": "EdDSA",
            "use": "sig",
        }


def _load_pem(pem: bytes, name: str) -> SigningKey:
    if b"PRIVATE KEY" in pem:
        private = serialization.load_pem_private_key(pem, password=None)
        if not isinstance(private, Ed25519PrivateKey):
            raise ImproperlyConfigured(f"Credential key {name} is not an Ed25519 key.")
        return SigningKey(public=private.public_key(), private=private, name=name)
    public = serialization.load_pem_public_key(pem)
    if not isinstance(public, Ed25519PublicKey):
        raise ImproperlyConfigured(f"Credential key {name} is not an Ed25519 key.")
    return SigningKey(public=public, private=None, name=name)


def private_pem(private: Ed25519PrivateKey) -> bytes:
    return private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def public_pem(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _from_environment(value: str) -> list[SigningKey]:
    """PEM blocks, the signing key first, then the retired ones (private or public).
    Escaped newlines ("\\n") are accepted, as one-line .env files need them."""
    text = value.replace("\\n", "\n")
    blocks, current = [], []
    for line in text.splitlines():
        if line.strip():
            current.append(line.strip())
        if line.startswith(PEM_END):
            blocks.append("\n".join(current) + "\n")
            current = []
    if not blocks:
        raise ImproperlyConfigured("CREDENTIALS_SIGNING_KEYS holds no PEM key.")
    # Named so that the first block sorts newest, as a directory's newest key does.
    count = len(blocks)
    return [
        _load_pem(block.encode(), name=f"env-{count - i:04d}")
        for i, block in enumerate(blocks)
    ]


def key_dir() -> Path:
    return Path(settings.CREDENTIALS_KEY_DIR)


def _from_directory(directory: Path) -> list[SigningKey]:
    if not directory.is_dir():
        return []
    return [
        _load_pem(path.read_bytes(), name=path.stem)
        for path in sorted(directory.glob("*.pem"))
    ]


def all_keys() -> list[SigningKey]:
    """Every key, oldest first: the ones that verify. Does not create one."""
    if settings.CREDENTIALS_SIGNING_KEYS:
        return sorted(
            _from_environment(settings.CREDENTIALS_SIGNING_KEYS), key=lambda k: k.name
        )
    return _from_directory(key_dir())


def _write_new_key(directory: Path) -> SigningKey:
    private = Ed25519PrivateKey.generate()
    name = timezone.now().strftime("%Y%m%dT%H%M%S%fZ")
    path = directory / f"{name}.pem"
    # O_EXCL with 0600: never readable by others, never overwriting a key.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as file:
        file.write(private_pem(private))
    return SigningKey(public=private.public_key(), private=private, name=name)


def _locked(directory: Path):
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    lock = open(directory / ".lock", "a")  # noqa: SIM115 - held for the caller's block
    fcntl.flock(lock, fcntl.LOCK_EX)
    return lock


def signing_key() -> SigningKey:
    """The key that signs now, generated on first use (under a lock, so two processes
    starting together make one key)."""
    usable = [key for key in all_keys() if key.private is not None]
    if usable:
        return usable[-1]
    if settings.CREDENTIALS_SIGNING_KEYS:
        raise ImproperlyConfigured(
            "CREDENTIALS_SIGNING_KEYS must begin with a private key."
        )
    directory = key_dir()
    lock = _locked(directory)
    try:
        usable = [key for key in all_keys() if key.private is not None]
        return usable[-1] if usable else _write_new_key(directory)
    finally:
        lock.close()


def rotate(*, retire_private: bool = False) -> SigningKey:
    """A new signing key in the key directory. The old keys stay published; with
    `retire_private` their private halves are replaced by public ones, so they can
    no longer sign (after a suspected leak, or as a habit)."""
    if settings.CREDENTIALS_SIGNING_KEYS:
        raise ImproperlyConfigured(
            "The keys come from CREDENTIALS_SIGNING_KEYS: put a new private key first "
            "in that variable instead (generate one with --print)."
        )
    directory = key_dir()
    lock = _locked(directory)
    try:
        old = _from_directory(directory)
        new = _write_new_key(directory)
        if retire_private:
            for key in old:
                if key.private is not None:
                    path = directory / f"{key.name}.pem"
                    tmp = directory / f".{key.name}.tmp"
                    tmp.write_bytes(public_pem(key.public))
                    tmp.chmod(0o600)
                    tmp.replace(path)
        return new
    finally:
        lock.close()


def find(kid: str) -> SigningKey | None:
    """The published key a JWS header names, by its URL or bare thumbprint."""
    thumbprint = kid.rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return next((k for k in all_keys() if k.thumbprint == thumbprint), None)
