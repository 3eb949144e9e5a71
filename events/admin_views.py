"""The Wagtail admin's event pages: registrations per event (read-only, filtered, CSV
and XLSX), and the registrations awaiting the organisers' approval."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import CharField, F, QuerySet, Value
from django.db.models.functions import Coalesce, Concat, NullIf, Trim
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from wagtail.admin.views.pages.utils import get_breadcrumbs_items_for_page

from accounts.permissions import has_any_role
from accounts.roles import Role
from lms.admin_reports import FiguresReportView, FilteredReportView
from lms.languages import page_title

from . import indicators, selectors, services
from .filters import (
    IndicatorFilterSet,
    ParticipantSplitFilterSet,
    RegistrationFilterSet,
)
from .forms import CallOffForm, StaffRegistrationForm
from .models import Attendance, EventPage, EventSeats, Registration
from .permissions import (
    events_run_by,
    may_decide,
    may_decide_any,
    may_mark_attendance,
    may_read_answers,
    registrations_to_decide,
    registrations_visible_to,
)

STATUS_LABELS = dict(Registration.Status.choices)
ATTENDANCE_LABELS = dict(Attendance.choices)


def may_see_registrations(user) -> bool:
    return has_any_role(user, Role.TRAINER, Role.COORDINATOR, Role.ADMIN)


def _status_label(value):
    return str(STATUS_LABELS.get(value, value or ""))


def _attendance_label(value):
    return str(ATTENDANCE_LABELS.get(value, value or ""))


def titled(
    title: str,
    *trail: tuple[str, str],
    crumbs: list | None = None,
    heading: str | None = None,
) -> dict:
    """What Wagtail's generic base template heads a page with: the title (the <h1>
    is `header_title` beside breadcrumbs, `page_title` without; `heading`, HTML, where
    the <h1> says more than the text-only <title> can) and breadcrumbs from `crumbs`
    (else the admin home) through the (url, label) `trail` to the page."""
    items = crumbs or [{"url": reverse("wagtailadmin_home"), "label": _("Home")}]
    return {
        "page_title": title,
        "header_title": heading or title,
        "breadcrumbs_items": [
            *items,
            *({"url": url, "label": label} for url, label in trail),
        ],
    }


def naming(message: str, event: EventPage) -> tuple[str, str]:
    """`message` ("Attendance: %(event)s") as text, and as HTML with the event's title
    marked with its language."""
    text = message % {"event": event.title}
    html = mark_safe(  # noqa: S308 (the message is escaped, the title too)
        conditional_escape(message) % {"event": conditional_escape(page_title(event))}
    )
    return text, html


def registration_rows(registrations: QuerySet) -> QuerySet:
    return registrations.select_related("person__organisation").annotate(
        person_name=Coalesce(
            NullIf(
                Trim(Concat("person__first_name", Value(" "), "person__last_name")),
                Value(""),
            ),
            F("person__email"),
            output_field=CharField(),
        ),
        person_email=F("person__email"),
        organisation_name=Coalesce(F("person__organisation__name"), Value("")),
    )


class RegistrationsReportView(FilteredReportView):
    """Registrations of the events the user runs: trainers named on the event, the
    organising organisation's coordinators, administrators (all)."""

    page_title = gettext_lazy("Event registrations")
    header_icon = "date"
    url_prefix = "events_"
    url_name = "registrations"
    results_template_name = "events/admin/registrations_results.html"
    filterset_class = RegistrationFilterSet
    paginate_by = 100
    list_export = [
        "event_name",
        "person_name",
        "person_email",
        "organisation_name",
        "status",
        "position",
        "created_at",
        "cancelled_at",
        "attendance",
        "checked_in_at",
    ]
    export_headings = {
        "event_name": gettext_lazy("Event"),
        "person_name": gettext_lazy("Name"),
        "person_email": gettext_lazy("Email"),
        "organisation_name": gettext_lazy("Organisation"),
        "status": gettext_lazy("Status"),
        "position": gettext_lazy("Order of arrival"),
        "created_at": gettext_lazy("Registered at"),
        "cancelled_at": gettext_lazy("Cancelled at"),
        "attendance": gettext_lazy("Attendance"),
        "checked_in_at": gettext_lazy("Checked in"),
    }
    export_values = {"status": STATUS_LABELS, "attendance": ATTENDANCE_LABELS}

    def may_view(self, user) -> bool:
        return may_see_registrations(user)

    def get_base_queryset(self):
        return registration_rows(
            registrations_visible_to(self.request.user).with_event_name()
        ).order_by("event_name", "position")

    def get_filename(self):
        return f"event-registrations-{timezone.localdate():%Y-%m-%d}"

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["filters_invalid"] = self.filters_invalid
        return context


