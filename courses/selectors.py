"""Reads that feed the course pages, each a fixed number of queries whatever the size."""

import re
from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.core.cache import cache
from django.db.models import Prefetch, QuerySet

from wagtail.models import Locale, Page

from lms import lookups, navigation

if TYPE_CHECKING:
    from .models import CompetencyFramework

from .models import (
    Competency,
    CompetencyLevel,
    LessonPage,
    ModuleCompetency,
    ModulePage,
    ProficiencyLevel,
    ProgrammePage,
)


def programmes_in(catalogue: Page) -> QuerySet[ProgrammePage]:
    return ProgrammePage.objects.live().child_of(catalogue).order_by("path")


FILTERS_VERSION_KEY = "courses:filters-version"


def invalidate_catalogue_filters() -> None:
    try:
        cache.incr(FILTERS_VERSION_KEY)
    except ValueError:
        cache.set(FILTERS_VERSION_KEY, 2, None)


def catalogue_filter_choices(locale_id: int) -> dict[str, list[tuple[str, str]]]:
    """Choices of the catalogue's filters in one language, cached until they change."""
    from .models import CompetencyArea, FrameworkStatus, TopicTag

    def compute() -> dict:
        language = Locale.objects.get(pk=locale_id).language_code
        published = FrameworkStatus.PUBLISHED
        return {
            "competency": [
                (c.code, f"{c.code} {c.title}")
                for c in Competency.objects.filter(
                    locale_id=locale_id, area__framework__status=published
                ).order_by("code")
            ],
            "area": [
                (a.code, f"{a.code} {a.title}")
                for a in CompetencyArea.objects.filter(
                    locale_id=locale_id, framework__status=published
                ).order_by("code")
            ],
            "topic": sorted(
                ((t.slug, t.name_in(language)) for t in TopicTag.objects.all()),
                key=lambda choice: choice[1],
            ),
        }

    version = cache.get_or_set(FILTERS_VERSION_KEY, 1, None)
    found = cache.get_or_set(
        f"courses:filters:{version}:{locale_id}", compute, NAVIGATION_TIMEOUT
    )
    return compute() if found is None else found


def modules_of(programme: ProgrammePage) -> list[ModulePage]:
    return list(
        ModulePage.objects.live()
        .child_of(programme)
        .order_by("path")
        .prefetch_related(
            Prefetch(
                "competency_targets",
                queryset=ModuleCompetency.objects.select_related("competency").order_by(
                    "sort_order"
                ),
            )
        )
    )


def lessons_of(module: Page) -> list[LessonPage]:
    """The module's live lessons, in order, with only what an outline needs."""
    return list(
        LessonPage.objects.live()
        .child_of(module)
        .order_by("path")
        .only("id", "title", "slug", "url_path", "path", "depth", "locale_id", "live")
    )


def programme_summary(programme: ProgrammePage) -> dict:
    """Modules, hours and competencies of a programme, cached until a module changes."""
    return cached_navigation(
        programme.path, "programme", lambda: _programme_summary(programme)
    )


def _programme_summary(programme: ProgrammePage) -> dict:
    modules = modules_of(programme)
    competencies: dict[str, Competency] = {}
    for module in modules:
        for target in module.competency_targets.all():
            competencies.setdefault(target.competency.code, target.competency)
    return {
        "modules": modules,
        "total_hours": sum((m.estimated_hours for m in modules), Decimal("0")),
        "competencies": [competencies[code] for code in sorted(competencies)],
    }


def competency_targets(module: ModulePage) -> list[ModuleCompetency]:
    """The module's targets, each with the descriptor and scale name of its level."""
    targets = list(
        module.competency_targets.select_related("competency__area__framework")
        .prefetch_related(
            Prefetch(
                "competency__levels",
                queryset=CompetencyLevel.objects.order_by("number"),
            )
        )
        .order_by("sort_order")
    )
    frameworks = {t.competency.area.framework_id for t in targets}
    scale = {
        (level.framework_id, level.number): level.name
        for level in ProficiencyLevel.objects.filter(framework_id__in=frameworks)
    }
    for target in targets:
        descriptor = next(
            (
                lvl.description
                for lvl in target.competency.levels.all()
                if lvl.number == target.target_level
            ),
            "",
        )
        target.descriptor = descriptor
        target.level_name = scale.get(
            (target.competency.area.framework_id, target.target_level), ""
        )
    return targets


def prerequisites_of(module: ModulePage) -> list[ModulePage]:
    ids = module.prerequisites.values_list("required_module_id", flat=True)
    return list(ModulePage.objects.live().filter(pk__in=ids).order_by("path"))


