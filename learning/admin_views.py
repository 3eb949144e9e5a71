"""Wagtail admin work pages: deciding an enrolment request, bulk enrolment, answering a
question, reviewing a submission, revoking a certificate. The listings that lead here are
viewsets (learning/viewsets.py)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.permissions import is_staff_member
from courses.models import ModulePage
from lms.languages import in_language

from . import assignments, bulk, certificates, questions, services
from .forms import BulkEnrolmentForm
from .models import Certificate
from .permissions import (
    can_decide,
    enrolments_visible_to,
    questions_visible_to,
    submissions_visible_to,
)
from .viewsets import page_titles


def crumbs(*trail: tuple[str, str]) -> list[dict]:
    """Wagtail's breadcrumbs from the admin home to this page: (url, label) pairs, the
    last one the page itself (no url)."""
    return [
        {"url": reverse("wagtailadmin_home"), "label": _("Home")},
        *({"url": url, "label": label} for url, label in trail),
    ]


@require_POST
def decide_enrolment(request, enrolment_id: int, decision: str):
    # Enrolments the user may not see are not found, whatever their id.
    enrolment = get_object_or_404(enrolments_visible_to(request.user), pk=enrolment_id)
    if decision not in ("approve", "reject") or not can_decide(request.user, enrolment):
        raise PermissionDenied
    services.decide_enrolment(enrolment=enrolment, approve=decision == "approve")
    if decision == "approve":
        messages.success(
            request, _("Approved: %(learner)s.") % {"learner": enrolment.learner}
        )
    else:
        messages.success(
            request, _("Rejected: %(learner)s.") % {"learner": enrolment.learner}
        )
    return redirect("pending_enrolments:index")


def bulk_enrol(request):
    if not is_staff_member(request.user):
        raise PermissionDenied
    form = BulkEnrolmentForm(
        request.POST or None, request.FILES or None, user=request.user
    )
    results = None
    if request.method == "POST" and form.is_valid():
        programme = form.cleaned_data["programme"]
        cohort = form.cleaned_data["cohort"]
        results = bulk.enrol_selected(
            actor=request.user,
            programme=programme,
            cohort=cohort,
            learners=form.cleaned_data["learners"],
        ) + bulk.enrol_from_csv(
            actor=request.user,
            programme=programme,
            cohort=cohort,
            rows=form.cleaned_data["csv_file"],
        )
        failed = sum(1 for row in results if row.outcome == bulk.Outcome.ERROR)
        # Honest levels: a report with rows not enrolled is a warning, not a success.
        report = messages.warning if failed else messages.success
        report(
            request,
            _("%(done)s of %(total)s rows done; %(failed)s not enrolled.")
            % {"done": len(results) - failed, "total": len(results), "failed": failed},
        )
    return TemplateResponse(
        request,
        "learning/admin/bulk_enrolment.html",
        {
            "form": form,
            "results": results,
            "header_title": _("Enrol learners"),
            "breadcrumbs_items": crumbs(("", _("Enrol learners"))),
        },
    )


def _trainer_questions(user):
    return (
        questions_visible_to(user)
        .exclude(learner=user)
        .select_related("learner__organisation")
    )


def question_detail(request, question_id: int):
    question = get_object_or_404(_trainer_questions(request.user), pk=question_id)
    if request.method == "POST":
        try:
            questions.reply(
                question=question,
                author=request.user,
                text=request.POST.get("text", ""),
            )
        except services.LearningError as error:
            messages.error(request, str(error))
        else:
            messages.success(request, _("Your answer is sent to the learner."))
            return redirect("questions:index")
    # As the listing shows it: in the admin's language where the module is translated.
    title, language = page_titles(ModulePage, {question.module_key}).get(
        question.module_key, (question.module_title, "")
    )
    subject = in_language(question.subject, question.language)
    return TemplateResponse(
        request,
        "learning/admin/question_detail.html",
        {
            "question": question,
            "module_title": in_language(title, language),
            "thread": question.messages.select_related("author"),
            "header_title": subject,
            "breadcrumbs_items": crumbs(
                (reverse("questions:index"), _("Questions from learners")),
                ("", subject),
            ),
        },
    )


def _reviewable(user):
    return (
        submissions_visible_to(user)
        .exclude(learner=user)
        .select_related("learner__organisation", "reviewed_by")
    )


def submission_detail(request, submission_id: int):
    submission = get_object_or_404(_reviewable(request.user), pk=submission_id)
    if request.method == "POST":
        decision = request.POST.get("decision")
        if decision not in ("pass", "resubmit"):
            messages.error(request, _("Choose whether the assignment passes."))
        else:
            try:
                assignments.review_submission(
                    submission=submission,
                    reviewer=request.user,
                    passed=decision == "pass",
                    feedback=request.POST.get("feedback", ""),
                )
            except services.LearningError as error:
                messages.error(request, str(error))
            else:
                messages.success(request, _("Your review is sent to the learner."))
                return redirect("submissions:index")
    # As the listing shows it: in the admin's language where the module is translated.
    title, language = page_titles(ModulePage, {submission.module_key}).get(
        submission.module_key, (submission.module_title, "")
    )
    module_title = in_language(title, language)
    header_title = format_html("{} · {}", module_title, submission.learner)
    return TemplateResponse(
        request,
        "learning/admin/submission_detail.html",
        {
            "submission": submission,
            "module_title": module_title,
            "header_title": header_title,
            "breadcrumbs_items": crumbs(
                (reverse("submissions:index"), _("Assignments")),
                ("", header_title),
            ),
        },
    )


@require_POST
def revoke_certificate(request, certificate_id: int):
    if not request.user.has_perm("learning.change_certificate"):
        raise PermissionDenied
    certificate = get_object_or_404(Certificate, pk=certificate_id)
    if certificates.revoke(certificate=certificate):
        messages.success(
            request,
            _("Certificate %(code)s is revoked; its check page says so.")
            % {"code": certificate.code},
        )
    return redirect("certificates:inspect", certificate.pk)