@require_POST
def decide(request, registration_id: int, decision: str):
    # Requests the user may not decide are not found, whatever their id.
    if not may_decide_any(request.user):
        raise PermissionDenied
    registration = get_object_or_404(
        registrations_to_decide(request.user), pk=registration_id
    )
    if decision not in ("approve", "reject"):
        raise PermissionDenied
    try:
        registration = services.decide_registration(
            actor=request.user, registration=registration, approve=decision == "approve"
        )
    except services.EventError as error:
        messages.error(request, str(error))
        return redirect("pending_registrations:index")
    messages.success(
        request,
        _("%(person)s: %(status)s.")
        % {"person": registration.person, "status": registration.get_status_display()},
    )
    return redirect("pending_registrations:index")


def register_staff(request):
    """Coordinators register their own organisation's staff (administrators anyone):
    each person in their own transaction, with a line saying what happened."""
    if not has_any_role(request.user, Role.COORDINATOR, Role.ADMIN):
        raise PermissionDenied
    form = StaffRegistrationForm(request.POST or None, user=request.user)
    results = None
    if request.method == "POST" and form.is_valid():
        results = []
        for person in form.cleaned_data["people"]:
            try:
                registration = services.register_staff(
                    actor=request.user, person=person, event=form.cleaned_data["event"]
                )
            except services.EventError as error:
                results.append((person, str(error)))
            else:
                results.append((person, registration.get_status_display()))
    return TemplateResponse(
        request,
        "events/admin/register_staff.html",
        {
            "form": form,
            "results": results,
            **titled(
                _("Register staff for an event"), ("", _("Register staff for an event"))
            ),
        },
    )


def attendance_events(request):
    """The events whose attendance the user marks: trainers their own, admins all."""
    if not has_any_role(request.user, Role.TRAINER, Role.ADMIN):
        raise PermissionDenied
    events = events_run_by(request.user).filter(alias_of__isnull=True)
    if not has_any_role(request.user, Role.ADMIN):
        events = events.filter(trainers__user=request.user)
    return TemplateResponse(
        request,
        "events/admin/attendance_events.html",
        {
            "events": events.distinct().select_related("locale").order_by("-starts_at"),
            **titled(_("Attendance"), ("", _("Attendance"))),
        },
    )


def attendance(request, event_id: int):
    """The participant list of one event, to mark each present, partly or absent, and
    the check-in code to show in the room."""
    event = get_object_or_404(EventPage, pk=event_id, alias_of__isnull=True)
    if not may_mark_attendance(request.user, event=event):
        raise PermissionDenied
    participants = list(
        registration_rows(
            Registration.objects.filter(
                event_key=event.translation_key, status=Registration.Status.REGISTERED
            )
        ).order_by("person__last_name", "person__first_name", "pk")
    )
    if request.method == "POST":
        marked, refused = 0, []
        for registration in participants:
            value = request.POST.get(f"attendance-{registration.pk}", "")
            if not value or value == registration.attendance:
                continue
            try:
                services.mark_attendance(
                    actor=request.user, registration=registration, attendance=value
                )
                marked += 1
            except services.EventError as error:
                refused.append(str(error))
        for message in sorted(set(refused)):
            messages.error(request, message)
        if marked:
            messages.success(request, _("Attendance saved."))
        return redirect("events_attendance", event.pk)
    title, heading = naming(_("Attendance: %(event)s"), event)
    return TemplateResponse(
        request,
        "events/admin/attendance.html",
        {
            "event": event,
            "participants": participants,
            "choices": Attendance.choices,
            "code": services.check_in_code(event),
            **titled(
                title,
                (reverse("events_attendance_list"), _("Attendance")),
                ("", page_title(event)),
                heading=heading,
            ),
        },
    )


class IndicatorReportView(FiguresReportView):
    """Administrators' indicator reports over a reporting period; rows are figures."""

    header_icon = "table"
    filterset_class = IndicatorFilterSet
    paginate_by = 200
    url_prefix = "events_"

    def may_view(self, user) -> bool:
        return has_any_role(user, Role.ADMIN)

    def get_base_queryset(self):
        return EventPage.objects.all()


def _yes_no(value):
    return str(_("Yes") if value else _("No"))


class EventIndicatorsView(IndicatorReportView):
    page_title = gettext_lazy("Event indicators")
    url_name = "event_indicators"
    results_template_name = "events/admin/event_indicators_results.html"
    list_export = [
        "event",
        "starts_at",
        "activity",
        "registered",
        "attended",
        "responses",
        "response_rate",
        "good_share",
        "below_target",
        "unreliable",
    ]
    export_headings = {
        "event": gettext_lazy("Event"),
        "starts_at": gettext_lazy("Starts"),
        "activity": gettext_lazy("Funder activity"),
        "registered": gettext_lazy("Registered"),
        "attended": gettext_lazy("Attended"),
        "responses": gettext_lazy("Survey responses"),
        "response_rate": gettext_lazy("Response rate (%)"),
        "good_share": gettext_lazy("Good or very good (%)"),
        "below_target": gettext_lazy("Below the target"),
        "unreliable": gettext_lazy("Fewer than 5 responses"),
    }

    export_values = {"below_target": _yes_no, "unreliable": _yes_no}

    def rows(self, events):
        return indicators.event_rows(events)


