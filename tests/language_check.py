"""Is every piece of interface text on a page in the page's language?

The catalogues say what each language's interface text is: English is the source
(the msgids), Lithuanian and Norwegian the translations (ours in locale/, and Django's,
allauth's and Wagtail's own). A page in Norwegian that shows an English msgid, or a
Lithuanian translation, shows a string in the wrong language, unless that text is
marked with its own `lang` (content shown in another language, as the untranslated-page
notice says).

Only fragments of three words or more are compared: short labels ("OK", "Email") are
often the same in two languages, while a sentence left untranslated is not.
"""

from __future__ import annotations

import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import polib

from lms import library_messages

ROOT = Path(__file__).resolve().parents[1]
# Django's own, and every library catalogue the platform's pages show
# (lms/library_messages.py, which keeps their gaps translated).
LIBRARY_CATALOGUES = (
    "django/conf/locale",
    "django/contrib/auth/locale",
    "django/contrib/admin/locale",
    *library_messages.LIBRARY_CATALOGUES,
)
LANGUAGES = ("lt", "en", "nb")
# Placeholders and markup split a message into the literal fragments a page can show.
PLACEHOLDER = re.compile(
    r"%\(\w+\)[sdif]|%[sdif]|\{\{.*?\}\}|\{[\w.]*\}|<[^>]+>|&\w+;|\s[—–·:]\s"
)
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta"}
VOID |= {"source", "track", "wbr"}
SKIPPED = {"script", "style", "template", "svg", "noscript"}
ATTRIBUTES = ("title", "alt", "aria-label", "placeholder")


def fragments(message: str) -> set[str]:
    """The literal runs of a message long enough to tell a language by."""
    found = set()
    for part in PLACEHOLDER.split(message):
        part = " ".join(part.split()).strip(" .,:;!?()\"'")
        if len(part) >= 15 and len(part.split()) >= 3:
            found.add(part)
    return found


def _catalogues(language: str) -> list[Path]:
    paths = [
        ROOT / "locale" / language / "LC_MESSAGES" / "django.po",
        ROOT / "locale" / "libraries" / language / "LC_MESSAGES" / "django.po",
    ]
    for folder in LIBRARY_CATALOGUES:
        po = library_messages.PACKAGES / folder / language / "LC_MESSAGES" / "django.po"
        if po.exists():
            paths.append(po)
    return paths


@cache
def _pairs(language: str) -> tuple[tuple[str, str], ...]:
    """(source, translation) of every translated message, all forms of plurals."""
    pairs = []
    for path in _catalogues(language):
        for entry in polib.pofile(str(path)):
            if entry.obsolete or "fuzzy" in entry.flags:
                continue
            if entry.msgid_plural:
                forms = list(entry.msgstr_plural.values())
                sources = [entry.msgid, entry.msgid_plural]
                pairs += [(s, t) for s in sources for t in forms if t]
            elif entry.msgstr:
                pairs.append((entry.msgid, entry.msgstr))
    return tuple(pairs)


@cache
def own_text(language: str) -> frozenset[str]:
    """Fragments that belong to `language`: its translations (or, for English, the
    sources)."""
    if language == "en":
        return frozenset(
            f for other in ("lt", "nb") for s, _ in _pairs(other) for f in fragments(s)
        )
    return frozenset(f for _, t in _pairs(language) for f in fragments(t))


@cache
def foreign_text(language: str) -> dict[str, list[str]]:
    """Interface fragments of the other languages that `language` never shows, by
    their first three words (a page's text is looked up word by word)."""
    foreign: set[str] = set()
    for other in LANGUAGES:
        if other != language:
            foreign |= own_text(other)
    index: dict[str, list[str]] = {}
    for fragment in foreign - own_text(language):
        index.setdefault(" ".join(fragment.split()[:3]), []).append(fragment)
    return index


class _VisibleText(HTMLParser):
    """The text a reader meets, each run with the language it is marked with."""

    def __init__(self, language: str):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str]] = [("", language)]
        self.skipping = 0
        self.runs: list[tuple[str, str]] = []

    @property
    def language(self) -> str:
        return self.stack[-1][1]

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        language = (values.get("lang") or self.language).split("-")[0].lower()
        if tag in SKIPPED:
            self.skipping += 1
        for name in ATTRIBUTES:
            if values.get(name) and not self.skipping:
                self.runs.append((language, values[name]))
        if tag == "input" and values.get("type") in ("submit", "button"):
            self.runs.append((language, values.get("value") or ""))
        if tag not in VOID:
            self.stack.append((tag, language))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in SKIPPED and self.skipping:
            self.skipping -= 1
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth][0] == tag:
                del self.stack[depth:]
                break

    def handle_data(self, data):
        if not self.skipping and data.strip():
            self.runs.append((self.language, data))


def wrong_language_text(
    html: str, language: str, *, names: dict[str, str] | None = None
) -> list[str]:
    """The interface fragments of other languages shown as text in `language`, and
    the proper `names` ({name: the language it is in}, see `organisation_names`) shown
    without their own `lang`."""
    parser = _VisibleText(language)
    parser.feed(html)
    words = " ".join(run for lang, run in parser.runs if lang == language).split()
    text = " ".join(words)
    index = foreign_text(language)
    found = {
        fragment
        for start in range(len(words))
        for fragment in index.get(" ".join(words[start : start + 3]), ())
        if fragment in text
    }
    for name, own in (names or {}).items():
        if any(
            re.search(rf"(?<!\w){re.escape(name)}(?!\w)", " ".join(run.split()))
            for lang, run in parser.runs
            if lang != own
        ):
            found.add(name)
    return sorted(found)


def organisation_names() -> dict[str, str]:
    """{name: its language} of every organisation whose name's language is known."""
    from accounts.models import Organisation

    return {
        organisation.name: organisation.name_language
        for organisation in Organisation.objects.all()
        if organisation.name_language
    }


def page_language(html: str) -> str | None:
    """The page's language, or None for a page that declares none (another tool's, such
    as the API's documentation)."""
    match = re.search(r"<html[^>]*\blang=\"([\w-]+)\"", html)
    return match.group(1).split("-")[0].lower() if match else None
