"""What credentials keep about a person (see lms/personal_data.py): the signed credential
holds a salted hash of the email address, so erasure empties it and its salt. The row
stays, so its status bit still says the certificate was withdrawn."""

from lms.personal_data import BLANK, Rule

RULES = [
    Rule(
        "credentials.CertificateCredential",
        ("certificate__learner",),
        BLANK,
        blank=("jws", "salt"),
        reason="the credential names the person by a hash of their email address",
    ),
]
