"""The reports' figures, as SQL aggregates over enrolments already narrowed to the user's
scope (reports.permissions) and to the report's filters (reports.filters).

Every function here costs a fixed number of queries whatever the number of enrolments:
counts are `values()`/`annotate()` groups, medians a window function (ROW_NUMBER and
COUNT over each group, both PostgreSQL and SQLite), and Python only merges the few
group rows that come back.
"""

import uuid
from collections.abc import Iterable
from datetime import timedelta

from django.db import connection, models
from django.db.models import (
    Aggregate,
    Case,
    CharField,
    Count,
    DurationField,
    Exists,
    ExpressionWrapper,
    F,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    UUIDField,
    Value,
    When,
    Window,
)
from django.db.models.functions import Concat, RowNumber, Trim
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

from courses.localisation import pages_in_language
from courses.models import LessonPage, ModulePage, ProgrammePage
from learning.models import Certificate, Enrolment
from privacy.models import ClosedAccount

ACTIVE_DAYS = 30


# Certificates count unless revoked as issued in error: one its holder withdrew by
# closing their account was still earned. Closed accounts still count among the staff
# who had one, so that closing an account leaves every total as it was.
ISSUED = Q(revoked_at__isnull=True) | Q(withdrawn_by_holder=True)
STILL_COUNTED = Q(is_active=True) | Q(pk__in=ClosedAccount.objects.values("user_id"))


class LearnerStatus(models.TextChoices):
    """Where a learner stands in a programme, as reports show it."""

    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")
    OVERDUE = "overdue", _("Overdue")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    PENDING = "pending", _("Awaiting approval")


def reportable(enrolments: QuerySet[Enrolment]) -> QuerySet[Enrolment]:
    """Enrolments reports count: rejected requests never made anyone a learner."""
    return enrolments.exclude(status=Enrolment.Status.REJECTED)


def overdue_q(today=None) -> Q:
    """The SQL form of `Enrolment.is_overdue`: active, past the cohort's deadline and not
    finished. Derived at read time from the calendar."""
    return Q(
        status=Enrolment.Status.ACTIVE,
        progress__completed_at__isnull=True,
        cohort__deadline__lt=today or timezone.localdate(),
    )


def status_expression(today=None) -> Case:
    today = today or timezone.localdate()
    return Case(
        When(status=Enrolment.Status.WITHDRAWN, then=Value(LearnerStatus.WITHDRAWN)),
        When(status=Enrolment.Status.PENDING, then=Value(LearnerStatus.PENDING)),
        When(progress__completed_at__isnull=False, then=Value(LearnerStatus.COMPLETED)),
        When(cohort__deadline__lt=today, then=Value(LearnerStatus.OVERDUE)),
        When(
            Q(progress__lessons_completed__gt=0)
            | Q(progress__last_activity_at__isnull=False),
            then=Value(LearnerStatus.IN_PROGRESS),
        ),
        default=Value(LearnerStatus.NOT_STARTED),
        output_field=CharField(),
    )


def with_report_status(enrolments: QuerySet[Enrolment], today=None):
    return enrolments.annotate(report_status=status_expression(today))


# The Learners report's order: by name, then programme.
LEARNER_ORDER = ["learner__last_name", "learner__first_name", "programme_title", "pk"]


def learner_statuses(
    enrolments: QuerySet[Enrolment], today=None
) -> QuerySet[Enrolment]:
    """The Learners report's enrolments with only their status: what its filters and
    its order need, and so what counting and choosing a page need."""
    return with_report_status(reportable(enrolments), today)


def learner_rows(enrolments: QuerySet[Enrolment], today=None) -> QuerySet[Enrolment]:
    """One flat row per learner and programme, in one query (no related objects)."""
    return learner_columns(learner_statuses(enrolments, today))


