"""Strings of Django and allauth that their own catalogues lack, or get wrong, in
Lithuanian or Norwegian, and that our pages and emails show.

Marked here so that `make messages` keeps them in locale/, where they are translated:
the libraries look them up by their text, and our catalogue (LOCALE_PATHS) is read
before theirs. tests/lms/test_navigation.py and tests/notifications/test_email_language.py
find any that a page or an email shows in English.
"""

from django.utils.translation import gettext_noop, ngettext_lazy

LIBRARY_STRINGS = [
    # Django's password hints: its Lithuanian catalogue has them with a straight
    # apostrophe ("can't"), while Django 5.2 writes "can’t".
    gettext_noop(
        "Your password can’t be too similar to your other personal information."
    ),
    gettext_noop("Your password can’t be a commonly used password."),
    gettext_noop("Your password can’t be entirely numeric."),
    # Missing in both catalogues.
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        "min_length",
    ),
    # allauth's Lithuanian translation names a placeholder the text does not have, so
    # Django falls back to the English.
    gettext_noop(
        "You're receiving this email because you or someone else has requested a "
        "password reset for your user account.\n"
        "It can be safely ignored if you did not request a password reset. Click the "
        "link below to reset your password."
    ),
]
