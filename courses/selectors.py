"""Reads that feed the course pages, each a fixed number of queries whatever the size."""

from decimal import Decimal

from django.db.models import Prefetch, QuerySet

from wagtail.models import Page

from .models import (
    CompetencyLevel,
    LessonPage,
    ModuleCompetency,
    ModulePage,
    ProgrammePage,
)


def programmes_in(catalogue: Page) -> QuerySet[ProgrammePage]:
    return ProgrammePage.objects.live().public().child_of(catalogue).order_by("path")


def modules_of(programme: ProgrammePage) -> list[ModulePage]:
    return list(
        ModulePage.objects.live()
        .public()
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
        .public()
        .child_of(module)
        .order_by("path")
        .only("id", "title", "slug", "url_path", "path", "depth", "locale_id", "live")
    )


def programme_summary(programme: ProgrammePage) -> dict:
    modules = modules_of(programme)
    competencies = {}
    for module in modules:
        for target in module.competency_targets.all():
            competencies.setdefault(target.competency.code, target.competency)
    return {
        "modules": modules,
        "total_hours": sum(
            (m.estimated_hours for m in modules), Decimal("0")
        ).normalize(),
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
    from .models import ProficiencyLevel

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
