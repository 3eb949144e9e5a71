"""The event page's buttons (register, cancel, check in: POST only, signed in,
CSRF-checked, each answering with a message and a redirect back), the survey, the
event's calendar file and the learner's calendar feed."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import calendar, feeds, selectors, services, surveys
from .models import EventPage, EventSeats, Registration

Status = Registration.Status


def _back(request, fallback: str):
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect(fallback)


CONFIRMATIONS = {
    Status.REGISTERED: gettext_lazy("You are registered for %(event)s."),
    Status.WAITLISTED: gettext_lazy(
        "The event is full: you are on the waiting list for %(event)s. You will get a "
        "seat, and an email, as soon as one is free."
    ),
    Status.PENDING: gettext_lazy(
        "Your registration for %(event)s awaits approval by the organisers."
    ),
}


@require_POST
@login_required
def register(request, event_id: int):
    event = get_object_or_404(EventPage.objects.live(), pk=event_id)
    try:
        registration = services.register_for_event(person=request.user, event=event)
    except services.EventError as error:
        messages.error(request, str(error))
        return _back(request, event.url)
    if registration.status in CONFIRMATIONS:
        messages.success(
            request, str(CONFIRMATIONS[registration.status]) % {"event": event.title}
        )
    return _back(request, event.url)


def _page_in_language(key) -> EventPage | None:
    """The event's live page in the active language, else in any language it has."""
    pages = list(
        EventPage.objects.live().filter(translation_key=key).select_related("locale")
    )
    language = get_language()
    return next((p for p in pages if p.locale.language_code == language), None) or (
        pages[0] if pages else None
    )


@require_POST
@login_required
def cancel(request, registration_id: int):
    # Someone else's registration is not found, rather than forbidden.
    registration = get_object_or_404(
        Registration, pk=registration_id, person=request.user
    )
    page = _page_in_language(registration.event_key)
    fallback = page.url if page else f"/{get_language()}/"
    if not registration.is_current:
        messages.info(request, _("This registration is already cancelled."))
        return _back(request, fallback)
    try:
        services.cancel_registration(registration=registration)
    except services.EventError as error:
        messages.error(request, str(error))
        return _back(request, fallback)
    messages.success(
        request,
        _("Your registration for %(event)s is cancelled.")
        % {"event": page.title if page else registration.event_title},
    )
    return _back(request, fallback)


@require_POST
@login_required
def check_in(request, event_id: int):
    event = get_object_or_404(EventPage.objects.live(), pk=event_id)
    try:
        services.check_in(
            person=request.user, event=event, code=request.POST.get("code", "")
        )
    except services.EventError as error:
        messages.error(request, str(error))
        return _back(request, event.url)
    messages.success(request, _("You are checked in. Welcome!"))
    return _back(request, event.url)


@login_required
def survey(request, event_id: int):
    """The satisfaction survey of an event, for those who attended it, once."""
    event = get_object_or_404(EventPage.objects.live(), pk=event_id)
    try:
        services.survey_registration(person=request.user, event=event)
    except services.EventError as error:
        messages.info(request, str(error))
        return redirect(event.url)
    form = surveys.SurveyForm(
        request.POST or None, questions=surveys.questions_for(event)
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.answer_survey(
                person=request.user, event=event, answers=form.cleaned_data
            )
        except services.EventError as error:
            messages.info(request, str(error))
        else:
            messages.success(request, _("Thank you for your answers."))
        return redirect(event.url)
    return render(
        request,
        "events/survey.html",
        {"event": event, "form": form},
        status=400 if form.errors else 200,
    )


def _calendar_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def event_calendar(request, event_id: int):
    """The event as a calendar file: an invitation (METHOD:REQUEST, with the online
    link) for a registered participant, the public facts (PUBLISH) for anyone else,
    METHOD:CANCEL once the organisers cancelled it."""
    event = get_object_or_404(
        EventPage.objects.live().select_related("organisation"), pk=event_id
    )
    registration = selectors.registration_of(request.user, event)
    registered = registration is not None and registration.status == Status.REGISTERED
    content = calendar.invitation(
        event,
        seats=EventSeats.objects.filter(event_key=event.translation_key).first(),
        person=request.user if registered else None,
        url=request.build_absolute_uri(event.url),
        show_link=registered,
    )
    return _calendar_response(content, f"{event.slug}.ics")


@login_required
def calendar_feed_settings(request):
    """The learner's feed link: made (a new one replaces the old), shown once, revoked."""
    link = None
    if request.method == "POST":
        if request.POST.get("action") == "revoke":
            if feeds.revoke_feeds(person=request.user):
                messages.success(
                    request, _("Your calendar link is revoked; it no longer works.")
                )
            else:
                messages.info(request, _("You have no calendar link to revoke."))
            return redirect("events:calendar_feed_settings")
        token = feeds.create_feed(person=request.user)
        link = request.build_absolute_uri(reverse("events:calendar_feed", args=[token]))
    return render(
        request,
        "events/calendar_feed.html",
        {"feed": feeds.active_feed(request.user), "link": link},
    )


def calendar_feed(request, token: str):
    """The learner's events as a subscribed calendar. A revoked or unknown token is
    not found, whoever asks."""
    person = feeds.person_of(token)
    if person is None:
        raise Http404(_("This calendar link does not exist or was revoked."))
    return _calendar_response(feeds.feed_for(person), "events.ics")
