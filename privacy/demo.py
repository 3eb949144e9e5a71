"""Demo content: the privacy notice under the home page, in each language."""

from django.db import transaction

from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Locale

from .models import PrivacyNoticePage

NOTICE = {
    "lt": {
        "title": "Privatumo pranešimas",
        "slug": "privatumas",
        "intro": (
            "Kokius jūsų duomenis platforma saugo, kodėl ir kiek laiko, ir kaip galite "
            "juos gauti ar ištrinti."
        ),
        "body": (
            "<h2>Kokius duomenis saugome</h2>"
            "<ul><li>Paskyros duomenis: vardą, pavardę, el. pašto adresą, "
            "organizaciją ir kalbą.</li>"
            "<li>Mokymosi įrašus: registracijas, pažangą, testų bandymus, užduotis, "
            "klausimus, įsivertinimus, pažymėjimus ir mokymosi įrašus (xAPI).</li>"
            "<li>Registracijas į renginius ir dalyvavimą juose.</li>"
            "<li>Jums išsiųstus el. laiškus.</li></ul>"
            "<h2>Kodėl</h2>"
            "<p>Kad galėtumėte mokytis, lektoriai galėtų vertinti jūsų darbus, "
            "koordinatoriai – matyti savo organizacijos pažangą, o projekto "
            "finansuotojams būtų pateikiami suvestiniai rodikliai (be vardų).</p>"
            "<h2>Kas mato jūsų duomenis</h2>"
            "<p>Jūs; programų, kuriose mokotės, lektoriai; jūsų organizacijos "
            "koordinatorius; platformos administratoriai.</p>"
            "<h2>Jūsų teisės</h2>"
            "<p>Puslapyje „Mano duomenys“ galite atsisiųsti visų savo duomenų kopiją "
            "ir panaikinti paskyrą. Neaktyvios paskyros uždaromos praėjus nustatytam "
            "laikui; apie tai pranešame el. paštu prieš 30 dienų.</p>"
        ),
        "controller": (
            "Duomenų valdytojas: projekto vadovaujantysis partneris.\n"
            "Kontaktai: privatumas@example.org"
        ),
    },
    "en": {
        "title": "Privacy notice",
        "slug": "privacy",
        "intro": (
            "What the platform keeps about you, why and for how long, and how you can "
            "have it or have it erased."
        ),
        "body": (
            "<h2>What we keep</h2>"
            "<ul><li>Your account: name, email address, organisation and language."
            "</li><li>Your learning records: enrolments, progress, quiz attempts, "
            "assignments, questions, self-assessments, certificates and learning "
            "statements (xAPI).</li>"
            "<li>Your event registrations and attendance.</li>"
            "<li>The emails sent to you.</li></ul>"
            "<h2>Why</h2>"
            "<p>So that you can learn, trainers can review your work, coordinators "
            "can follow their organisation's progress, and the project's funders "
            "receive aggregate figures (without names).</p>"
            "<h2>Who sees your data</h2>"
            "<p>You; the trainers of the programmes you study; your organisation's "
            "coordinator; the platform's administrators.</p>"
            "<h2>Your rights</h2>"
            "<p>On the page “My data” you can download a copy of all your data and "
            "close your account. Inactive accounts are closed after a set period; we "
            "tell you by email 30 days before.</p>"
        ),
        "controller": (
            "Data controller: the project's lead partner.\nContact: privacy@example.org"
        ),
    },
    "nb": {
        "title": "Personvernerklæring",
        "slug": "personvern",
        "intro": (
            "Hva plattformen lagrer om deg, hvorfor og hvor lenge, og hvordan du kan "
            "få utlevert eller slettet det."
        ),
        "body": (
            "<h2>Hva vi lagrer</h2>"
            "<ul><li>Kontoen din: navn, e-postadresse, organisasjon og språk.</li>"
            "<li>Læringen din: påmeldinger, fremdrift, quizforsøk, oppgaver, "
            "spørsmål, egenvurderinger, kursbevis og læringsutsagn (xAPI).</li>"
            "<li>Påmeldinger til og oppmøte på arrangementer.</li>"
            "<li>E-postene vi har sendt deg.</li></ul>"
            "<h2>Hvorfor</h2>"
            "<p>For at du skal kunne lære, kursholdere vurdere arbeidet ditt, "
            "koordinatorer følge organisasjonens fremdrift, og prosjektets "
            "finansieringskilder få samlede tall (uten navn).</p>"
            "<h2>Hvem ser dataene dine</h2>"
            "<p>Du; kursholderne i programmene du følger; koordinatoren i "
            "organisasjonen din; plattformens administratorer.</p>"
            "<h2>Dine rettigheter</h2>"
            "<p>På siden «Mine data» kan du laste ned en kopi av alle dataene dine og "
            "slette kontoen din. Inaktive kontoer slettes etter en fastsatt periode; "
            "vi varsler deg på e-post 30 dager før.</p>"
        ),
        "controller": (
            "Behandlingsansvarlig: prosjektets hovedpartner.\n"
            "Kontakt: privacy@example.org"
        ),
    },
}
FIELDS = ("title", "slug", "intro", "body", "controller")


def _publish(page: PrivacyNoticePage, content: dict) -> None:
    if page.live and all(getattr(page, f) == content[f] for f in FIELDS):
        return
    for field in FIELDS:
        setattr(page, field, content[field])
    page.draft_title = page.title
    page.save_revision(log_action=False).publish(log_action=False)


@transaction.atomic
def seed_privacy_notice(*, home) -> PrivacyNoticePage:
    """The notice under the home page, in each language. Safe to repeat."""
    source = PrivacyNoticePage.objects.child_of(home).first()
    content = NOTICE[home.locale.language_code]
    if source is None:
        source = home.add_child(
            instance=PrivacyNoticePage(**{f: content[f] for f in FIELDS}, live=False)
        )
    _publish(source, content)
    for language_code, content in NOTICE.items():
        locale = Locale.objects.filter(language_code=language_code).first()
        if locale is None or locale == source.locale:
            continue
        translation = source.get_translation_or_none(locale)
        if translation is None:
            translation = source.copy_for_translation(locale, copy_parents=True)
        elif translation.alias_of_id:  # synchronised trees made an alias: own it
            ConvertAliasPageAction(translation, log_action=None).execute(
                skip_permission_checks=True
            )
            translation.refresh_from_db()
        _publish(translation.specific, content)
    return source
