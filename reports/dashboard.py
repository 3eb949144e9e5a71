"""Panels on the Wagtail admin's home page, per role: a coordinator's organisation, a
trainer's programmes and the work waiting for them, an administrator's organisations.
Each panel costs a fixed number of queries."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component

from accounts.models import Organisation
from accounts.permissions import coordinated_organisation_id, has_role
from accounts.roles import Role
from learning.models import Submission
from learning.permissions import (
    programmes_run_by,
    questions_visible_to,
    submissions_visible_to,
)
from lms.languages import in_language

from .permissions import enrolments_in_scope, members_in_scope, organisations_in_scope
from .selectors import (
    LearnerStatus,
    learner_rows,
    organisation_rows,
    reportable,
    status_counts,
    with_subtotals,
    with_titles_in_language,
)

OVERDUE_NAMED = 10
BAR_WIDTH = 300  # the chart's longest bar, in SVG units


def figures(counts: dict) -> list[dict]:
    """Enrolled, in progress, completed and overdue, with their bars for the chart."""
    enrolled = sum(
        counts[status]
        for status in (
            LearnerStatus.NOT_STARTED,
            LearnerStatus.IN_PROGRESS,
            LearnerStatus.COMPLETED,
            LearnerStatus.OVERDUE,
        )
    )
    rows = [
        ("enrolled", _("Enrolled"), enrolled),
        ("in_progress", _("In progress"), counts[LearnerStatus.IN_PROGRESS]),
        ("completed", _("Completed"), counts[LearnerStatus.COMPLETED]),
        ("overdue", _("Overdue"), counts[LearnerStatus.OVERDUE]),
    ]
    most = max((value for _key, _label, value in rows), default=0) or 1
    return [
        {
            "key": key,
            "label": label,
            "value": value,
            "width": round(BAR_WIDTH * value / most),
            "y": 8 + 32 * index,
        }
        for index, (key, label, value) in enumerate(rows)
    ]


def report_links(**params) -> list[dict]:
    query = f"?{urlencode(params)}" if params else ""
    return [
        {"label": _("Learners"), "url": reverse("reports:learners") + query},
        {
            "label": _("Programmes and modules"),
            "url": reverse("reports:programmes") + query,
        },
        {"label": _("Organisations"), "url": reverse("reports:organisations") + query},
    ]


def overdue_learners(enrolments):
    return with_titles_in_language(
        list(
            learner_rows(enrolments)
            .filter(report_status=LearnerStatus.OVERDUE)
            .order_by("cohort__deadline", "learner__last_name", "pk")[:OVERDUE_NAMED]
        )
    )


class ReportPanel(Component):
    template_name = "reports/dashboard_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        context = {"panel": self, **self.figures()}
        context["chart_height"] = 8 + 32 * len(context["figures"])
        return context


class CoordinatorPanel(ReportPanel):
    name = "reports_coordinator"
    order = 90

    @property
    def heading(self):
        organisation = self.user.organisation
        if organisation is None:
            return _("Your organisation's learners")
        name = in_language(organisation.name, organisation.name_language)
        # The name says its own language in the heading and the table's caption.
        return mark_safe(  # noqa: S308 (the message is escaped, the name too)
            conditional_escape(_("Learners of %(organisation)s"))
            % {"organisation": conditional_escape(name)}
        )

    def figures(self):
        organisation_id = coordinated_organisation_id(self.user)
        enrolments = enrolments_in_scope(self.user).filter(
            learner__organisation_id=organisation_id
        )
        overdue_url = (
            reverse("reports:learners")
            + "?"
            + urlencode(
                {"organisation": organisation_id, "status": LearnerStatus.OVERDUE}
            )
        )
        return {
            "panel_id": "reports-coordinator",
            "figures": figures(status_counts(enrolments)),
            "overdue": overdue_learners(enrolments),
            "overdue_url": overdue_url,
            "links": report_links(organisation=organisation_id),
        }


class TrainerPanel(ReportPanel):
    name = "reports_trainer"
    order = 91
    heading = _("Your programmes")

    def figures(self):
        keys = programmes_run_by(self.user).values("translation_key")
        enrolments = enrolments_in_scope(self.user).filter(programme_key__in=keys)
        waiting = (
            submissions_visible_to(self.user)
            .filter(status=Submission.Status.SUBMITTED, programme_key__in=keys)
            .exclude(learner=self.user)
            .count()
        )
        unanswered = (
            questions_visible_to(self.user)
            .filter(answered_at__isnull=True, programme_key__in=keys)
            .exclude(learner=self.user)
            .count()
        )
        return {
            "panel_id": "reports-trainer",
            "figures": figures(status_counts(enrolments)),
            "overdue": overdue_learners(enrolments),
            "overdue_url": reverse("reports:learners")
            + "?"
            + urlencode({"status": LearnerStatus.OVERDUE}),
            "work": [
                {
                    "key": "submissions",
                    "label": _("Assignments waiting for review"),
                    "value": waiting,
                    "url": reverse("submissions:index"),
                },
                {
                    "key": "questions",
                    "label": _("Questions waiting for an answer"),
                    "value": unanswered,
                    "url": reverse("questions:index"),
                },
            ],
            "links": report_links(),
        }


class AdministratorPanel(ReportPanel):
    name = "reports_admin"
    order = 89
    heading = _("All organisations")

    def figures(self):
        enrolments = enrolments_in_scope(self.user)
        rows = with_subtotals(
            organisation_rows(
                organisations_in_scope(self.user),
                members_in_scope(self.user),
                reportable(enrolments),
            )
        )
        return {
            "panel_id": "reports-admin",
            "figures": figures(status_counts(enrolments)),
            "overdue": overdue_learners(enrolments),
            "overdue_url": reverse("reports:learners")
            + "?"
            + urlencode({"status": LearnerStatus.OVERDUE}),
            "organisations": [
                {
                    **row,
                    "organisation_lang": Organisation(
                        country=row["country"]
                    ).name_language,
                }
                for row in rows
                if row["level"] == "organisation"
            ],
            "links": report_links(),
        }


def panels_for(user) -> list[ReportPanel]:
    panels = []
    if has_role(user, Role.ADMIN):
        panels.append(AdministratorPanel(user))
    else:
        if coordinated_organisation_id(user):
            panels.append(CoordinatorPanel(user))
        if has_role(user, Role.TRAINER):
            panels.append(TrainerPanel(user))
    return panels
