from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import formats
from django.utils.html import format_html_join
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail.models import Page

from courses.localisation import pages_in_language, title_in_language
from courses.models import LessonPage, ModulePage, ProgrammePage
from lms.converters import parse_id

from . import (
    assignments,
    certificates,
    questions,
    quizzes,
    selectors,
    self_assessment,
    services,
    statements,
)
from .models import (
    Certificate,
    Cohort,
    Enrolment,
    Question,
    SelfAssessment,
)
from .permissions import (
    certificates_downloadable_by,
    quiz_results_visible_to,
    submissions_visible_to,
)


def _back(request, fallback: str):
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect(fallback)


@login_required
def my_learning(request):
    overviews = selectors.enrolments_of(request.user)
    enrolments = [overview.enrolment for overview in overviews]
    ratings = self_assessment.rating_rows(request.user, enrolments)
    profile = self_assessment.with_ratings(
        request.user,
        enrolments,
        selectors.competency_profile(request.user, enrolments),
        rows=ratings,
    )
    saved = self_assessment.saved_ratings(ratings, profile)
    for overview in overviews:
        enrolment = overview.enrolment
        overview.rate_before = self_assessment.stage_open(enrolment, "before")
        overview.rate_after = self_assessment.stage_open(enrolment, "after")
        overview.ratings_before = saved.get((enrolment.programme_key, "before"), [])
        overview.ratings_after = saved.get((enrolment.programme_key, "after"), [])
    return render(
        request,
        "learning/my_learning.html",
        {"enrolments": overviews, "profile": profile, "chart": profile_chart(profile)},
    )


MAX_LEVEL = 4
CHART = {
    "width": 720,
    "label_width": 250,  # the competency's code and name
    "plot_x": 270,
    "plot_width": 400,  # levels 0 to MAX_LEVEL
    "top": 56,  # the legend and the scale above the rows
    "row_height": 44,
    "bar_height": 14,
}


def short(text: str, length: int = 34) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


# One competency's bars, drawn here rather than in the template: the chart has a row
# per competency and the template language spent more on them than the rest of
# My learning. Coordinates are SVG numbers, never localised; only the figures shown are.
CHART_ROW = (
    '<g class="competency-chart__row">'
    '<text x="0" y="{label_y}" font-size="13" fill="#1b1f24">'
    "<title>{code} {title}</title>{label}</text>"
    '<rect x="{plot_x}" y="{target_y}" height="{bar_height}" width="{target_width}" '
    'fill="url(#chart-hatch)" stroke="#1b1f24" stroke-width="1"></rect>'
    '<text x="{target_text_x}" y="{target_figure_y}" font-size="12" fill="#1b1f24">'
    "{target_figure}</text>"
    '<rect x="{plot_x}" y="{achieved_y}" height="{bar_height}" '
    'width="{achieved_width}" fill="#0b4f8a" stroke="#1b1f24" stroke-width="1"></rect>'
    '<text x="{achieved_text_x}" y="{achieved_figure_y}" font-size="12" '
    'fill="#1b1f24">{achieved_figure}</text>'
    "</g>"
)


