"""Demo learners for the reports: about 300 people over the partner organisations, in
both demo programmes across two cohorts, with varied progress (not started, part way,
completed with certificates, overdue, withdrawn), quiz attempts, assignments (reviewed
and waiting), and self-ratings before and after.

Deterministic (a seeded random generator) and idempotent: a learner who already has an
enrolment is left as they are. Their history is written as records with past dates and
then the progress is recomputed through learning's own service, so certificates and
competency attainments are real. Congratulation emails that recomputation would queue
for this invented past are removed before commit.
"""

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from wagtail.models import Locale

from accounts.models import Organisation, User
from accounts.roles import Role, assign_role
from courses.models import LessonPage, ModuleCompetency, ModulePage, ProgrammePage
from learning import services
from learning.models import (
    Cohort,
    Enrolment,
    EnrolmentProgress,
    LessonCompletion,
    QuizAttempt,
    SelfAssessment,
    Submission,
)

DOMAIN = "reports.demo.example"
# First names with surnames in the same form: Lithuanian surnames differ for women and
# men, so "Tomas Kazlauskė" would read as wrong as it is.
LITHUANIAN_WOMEN = ["Kazlauskė", "Jankauskaitė", "Vasiliauskė", "Petrauskienė"]
LITHUANIAN_MEN = ["Petrauskas", "Stankevičius", "Lukoševičius", "Kazlauskas"]
NORWEGIAN = ["Hansen", "Johansen", "Olsen", "Berg"]
NAMES = [
    ("Ona", LITHUANIAN_WOMEN),
    ("Jonas", LITHUANIAN_MEN),
    ("Rūta", LITHUANIAN_WOMEN),
    ("Tomas", LITHUANIAN_MEN),
    ("Ingrid", NORWEGIAN),
    ("Lars", NORWEGIAN),
    ("Eglė", LITHUANIAN_WOMEN),
    ("Mantas", LITHUANIAN_MEN),
    ("Kari", NORWEGIAN),
    ("Ola", NORWEGIAN),
]
# not started, part way, completed, withdrawn
FATES = ["not_started"] * 2 + ["part_way"] * 4 + ["completed"] * 3 + ["withdrawn"]


def _cohorts(programme: ProgrammePage, today) -> list[Cohort]:
    specs = [
        (
            "Pavasaris (demo)",
            today - timedelta(days=150),
            today - timedelta(days=10),
            today + timedelta(days=20),
        ),
        (
            "Ruduo (demo)",
            today - timedelta(days=40),
            today + timedelta(days=60),
            today + timedelta(days=90),
        ),
    ]
    cohorts = []
    for name, starts, deadline, ends in specs:
        cohort, _ = Cohort.objects.get_or_create(
            programme_key=programme.translation_key,
            name=name,
            defaults={
                "programme": programme,
                "starts_on": starts,
                "deadline": deadline,
                "ends_on": ends,
                "enrolment_open": False,
            },
        )
        cohorts.append(cohort)
    return cohorts


def _layout(programme: ProgrammePage) -> list[dict]:
    """Each live module with its lessons (and which of them carry a quiz)."""
    modules = []
    for module in ModulePage.objects.live().child_of(programme).order_by("path"):
        lessons = [
            {
                "page": lesson,
                "quizzes": [b.id for b in lesson.body if b.block_type == "quiz"],
            }
            for lesson in LessonPage.objects.live().child_of(module).order_by("path")
        ]
        modules.append(
            {
                "page": module,
                "lessons": lessons,
                "quizzes": [block.id for block in module.quiz],
                "assignment": bool((module.assignment_brief or "").strip()),
            }
        )
    return modules


