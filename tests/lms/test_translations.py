"""Every string in code and templates ships translated to Lithuanian and Norwegian."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ["lt", "nb"]
SOURCES = [
    "accounts",
    "credentials",
    "courses",
    "events",
    "learning",
    "lms",
    "notifications",
    "privacy",
    "reports",
    "templates",
    "manage.py",
]


def catalogue(root: Path, language: str) -> polib.POFile:
    return polib.pofile(str(root / "locale" / language / "LC_MESSAGES" / "django.po"))


def entry_key(entry: polib.POEntry) -> tuple[str | None, str, str | None]:
    return (entry.msgctxt, entry.msgid, entry.msgid_plural or None)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_entry_is_untranslated_or_fuzzy(language):
    po = catalogue(ROOT, language)

    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    partial_plurals = [
        e.msgid
        for e in po.translated_entries()
        if e.msgid_plural and not all(e.msgstr_plural.values())
    ]
    assert not untranslated, f"untranslated in {language}: {untranslated}"
    assert not fuzzy, f"fuzzy in {language}: {fuzzy}"
    assert not partial_plurals, f"plural forms missing in {language}: {partial_plurals}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_translation(language):
    for entry in catalogue(ROOT, language).translated_entries():
        for placeholder in ("%(", "{"):
            if placeholder in entry.msgid:
                translated = entry.msgstr or " ".join(entry.msgstr_plural.values())
                assert placeholder in translated, entry.msgid


def test_the_catalogues_hold_every_string_in_code_and_templates(tmp_path):
    """Extract the strings afresh (as `make messages` does) and compare with what ships."""
    if not shutil.which("xgettext"):
        if os.environ.get("REQUIRE_GETTEXT") == "1":
            pytest.fail("xgettext (GNU gettext) is needed to extract strings")
        pytest.skip("GNU gettext is not installed; CI runs this check")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(
                source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy(source, tmp_path / name)
    (tmp_path / "locale").mkdir()
    shutil.copytree(
        ROOT / "lms" / "settings", tmp_path / "lms" / "settings", dirs_exist_ok=True
    )
    for language in LANGUAGES:
        (tmp_path / "locale" / language / "LC_MESSAGES").mkdir(parents=True)

    subprocess.run(
        [
            sys.executable,
            "manage.py",
            "makemessages",
            "--no-obsolete",
            *[f"--locale={language}" for language in LANGUAGES],
        ],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        timeout=300,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "lms.settings.test",
            "LMS_VAR_DIR": str(tmp_path / "var"),
        },
    )

    for language in LANGUAGES:
        extracted = {entry_key(e) for e in catalogue(tmp_path, language)}
        shipped = {entry_key(e) for e in catalogue(ROOT, language)}
        missing = sorted(str(key) for key in extracted - shipped)
        assert not missing, (
            f"locale/{language} lacks strings; run `make messages` and translate: {missing}"
        )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_libraries_strings_are_translated_where_their_catalogues_are_not(
    language, settings
):
    """Wagtail's, wagtail-localize's, allauth's and Django's password strings that
    their own catalogues lack are in locale/libraries/ (lms/library_messages.py), so
    that no admin page falls back to English or, in Norwegian, to Lithuanian; so are
    the strings of Wagtail's and wagtail-localize's JavaScript (djangojs)."""
    from django.utils import translation

    from lms import library_messages

    for domain in library_messages.DOMAINS:
        assert library_messages.untranslated(language, domain) == [], domain
    assert settings.LOCALE_PATHS[1] == ROOT / "locale" / "libraries"
    # Read through Django, as the pages do.
    with translation.override(language):
        hint = translation.gettext("Your password can’t be entirely numeric.")
        option = translation.gettext("Visit the live page")
    assert hint != "Your password can’t be entirely numeric."
    assert option != "Visit the live page"


@pytest.mark.parametrize("domain", ["django", "djangojs"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_libraries_translations_keep_their_placeholders(language, domain):
    from lms import library_messages

    path = library_messages.catalogue_path(language, domain)
    broken = []
    for entry in polib.pofile(str(path)).translated_entries():
        # A plural's forms for many say what its plural source says.
        source = entry.msgid_plural or entry.msgid
        form = list(entry.msgstr_plural.values())[-1] if entry.msgid_plural else None
        translated = form if form is not None else entry.msgstr
        placeholders = library_messages.PLACEHOLDER.findall
        if not library_messages._translated(entry) or sorted(
            placeholders(source)
        ) != sorted(placeholders(translated)):
            broken.append(entry.msgid)
    assert broken == []


@pytest.mark.django_db
@pytest.mark.parametrize("language", [*LANGUAGES, "en"])
def test_the_api_documentation_page_declares_its_language(client, language):
    """Swagger UI and the API's own texts are English, whoever asks."""
    response = client.get("/api/v1/docs", headers={"accept-language": language})

    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()