def profile_chart(profile: list[dict]) -> dict:
    """The geometry of the profile's bar chart: for each competency a target bar
    (hatched) above an achieved bar (solid), each with its figure written beside it, on
    a scale from 0 to 4. The table after the chart holds the same figures."""
    step = CHART["plot_width"] / MAX_LEVEL
    rows = []
    for index, row in enumerate(profile):
        y = CHART["top"] + CHART["row_height"] * index
        target, achieved = row["target"], row["achieved"] or 0
        target_width = round(step * min(target, MAX_LEVEL))
        achieved_width = round(step * min(achieved, MAX_LEVEL))
        rows.append(
            {
                **row,
                "label": short(f"{row['code']} {row['title']}"),
                "y": y,
                "label_y": y + CHART["bar_height"] + 4,
                "target_y": y + 4,
                "achieved_y": y + 4 + CHART["bar_height"] + 2,
                "target_width": target_width,
                "achieved_width": achieved_width,
                "target_text_x": CHART["plot_x"] + target_width + 6,
                "achieved_text_x": CHART["plot_x"] + achieved_width + 6,
                "target_figure_y": y + 4 + 12,
                "achieved_figure_y": y + 4 + CHART["bar_height"] + 2 + 12,
                "target_figure": formats.localize(target),
                "achieved_figure": formats.localize(achieved),
            }
        )
    height = CHART["top"] + CHART["row_height"] * len(profile) + 8
    return {
        **CHART,
        "height": height,
        "plot_bottom": height - 8,
        "bar_gap_y": CHART["bar_height"] + 2,
        "ticks": [
            {"level": level, "x": round(CHART["plot_x"] + step * level)}
            for level in range(MAX_LEVEL + 1)
        ],
        "rows": rows,
        "rows_svg": format_html_join(
            "",
            CHART_ROW,
            (
                {
                    **row,
                    "plot_x": CHART["plot_x"],
                    "bar_height": CHART["bar_height"],
                }
                for row in rows
            ),
        ),
    }


@require_POST
@login_required
def enrol(request, programme_id: int):
    programme = get_object_or_404(ProgrammePage.objects.live(), pk=programme_id)
    return _enrol(request, programme=programme, module=None, back=programme.url)


@require_POST
@login_required
def enrol_module(request, module_id: int):
    module = get_object_or_404(ModulePage.objects.live(), pk=module_id)
    programme = module.get_parent().specific
    return _enrol(request, programme=programme, module=module, back=module.url)


def _enrol(request, *, programme, module, back: str):
    cohort = None
    if request.POST.get("cohort", ""):
        cohort_id = parse_id(request.POST["cohort"])
        cohort = Cohort.objects.filter(pk=cohort_id).first() if cohort_id else None
        if cohort is None:
            messages.error(request, _("This cohort is not open for enrolment."))
            return _back(request, back)
    try:
        enrolment = services.enrol_learner(
            learner=request.user, programme=programme, cohort=cohort, module=module
        )
    except services.LearningError as error:
        messages.error(request, str(error))
        return _back(request, back)
    if enrolment.status == Enrolment.Status.PENDING:
        messages.info(
            request, _("Your enrolment awaits approval by a coordinator or trainer.")
        )
    else:
        title = module.title if module and enrolment.module_key else programme.title
        messages.success(
            request, _("You are enrolled in %(programme)s.") % {"programme": title}
        )
    return _back(request, back)


@login_required
def withdraw(request, enrolment_id: int):
    """GET asks the learner to confirm; POST withdraws. A completed programme offers no
    withdrawal, and a POST for one is refused with the reason."""
    # Another learner's enrolment is not found, rather than forbidden: its id says nothing.
    enrolment = get_object_or_404(
        Enrolment.objects.current().select_related("progress"),
        pk=enrolment_id,
        learner=request.user,
    )
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "POST"])
    programme_page = pages_in_language(ProgrammePage, [enrolment.programme_key]).get(
        enrolment.programme_key
    )
    title = programme_page.title if programme_page else enrolment.programme_title
    if refusal := services.withdrawal_refusal(enrolment, title=title):
        messages.error(request, refusal)
        return redirect("learning:my_learning")
    if request.method != "POST":
        return render(
            request,
            "learning/withdraw_confirm.html",
            {"enrolment": enrolment, "programme_page": programme_page, "title": title},
        )
    try:
        services.withdraw_learner(enrolment=enrolment)
    except services.LearningError as error:
        messages.error(request, str(error))
        return redirect("learning:my_learning")
    messages.success(
        request, _("You have withdrawn from %(programme)s.") % {"programme": title}
    )
    return redirect("learning:my_learning")


