from django import template
from django.conf import settings

from learning import assignments, selectors, services
from learning.models import Enrolment

register = template.Library()


@register.inclusion_tag("learning/includes/enrolment_panel.html", takes_context=True)
def enrolment_panel(context, programme) -> dict:
    request = context["request"]
    enrolment = selectors.enrolment_for(request.user, programme)
    joinable = request.user.is_authenticated and (
        enrolment is None or enrolment.status not in Enrolment.CURRENT
    )
    return {
        "request": request,
        "programme": programme,
        "enrolment": enrolment,
        "cohorts": list(services.open_cohorts(programme)) if joinable else [],
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("learning/includes/lesson_completion.html", takes_context=True)
def lesson_completion(context, lesson) -> dict:
    request = context["request"]
    return {
        "request": request,
        "lesson": lesson,
        "completed": selectors.lesson_completed(request.user, lesson),
        "has_quiz": services.has_quiz(lesson),
        "csrf_token": context.get("csrf_token"),
    }


@register.simple_tag(takes_context=True)
def reflection_notes(context, page) -> dict:
    """The signed-in learner's notes on this lesson's prompts, by block id (one query)."""
    user = context["request"].user
    if not user.is_authenticated:
        return {}
    return selectors.reflection_notes(user, page)


@register.filter
def get_item(mapping, key):
    return mapping.get(key) if mapping else None


@register.inclusion_tag("learning/includes/module_questions.html", takes_context=True)
def module_questions(context, module) -> dict:
    """The signed-in learner's questions on this module, with their messages."""
    request = context["request"]
    return {
        "request": request,
        "module": module,
        "questions": selectors.questions_of(request.user, module)
        if request.user.is_authenticated
        else [],
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("learning/includes/module_assignment.html", takes_context=True)
def module_assignment(context, module) -> dict:
    """The module's assignment with the signed-in learner's submissions."""
    request = context["request"]
    return {
        "request": request,
        "module": module,
        "has_assignment": assignments.has_assignment(module),
        "max_mb": settings.ASSIGNMENT_MAX_BYTES // (1024 * 1024),
        "submissions": selectors.submissions_of(request.user, module)
        if request.user.is_authenticated
        else [],
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag(
    "learning/includes/module_enrolment_panel.html", takes_context=True
)
def module_enrolment_panel(context, module) -> dict:
    """Enrolling in this module alone, where its programme allows it."""
    request = context["request"]
    shown = {"request": request, "module": module, "offer": False}
    if not request.user.is_authenticated:
        return shown
    programme = (context.get("programme") or module.get_parent()).specific
    if not getattr(programme, "allows_module_enrolment", False):
        return shown
    enrolment = selectors.enrolment_for(request.user, programme)
    current = enrolment is not None and enrolment.status in Enrolment.CURRENT
    covered = current and enrolment.module_key in (None, module.translation_key)
    return {
        **shown,
        "offer": not covered,
        "enrolled": covered,
        "programme": programme,
        "cohorts": [] if covered else list(services.open_cohorts(programme)),
        "csrf_token": context.get("csrf_token"),
    }
