"""Create a framework from validated plain data, in one transaction."""

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from wagtail.models import Locale

from ..models import (
    CaseRecord,
    Competency,
    CompetencyArea,
    CompetencyFramework,
    CompetencyLevel,
    FrameworkStatus,
    ProficiencyLevel,
)
from .errors import FrameworkImportError
from .identifiers import derived_identifier


@dataclass
class CaseData:
    """What a CASE import keeps of an object: its identifier as given, and the rest."""

    identifier: str = ""
    item_type: str = ""
    extra: dict = field(default_factory=dict)

    def fields(self, language: str) -> dict:
        if not self.identifier:
            return {}
        return {"case_identifier": self.identifier, "case_language": language}


@dataclass
class LevelData:
    number: int
    description: str
    indicators: list[str] = field(default_factory=list)
    key: uuid.UUID | None = None
    case: CaseData = field(default_factory=CaseData)


@dataclass
class CompetencyData:
    code: str
    title: str
    description: str = ""
    levels: list[LevelData] = field(default_factory=list)
    key: uuid.UUID | None = None
    case: CaseData = field(default_factory=CaseData)


@dataclass
class AreaData:
    code: str
    title: str
    description: str = ""
    competencies: list[CompetencyData] = field(default_factory=list)
    key: uuid.UUID | None = None
    case: CaseData = field(default_factory=CaseData)


@dataclass
class ScaleData:
    number: int
    name: str
    description: str = ""
    key: uuid.UUID | None = None
    case: CaseData = field(default_factory=CaseData)


@dataclass
class FrameworkData:
    code: str
    version: str
    title: str
    language: str
    description: str = ""
    status: str = FrameworkStatus.DRAFT
    scale: list[ScaleData] = field(default_factory=list)
    areas: list[AreaData] = field(default_factory=list)
    key: uuid.UUID | None = None
    case: CaseData = field(default_factory=CaseData)
    # Items and associations of a CASE package the platform does not use, kept
    # as (kind, identifier, association type, JSON object) to be exported again.
    case_records: list[tuple[str, str, str, dict]] = field(default_factory=list)


def check_structure(data: FrameworkData) -> list[str]:
    """Problems that make the data unusable as a framework, each naming its item."""
    problems = []
    if not data.scale:
        problems.append(_("The framework has no proficiency levels."))
    numbers = [level.number for level in data.scale]
    if len(set(numbers)) != len(numbers):
        problems.append(_("The proficiency scale repeats a level number."))
    seen_codes: set[str] = set()
    for area in data.areas:
        if area.code in seen_codes:
            problems.append(
                _("Area %(code)s: the code is used twice.") % {"code": area.code}
            )
        seen_codes.add(area.code)
        for competency in area.competencies:
            if competency.code in seen_codes:
                problems.append(
                    _("Competency %(code)s: the code is used twice.")
                    % {"code": competency.code}
                )
            seen_codes.add(competency.code)
            level_numbers = sorted(level.number for level in competency.levels)
            if level_numbers != sorted(numbers):
                problems.append(
                    _(
                        "Competency %(code)s: has levels %(levels)s, the scale has %(scale)s."
                    )
                    % {
                        "code": competency.code,
                        "levels": level_numbers,
                        "scale": sorted(numbers),
                    }
                )
    return problems


@transaction.atomic
def create_framework(data: FrameworkData) -> CompetencyFramework:
    """Save a framework, or a translation of one that exists in another language.

    Raises FrameworkImportError, having saved nothing, when the data does not fit.
    """
    problems = check_structure(data)
    try:
        locale = Locale.objects.get(language_code=data.language)
    except Locale.DoesNotExist:
        problems.append(
            _("The language “%(language)s” is not one of the platform's.")
            % {"language": data.language}
        )
        raise FrameworkImportError(problems) from None
    key = data.key or uuid.uuid4()
    if CompetencyFramework.objects.filter(translation_key=key, locale=locale).exists():
        problems.append(
            _("Framework %(code)s %(version)s (%(language)s) exists already.")
            % {"code": data.code, "version": data.version, "language": data.language}
        )
    if CompetencyFramework.objects.filter(
        code=data.code, version=data.version, locale=locale
    ).exists():
        problems.append(
            _(
                "A framework %(code)s version %(version)s in %(language)s exists already."
            )
            % {"code": data.code, "version": data.version, "language": data.language}
        )
    if problems:
        raise FrameworkImportError(problems)

    framework = CompetencyFramework.objects.create(
        translation_key=key,
        locale=locale,
        code=data.code,
        version=data.version,
        title=data.title,
        description=data.description,
        status=data.status,
        case_extra=data.case.extra,
        **data.case.fields(data.language),
    )
    CaseRecord.objects.bulk_create(
        CaseRecord(
            framework=framework,
            kind=kind,
            identifier=identifier,
            association_type=association_type,
            position=position,
            data=record,
        )
        for position, (kind, identifier, association_type, record) in enumerate(
            data.case_records
        )
    )
    for position, scale in enumerate(sorted(data.scale, key=lambda s: s.number)):
        ProficiencyLevel.objects.create(
            framework=framework,
            locale=locale,
            translation_key=scale.key or uuid.uuid4(),
            sort_order=position,
            number=scale.number,
            name=scale.name,
            description=scale.description,
            **scale.case.fields(data.language),
        )
    for area_position, area_data in enumerate(data.areas):
        area = CompetencyArea.objects.create(
            framework=framework,
            locale=locale,
            translation_key=area_data.key or uuid.uuid4(),
            sort_order=area_position,
            code=area_data.code,
            title=area_data.title,
            description=area_data.description,
            case_item_type=area_data.case.item_type,
            case_extra=area_data.case.extra,
            **area_data.case.fields(data.language),
        )
        for position, competency_data in enumerate(area_data.competencies):
            competency = Competency.objects.create(
                area=area,
                locale=locale,
                translation_key=competency_data.key or uuid.uuid4(),
                sort_order=position,
                code=competency_data.code,
                title=competency_data.title,
                description=competency_data.description,
                case_item_type=competency_data.case.item_type,
                case_extra=competency_data.case.extra,
                **competency_data.case.fields(data.language),
            )
            for level in sorted(competency_data.levels, key=lambda item: item.number):
                CompetencyLevel.objects.create(
                    competency=competency,
                    locale=locale,
                    translation_key=level.key or uuid.uuid4(),
                    sort_order=level.number,
                    number=level.number,
                    description=level.description,
                    indicators="\n".join(level.indicators),
                    **level.case.fields(data.language),
                )
    return framework


