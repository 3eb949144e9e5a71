"""Learners rate themselves on a programme's competencies before and after it."""

from django import forms
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses.models import Competency, ModuleCompetency

from .models import Enrolment, SelfAssessment
from .services import LearningError

LEVELS = (1, 2, 3, 4)


def programme_competencies(enrolment: Enrolment) -> list[Competency]:
    """The competencies the programme's modules develop, in the active language where
    translated, with their level descriptors (three queries)."""
    if enrolment.programme is None:
        return []
    keys = set(
        ModuleCompetency.objects.filter(
            module__path__startswith=enrolment.programme.path, module__live=True
        ).values_list("competency__translation_key", flat=True)
    )
    language = translation.get_language()
    chosen: dict = {}
    for competency in (
        Competency.objects.filter(
            translation_key__in=keys,
            locale__language_code__in=[language, settings.LANGUAGE_CODE],
        )
        .select_related("locale")
        .prefetch_related("levels")
    ):
        key = competency.translation_key
        if key not in chosen or competency.locale.language_code == language:
            chosen[key] = competency
    return sorted(chosen.values(), key=lambda c: c.code)


def stage_open(enrolment: Enrolment, stage: str) -> bool:
    """Before: while the programme is not finished. After: once it is."""
    if enrolment.status != Enrolment.Status.ACTIVE:
        return False
    progress = getattr(enrolment, "progress", None)
    finished = bool(progress and progress.completed_at)
    return finished if stage == SelfAssessment.Stage.AFTER else not finished


class SelfAssessmentForm(forms.Form):
    def __init__(self, *args, competencies: list[Competency], **kwargs):
        super().__init__(*args, **kwargs)
        self.competencies = competencies
        for competency in competencies:
            descriptors = {
                level.number: level.description for level in competency.levels.all()
            }
            self.fields[str(competency.translation_key)] = forms.TypedChoiceField(
                label=f"{competency.code} {competency.title}",
                choices=[
                    (n, f"{n} – {descriptors.get(n, '')}".rstrip(" –")) for n in LEVELS
                ],
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={
                    "required": gettext_lazy("Choose a level for this competency."),
                    "invalid_choice": gettext_lazy("Choose a level from 1 to 4."),
                },
            )


@transaction.atomic
def save_ratings(*, enrolment: Enrolment, stage: str, ratings: dict) -> int:
    """Keep the learner's ratings for a stage; rating again replaces them."""
    if not stage_open(enrolment, stage):
        raise LearningError(
            _("You can rate yourself before you finish the programme and again after.")
        )
    for key, level in ratings.items():
        SelfAssessment.objects.update_or_create(
            learner_id=enrolment.learner_id,
            programme_key=enrolment.programme_key,
            competency_key=key,
            stage=stage,
            defaults={"level": level},
        )
    return len(ratings)


def rating_rows(learner, enrolments) -> list[tuple]:
    """(programme_key, competency_key, stage, level) of the learner's ratings on these
    enrolments' programmes, oldest first (one query)."""
    keys = [e.programme_key for e in enrolments]
    if not keys:
        return []
    return list(
        SelfAssessment.objects.filter(Q(learner=learner), Q(programme_key__in=keys))
        .order_by("rated_at", "pk")
        .values_list("programme_key", "competency_key", "stage", "level")
    )


def with_ratings(learner, enrolments, profile: list[dict], rows=None) -> list[dict]:
    """The competency profile's rows with the learner's ratings before and after, and
    the growth between them where both exist."""
    ratings = ratings_of(learner, enrolments, rows)
    for row in profile:
        row.update(ratings.get(row["key"], {}))
        both = "before" in row and "after" in row
        row["growth"] = row["after"] - row["before"] if both else None
    return profile


def ratings_of(learner, enrolments, rows=None) -> dict:
    """{competency_key: {"before": n, "after": n}} over the learner's programmes (one
    query, none with `rows`); the later rating wins where programmes share a
    competency."""
    found: dict = {}
    if rows is None:
        rows = rating_rows(learner, enrolments)
    for _programme, key, stage, level in rows:
        found.setdefault(key, {})[stage] = level
    return found


def saved_ratings(rows, profile: list[dict]) -> dict:
    """{(programme_key, stage): [{"code", "title", "level"}, ...]} by competency code:
    what each programme's saved self-assessment says, to show in place of the link."""
    names = {row["key"]: row for row in profile}
    found: dict = {}
    for programme, key, stage, level in rows:
        if key in names:
            found.setdefault((programme, stage), {})[key] = level
    return {
        where: sorted(
            (
                {
                    "code": names[key]["code"],
                    "title": names[key]["title"],
                    "level": level,
                }
                for key, level in levels.items()
            ),
            key=lambda rating: rating["code"],
        )
        for where, levels in found.items()
    }
