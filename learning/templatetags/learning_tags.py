from django import template
from django.conf import settings
from django.urls import reverse

from wagtail.models import Page

from courses.models import LessonPage
from courses.selectors import cached_navigation
from learning import assignments, quizzes, selectors, services
from learning.models import Enrolment
from learning.services.eligibility import module_access, required_modules

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


def access_to(request, page):
    """May the signed-in learner work on this module (or this lesson's module) now; read
    once per request, however many parts of the page ask. The module's place and
    prerequisites are cached with its navigation; only the learner's records are read."""
    is_lesson = page.specific_class is LessonPage
    module_path = page.path[: -Page.steplen] if is_lesson else page.path
    cache = request.__dict__.setdefault("_learning_access", {})
    if module_path not in cache:

        def facts() -> dict:
            module = page.get_parent() if is_lesson else page
            return {
                "module": module,
                "programme_key": module.get_parent().translation_key,
                "required": required_modules(module),
            }

        found = cached_navigation(module_path, "learning-access", facts)
        cache[module_path] = module_access(learner=request.user, **found)
    return cache[module_path]


def lesson_state(request, lesson) -> selectors.LessonState:
    """The learner's completion and notes of the lesson, read once per request."""
    states = request.__dict__.setdefault("_lesson_states", {})
    if lesson.pk not in states:
        states[lesson.pk] = selectors.lesson_state(request.user, lesson)
    return states[lesson.pk]


@register.inclusion_tag("learning/includes/lesson_completion.html", takes_context=True)
def lesson_completion(context, lesson) -> dict:
    request = context["request"]
    return {
        "request": request,
        "lesson": lesson,
        "completed": lesson_state(request, lesson).completed,
        "has_quiz": services.has_quiz(lesson),
        "access": access_to(request, lesson) if request.user.is_authenticated else None,
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("learning/includes/module_access.html", takes_context=True)
def module_access_notice(context, page) -> dict:
    """What keeps the signed-in learner from this module or lesson now, said before
    they act: a module to finish, an assignment waiting for review."""
    request = context["request"]
    access = access_to(request, page) if request.user.is_authenticated else None
    return {"access": access}


@register.simple_tag(takes_context=True)
def quiz_form(context, block) -> dict:
    """A quiz as this learner is to answer it now: options in this attempt's order, the
    attempt's number, attempts used and left, and what keeps them from it."""
    request = context.get("request")
    page = context.get("page")
    quiz = block.value
    if request is None or page is None or not page.pk or not block.id:
        # an editor's preview of a block or of a page not saved yet
        return {
            "questions": quizzes.ordered_questions(
                quiz, learner_id=0, page_key="", block_id="", number=1
            ),
            "action": "",
        }
    standing = quizzes.standing(
        learner=request.user,
        page_key=page.translation_key,
        block_id=block.id,
        quiz=quiz,
    )
    signed_in = request.user.is_authenticated
    return {
        "questions": quizzes.ordered_questions(
            quiz,
            learner_id=request.user.pk or 0,
            page_key=page.translation_key,
            block_id=block.id,
            number=standing.next_number,
        ),
        "standing": standing,
        "access": access_to(request, page) if signed_in else None,
        "action": reverse("learning:attempt_quiz", args=[page.pk, block.id]),
    }


@register.simple_tag(takes_context=True)
def reflection_notes(context, page) -> dict:
    """The signed-in learner's notes on this lesson's prompts, by block id (read with
    the lesson's completion, one query)."""
    return lesson_state(context["request"], page).notes


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
        # Only an enrolled learner may ask (the view refuses others): no form for them.
        "access": access_to(request, module) if request.user.is_authenticated else None,
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
        "access": access_to(request, module) if request.user.is_authenticated else None,
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
    covered = (
        enrolment is not None
        and current
        and enrolment.module_key in (None, module.translation_key)
    )
    return {
        **shown,
        "offer": not covered,
        "enrolled": covered,
        "programme": programme,
        "cohorts": [] if covered else list(services.open_cohorts(programme)),
        "csrf_token": context.get("csrf_token"),
    }
