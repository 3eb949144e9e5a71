"""Filters of the registrations report. A value that does not fit is a form error; the
report then lists nothing (and an export shows the page with the errors)."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.models import Locale

import django_filters

from courses.localisation import pages_in_language

from .models import EVENT_TIME_ZONE, EventPage, Registration
from .permissions import events_run_by


def event_choices(request) -> list[tuple[str, str]]:
    """The events the user runs, once each, titled in the active language where the
    page is translated (else in the default language) and dated in Vilnius."""
    default = Locale.get_default()
    events: dict = {}
    for event in (
        events_run_by(request.user)
        .filter(alias_of__isnull=True)
        .order_by("-starts_at")
        .only("translation_key", "title", "locale_id", "starts_at")
    ):
        if event.translation_key not in events or event.locale_id == default.pk:
            events[event.translation_key] = event
    titles = pages_in_language(EventPage, list(events))
    return [
        (
            str(key),
            f"{(titles.get(key) or event).title} "
            f"({event.starts_at.astimezone(EVENT_TIME_ZONE):%Y-%m-%d})",
        )
        for key, event in events.items()
    ]


class RegistrationFilterSet(WagtailFilterSet):
    event_key = django_filters.ChoiceFilter(label=_("Event"), choices=[])
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=Registration.Status.choices
    )
    organisation = django_filters.CharFilter(
        label=_("Organisation"),
        field_name="person__organisation__name",
        lookup_expr="icontains",
    )

    class Meta:
        model = Registration
        fields = ["event_key", "status", "organisation"]

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        self.filters["event_key"].extra["choices"] = (
            event_choices(request) if request is not None else []
        )


class IndicatorFilterSet(WagtailFilterSet):
    """The reporting period: events that start between the two dates."""

    starts_at = django_filters.DateFromToRangeFilter(
        label=_("Events starting"), widget=DateRangePickerWidget
    )

    class Meta:
        model = EventPage
        fields = ["starts_at"]


class ParticipantSplitFilterSet(IndicatorFilterSet):
    """The reporting period, and how participants are split."""

    by = django_filters.ChoiceFilter(
        label=_("Split by"),
        choices=[
            ("organisation", _("Organisation")),
            ("municipality", _("Municipality")),
            ("country", _("Country")),
        ],
        empty_label=None,
        method="keep_events",
    )

    class Meta:
        model = EventPage
        fields = ["starts_at", "by"]

    def keep_events(self, queryset, name, value):
        return queryset  # read by the report, not a filter of the events

    @property
    def split(self) -> str:
        if self.is_valid():
            return self.form.cleaned_data.get("by") or "organisation"
        return "organisation"