@require_POST
@login_required
def complete_lesson(request, lesson_id: int):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    try:
        services.complete_lesson(learner=request.user, lesson=lesson)
    except services.LearningError as error:
        messages.error(request, str(error))
        return redirect(lesson.url)
    messages.success(request, _("Lesson marked as done."))
    return _back(request, lesson.url)


@require_POST
@login_required
def attempt_quiz(request, page_id: int, block_id: str):
    """Record an attempt, then redirect to its result page (POST/redirect/GET): a
    reload or the back button shows the result again and records nothing."""
    page = get_object_or_404(Page.objects.live(), pk=page_id)
    answers = {
        key.removeprefix("question-"): request.POST.getlist(key)
        for key in request.POST
        if key.startswith("question-")
    }
    try:
        attempt, _results = quizzes.submit_attempt(
            learner=request.user,
            page=page,
            block_id=block_id[:64],
            answers=answers,
            number=parse_id(request.POST.get("attempt", "")),
        )
    except quizzes.AttemptAlreadyRecorded as recorded:
        messages.info(
            request,
            _(
                "These answers were already sent and recorded as attempt %(number)s. "
                "To try again, open the quiz from its page."
            )
            % {"number": recorded.attempt.number},
        )
        return redirect("learning:quiz_result", attempt_id=recorded.attempt.pk)
    except quizzes.QuizInputError as error:
        return render(
            request,
            "learning/quiz_error.html",
            {"message": str(error), "page": page},
            status=400,
        )
    except services.LearningError as error:
        messages.error(request, str(error))
        return redirect(page.url)
    return redirect("learning:quiz_result", attempt_id=attempt.pk)


@login_required
def quiz_result(request, attempt_id: int):
    """One attempt's result, for its learner only; anyone else gets a 404."""
    attempt = get_object_or_404(
        quiz_results_visible_to(request.user).select_related("learner"),
        pk=attempt_id,
    )
    shown = quizzes.attempt_result(attempt)
    response = render(request, "learning/quiz_result.html", {"result": shown})
    response["Cache-Control"] = "private, no-store"
    return response


@require_POST
@login_required
def save_reflection(request, lesson_id: int, block_id: str):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    try:
        services.save_reflection(
            learner=request.user,
            lesson=lesson,
            block_id=block_id[:64],
            text=request.POST.get("text", ""),
        )
    except services.LearningError as error:
        return render(
            request,
            "learning/quiz_error.html",
            {"message": str(error), "page": lesson},
            status=400,
        )
    messages.success(request, _("Your note is saved. Only you can see it."))
    return redirect(f"{lesson.url}#reflection-{block_id}")


@require_POST
@login_required
def ask_question(request, module_id: int):
    module = get_object_or_404(ModulePage.objects.live(), pk=module_id)
    try:
        questions.ask_question(
            learner=request.user,
            module=module,
            subject=request.POST.get("subject", ""),
            text=request.POST.get("text", ""),
        )
    except services.LearningError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your question is sent to the trainers."))
    return redirect(f"{module.url}#questions")


@require_POST
@login_required
def follow_up(request, question_id: int):
    # Only the learner's own questions: another's id is not found.
    question = get_object_or_404(Question, pk=question_id, learner=request.user)
    try:
        questions.reply(
            question=question, author=request.user, text=request.POST.get("text", "")
        )
    except services.LearningError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your message is sent to the trainers."))
    pages = Page.objects.live().filter(translation_key=question.module_key)
    page = pages.filter(locale__language_code=get_language()).first() or pages.first()
    return redirect(f"{page.url}#questions" if page else "learning:my_learning")


@require_POST
@login_required
def submit_assignment(request, module_id: int):
    module = get_object_or_404(ModulePage.objects.live(), pk=module_id)
    try:
        assignments.submit_assignment(
            learner=request.user,
            module=module,
            text=request.POST.get("text", ""),
            upload=request.FILES.get("file"),
        )
    except services.LearningError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Your assignment is handed in for review."))
    return redirect(f"{module.url}#assignment")