@transaction.atomic
def seed_report_learners(*, count: int = 300, seed: int = 11) -> int:
    """Make the demo learners and their history. Returns how many were added."""
    rng = random.Random(seed)  # noqa: S311 (demo data, deterministic on purpose)
    now = timezone.now()
    today = timezone.localdate()
    default = Locale.get_default()
    programmes = list(
        ProgrammePage.objects.live().filter(locale=default).order_by("path")[:2]
    )
    organisations = list(Organisation.objects.filter(is_active=True).order_by("name"))
    if not programmes or not organisations:
        return 0
    layouts = {p.pk: _layout(p) for p in programmes}
    cohorts = {p.pk: _cohorts(p, today) for p in programmes}
    competencies = {
        p.pk: sorted(
            set(
                ModuleCompetency.objects.filter(
                    module__in=[m["page"] for m in layouts[p.pk]]
                ).values_list("competency__translation_key", flat=True)
            ),
            key=str,
        )
        for p in programmes
    }
    reviewer = User.objects.filter(groups__name="Trainers").order_by("pk").first()
    added, touched = 0, []
    for number in range(1, count + 1):
        email = f"learner{number:03d}@{DOMAIN}"
        first_name, surnames = NAMES[number % len(NAMES)]
        learner, created = User.objects.get_or_create(
            email=email,
            defaults={
                "first_name": first_name,
                "last_name": surnames[(number // len(NAMES)) % len(surnames)],
                "organisation": organisations[number % len(organisations)],
                "preferred_language": "lt" if number % 4 else "en",
            },
        )
        # Draw the same numbers whether or not the learner is made now: deterministic.
        picks = [rng.random() for _ in range(40)]
        if created:
            learner.set_unusable_password()
            learner.save(update_fields=["password"])
            assign_role(learner, Role.LEARNER)
        if Enrolment.objects.filter(learner=learner).exists():
            continue
        added += 1
        chosen = (
            programmes if number % 3 == 0 else [programmes[number % len(programmes)]]
        )
        for index, programme in enumerate(chosen):
            draws = iter(picks[index * 20 : index * 20 + 20])
            touched.append(
                _history(
                    learner=learner,
                    programme=programme,
                    layout=layouts[programme.pk],
                    cohort=cohorts[programme.pk][int(next(draws) * 2)],
                    competencies=competencies[programme.pk],
                    fate=FATES[int(next(draws) * len(FATES))],
                    draws=draws,
                    now=now,
                    reviewer=reviewer,
                )
            )
    for enrolment in touched:
        services.recalculate_progress(enrolment=enrolment)
    _forget_invented_emails()
    return added


def _history(
    *, learner, programme, layout, cohort, competencies, fate, draws, now, reviewer
) -> Enrolment:
    enrolled_at = now - timedelta(days=5 + int(next(draws) * 110))
    enrolment = Enrolment.objects.create(
        learner=learner,
        programme_key=programme.translation_key,
        programme=programme,
        programme_title=programme.title,
        cohort=cohort,
        status=Enrolment.Status.ACTIVE,
        decided_at=enrolled_at,
    )
    Enrolment.objects.filter(pk=enrolment.pk).update(enrolled_at=enrolled_at)
    EnrolmentProgress.objects.create(enrolment=enrolment)
    steps = [(m, lesson) for m in layout for lesson in m["lessons"]]
    if fate == "completed":
        reach = len(steps)
    elif fate in ("part_way", "withdrawn"):
        reach = 1 + int(next(draws) * max(len(steps) - 1, 1))
    else:
        reach = 0
    span = max((now - enrolled_at).days - 1, 1)
    pace = span / max(len(steps), 1)
    when = enrolled_at
    stamps: list[tuple] = []
    finished_modules = set()
    for position, (module, lesson) in enumerate(steps[:reach]):
        when = enrolled_at + timedelta(
            days=pace * (position + 1) * (0.5 + next(draws, 0.5))
        )
        when = min(when, now - timedelta(hours=1))
        for block_id in lesson["quizzes"]:
            _attempts(
                learner,
                lesson["page"].translation_key,
                block_id,
                when,
                next(draws, 0.5),
            )
        stamps.append(
            (
                LessonCompletion(
                    learner=learner,
                    lesson_key=lesson["page"].translation_key,
                    module_key=module["page"].translation_key,
                    programme_key=programme.translation_key,
                ),
                when,
            )
        )
        last_of_module = lesson is module["lessons"][-1]
        if last_of_module:
            finished_modules.add(module["page"].pk)
            for block_id in module["quizzes"]:
                _attempts(
                    learner,
                    module["page"].translation_key,
                    block_id,
                    when,
                    next(draws, 0.5),
                )
            if module["assignment"]:
                _submission(
                    learner,
                    module["page"],
                    programme,
                    when,
                    reviewer,
                    review=fate == "completed" or next(draws, 0.5) < 0.5,
                )
    created = LessonCompletion.objects.bulk_create([row for row, _when in stamps])
    for row, (_unsaved, when) in zip(created, stamps, strict=True):
        LessonCompletion.objects.filter(
            learner=learner, lesson_key=row.lesson_key
        ).update(completed_at=when)
    if reach and competencies:
        for key in competencies:
            before = 1 + int(next(draws, 0.3) * 2)
            SelfAssessment.objects.create(
                learner=learner,
                programme_key=programme.translation_key,
                competency_key=key,
                stage="before",
                level=before,
            )
            if fate == "completed":
                SelfAssessment.objects.create(
                    learner=learner,
                    programme_key=programme.translation_key,
                    competency_key=key,
                    stage="after",
                    level=min(4, before + 1),
                )
    if fate == "withdrawn":
        Enrolment.objects.filter(pk=enrolment.pk).update(
            status=Enrolment.Status.WITHDRAWN, withdrawn_at=when
        )
    return Enrolment.objects.get(pk=enrolment.pk)


def _attempts(learner, page_key, block_id, when, draw) -> None:
    """A failed first attempt about a third of the time, then a pass."""
    outcomes = [False, True] if draw < 0.33 else [True]
    for number, passed in enumerate(outcomes, start=1):
        attempt, _ = QuizAttempt.objects.get_or_create(
            learner=learner,
            page_key=page_key,
            block_id=block_id,
            number=number,
            defaults={"answers": {}, "score": 100 if passed else 40, "passed": passed},
        )
        QuizAttempt.objects.filter(pk=attempt.pk).update(
            submitted_at=when - timedelta(minutes=10 * (len(outcomes) - number))
        )


def _submission(learner, module, programme, when, reviewer, *, review: bool) -> None:
    submission = Submission.objects.create(
        learner=learner,
        module_key=module.translation_key,
        programme_key=programme.translation_key,
        module_title=module.title,
        number=1,
        text="Mūsų savivaldybės partnerystės aprašymas (demo).",
        status=Submission.Status.PASSED if review else Submission.Status.SUBMITTED,
        feedback="Gerai apgalvota (demo)." if review else "",
        reviewed_by=reviewer if review else None,
        reviewed_at=when if review else None,
    )
    Submission.objects.filter(pk=submission.pk).update(
        submitted_at=when - timedelta(hours=2)
    )


def _forget_invented_emails() -> None:
    """The history is invented: its congratulations are not sent to anyone."""
    from notifications.models import OutboxMessage

    OutboxMessage.objects.filter(recipient__email__endswith=f"@{DOMAIN}").delete()