def learner_columns(
    statuses: QuerySet[Enrolment], *, certificate: bool = True
) -> QuerySet[Enrolment]:
    """The columns of the Learners report beside the status `learner_statuses` gave.

    Without `certificate`, the code is left to `certificate_codes`: a subquery per row
    is cheap for a page, but over a whole export it is a hundred thousand lookups (and
    a plan costly enough for PostgreSQL to compile it first).
    """
    columns = {}
    if certificate:
        latest = Certificate.objects.filter(
            enrolment=OuterRef("pk"), revoked_at__isnull=True
        ).order_by("-issued_at", "-pk")
        columns["certificate_code"] = Subquery(latest.values("code")[:1])
    return statuses.annotate(
        learner_name=Trim(
            Concat(
                "learner__first_name",
                Value(" "),
                "learner__last_name",
                output_field=CharField(),
            )
        ),
        learner_email=F("learner__email"),
        organisation_name=F("learner__organisation__name"),
        cohort_name=F("cohort__name"),
        cohort_name_language=F("cohort__name_language"),
        cohort_deadline=F("cohort__deadline"),
        steps_done=F("progress__lessons_completed"),
        steps_total=F("progress__lessons_total"),
        percent=F("progress__percent"),
        last_activity_at=F("progress__last_activity_at"),
        completed_at=F("progress__completed_at"),
        **columns,
    )


def certificate_codes(enrolments: QuerySet[Enrolment]) -> dict[int, str]:
    """{enrolment id: the code of its latest valid certificate}, in one query: the
    same code `learner_columns` gives each row."""
    return dict(
        Certificate.objects.filter(
            enrolment__in=enrolments.order_by().values("pk"), revoked_at__isnull=True
        )
        .order_by("issued_at", "pk")
        .values_list("enrolment_id", "code")
    )


def learner_page(enrolments: QuerySet[Enrolment], ids, today=None) -> list[Enrolment]:
    """The whole rows of one page of the Learners report, in the order of `ids`, their
    titles in the active language (`with_titles_in_language`).

    A page is chosen by a narrow query (the ids, sorted by name: no progress, cohort or
    certificate is read for the rows before it); only the page's rows are read whole,
    still through `enrolments` so that scope stays in the query.
    """
    ids = list(ids)
    rows = {row.pk: row for row in learner_rows(enrolments.filter(pk__in=ids), today)}
    return with_titles_in_language([rows[pk] for pk in ids if pk in rows])