class ActivityIndicatorsView(IndicatorReportView):
    page_title = gettext_lazy("Funder activity indicators")
    url_name = "activity_indicators"
    results_template_name = "events/admin/activity_indicators_results.html"
    list_export = [
        "code",
        "title",
        "events_held",
        "unique_participants",
        "target",
        "target_reached",
        "participants_lt",
        "participants_no",
    ]
    export_headings = {
        "code": gettext_lazy("Code"),
        "title": gettext_lazy("Activity"),
        "events_held": gettext_lazy("Events held"),
        "unique_participants": gettext_lazy("Unique participants"),
        "target": gettext_lazy("Target"),
        "target_reached": gettext_lazy("Target reached"),
        "participants_lt": gettext_lazy("From Lithuania"),
        "participants_no": gettext_lazy("From Norway"),
    }

    export_values = {"target_reached": _yes_no}

    def rows(self, events):
        return indicators.activity_rows(events)


class ParticipantSplitView(IndicatorReportView):
    """Unique participants per funder activity, split by organisation, municipality or
    country: for the organisation itself, with every count."""

    page_title = gettext_lazy("Participants per funder activity")
    url_name = "participant_splits"
    results_template_name = "events/admin/participant_splits_results.html"
    filterset_class = ParticipantSplitFilterSet
    list_export = ["code", "title", "group", "participants"]
    export_headings = {
        "code": gettext_lazy("Code"),
        "title": gettext_lazy("Activity"),
        "group": gettext_lazy("Group"),
        "participants": gettext_lazy("Unique participants"),
    }

    export_values = {"group": lambda value: _group_label(value)}

    def rows(self, events):
        return indicators.participant_splits(events, by=self.filters.split)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["external"] = False
        return context


class ExternalParticipantSplitView(ParticipantSplitView):
    """The same figures for readers outside the organisation (funders, the public):
    counts of fewer than 5 people are shown as "<5" (see
    `indicators.suppress_small_cells`)."""

    page_title = gettext_lazy("Participants per funder activity (for outside readers)")
    url_name = "participant_splits_external"

    def rows(self, events):
        return indicators.suppress_small_cells(super().rows(events))

    def get_filename(self):
        return f"participants-external-{timezone.localdate():%Y-%m-%d}"

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["external"] = True
        return context


def _group_label(value):
    return str(value) if value else str(_("All participants"))


def call_off(request, event_id: int):
    """The organisers cancel an event (coordinators of the organising organisation,
    administrators): a confirmation with an optional reason, then everyone is told."""
    event = get_object_or_404(
        EventPage.objects.select_related("organisation"), pk=event_id
    )
    event = services.source_event(event)
    if not may_decide(request.user, event=event):
        raise PermissionDenied
    seats = EventSeats.objects.filter(event_key=event.translation_key).first()
    form = CallOffForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                services.call_off_event(
                    actor=request.user, event=event, reason=form.cleaned_data["reason"]
                )
            except services.EventError as error:
                form.add_error(None, str(error))
            else:
                messages.success(
                    request,
                    _("“%(event)s” is cancelled; everyone registered is told.")
                    % {"event": event.title},
                )
                return redirect("wagtailadmin_explore", event.get_parent().pk)
        status = 400
    title, heading = naming(_("Cancel the event: %(event)s"), event)
    return TemplateResponse(
        request,
        "events/admin/call_off.html",
        {
            "event": event,
            "form": form,
            "seats": seats,
            "registered": Registration.objects.current()
            .filter(event_key=event.translation_key)
            .count(),
            **titled(
                title,
                ("", _("Cancel the event")),
                crumbs=get_breadcrumbs_items_for_page(event, request.user),
                heading=heading,
            ),
        },
        status=status,
    )


def survey_answers(request, event_id: int):
    """What attendees wrote in the survey's free-text question, without names or
    times (so that nobody can match an answer to the list of participants): for the
    event's trainers and administrators only."""
    event = get_object_or_404(EventPage, pk=event_id, alias_of__isnull=True)
    event = services.source_event(event)
    if not may_read_answers(request.user, event=event):
        raise PermissionDenied
    title, heading = naming(_("Survey answers: %(event)s"), event)
    return TemplateResponse(
        request,
        "events/admin/survey_answers.html",
        {
            "event": event,
            "figures": selectors.satisfaction(event.translation_key),
            "answers": selectors.free_text_answers(event.translation_key),
            **titled(
                title,
                (reverse("events_attendance_list"), _("Attendance")),
                (reverse("events_attendance", args=[event.pk]), page_title(event)),
                ("", _("Survey answers")),
                heading=heading,
            ),
        },
    )