# Module outlines and the rest of a module's navigation are kept under the site content
# version (lms/navigation.py), raised whenever a page is published, unpublished, moved or
# deleted and whenever a record the pages show (competencies, topics, documents, seats)
# changes: in the shared cache for every process, and in each process's memory
# (lms/lookups.py) so that a page reads them without a round trip. What is kept is
# shared by the requests of a process: read, never changed.
NAVIGATION_TIMEOUT = 60 * 60 * 24


def cached_navigation(module_path: str, name: str, compute: Callable[[], Any]) -> Any:
    def shared() -> Any:
        key = f"courses:nav:{navigation.version()}:{module_path}:{name}"
        return cache.get_or_set(key, compute, NAVIGATION_TIMEOUT)

    return lookups.remember(("courses:nav", module_path, name), shared)


def outline_of(module: Page) -> list[dict]:
    """The module's lessons as plain titles and addresses, cheap to cache and render."""
    return [
        {"pk": lesson.pk, "title": lesson.title, "url": lesson.url}
        for lesson in lessons_of(module)
    ]


def module_navigation(module: ModulePage) -> dict:
    """Everything a module page shows besides its own fields, cached until it changes."""
    return cached_navigation(
        module.path,
        "module",
        lambda: {
            "programme": module.get_parent().specific,
            "lessons": outline_of(module),
            "targets": competency_targets(module),
            "prerequisites": prerequisites_of(module),
            "topics": list(module.topics.all()),
            "toolkit": list(module.toolkit_documents.select_related("document")),
        },
    )


def lesson_navigation(lesson: LessonPage) -> dict:
    """The lesson's module and its outline, cached until the module's lessons change."""

    def compute() -> dict:
        module = lesson.get_parent()
        return {"module": module, "lessons": outline_of(module)}

    return cached_navigation(lesson.path[: -Page.steplen], "outline", compute)


def search_catalogue(
    catalogue: Page,
    *,
    q: str = "",
    competency: str = "",
    area: str = "",
    topic: str = "",
    language: str = "",
) -> list[Page]:
    """Modules matching the filters; with a search term, programmes and lessons too."""
    modules = ModulePage.objects.live().descendant_of(catalogue)
    if competency:
        modules = modules.filter(competency_targets__competency__code=competency)
    if area:
        modules = modules.filter(competency_targets__competency__area__code=area)
    if topic:
        modules = modules.filter(topics__slug=topic)
    if language:
        # Real translations only: an alias repeats its source's text.
        available = ModulePage.objects.live().filter(
            locale__language_code=language, alias_of__isnull=True
        )
        modules = modules.filter(
            translation_key__in=available.values("translation_key")
        )
    if not q:
        return list(modules.distinct().order_by("path"))
    q, operator = search_terms(q)
    if not q:
        return []
    if competency or area or topic or language:
        # With filters, the search looks among the matching modules only.
        ids = list(modules.values_list("pk", flat=True))
        results = (
            ModulePage.objects.live().filter(pk__in=ids).search(q, operator=operator)
        )
    else:
        results = (
            Page.objects.live()
            .descendant_of(catalogue)
            .type(ProgrammePage, ModulePage, LessonPage)
            .search(q, operator=operator)
        )
    return [result.specific for result in results[:50]]


# Words people type as search operators, as web search engines take them.
OPERATORS = {"AND", "OR", "NOT"}


def search_terms(query: str) -> tuple[str, str]:
    """The words of a visitor's query, and whether all or any must match.

    Plain words only: quotes and the backends' own syntax would reach their query
    parsers (SQLite's FTS5 refuses a lone double quote). The operators people type
    are read, not searched for: "trust OR partnership" finds either word, "trust AND"
    finds what "trust" finds (NOT is dropped: a search that leaves pages out by a word
    is not offered).
    """
    words = re.findall(r"\w+", query)[:30]
    operator = "or" if "OR" in words else "and"
    return " ".join(w for w in words if w not in OPERATORS)[:200], operator


def framework_for_display(
    framework: "CompetencyFramework", locale: Locale
) -> dict[str, Any]:
    """The framework in the page's language when translated, with everything prefetched."""
    from .models import Competency, CompetencyArea, CompetencyFramework

    shown = (
        CompetencyFramework.objects.filter(
            translation_key=framework.translation_key, locale=locale
        ).first()
        or framework
    )
    areas = list(
        CompetencyArea.objects.filter(framework=shown)
        .order_by("sort_order")
        .prefetch_related(
            Prefetch(
                "competencies",
                queryset=Competency.objects.order_by(
                    "sort_order", "code"
                ).prefetch_related(
                    Prefetch(
                        "levels", queryset=CompetencyLevel.objects.order_by("number")
                    )
                ),
            )
        )
    )
    scale = list(shown.levels.order_by("number"))
    return {"framework": shown, "areas": areas, "scale": scale}
