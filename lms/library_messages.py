"""The strings of the libraries under the platform (Wagtail, wagtail-localize, allauth,
Django's password rules) that their own Lithuanian or Norwegian catalogues lack, kept
translated in locale/libraries/.

Django reads that catalogue after ours and before the libraries' own (LOCALE_PATHS), so
what it holds fills their gaps. Without it a Norwegian trainer would meet the admin half
in English and half in Lithuanian: for a string missing in Norwegian, Django falls back
to the default language's catalogue. `manage.py librarymessages` brings the catalogue up
to date after a library upgrade (new gaps added untranslated, filled gaps dropped);
tests/lms/test_translations.py fails while any gap is untranslated.

The same goes for the strings Wagtail's JavaScript shows (the djangojs domain):
every JavaScriptCatalog, Wagtail's /admin/jsi18n/ included, merges LOCALE_PATHS over
its packages' catalogues (DjangoTranslation._add_local_translations), so
locale/libraries/<language>/LC_MESSAGES/djangojs.po fills their gaps too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

import polib

PACKAGES = Path(polib.__file__).resolve().parent
# The catalogues whose strings the platform's pages and admin show.
LIBRARY_CATALOGUES = (
    "wagtail/locale",
    "wagtail/admin/locale",
    "wagtail/users/locale",
    "wagtail/images/locale",
    "wagtail/documents/locale",
    "wagtail/snippets/locale",
    "wagtail/sites/locale",
    "wagtail/embeds/locale",
    "wagtail/search/locale",
    "wagtail/contrib/settings/locale",
    "wagtail/contrib/redirects/locale",
    "wagtail/contrib/forms/locale",
    "wagtail/contrib/simple_translation/locale",
    "wagtail/contrib/table_block/locale",
    "wagtail/contrib/typed_table_block/locale",
    "wagtail/contrib/search_promotions/locale",
    "wagtail/locales/locale",  # loaded from LOCALE_PATHS (lms/settings/base.py)
    "wagtail_localize/locale",
    "allauth/locale",
    "taggit/locale",
)
# The JavaScript catalogues the admin serves: Wagtail's (/admin/jsi18n/) and
# wagtail-localize's translation editor's (/admin/localize/jsi18n/).
JAVASCRIPT_CATALOGUES = ("wagtail/admin/locale", "wagtail_localize/locale")
DOMAINS = {"django": LIBRARY_CATALOGUES, "djangojs": JAVASCRIPT_CATALOGUES}
# A library's full list of strings is the union of its catalogues' msgids: its English
# one is not always up to date.
SOURCE_LANGUAGES = ("en", "de", "fr", "es", "nl", "nb", "lt")
# Django's own: only the password rules, which sign-up and profile pages show. Its
# Lithuanian catalogue has them with a straight apostrophe ("can't") and lacks the
# length message in both languages.
DJANGO_STRINGS = (
    ("Your password can’t be too similar to your other personal information.", None),
    ("Your password can’t be a commonly used password.", None),
    ("Your password can’t be entirely numeric.", None),
    (
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
    ),
)
LANGUAGES = ("lt", "nb")
LANGUAGE_NAMES = {"lt": "Lithuanian", "nb": "Norwegian Bokmål"}


@dataclass(frozen=True)
class Gap:
    msgid: str
    msgid_plural: str | None
    msgctxt: str | None


PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]")


def _translated(entry: polib.POEntry) -> bool:
    """Translated, and usable: a translation naming a placeholder its source does not
    have makes Django fall back to the English."""
    if entry.obsolete or "fuzzy" in entry.flags:
        return False
    sources = set(PLACEHOLDER.findall(entry.msgid + (entry.msgid_plural or "")))
    forms = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
    return all(form and set(PLACEHOLDER.findall(form)) <= sources for form in forms)


def gaps(language: str, domain: str = "django") -> dict[tuple[str | None, str], Gap]:
    """The strings the libraries' own `language` catalogues of `domain` do not
    translate."""
    found: dict[tuple[str | None, str], Gap] = {}
    filename = f"{domain}.po"
    for folder in DOMAINS[domain]:
        base = PACKAGES / folder
        if not base.is_dir():
            continue
        own = base / language / "LC_MESSAGES" / filename
        translated = (
            {(e.msgctxt, e.msgid) for e in polib.pofile(str(own)) if _translated(e)}
            if own.exists()
            else set()
        )
        for source in SOURCE_LANGUAGES:
            path = base / source / "LC_MESSAGES" / filename
            if not path.exists():
                continue
            for entry in polib.pofile(str(path)):
                key = (entry.msgctxt, entry.msgid)
                if entry.obsolete or not entry.msgid or key in translated:
                    continue
                found.setdefault(
                    key, Gap(entry.msgid, entry.msgid_plural or None, entry.msgctxt)
                )
    if domain == "django":
        for msgid, plural in DJANGO_STRINGS:
            found[(None, msgid)] = Gap(msgid, plural, None)
    return found


def catalogue_path(language: str, domain: str = "django") -> Path:
    folder = Path(settings.BASE_DIR) / "locale" / "libraries" / language
    return folder / "LC_MESSAGES" / f"{domain}.po"


def _open(language: str, domain: str) -> polib.POFile:
    path = catalogue_path(language, domain)
    if path.exists():
        return polib.pofile(str(path), wrapwidth=79)
    # Only djangojs.po is ever new; it takes django.po's metadata, Plural-Forms included.
    django_catalogue = polib.pofile(str(catalogue_path(language)))
    catalogue = polib.POFile(wrapwidth=79)
    catalogue.header = (
        f"{LANGUAGE_NAMES[language]} translations of the strings the libraries' "
        "JavaScript shows that their own\ncatalogues lack (Wagtail's admin, "
        "wagtail-localize): see lms/library_messages.py.\nUpdated with "
        "`manage.py librarymessages` (part of `make messages`)."
    )
    catalogue.metadata = dict(django_catalogue.metadata)
    return catalogue


def update(language: str, domain: str = "django") -> tuple[int, int]:
    """Add the gaps the catalogue lacks (untranslated) and drop the entries that are no
    gaps any more. Returns (added, dropped)."""
    path = catalogue_path(language, domain)
    catalogue = _open(language, domain)
    wanted = gaps(language, domain)
    have = {(e.msgctxt, e.msgid): e for e in catalogue}
    dropped = [entry for key, entry in have.items() if key not in wanted]
    for entry in dropped:
        catalogue.remove(entry)
    added = 0
    nplurals = int(catalogue.metadata["Plural-Forms"].split("nplurals=")[1][0])
    for key, gap in sorted(wanted.items(), key=lambda item: item[0][1]):
        if key in have:
            continue
        entry = polib.POEntry(msgid=gap.msgid, msgctxt=gap.msgctxt)
        if gap.msgid_plural:
            entry.msgid_plural = gap.msgid_plural
            entry.msgstr_plural = dict.fromkeys(range(nplurals), "")
        catalogue.append(entry)
        added += 1
    catalogue.save(str(path))
    return added, len(dropped)


def untranslated(language: str, domain: str = "django") -> list[str]:
    """Gaps the catalogue leaves open: what the test fails on."""
    path = catalogue_path(language, domain)
    entries = polib.pofile(str(path)) if path.exists() else []
    catalogue = {(e.msgctxt, e.msgid): e for e in entries}
    return sorted(
        key[1]
        for key in gaps(language, domain)
        if key not in catalogue or not _translated(catalogue[key])
    )