@login_required
def submission_file(request, submission_id: int):
    """Stream a handed-in file to the learner, the programme's trainers or an admin.

    Anyone else gets a 404: the id says nothing about whether the file exists.
    """
    submission = get_object_or_404(
        submissions_visible_to(request.user).exclude(file=""), pk=submission_id
    )
    response = FileResponse(
        submission.file.open("rb"),
        as_attachment=True,
        filename=submission.file_name or "submission",
    )
    response["Content-Security-Policy"] = "sandbox"
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
def certificate_pdf(request, code: str):
    """The learner's own certificate (or any, for an administrator), as a PDF."""
    certificate = get_object_or_404(
        certificates_downloadable_by(request.user), code=code.upper()[:14]
    )
    if not certificate.pdf:  # its task has not run yet: make it now
        certificate = (
            certificates.generate_pdf(certificate_id=certificate.pk) or certificate
        )
    return FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        filename=f"certificate-{certificate.code}.pdf",
        content_type="application/pdf",
    )


def verify_certificate(request, code: str):
    """Public: whether a certificate with this code is valid, and nothing more personal
    than the name, the programme and the date."""
    certificate = (
        Certificate.objects.filter(code=code.strip().upper()[:14])
        .only(
            "code",
            "learner_name",
            "programme_key",
            "programme_title",
            "language",
            "completed_on",
            "revoked_at",
            "withdrawn_by_holder",
        )
        .first()
    )
    programme_title = (
        title_in_language(
            ProgrammePage,
            certificate.programme_key,
            stored_title=certificate.programme_title,
            stored_language=certificate.language,
        )
        if certificate is not None
        else ""
    )
    return render(
        request,
        "learning/certificate_check.html",
        {
            "certificate": certificate,
            "programme_title": programme_title,
            "code": code[:40],
        },
        status=200 if certificate else 404,
    )


@login_required
def my_statements(request):
    """The learner's learning statements as xAPI JSON (a download)."""
    response = JsonResponse(
        statements.export(request.user),
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )
    response["Content-Disposition"] = 'attachment; filename="learning-statements.json"'
    response["X-Experience-API-Version"] = statements.XAPI_VERSION
    return response


@login_required
def rate_myself(request, enrolment_id: int, stage: str):
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("progress", "programme"),
        pk=enrolment_id,
        learner=request.user,
    )
    if stage not in SelfAssessment.Stage.values:
        raise Http404
    if not self_assessment.stage_open(enrolment, stage):
        messages.error(
            request,
            _("You can rate yourself before you finish the programme and again after."),
        )
        return redirect("learning:my_learning")
    competencies = self_assessment.programme_competencies(enrolment)
    if not competencies:
        messages.info(request, _("This programme has no competencies to rate."))
        return redirect("learning:my_learning")
    initial = dict(
        SelfAssessment.objects.filter(
            learner=request.user, programme_key=enrolment.programme_key, stage=stage
        ).values_list("competency_key", "level")
    )
    form = self_assessment.SelfAssessmentForm(
        request.POST if request.method == "POST" else None,
        competencies=competencies,
        initial={str(key): level for key, level in initial.items()},
    )
    if request.method == "POST" and form.is_valid():
        self_assessment.save_ratings(
            enrolment=enrolment, stage=stage, ratings=form.cleaned_data
        )
        messages.success(request, _("Your self-assessment is saved."))
        return redirect("learning:my_learning")
    return render(
        request,
        "learning/self_assessment.html",
        {
            "form": form,
            "enrolment": enrolment,
            "programme_title": title_in_language(
                ProgrammePage,
                enrolment.programme_key,
                stored_title=enrolment.programme_title,
                stored_language=settings.LANGUAGE_CODE,
            ),
            "stage": SelfAssessment.Stage(stage),
        },
    )
