"""Building a batch's emails fast: each (kind, language, shared context) rendered once.

A reminder run sends thousands of emails that differ only in the person: their name,
address, unsubscribe link and Message-ID. Running Django's template engine and its MIME
generator for each cost about 3 ms an email, more than the mail server takes. So a
batch renders each group of alike messages once, with markers where the personal
fields go, lets Django build that group's MIME message once (headers encoded, parts
laid out exactly as `EmailMultiAlternatives` does), and then fills the markers in for
each email with the value escaped as the template would have (HTML-escaped in the HTML
part, as is in the text part).

Only the fields in `PERSONAL` are filled in this way; the email templates use them
plainly (`{{ name }}`, `{% if name %}`, never through a filter), which a test checks.
Every other context value is part of the group's key, so a template may do anything with
it. Whatever the fast path cannot reproduce byte for byte (an address that needs
encoding, a value with a line break, a subject made from a personal field, a part that
Django had to encode because of a long line) goes through `services.build_email`, the
plain one-message-at-a-time path, which stays the reference (tests compare the two).
"""

import json
import re
from dataclasses import dataclass
from email.utils import formatdate
from typing import Any

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.mail.message import sanitize_address
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from lms.context_processors import from_address, site_name

from .models import Kind, OutboxMessage

# Context fields that differ from one person to the next. "name" comes from the sending
# app's context; the others are made here.
PERSONAL = ("name", "unsubscribe_url", "set_password_url")

# A marker is private-use characters around the field's index and an "&": the "&" comes
# out as "&amp;" where the template escaped the value, so each place says how to fill it.
_MARK_OPEN, _MARK_CLOSE = "\ue000", "\ue001"
_MARK = re.compile(f"{_MARK_OPEN}(\\d)(&amp;|&){_MARK_CLOSE}")
_MARK_BYTES = re.compile(_MARK_OPEN.encode() + rb"(\d)(&amp;|&)" + _MARK_CLOSE.encode())
# Header values the group's message is built with, replaced for each email.
_TO = "to-placeholder@outbox.invalid"
_DATE = "date-placeholder"
_MESSAGE_ID = "<message-id-placeholder@outbox.invalid>"
_UNSUBSCRIBE = "<unsubscribe-placeholder@outbox.invalid>"
_TOKEN = "token-placeholder"  # noqa: S105 - replaced by each signed token
# RFC 5322's limit; Django switches a part to quoted-printable beyond it.
_LINE_LIMIT = 998


def folded(name: str, value: str) -> bytes:
    """A header value as Python's generator writes it: an unbreakable value (an address,
    a URL) that does not fit on the header's line of 78 goes on the next one."""
    if " " not in value and len(name) + 2 + len(value) > 78:
        return b"\n " + value.encode()
    return value.encode()


def marker(index: int) -> str:
    return f"{_MARK_OPEN}{index}&{_MARK_CLOSE}"


@dataclass
class Composed:
    """One email ready to go, and the copy the outbox keeps of it."""

    email: EmailMultiAlternatives
    subject: str
    body_text: str
    body_html: str


@dataclass
class Group:
    subject: str
    text_pieces: list
    html_pieces: list
    from_email: str
    envelope_from: str
    # The group's MIME message with markers and placeholders, "\n" line ends; None when
    # Django encoded a part (every email of the group then takes the plain path).
    skeleton: list | None


class PrebuiltMessage:
    """What `EmailMessage.message()` returns, for bytes already built: the SMTP, file and
    console backends only ask it for its bytes."""

    def __init__(self, data: bytes):
        self.data = data

    def as_bytes(self, unixfrom: bool = False, linesep: str = "\n") -> bytes:
        return self.data if linesep == "\n" else self.data.replace(b"\n", b"\r\n")

    def as_string(self, unixfrom: bool = False, linesep: str = "\n") -> str:
        return self.as_bytes(linesep=linesep).decode()

    def get_charset(self) -> None:
        return None


