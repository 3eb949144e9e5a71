"""Reads of learning records for pages: a fixed number of queries whatever the history."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.db import models
from django.db.models import F, Value
from django.utils import translation

from wagtail.models import Page

from courses.localisation import PageLink, course_page_links
from courses.models import LessonPage, ModulePage, ProgrammePage
from lms import lookups

if TYPE_CHECKING:
    from accounts.models import User

from .models import (
    Certificate,
    CompetencyAttainment,
    Enrolment,
    LessonCompletion,
    Question,
    ReflectionNote,
    Submission,
)


@dataclass
class EnrolmentOverview:
    """One of a learner's current enrolments as My learning and the API show it.

    `enrolment` comes with its progress, cohort and certificates loaded (and its
    programme's `programme_path`); pages are `PageLink`s (title, address, language);
    `modules` are the progress row's figures per module, each with its `page` and the
    `locked_pages` it waits for; `next_step` is the first step the learner may take now
    ({"kind": "lesson" | "quiz" | "assignment", "page", "anchor"}), None when there is
    none; `waiting_for_review` lists the modules whose assignment a trainer has yet to
    review. The self-assessment fields are My learning's, filled by its view.
    """

    enrolment: Enrolment
    programme_page: PageLink | None
    certificate: Certificate | None
    modules: list[dict[str, Any]]
    next_step: dict[str, Any] | None
    waiting_for_review: list[PageLink]
    module_page: PageLink | None = None
    rate_before: bool = False
    rate_after: bool = False
    ratings_before: list[Any] = field(default_factory=list)
    ratings_after: list[Any] = field(default_factory=list)

    @property
    def completed(self) -> bool:
        progress = getattr(self.enrolment, "progress", None)
        return bool(progress and progress.completed_at)

    @property
    def module_title(self) -> str:
        """A module-only enrolment's module as HTML for a sentence in the active
        language: its page's title, else the stored one; marked with its own `lang`
        where that is another."""
        return (self.module_page or _stored(self.enrolment.module_title)).marked_title

    @property
    def stored_programme_title(self) -> str:
        """The programme's title as HTML when its page is gone, marked likewise."""
        return _stored(self.enrolment.programme_title).marked_title


def _stored(title: str) -> PageLink:
    # `enrol_learner` stores the titles of the pages in the default language.
    return PageLink(title, "", settings.LANGUAGE_CODE)


def enrolments_of(learner: User) -> list[EnrolmentOverview]:
    """The learner's current enrolments, each with its progress, what is missing in
    each module, and the first step the learner may take now."""
    enrolments = list(
        Enrolment.objects.current()
        .filter(learner=learner)
        .select_related("progress", "cohort")
        # the programme's place in the tree, for `competency_profile`, not its page
        .annotate(programme_path=F("programme__path"))
        .prefetch_related("certificates")
        .order_by("-enrolled_at")
    )
    progresses = [getattr(e, "progress", None) for e in enrolments]
    rows_of = [(p.modules or []) if p else [] for p in progresses]
    # Titles and addresses are all a page shows of them (kept by the process).
    pages = course_page_links()
    overviews = []
    for enrolment, progress, rows in zip(enrolments, progresses, rows_of, strict=True):
        modules = [
            {
                **row,
                "page": pages.get(uuid.UUID(row["key"])),
                "locked_pages": [
                    pages[uuid.UUID(key)]
                    for key in row.get("locked_by", [])
                    if uuid.UUID(key) in pages
                ],
            }
            for row in rows
        ]
        next_step = _next_step(modules, pages)
        if next_step is None and progress and "next" not in (rows or [{}])[0]:
            # figures from before steps were told apart: the first lesson left
            lesson = pages.get(progress.next_lesson_key)
            if lesson is not None:
                next_step = {"kind": "lesson", "page": lesson, "anchor": ""}
        overviews.append(
            EnrolmentOverview(
                enrolment=enrolment,
                programme_page=pages.get(enrolment.programme_key),
                module_page=pages.get(enrolment.module_key)
                if enrolment.module_key
                else None,
                # The newest: a widened module-only enrolment ends with the programme's.
                certificate=max(
                    enrolment.certificates.all(),
                    key=lambda c: c.issued_at,
                    default=None,
                ),
                modules=modules,
                next_step=next_step,
                waiting_for_review=[
                    row["page"]
                    for row in modules
                    if row.get("assignment") == "waiting" and row["page"]
                ],
            )
        )
    return overviews


def _next_step(rows: list[dict], lessons: dict) -> dict | None:
    """The first step of the first module that has one the learner may take now."""
    for row in rows:
        step = row.get("next")
        if not step or row["page"] is None:
            continue
        if step["kind"] == "lesson":
            lesson = lessons.get(uuid.UUID(step["key"]))
            if lesson is not None:
                return {"kind": "lesson", "page": lesson, "anchor": ""}
            continue
        anchor = f"#quiz-{step['block']}" if step["kind"] == "quiz" else "#assignment"
        return {"kind": step["kind"], "page": row["page"], "anchor": anchor}
    return None


def enrolment_for(learner: User, programme: ProgrammePage) -> Enrolment | None:
    if not learner.is_authenticated:
        return None
    return (
        Enrolment.objects.current()
        .filter(learner=learner, programme_key=programme.translation_key)
        .select_related("progress")
        .first()
    )


@dataclass(frozen=True)
class LessonState:
    """What the learner has done on one lesson: marked it done, and their notes on its
    reflection prompts by block id."""

    completed: bool = False
    notes: dict[str, str] = field(default_factory=dict)


def lesson_state(learner: User, lesson: LessonPage) -> LessonState:
    """The learner's completion of a lesson and their notes on it, in one query."""
    if not learner.is_authenticated:
        return LessonState()
    key = lesson.translation_key
    text = models.CharField()
    notes = ReflectionNote.objects.filter(learner=learner, page_key=key).values_list(
        Value("note", output_field=text), "block_id", "text"
    )
    done = LessonCompletion.objects.filter(learner=learner, lesson_key=key).values_list(
        Value("done", output_field=text),
        Value("", output_field=text),
        Value("", output_field=text),
    )
    rows = list(notes.union(done, all=True))
    return LessonState(
        completed=any(kind == "done" for kind, _block, _text in rows),
        notes={block: note for kind, block, note in rows if kind == "note"},
    )


def lesson_completed(learner: User, lesson: LessonPage) -> bool:
    if not learner.is_authenticated:
        return False
    return LessonCompletion.objects.filter(
        learner=learner, lesson_key=lesson.translation_key
    ).exists()


def competency_profile(learner: User, enrolments: list[Enrolment]) -> list[dict]:
    """For each competency the learner's programmes develop: target and achieved level.

    One query for the learner's levels; what the programmes develop is content, kept by
    the process under the site content version (`programme_targets`).
    """
    paths = sorted({path for e in enrolments if (path := _programme_path(e))})
    if not paths:
        return []
    language = translation.get_language() or settings.LANGUAGE_CODE
    targets = lookups.remember(
        ("competency-targets", tuple(paths), language),
        lambda: programme_targets(paths, language),
    )
    achieved = dict(
        CompetencyAttainment.objects.filter(
            learner=learner, competency_key__in=[row["key"] for row in targets]
        ).values_list("competency_key", "level")
    )
    return [{**row, "achieved": achieved.get(row["key"], 0)} for row in targets]


def programme_targets(paths: list[str], language: str) -> list[dict]:
    """The competencies the live modules under these programme paths develop, each with
    its highest target level and its code and title in `language` (else the default
    language's), by code. Two queries."""
    from django.db.models import Max, Q

    from courses.models import Competency, ModuleCompetency

    in_programmes = Q(pk__in=[])
    for path in paths:
        in_programmes |= Q(module__path__startswith=path)
    targets = dict(
        ModuleCompetency.objects.filter(in_programmes, module__live=True)
        .values("competency__translation_key")
        .annotate(level=Max("target_level"))
        .values_list("competency__translation_key", "level")
    )
    names: dict[uuid.UUID, tuple[str, str]] = {}
    for key, code, title, in_language in Competency.objects.filter(
        translation_key__in=targets,
        locale__language_code__in=[language, settings.LANGUAGE_CODE],
    ).values_list("translation_key", "code", "title", "locale__language_code"):
        if key not in names or in_language == language:
            names[key] = (code, title)
    rows = [
        {"key": key, "code": names[key][0], "title": names[key][1], "target": level}
        for key, level in targets.items()
        if key in names
    ]
    return sorted(rows, key=lambda row: row["code"])


def _programme_path(enrolment: Enrolment) -> str | None:
    """Where the enrolled programme is in the page tree: annotated by `enrolments_of`,
    else read with the programme."""
    if hasattr(enrolment, "programme_path"):
        return enrolment.programme_path
    return enrolment.programme.path if enrolment.programme is not None else None


def reflection_notes(learner: User, page: Page) -> dict[str, str]:
    """The learner's notes on a lesson's reflection prompts, by block id."""
    return dict(
        ReflectionNote.objects.filter(
            learner=learner, page_key=page.translation_key
        ).values_list("block_id", "text")
    )


def questions_of(learner: User, module: ModulePage) -> list[Question]:
    """A learner's questions on a module with their messages (two queries)."""
    return list(
        Question.objects.filter(learner=learner, module_key=module.translation_key)
        .prefetch_related("messages__author")
        .order_by("-created_at")
    )


def submissions_of(learner: User, module: ModulePage) -> list[Submission]:
    return list(
        Submission.objects.filter(learner=learner, module_key=module.translation_key)
        .select_related("reviewed_by")
        .order_by("-number")
    )