def _case(obj: Any, language: str) -> CaseData:
    """What a CASE import kept of `obj`; its identifier only in the language it came in."""
    stored = obj.case_identifier if obj.case_language == language else ""
    return CaseData(
        identifier=stored,
        item_type=getattr(obj, "case_item_type", ""),
        extra=dict(getattr(obj, "case_extra", None) or {}),
    )


def framework_data(framework: CompetencyFramework) -> FrameworkData:
    """The framework as plain data (the inverse of create_framework)."""
    language = framework.locale.language_code
    areas = []
    for area in framework.areas.all().order_by("sort_order"):
        competencies = []
        for competency in area.competencies.all().order_by("sort_order", "code"):
            levels = [
                LevelData(
                    number=level.number,
                    description=level.description,
                    indicators=level.indicator_list,
                    key=level.translation_key,
                    case=_case(level, language),
                )
                for level in competency.levels.all().order_by("number")
            ]
            competencies.append(
                CompetencyData(
                    code=competency.code,
                    title=competency.title,
                    description=competency.description,
                    levels=levels,
                    key=competency.translation_key,
                    case=_case(competency, language),
                )
            )
        areas.append(
            AreaData(
                code=area.code,
                title=area.title,
                description=area.description,
                competencies=competencies,
                key=area.translation_key,
                case=_case(area, language),
            )
        )
    return FrameworkData(
        code=framework.code,
        version=framework.version,
        title=framework.title,
        language=language,
        description=framework.description,
        status=framework.status,
        scale=[
            ScaleData(
                number=level.number,
                name=level.name,
                description=level.description,
                key=level.translation_key,
                case=_case(level, language),
            )
            for level in framework.levels.all().order_by("number")
        ],
        areas=areas,
        key=framework.translation_key,
        case=_case(framework, language),
        case_records=[
            (record.kind, record.identifier, record.association_type, record.data)
            for record in framework.case_records.order_by("position")
        ],
    )


# The keys under which kept CASE objects name other objects of their package.
REFERENCE_KEYS = (
    "identifier",
    "rubricId",
    "rubricCriterionId",
    "isChildOf",
    "criterion",
)


def renew_identities(
    data: FrameworkData, rekey: Callable[[uuid.UUID | None], uuid.UUID]
) -> None:
    """Give framework data new translation keys and CASE identifiers: a new version.

    A new version is a CASE document of its own: each object's identifier is derived
    from its new key (courses.exchange.identifiers), an imported one included, which
    stays stored so that what its package brought is exported again. What the import
    kept aside (items, associations, rubric criteria, the identifiers of the tree's
    own associations and criteria) gets identifiers derived from the new document's
    and the old ones, and every reference among them follows, so the new version's
    package holds the same objects, linked the same way, under its own identifiers.
    Definitions (item types, concepts, subjects...) are shared and keep theirs.
    """
    language = data.language
    renamed: dict[str, str] = {}

    def renew(obj: Any) -> None:
        old = obj.case.identifier or str(uuid.uuid5(obj.key, language))
        obj.key = rekey(obj.key)
        new = str(uuid.uuid5(obj.key, language))
        renamed[old] = new
        if obj.case.identifier:
            obj.case.identifier = new

    renew(data)
    document = str(uuid.uuid5(data.key, language))  # type: ignore[arg-type]
    for step in data.scale:
        renew(step)
    for area in data.areas:
        renew(area)
        for competency in area.competencies:
            renew(competency)
            for level in competency.levels:
                renew(level)
    aside: list[str] = [
        identifier for _kind, identifier, _type, _data in data.case_records
    ]
    rubric = data.case.extra.get("rubric") or {}
    aside.append(str(rubric.get("identifier") or ""))
    for criterion in data.case.extra.get("criteria") or []:
        aside.append(str(criterion.get("identifier") or ""))
        aside += [
            str(level.get("identifier") or "")
            for level in criterion.get("CFRubricCriterionLevels") or []
        ]
    for area in data.areas:
        aside += [str(area.case.extra.get("isChildOf") or "")]
        for competency in area.competencies:
            aside += [
                str(competency.case.extra.get(name) or "")
                for name in ("isChildOf", "criterion")
            ]
    for old in aside:
        if old and old not in renamed:
            renamed[old] = derived_identifier(document, "new version of", old)

    def follow(value: Any) -> Any:
        if isinstance(value, dict):
            return {
                name: renamed.get(item, item)
                if name in REFERENCE_KEYS and isinstance(item, str)
                else follow(item)
                for name, item in value.items()
            }
        if isinstance(value, list):
            return [follow(item) for item in value]
        return value

    data.case.extra = follow(data.case.extra)
    for area in data.areas:
        area.case.extra = follow(area.case.extra)
        for competency in area.competencies:
            competency.case.extra = follow(competency.case.extra)
    data.case_records = [
        (kind, renamed.get(identifier, identifier), association_type, follow(record))
        for kind, identifier, association_type, record in data.case_records
    ]
