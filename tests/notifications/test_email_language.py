"""Every email, ours and allauth's, reads in the language of the person it is written to:
no sentence of another language's interface in its subject, text or HTML."""

from html import escape

from django.contrib.sites.models import Site
from django.template.loader import render_to_string
from django.utils import translation

import pytest

from notifications.models import Kind, OutboxMessage
from notifications.services import render

from ..factories import UserFactory
from ..language_check import LANGUAGES, wrong_language_text

pytestmark = pytest.mark.django_db

# A context every message template can draw on; a missing name renders empty, and the
# template's own sentences are what is checked.
CONTEXT = {
    "name": "Ona",
    "learner_name": "Ona Onaitė",
    "programme_title": "Programme",
    "module_title": "Module",
    "event_title": "Event",
    "title": "Title",
    "subject": "Subject",
    "url": "https://example.org/x",
    "count": 2,
    "days": 3,
    "days_left": 3,
    "submissions_count": 2,
    "questions_count": 1,
    "deadline": "2026-12-24",
    "programme": "Programme",
    "module": "Module",
    "event": "Event",
    "question": "Question",
    "organisation": "Organisation",
    "when": "2026-12-24 10:00",
    "date": "2026-12-24",
}
ALLAUTH_EMAILS = {
    "account/email/email_confirmation": {"activate_url": "https://example.org/a"},
    "account/email/password_reset_key": {"password_reset_url": "https://example.org/p"},
    "account/email/account_already_exists": {
        "password_reset_url": "https://example.org/p",
        "signup_url": "https://example.org/s",
    },
    "account/email/password_changed": {},
    "account/email/email_changed": {"from_email": "a@example.org"},
}


def as_page(text: str, language: str) -> str:
    return f'<html lang="{language}"><body><pre>{escape(text)}</pre></body></html>'


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_of_ours_is_in_the_recipients_language(site_content, language):
    recipient = UserFactory(preferred_language=language)
    wrong = {}
    for kind in Kind:
        message = OutboxMessage(
            kind=kind,
            recipient=recipient,
            to_email=recipient.email,
            language=language,
            context=CONTEXT,
        )
        subject, text, html = render(message, preview=True)
        found = (
            wrong_language_text(as_page(subject, language), language)
            + wrong_language_text(as_page(text, language), language)
            + wrong_language_text(html, language)
        )
        if found:
            wrong[kind.value] = found
    assert wrong == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_allauths_account_emails_are_in_the_persons_language(site_content, language):
    user = UserFactory(preferred_language=language)
    wrong = {}
    for template, extra in ALLAUTH_EMAILS.items():
        context = {"user": user, "current_site": Site.objects.get_current(), **extra}
        with translation.override(language):
            parts = [
                render_to_string(f"{template}_subject.txt", context),
                render_to_string(f"{template}_message.txt", context),
            ]
        found = [
            f
            for part in parts
            for f in wrong_language_text(as_page(part, language), language)
        ]
        if found:
            wrong[template] = found
    assert wrong == {}


def test_the_check_finds_a_sentence_left_in_english():
    html = '<html lang="nb"><body><p>No enrolments are waiting for your approval.</p>'
    assert wrong_language_text(html, "nb")
    marked = html.replace("<p>", '<p lang="en">')
    assert wrong_language_text(marked, "nb") == []
