"""Event pages in the page tree, their validation, and the funder activities."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import IntegrityError

from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase

import pytest

from courses.models import HomePage, LessonPage, ModulePage, ProgrammePage
from events.models import EventFormat, EventIndexPage, EventPage, FunderActivity

from .pages import event_under, vilnius

pytestmark = pytest.mark.django_db


class EventPageTreeTests(WagtailPageTestCase):
    def test_events_live_under_the_listing_programmes_and_modules(self):
        self.assertAllowedParentPageTypes(
            EventPage, {EventIndexPage, ProgrammePage, ModulePage}
        )
        self.assertAllowedSubpageTypes(EventPage, set())

    def test_the_listing_lives_under_the_home_page(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertCanCreateAt(HomePage, EventIndexPage)

    def test_programmes_and_modules_take_events_and_lessons_do_not(self):
        self.assertCanCreateAt(ProgrammePage, EventPage)
        self.assertCanCreateAt(ModulePage, EventPage)
        self.assertCanNotCreateAt(LessonPage, EventPage)
        self.assertCanNotCreateAt(HomePage, EventPage)


def unsaved_event(**fields) -> EventPage:
    values = {
        "title": "Mokymai",
        "slug": "mokymai",
        "description": "<p>Apie.</p>",
        "format": EventFormat.IN_PERSON,
        "venue_address": "Vytauto g. 1, Biržai",
        "starts_at": vilnius(10, 10),
        "ends_at": vilnius(10, 16),
        "capacity": 20,
        **fields,
    }
    return EventPage(**values)


def errors_of(page: EventPage) -> dict:
    with pytest.raises(ValidationError) as caught:
        page.clean()
    return caught.value.message_dict


def test_a_complete_event_is_valid():
    unsaved_event().clean()
    unsaved_event(
        format=EventFormat.ONLINE,
        venue_address="",
        online_url="https://meet.example.org/x",
    ).clean()
    unsaved_event(
        registration_opens_at=vilnius(1), registration_closes_at=vilnius(9)
    ).clean()


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"ends_at": vilnius(10, 9)}, "ends_at"),
        ({"ends_at": vilnius(10, 10)}, "ends_at"),
        (
            {"registration_opens_at": vilnius(5), "registration_closes_at": vilnius(4)},
            "registration_closes_at",
        ),
        ({"registration_closes_at": vilnius(10, 11)}, "registration_closes_at"),
        ({"registration_opens_at": vilnius(11)}, "registration_opens_at"),
        ({"format": EventFormat.ONLINE, "online_url": ""}, "online_url"),
        ({"format": EventFormat.HYBRID, "online_url": ""}, "online_url"),
        ({"venue_address": "  "}, "venue_address"),
        (
            {
                "format": EventFormat.HYBRID,
                "venue_address": "",
                "online_url": "https://meet.example.org/x",
            },
            "venue_address",
        ),
    ],
)
def test_contradictions_are_field_errors(fields, field):
    errors = errors_of(unsaved_event(**fields))

    assert list(errors) == [field]


def test_saving_a_contradiction_is_refused(index):
    with pytest.raises(ValidationError):
        event_under(index, ends_at=vilnius(10, 9))

    assert not EventPage.objects.exists()


def test_capacity_must_be_at_least_one():
    with pytest.raises(ValidationError) as caught:
        unsaved_event(capacity=0).full_clean(exclude=["path", "depth"])

    assert "capacity" in caught.value.message_dict


def test_a_funder_activity_code_is_unique_in_each_language_and_kept_in_translation():
    activity = FunderActivity.objects.create(
        code="1.1.2",
        title="Mokymo renginiai savivaldybių darbuotojams",
        target_participants=120,
    )
    english = activity.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title = "Training events for municipal staff"
    english.save()

    assert str(english) == "1.1.2 Training events for municipal staff"
    assert (english.code, english.target_participants) == ("1.1.2", 120)
    assert english.translation_key == activity.translation_key
    with pytest.raises(IntegrityError):
        FunderActivity.objects.create(code="1.1.2", title="Kita", target_participants=1)


def test_registration_closes_at_the_start_unless_set():
    event = unsaved_event()
    assert event.registration_closes == event.starts_at
    event.registration_closes_at = event.starts_at - timedelta(days=2)
    assert event.registration_closes == event.starts_at - timedelta(days=2)