class PrebuiltEmail(EmailMultiAlternatives):
    """An email whose MIME bytes were made from its group's; its attributes (subject,
    body, alternatives, headers) are the real ones, for the locmem backend and tests."""

    prebuilt: bytes
    envelope_from: str

    def message(self):
        return PrebuiltMessage(self.prebuilt)


def pieces(pattern: re.Pattern, rendered):
    """`rendered` cut at its markers: text, (index, escaped?), text, ... so that each
    email is one join."""
    parts = pattern.split(rendered)
    cut = [parts[0]]
    for position in range(1, len(parts), 3):
        cut.append((int(parts[position]), len(parts[position + 1]) > 1))
        cut.append(parts[position + 2])
    return cut


def fill(cut: list, raw: list, escaped: list):
    return (cut[0][:0]).join(
        piece
        if not isinstance(piece, tuple)
        else (escaped if piece[1] else raw)[piece[0]]
        for piece in cut
    )


class Composer:
    """Makes the emails of one batch; keeps each group's rendering for the batch."""

    def __init__(self, connection: Any):
        self.connection = connection
        self.groups: dict[tuple, Group | None] = {}
        self.urls: dict[str, dict[str, str]] = {}
        domain = settings.DEFAULT_FROM_EMAIL.rsplit("@", 1)[-1].strip(">")
        self.domain = domain or "localhost"

    def language_urls(self, language: str) -> dict[str, str]:
        urls = self.urls.get(language)
        if urls is None:
            with translation.override(language):
                urls = {
                    "site_name": str(site_name()),
                    "site_url": settings.SITE_URL + f"/{language}/",
                    "my_learning_url": settings.SITE_URL
                    + reverse("learning:my_learning"),
                    "preferences_url": settings.SITE_URL
                    + reverse("notifications:preferences"),
                    "unsubscribe_url": settings.SITE_URL
                    + reverse("notifications:unsubscribe", args=[_TOKEN]),
                    "from_email": from_address(),
                }
            self.urls[language] = urls
        return urls

    def personal_values(
        self, message: OutboxMessage, *, preview: bool
    ) -> list[str | None]:
        from . import services

        name = message.context.get("name")
        unsubscribe = None
        password = None
        if message.is_optional and message.recipient_id:
            token = services.unsubscribe_token(
                user_id=message.recipient_id, kind=message.kind
            )
            unsubscribe = self.language_urls(message.language)[
                "unsubscribe_url"
            ].replace(_TOKEN, token)
        if message.kind == Kind.INVITATION and message.recipient is not None:
            with translation.override(message.language):
                password = services.set_password_url(message.recipient, preview=preview)
        return [name, unsubscribe, password]

    def compose(self, message: OutboxMessage) -> Composed:
        """The email for `message` and the copy to store (one-time secrets left out)."""
        values = self.personal_values(message, preview=False)
        if not all(value is None or isinstance(value, str) for value in values):
            return self.plain(message)
        shared = {k: v for k, v in message.context.items() if k not in PERSONAL}
        key = (
            message.kind,
            message.language,
            tuple(bool(value) for value in values),
            json.dumps(shared, sort_keys=True, default=str),
        )
        if key not in self.groups:
            self.groups[key] = self.render_group(message, shared, values)
        group = self.groups[key]
        strings = [value or "" for value in values]
        if (
            group is None
            or group.skeleton is None
            or not message.to_email.isascii()
            or any("\n" in value or "\r" in value for value in strings)
        ):
            return self.plain(message)
        stored = strings
        if message.kind == Kind.INVITATION:
            stored = [v or "" for v in self.personal_values(message, preview=True)]
        escaped = [escape(value) for value in strings]
        if stored is strings:
            text = sent_text = fill(group.text_pieces, strings, escaped)
            html = sent_html = fill(group.html_pieces, strings, escaped)
        else:
            stored_escaped = [escape(value) for value in stored]
            text = fill(group.text_pieces, stored, stored_escaped)
            html = fill(group.html_pieces, stored, stored_escaped)
            sent_text = fill(group.text_pieces, strings, escaped)
            sent_html = fill(group.html_pieces, strings, escaped)
        data = fill(
            group.skeleton,
            [value.encode() for value in strings],
            [value.encode() for value in escaped],
        )
        if max(map(len, data.split(b"\n"))) > _LINE_LIMIT:
            return self.plain(message)  # Django would encode the part: let it
        message_id = f"<outbox.{message.pk}@{self.domain}>"
        date = formatdate(localtime=settings.EMAIL_USE_LOCALTIME)
        data = (
            data.replace(_TO.encode(), folded("To", message.to_email), 1)
            .replace(_DATE.encode(), date.encode(), 1)
            .replace(_MESSAGE_ID.encode(), message_id.encode(), 1)
        )
        headers = {"Date": date, "Message-ID": message_id}
        if values[1]:
            unsubscribe = f"<{values[1]}>"
            data = data.replace(
                _UNSUBSCRIBE.encode(), folded("List-Unsubscribe", unsubscribe), 1
            )
            headers["List-Unsubscribe"] = unsubscribe
            headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        email = PrebuiltEmail(
            subject=group.subject,
            body=sent_text,
            from_email=group.from_email,
            to=[message.to_email],
            headers=headers,
            connection=self.connection,
        )
        email.attach_alternative(sent_html, "text/html")
        for attachment in message.context.get("attachments", []):
            email.attach(
                attachment["filename"], attachment["content"], attachment["mimetype"]
            )
        email.prebuilt = data
        email.envelope_from = group.envelope_from
        return Composed(email, group.subject, text, html)

    def plain(self, message: OutboxMessage) -> Composed:
        from . import services

        email = services.build_email(message, self.connection)
        return Composed(email, message.subject, message.body_text, message.body_html)

    def render_group(
        self, message: OutboxMessage, shared: dict, values: list[str | None]
    ) -> Group | None:
        """Render the group `message` belongs to, with markers for its personal fields.

        None when the subject would carry a personal field: each email is then rendered
        on its own.
        """
        from . import services

        urls = self.language_urls(message.language)
        with translation.override(message.language):
            context: dict[str, Any] = {
                **shared,
                "LANGUAGE_CODE": message.language,
                "site_name": urls["site_name"],
                "site_url": urls["site_url"],
                "my_learning_url": urls["my_learning_url"],
            }
            if "name" in message.context:
                context["name"] = marker(0) if values[0] else values[0]
            if message.is_optional and message.recipient_id:
                context["unsubscribe_url"] = marker(1)
                context["preferences_url"] = urls["preferences_url"]
            if message.kind == Kind.INVITATION and message.recipient_id:
                context["set_password_url"] = marker(2)
            subject = str(services.SUBJECTS[Kind(message.kind)]) % context
            if _MARK_OPEN in subject:
                return None
            context["subject"] = subject
            text = render_to_string(f"notifications/email/{message.kind}.txt", context)
            html = render_to_string(f"notifications/email/{message.kind}.html", context)
        subject = " ".join(subject.split())[:255]
        headers = {"Date": _DATE, "Message-ID": _MESSAGE_ID}
        if values[1]:
            headers["List-Unsubscribe"] = _UNSUBSCRIBE
            headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
        email = EmailMultiAlternatives(
            subject=subject,
            body=text,
            from_email=urls["from_email"],
            to=[_TO],
            headers=headers,
        )
        email.attach_alternative(html, "text/html")
        for attachment in message.context.get("attachments", []):
            email.attach(
                attachment["filename"], attachment["content"], attachment["mimetype"]
            )
        built: bytes = email.message().as_bytes(linesep="\n")  # type: ignore[call-arg]
        skeleton: bytes | None = built
        markers = _MARK_OPEN.encode()
        if built.count(markers) != text.count(_MARK_OPEN) + html.count(_MARK_OPEN):
            skeleton = None  # a part was encoded: the markers are not in it as written
        return Group(
            subject=subject,
            text_pieces=pieces(_MARK, text),
            html_pieces=pieces(_MARK, html),
            from_email=urls["from_email"],
            envelope_from=sanitize_address(urls["from_email"], "utf-8"),
            skeleton=pieces(_MARK_BYTES, skeleton) if skeleton else None,
        )