def titles_in_language(keys: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    """{translation key: title} of the live pages (programmes, modules) with these
    keys, in the active language where translated, else in the default language's, as
    the Programmes report titles its rows (one query)."""
    pages = pages_in_language(Page, set(keys))
    return {key: page.title for key, page in pages.items()}


def with_titles_in_language(rows: list[Enrolment]) -> list[Enrolment]:
    """The rows with their `programme_title` and `module_title` (stored as the learner
    enrolled) read from `titles_in_language`, where the page is live (one query)."""
    titles = titles_in_language(
        {row.programme_key for row in rows}
        | {row.module_key for row in rows if row.module_key}
    )
    for row in rows:
        row.programme_title = titles.get(row.programme_key, row.programme_title)
        if row.module_key:
            row.module_title = titles.get(row.module_key, row.module_title)
    return rows


def enrolment_titles(enrolments: QuerySet[Enrolment]) -> dict[uuid.UUID, str]:
    """`titles_in_language` of the programmes and modules of the enrolments, for an
    export that reads its rows from the cursor (two queries)."""
    keys: set[uuid.UUID] = set()
    for programme_key, module_key in (
        enrolments.order_by().values_list("programme_key", "module_key").distinct()
    ):
        keys.add(programme_key)
        if module_key:
            keys.add(module_key)
    return titles_in_language(keys)


def status_counts(enrolments: QuerySet[Enrolment], today=None) -> dict[str, int]:
    """{status: count} of reportable enrolments, in one query."""
    rows = (
        with_report_status(reportable(enrolments), today)
        .order_by()
        .values("report_status")
        .annotate(n=Count("pk"))
    )
    counts = dict.fromkeys(LearnerStatus.values, 0)
    counts.update({row["report_status"]: row["n"] for row in rows})
    return counts


# Medians -----------------------------------------------------------------------------


def _duration(end: str, start: str = "enrolled_at") -> ExpressionWrapper:
    return ExpressionWrapper(F(end) - F(start), output_field=DurationField())


class Median(Aggregate):
    """The middle value, or the mean of the middle two: PostgreSQL's PERCENTILE_CONT,
    computed in the same pass as a group's counts."""

    function = "PERCENTILE_CONT"
    name = "Median"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"


def median_in_sql() -> bool:
    """Whether the database has Median; elsewhere `medians` asks in a query of its own."""
    return connection.vendor == "postgresql"


def medians(queryset: QuerySet, group: str, value: str) -> dict:
    """{group: median of value}, one query: each group's rows are numbered in order of
    the value and only the middle one or two come back (the same figure as Median)."""
    ranked = (
        queryset.order_by()
        .annotate(
            _rank=Window(RowNumber(), partition_by=[F(group)], order_by=F(value).asc()),
            _size=Window(Count("pk"), partition_by=[F(group)]),
        )
        .filter(Q(_rank=(F("_size") + 1) / 2) | Q(_rank=(F("_size") + 2) / 2))
        .values_list(group, value)
    )
    middle: dict = {}
    for key, amount in ranked:
        middle.setdefault(key, []).append(amount)
    return {
        key: sum(values, timedelta()) / len(values) for key, values in middle.items()
    }


def days(duration: timedelta | None) -> float | None:
    if duration is None:
        return None
    return round(duration.total_seconds() / 86400, 1)


def rate(part: int, whole: int) -> int | None:
    """A whole percentage, or None where there is nothing to divide."""
    if not whole:
        return None
    return round(100 * part / whole)


# Programmes and modules ----------------------------------------------------------------


def _structure(programme_keys) -> tuple[dict, dict, dict]:
    """Programmes, their live modules in order, and every quiz-bearing page's module,
    read from the default language's tree (three queries)."""
    default = Locale.get_default()
    programmes = {
        page["translation_key"]: page
        for page in ProgrammePage.objects.filter(
            translation_key__in=programme_keys, locale=default
        ).values("translation_key", "path", "title")
    }
    modules: dict = {key: [] for key in programmes}
    by_path = {page["path"]: key for key, page in programmes.items()}
    module_paths = {}
    if programmes:
        under = Q()
        for page in programmes.values():
            under |= Q(path__startswith=page["path"])
        for module in (
            ModulePage.objects.live()
            .filter(under, locale=default, depth__gt=1)
            .order_by("path")
            .values("translation_key", "path", "title")
        ):
            programme_key = by_path.get(module["path"][: -ModulePage.steplen])
            if programme_key is not None:
                module["programme_key"] = programme_key
                modules[programme_key].append(module)
                module_paths[module["path"]] = module
    page_module = {
        module["translation_key"]: module for module in module_paths.values()
    }
    if module_paths:
        under = Q()
        for path in module_paths:
            under |= Q(path__startswith=path)
        for lesson in LessonPage.objects.filter(under, locale=default).values(
            "translation_key", "path"
        ):
            module = module_paths.get(lesson["path"][: -LessonPage.steplen])
            if module is not None:
                page_module[lesson["translation_key"]] = module
    return programmes, modules, page_module


def _covering(module_field: str) -> Q:
    """An enrolment covers a module when it is the whole programme or that module."""
    return Q(module_key__isnull=True) | Q(module_key=F(module_field))


def programme_rows(enrolments: QuerySet[Enrolment], today=None, now=None) -> list[dict]:
    """Per programme, then per module of it: enrolled (active enrolments), active in the
    last 30 days, completed, overdue, completion rate, median days from enrolling to
    completing, and the share of first quiz attempts passed. Eight queries in all on
    PostgreSQL, where the medians come with the counts; ten elsewhere."""
    today = today or timezone.localdate()
    now = now or timezone.now()
    since = now - timedelta(days=ACTIVE_DAYS)
    active = enrolments.filter(status=Enrolment.Status.ACTIVE).order_by()
    late = overdue_q(today)

    finished = Q(progress__completed_at__isnull=False)
    took = _duration("progress__completed_at")
    figures = {
        "title": Max("programme_title"),
        "enrolled": Count("pk"),
        "active": Count("pk", filter=Q(progress__last_activity_at__gte=since)),
        "completed": Count("pk", filter=finished),
        "overdue": Count("pk", filter=late),
    }
    if median_in_sql():
        figures["median"] = Median(took, filter=finished)
    totals = list(active.values("programme_key").annotate(**figures))
    keys = [row["programme_key"] for row in totals]
    if median_in_sql():
        programme_medians = {row["programme_key"]: row["median"] for row in totals}
    else:
        programme_medians = medians(
            active.filter(finished).annotate(_took=took), "programme_key", "_took"
        )
    # A module's learners are the programme's (module_key empty) plus those who took
    # that module alone, a few rows an index finds.
    alone = {
        (row["programme_key"], row["module_key"]): row
        for row in active.filter(module_key__isnull=False)
        .values("programme_key", "module_key")
        .annotate(n=Count("pk"), late=Count("pk", filter=late))
    }
    whole = {
        row["programme_key"]: {"n": row["enrolled"], "late": row["overdue"]}
        for row in totals
    }
    for (key, _module), row in alone.items():
        whole[key]["n"] -= row["n"]
        whole[key]["late"] -= row["late"]
    programmes, modules, page_module = _structure(keys)
    titles = pages_in_language(
        ModulePage, [m["translation_key"] for ms in modules.values() for m in ms]
    )
    titles.update(pages_in_language(ProgrammePage, keys))

    completions = active.annotate(
        _module=F("learner__module_completions__module_key"),
        _programme=F("learner__module_completions__programme_key"),
        _at=F("learner__module_completions__completed_at"),
    ).filter(_covering("_module"), _programme=F("programme_key"))
    done_figures = {"n": Count("pk"), "late": Count("pk", filter=late)}
    if median_in_sql():
        done_figures["median"] = Median(_duration("_at"))
    done = {
        row["_module"]: row
        for row in completions.values("_module").annotate(**done_figures)
    }
    if median_in_sql():
        module_medians = {key: row["median"] for key, row in done.items()}
    else:
        module_medians = medians(
            completions.annotate(_took=_duration("_at")), "_module", "_took"
        )
    recent = {
        row["_module"]: row["n"]
        for row in active.annotate(
            _module=F("learner__lesson_completions__module_key"),
            _programme=F("learner__lesson_completions__programme_key"),
            _at=F("learner__lesson_completions__completed_at"),
        )
        .filter(_covering("_module"), _programme=F("programme_key"), _at__gte=since)
        .values("_module")
        .annotate(n=Count("pk", distinct=True))
    }
    quizzes = _first_attempts(active, page_module)

    rows = []
    for total in sorted(totals, key=lambda row: row["title"]):
        key = total["programme_key"]
        page = titles.get(key)
        programme = {
            "level": "programme",
            "programme_key": key,
            "module_key": None,
            "programme": page.title if page else total["title"],
            "module": "",
            "enrolled": total["enrolled"],
            "active": total["active"],
            "completed": total["completed"],
            "overdue": total["overdue"],
            "completion_rate": rate(total["completed"], total["enrolled"]),
            "median_days": days(programme_medians.get(key)),
        }
        module_rows = []
        attempts = passed = 0
        for module in modules.get(key, []):
            module_key = module["translation_key"]
            programme_wide = whole[key]
            module_only = alone.get((key, module_key), {"n": 0, "late": 0})
            enrolled = programme_wide["n"] + module_only["n"]
            finished = done.get(module_key, {"n": 0, "late": 0})
            tried, succeeded = quizzes.get(module_key, (0, 0))
            attempts, passed = attempts + tried, passed + succeeded
            module_page = titles.get(module_key)
            module_rows.append(
                {
                    **programme,
                    "level": "module",
                    "module_key": module_key,
                    "module": module_page.title if module_page else module["title"],
                    "enrolled": enrolled,
                    "active": recent.get(module_key, 0),
                    "completed": finished["n"],
                    "overdue": programme_wide["late"]
                    + module_only["late"]
                    - finished["late"],
                    "completion_rate": rate(finished["n"], enrolled),
                    "median_days": days(module_medians.get(module_key)),
                    "quiz_pass_rate": rate(succeeded, tried),
                    "quiz_attempts": tried,
                }
            )
        programme["quiz_pass_rate"] = rate(passed, attempts)
        programme["quiz_attempts"] = attempts
        rows.append(programme)
        rows.extend(module_rows)
    return rows


def of_module(rows: list[dict], *, programme_key, module_key) -> list[dict]:
    """The programme rows narrowed to one module: its programme's row and its own."""
    return [
        row
        for row in rows
        if row["module_key"] == module_key
        or (row["level"] == "programme" and row["programme_key"] == programme_key)
    ]


def _first_attempts(active: QuerySet[Enrolment], page_module: dict) -> dict:
    """{module key: (first attempts, of them passed)} at the quizzes of each module and
    its lessons, by learners whose enrolment covers the module (one query)."""
    if not page_module:
        return {}
    by_module: dict = {}
    for page_key, module in page_module.items():
        by_module.setdefault(module["translation_key"], (module, []))[1].append(
            page_key
        )
    module_of = Case(
        *[
            When(_page__in=pages, then=Value(key, output_field=UUIDField()))
            for key, (_module, pages) in by_module.items()
        ],
        output_field=UUIDField(),
    )
    programme_of = Case(
        *[
            When(_page__in=pages, then=Value(module["programme_key"]))
            for _key, (module, pages) in by_module.items()
        ],
        output_field=UUIDField(),
    )
    rows = (
        active.annotate(
            _page=F("learner__quiz_attempts__page_key"),
            _number=F("learner__quiz_attempts__number"),
            _passed=F("learner__quiz_attempts__passed"),
        )
        .filter(_number=1, _page__in=list(page_module))
        .annotate(_module=module_of, _programme=programme_of)
        .filter(_covering("_module"), _programme=F("programme_key"))
        .values("_module")
        .annotate(n=Count("pk"), ok=Count("pk", filter=Q(_passed=True)))
    )
    return {row["_module"]: (row["n"], row["ok"]) for row in rows}


# Organisations -----------------------------------------------------------------------


def organisation_rows(
    organisations: QuerySet, members: QuerySet, enrolments: QuerySet[Enrolment]
) -> list[dict]:
    """Per organisation: staff with an account, enrolled, completed, completion rate and
    certificates, then subtotals per municipality/region and per country, and a grand
    total (four queries; the subtotals add up the organisations' rows)."""
    active = enrolments.filter(status=Enrolment.Status.ACTIVE).order_by()
    # Learners are counted from the people (those with an active enrolment), not as
    # distinct ids among the enrolments: that would sort every enrolment first.
    people = {
        row["organisation_id"]: row
        for row in members.filter(organisation__isnull=False)
        .order_by()
        .values("organisation_id")
        .annotate(
            staff=Count("pk", filter=STILL_COUNTED),
            learners=Count(
                "pk", filter=Q(Exists(active.filter(learner=OuterRef("pk"))))
            ),
        )
    }
    learning = {
        row["learner__organisation_id"]: row
        for row in active.values("learner__organisation_id").annotate(
            enrolled=Count("pk"),
            completed=Count("pk", filter=Q(progress__completed_at__isnull=False)),
        )
    }
    certificates = {
        row["learner__organisation_id"]: row["n"]
        for row in Certificate.objects.filter(
            ISSUED, enrolment__in=reportable(enrolments).values("pk")
        )
        .order_by()
        .values("learner__organisation_id")
        .annotate(n=Count("pk"))
    }
    rows = []
    for organisation in organisations.order_by("country", "region", "name").values(
        "pk", "name", "region", "country"
    ):
        figures = learning.get(organisation["pk"], {})
        counted = people.get(organisation["pk"], {})
        rows.append(
            {
                "level": "organisation",
                "organisation_id": organisation["pk"],
                "organisation": organisation["name"],
                "region": organisation["region"],
                "country": organisation["country"],
                "staff": counted.get("staff", 0),
                "enrolled": figures.get("enrolled", 0),
                "learners": counted.get("learners", 0),
                "completed": figures.get("completed", 0),
                "certificates": certificates.get(organisation["pk"], 0),
            }
        )
    return rows


FIGURES = ("staff", "enrolled", "learners", "completed", "certificates")


def with_subtotals(rows: list[dict]) -> list[dict]:
    """The organisations' rows, each region's subtotal after its organisations and each
    country's after its regions, then the total; every row with its completion rate."""

    def total(level, members, **names):
        row = {"level": level, "organisation": "", "region": "", "country": ""}
        row.update(names)
        for figure in FIGURES:
            row[figure] = sum(member[figure] for member in members)
        return row

    out: list[dict] = []
    countries: dict = {}
    for row in rows:
        countries.setdefault(row["country"], {}).setdefault(row["region"], []).append(
            row
        )
    for country, regions in countries.items():
        for region, members in regions.items():
            out.extend(members)
            out.append(total("region", members, region=region, country=country))
        out.append(
            total(
                "country",
                [m for members in regions.values() for m in members],
                country=country,
            )
        )
    if rows:
        out.append(total("total", rows))
    for row in out:
        row["completion_rate"] = rate(row["completed"], row["enrolled"])
    return out


# Competencies --------------------------------------------------------------------------


def competency_rows(enrolments: QuerySet[Enrolment], by: str = "organisation") -> dict:
    """Organisations (or programmes) x competencies: of the learners enrolled in a
    programme that targets the competency, how many reached its target level and how
    many each level. Targets are the highest target level of the programmes' modules.
    Five queries; the matrix is assembled from the grouped counts."""
    from accounts.models import Organisation
    from courses.models import ModuleCompetency

    active = enrolments.filter(status=Enrolment.Status.ACTIVE).order_by()
    keys = list(active.values_list("programme_key", flat=True).distinct())
    _programmes, modules, _pages = _structure(keys)
    module_programme = {
        module["translation_key"]: key for key, ms in modules.items() for module in ms
    }
    per_programme: dict = {}
    for module_key, competency_key, level in ModuleCompetency.objects.filter(
        module__translation_key__in=list(module_programme),
        module__locale=Locale.get_default(),
    ).values_list(
        "module__translation_key", "competency__translation_key", "target_level"
    ):
        targets = per_programme.setdefault(module_programme[module_key], {})
        targets[competency_key] = max(level, targets.get(competency_key, 0))
    target_of: dict = {}
    for targets in per_programme.values():
        for competency_key, level in targets.items():
            target_of[competency_key] = max(level, target_of.get(competency_key, 0))

    group = "programme_key" if by == "programme" else "learner__organisation_id"
    # The learners a competency concerns: those in a programme that targets it, each
    # counted once. Competencies targeted by the same programmes share one query.
    programmes_of: dict = {}
    for programme_key, targets in per_programme.items():
        for competency_key in targets:
            programmes_of.setdefault(competency_key, set()).add(programme_key)
    concerned: dict = {}
    for programme_set in {frozenset(keys) for keys in programmes_of.values()}:
        counts = {
            row[group]: row["n"]
            for row in active.filter(programme_key__in=programme_set)
            .values(group)
            .annotate(n=Count("learner_id", distinct=True))
        }
        for competency_key, keys in programmes_of.items():
            if keys == programme_set:
                for key, n in counts.items():
                    concerned[(key, competency_key)] = n
    pairs = Q(pk__in=[])
    for programme_key, targets in per_programme.items():
        pairs |= Q(programme_key=programme_key, _competency__in=list(targets))
    levels: dict = {}
    for row in (
        active.annotate(
            _competency=F("learner__attainments__competency_key"),
            _level=F("learner__attainments__level"),
        )
        .filter(pairs)
        .values(group, "_competency", "_level")
        .annotate(n=Count("learner_id", distinct=True))
    ):
        levels.setdefault((row[group], row["_competency"]), {})[row["_level"]] = row[
            "n"
        ]
    groups = {key for key, _competency in concerned}

    language_names = _competency_names(list(target_of))
    competencies = sorted(
        (
            {
                "key": key,
                "code": getattr(language_names.get(key), "code", ""),
                "title": getattr(language_names.get(key), "title", ""),
                "target": target,
            }
            for key, target in target_of.items()
        ),
        key=lambda c: c["code"],
    )
    if by == "programme":
        titles = pages_in_language(ProgrammePage, list(groups))
        names = {key: getattr(titles.get(key), "title", str(key)) for key in groups}
    else:
        names = dict(
            Organisation.objects.filter(pk__in=[k for k in groups if k]).values_list(
                "pk", "name"
            )
        )
    rows = []
    for key in sorted(groups, key=lambda k: str(names.get(k, ""))):
        cells = []
        for competency in competencies:
            whole = concerned.get((key, competency["key"]), 0)
            counts = levels.get((key, competency["key"]), {})
            reached = sum(
                n for level, n in counts.items() if level >= competency["target"]
            )
            cells.append(
                {
                    "competency": competency,
                    "learners": whole,
                    "reached": reached,
                    "percent": rate(reached, whole),
                    "levels": dict(sorted(counts.items())),
                }
            )
        rows.append({"key": key, "name": names.get(key, "—"), "cells": cells})
    return {"competencies": competencies, "rows": rows}


def _competency_names(keys) -> dict:
    from django.conf import settings
    from django.utils import translation

    from courses.models import Competency

    language = translation.get_language()
    names: dict = {}
    for competency in Competency.objects.filter(
        translation_key__in=keys,
        locale__language_code__in=[language, settings.LANGUAGE_CODE],
    ).select_related("locale"):
        if (
            competency.translation_key not in names
            or competency.locale.language_code == language
        ):
            names[competency.translation_key] = competency
    return names


def competency_flat_rows(matrix: dict) -> list[dict]:
    """The matrix as one row per group and competency, for the exports and the API."""
    return [
        {
            "group": row["name"],
            "competency": f"{cell['competency']['code']} {cell['competency']['title']}",
            "target": cell["competency"]["target"],
            "learners": cell["learners"],
            "reached": cell["reached"],
            "percent": cell["percent"],
            **{f"level_{n}": cell["levels"].get(n, 0) for n in range(1, 5)},
        }
        for row in matrix["rows"]
        for cell in row["cells"]
    ]


# Self-assessment growth ----------------------------------------------------------------


def growth_rows(enrolments: QuerySet[Enrolment]) -> list[dict]:
    """Per organisation and competency: learners' mean self-rating before and after a
    programme, over the pairs (both ratings given), and the mean level they attained in
    it (0 where none). Two queries."""
    from django.db.models import Avg, FloatField
    from django.db.models.functions import Cast, Coalesce

    from learning.models import CompetencyAttainment, SelfAssessment

    ratings = SelfAssessment.objects.filter(
        learner_id=OuterRef("learner_id"),
        programme_key=OuterRef("programme_key"),
        competency_key=OuterRef("competency_key"),
        stage=SelfAssessment.Stage.BEFORE,
    ).values("level")[:1]
    attained = CompetencyAttainment.objects.filter(
        learner_id=OuterRef("learner_id"), competency_key=OuterRef("competency_key")
    ).values("level")[:1]
    in_scope = enrolments.exclude(status=Enrolment.Status.PENDING).filter(
        learner_id=OuterRef("learner_id"), programme_key=OuterRef("programme_key")
    )
    grouped = (
        SelfAssessment.objects.filter(stage=SelfAssessment.Stage.AFTER)
        .filter(Exists(in_scope))
        .annotate(_before=Subquery(ratings), _attained=Subquery(attained))
        .filter(_before__isnull=False)
        .order_by()
        .values(
            "learner__organisation_id", "learner__organisation__name", "competency_key"
        )
        .annotate(
            pairs=Count("pk"),
            before=Avg(Cast("_before", FloatField())),
            after=Avg(Cast("level", FloatField())),
            attained=Avg(Cast(Coalesce("_attained", 0), FloatField())),
        )
    )
    rows = list(grouped)
    names = _competency_names([row["competency_key"] for row in rows])
    out = []
    for row in rows:
        competency = names.get(row["competency_key"])
        out.append(
            {
                "organisation_id": row["learner__organisation_id"],
                "organisation": row["learner__organisation__name"] or "—",
                "code": getattr(competency, "code", ""),
                "competency": getattr(competency, "title", ""),
                "pairs": row["pairs"],
                "before": round(row["before"], 2),
                "after": round(row["after"], 2),
                "growth": round(row["after"] - row["before"], 2),
                "attained": round(row["attained"], 2),
            }
        )
    return sorted(out, key=lambda r: (r["organisation"], r["code"]))


# Certificates issued -------------------------------------------------------------------


def certificate_rows(
    enrolments: QuerySet[Enrolment], period: str = "month"
) -> list[dict]:
    """Valid certificates per period (month or year), programme (or the one module a
    certificate is for) and organisation, titled in the active language where the page
    is translated (two queries)."""
    from django.db.models.functions import TruncMonth, TruncYear

    truncate = TruncYear if period == "year" else TruncMonth
    rows = list(
        Certificate.objects.filter(
            ISSUED, enrolment__in=reportable(enrolments).values("pk")
        )
        .annotate(period=truncate("issued_at"))
        .order_by()
        .values("period", "programme_key", "scope", "learner__organisation__name")
        .annotate(n=Count("pk"), title=Max("programme_title"))
    )

    for row in rows:  # a certificate's scope is "programme" or its module's key
        scope = row["scope"]
        row["key"] = row["programme_key"] if scope == "programme" else uuid.UUID(scope)
    titles = titles_in_language(row["key"] for row in rows)
    return sorted(
        (
            {
                "period": row["period"].strftime("%Y" if period == "year" else "%Y-%m"),
                "programme": titles.get(row["key"], row["title"]),
                "organisation": row["learner__organisation__name"] or "—",
                "certificates": row["n"],
            }
            for row in rows
        ),
        key=lambda r: (r["period"], r["programme"], r["organisation"]),
        reverse=False,
    )
