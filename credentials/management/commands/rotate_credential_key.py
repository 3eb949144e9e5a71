from django.core.management.base import BaseCommand, CommandParser

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from credentials import keys


class Command(BaseCommand):
    help = (
        "Start signing credentials with a new Ed25519 key. Older keys stay published "
        "in the JWKS and DID document, so credentials they signed still verify."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--retire-private",
            action="store_true",
            help="Keep only the public half of the older keys (they can no longer sign).",
        )
        parser.add_argument(
            "--print",
            action="store_true",
            help=(
                "Print a new private key as PEM instead of writing it, for "
                "CREDENTIALS_SIGNING_KEYS: put it first in that variable."
            ),
        )

    def handle(self, *args, **options) -> None:
        if options["print"]:
            pem = keys.private_pem(Ed25519PrivateKey.generate()).decode()
            self.stdout.write(pem, ending="")
            return
        new = keys.rotate(retire_private=options["retire_private"])
        self.stdout.write(
            f"Signing with {new.kid}; {len(keys.all_keys())} keys published."
        )
