"""1EdTech CASE 1.1 (Competencies and Academic Standards Exchange) packages.

One CFPackage per language version of a framework, each a CFDocument with identifiers
of its own (courses.exchange.identifiers), linked to its other language versions by
`isTranslationOf` associations (CASE 1.1's type for a language version). Areas and
competencies are CFItems in an `isChildOf` tree (document ← area ← competency, ordered
by sequenceNumber), typed through CFDefinitions.CFItemTypes. The proficiency scale is
CFDefinitions.CFConcepts (title the level's name, hierarchyCode its number); each
competency `hasSkillLevel` each level of that scale (sequenceNumber the level number),
and its level descriptors are a CFRubricCriterion with one CFRubricCriterionLevel per
level: `score` the level number, `quality` the level's name on the scale,
`description` the descriptor and `feedback` the behavioural indicators, one per line.

What an imported package brought that the platform does not model (other item types,
skipped items, associations of other types, definitions, document and item
properties, rubric criteria of items that are no competencies here) is kept and
written again, and only that: an imported framework exports the associations its
package had (no `hasSkillLevel` it did not bring), so a round trip keeps the counts.
Every `uri` of an object in the package is its
REST endpoint under settings.IDENTIFIER_BASE_URL (courses.case_api serves them).
Spec: https://www.imsglobal.org/spec/case/v1p1/
"""

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from django.db.models import Prefetch, QuerySet

from ..models import (
    CaseRecord,
    Competency,
    CompetencyArea,
    CompetencyFramework,
    CompetencyLevel,
    FrameworkStatus,
)
from .identifiers import case_identifier, case_uri, derived_identifier

AREA_TYPE, COMPETENCY_TYPE = "Competency Area", "Competency"
TRANSLATION_TYPE, SKILL_LEVEL_TYPE = "isTranslationOf", "hasSkillLevel"
SCALE_KEYWORD = "proficiency level"
ADOPTION_STATUS = {
    FrameworkStatus.DRAFT: "Draft",
    FrameworkStatus.PUBLISHED: "Adopted",
    FrameworkStatus.RETIRED: "Deprecated",
}
STATUS_FROM_ADOPTION = {value: key for key, value in ADOPTION_STATUS.items()}
PUBLIC_STATUSES = [FrameworkStatus.PUBLISHED, FrameworkStatus.RETIRED]

# The properties a package's document and items may carry that the platform keeps
# as they came (in case_extra) and writes again.
DOCUMENT_EXTRA_FIELDS = (
    "frameworkType",
    "officialSourceURL",
    "publisher",
    "subject",
    "subjectURI",
    "licenseURI",
    "statusStartDate",
    "statusEndDate",
    "notes",
    "extensions",
)
ITEM_EXTRA_FIELDS = (
    "fullStatement",
    "humanCodingScheme",
    "listEnumeration",
    "alternativeLabel",
    "abbreviatedStatement",
    "conceptKeywords",
    "conceptKeywordsURI",
    "subject",
    "subjectURI",
    "educationLevel",
    "licenseURI",
    "statusStartDate",
    "statusEndDate",
    "extensions",
)
LANGUAGE_BOUND_FIELDS = (
    "fullStatement",
    "humanCodingScheme",
    "alternativeLabel",
    "abbreviatedStatement",
)
DEFINITION_ENDPOINTS = {
    "CFItemTypes": "CFItemTypes",
    "CFConcepts": "CFConcepts",
    "CFSubjects": "CFSubjects",
    "CFLicenses": "CFLicenses",
    "CFAssociationGroupings": "CFAssociationGroupings",
}


def case_item_uri(competency: Competency | CompetencyArea) -> str:
    """The CFItems URI of a competency (or area) in its own language, as exported."""
    return case_uri("CFItems", case_identifier(competency))


def case_document_uri(framework: CompetencyFramework) -> str:
    """The CFDocuments URI of a framework in its own language, as exported."""
    return case_uri("CFDocuments", case_identifier(framework))


def timestamp(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _link(title: str, identifier: str, endpoint: str) -> dict[str, str]:
    return {
        "title": title,
        "identifier": identifier,
        "uri": case_uri(endpoint, identifier),
    }


def with_exchange_data(
    frameworks: QuerySet[CompetencyFramework],
) -> QuerySet[CompetencyFramework]:
    """The frameworks with everything an export reads, in a fixed number of queries."""
    return frameworks.select_related("locale").prefetch_related(
        "levels",
        Prefetch(
            "areas",
            queryset=CompetencyArea.objects.order_by("sort_order").prefetch_related(
                Prefetch(
                    "competencies",
                    queryset=Competency.objects.order_by(
                        "sort_order", "code"
                    ).prefetch_related(
                        Prefetch(
                            "levels",
                            queryset=CompetencyLevel.objects.order_by("number"),
                        )
                    ),
                )
            ),
        ),
        Prefetch("case_records", queryset=CaseRecord.objects.order_by("position")),
    )


class Translations:
    """The identifiers of other language versions, looked up once for many packages.

    Maps (model, translation key) to [(language, identifier)] so each package can
    link its document and items to theirs with `isTranslationOf`.
    """

    def __init__(
        self, frameworks: Iterable[CompetencyFramework], *, public_only: bool
    ) -> None:
        frameworks = list(frameworks)
        self.by_key: dict[tuple[str, Any], list[tuple[str, str, str]]] = {}
        framework_keys = {f.translation_key for f in frameworks}
        area_keys = {a.translation_key for f in frameworks for a in f.areas.all()}
        competency_keys = {
            c.translation_key
            for f in frameworks
            for a in f.areas.all()
            for c in a.competencies.all()
        }
        statuses = PUBLIC_STATUSES if public_only else list(FrameworkStatus)
        for model, keys, status_field in (
            (CompetencyFramework, framework_keys, "status"),
            (CompetencyArea, area_keys, "framework__status"),
            (Competency, competency_keys, "area__framework__status"),
        ):
            if not keys:
                continue
            rows = model.objects.filter(
                translation_key__in=keys, **{f"{status_field}__in": statuses}
            ).values_list(
                "translation_key",
                "locale__language_code",
                "case_identifier",
                "case_language",
                "title",
            )
            for key, language, stored, stored_language, title in rows:
                identifier = (
                    stored
                    if stored and stored_language == language
                    else derived_key(key, language)
                )
                self.by_key.setdefault((model.__name__, key), []).append(
                    (language, identifier, title)
                )

    def of(self, obj: Any, language: str) -> list[tuple[str, str, str]]:
        """(language, identifier, title) of each other language version of `obj`."""
        return sorted(
            version
            for version in self.by_key.get(
                (type(obj).__name__, obj.translation_key), []
            )
            if version[0] != language
        )


def derived_key(key: Any, language: str) -> str:
    return str(uuid.uuid5(key, language))


def export_case(
    framework: CompetencyFramework,
    *,
    creator: str,
    translations: Translations | None = None,
) -> dict[str, Any]:
    """The framework, in its own language, as a CASE 1.1 CFPackage.

    Pass a framework loaded through with_exchange_data (and the Translations of a
    batch) to keep the number of queries fixed; a bare one is loaded here.
    """
    if "areas" not in getattr(framework, "_prefetched_objects_cache", {}):
        framework = with_exchange_data(
            CompetencyFramework.objects.filter(pk=framework.pk)
        ).get()
    if translations is None:
        translations = Translations([framework], public_only=False)
    return _Package(framework, creator, translations).build()


class _Package:
    def __init__(
        self, framework: CompetencyFramework, creator: str, translations: Translations
    ) -> None:
        self.framework = framework
        self.creator = creator
        self.translations = translations
        self.language = framework.locale.language_code
        self.doc_id = case_identifier(framework, self.language)
        self.extra = framework.case_extra or {}
        self.items: list[dict] = []
        self.associations: list[dict] = []
        self.skill_level_links: list[dict] = []
        self.item_types: dict[str, dict] = {}

    def identifier(self, obj: Any) -> str:
        return case_identifier(obj, self.language)

    def own(self, obj: Any) -> bool:
        """Whether `obj` is the very object a package brought, not a translation of it.

        A wagtail-localize translation copies case_extra; the identifiers and texts
        kept there belong to the imported language only.
        """
        return bool(obj.case_identifier) and obj.case_language == self.language

    def build(self) -> dict[str, Any]:
        framework = self.framework
        document_link = _link(framework.title, self.doc_id, "CFDocuments")
        records = list(framework.case_records.all())
        raw_associations = [
            r.data for r in records if r.kind == CaseRecord.Kind.ASSOCIATION
        ]
        raw_items = [r.data for r in records if r.kind == CaseRecord.Kind.ITEM]
        # An imported item keeps the tree the package gave it: no second parent here.
        placed = {
            str((a.get("originNodeURI") or {}).get("identifier"))
            for a in raw_associations
            if a.get("associationType") == "isChildOf"
        }
        criteria = []
        rubric = (self.extra.get("rubric") or {}) if self.own(framework) else {}
        rubric_id = rubric.get("identifier") or derived_identifier(
            self.doc_id, "rubric"
        )
        scale_names = {level.number: level.name for level in framework.levels.all()}
        # What a package brought is written as it came; a framework authored here
        # says which scale levels each competency has.
        native = not framework.case_identifier
        areas = [a for a in framework.areas.all() if not a.case_extra.get("implicit")]
        for area_number, area in enumerate(framework.areas.all(), start=1):
            if area.case_extra.get("implicit"):
                # The package had competencies right under its document.
                area_link = document_link
            else:
                area_number = areas.index(area) + 1
                area_item = self.item(area, AREA_TYPE, area.title, area_number)
                area_link = _link(area.title, area_item["identifier"], "CFItems")
                if area_item["identifier"] not in placed:
                    self.child_of(area, area_link, document_link, area_number)
                self.translated(area, area_link)
            for number, competency in enumerate(area.competencies.all(), start=1):
                item = self.item(competency, COMPETENCY_TYPE, competency.title, number)
                link = _link(competency.title, item["identifier"], "CFItems")
                if item["identifier"] not in placed:
                    self.child_of(competency, link, area_link, number)
                self.translated(competency, link)
                if native:
                    self.skill_levels(competency, link)
                criterion = self.criterion(
                    competency, link, rubric_id, number, scale_names
                )
                if criterion["CFRubricCriterionLevels"]:
                    criteria.append(criterion)
        if self.own(framework):
            criteria += [
                {**kept, "rubricId": rubric_id}
                for kept in self.extra.get("criteria") or []
                if isinstance(kept, dict)
            ]
        self.translated(framework, document_link)
        # After the tree, where an import of this package keeps them: the same order.
        self.associations += self.skill_level_links
        items = self.items + [self.plain(item) for item in raw_items]
        seen = {
            (
                a["associationType"],
                a["originNodeURI"]["identifier"],
                a["destinationNodeURI"]["identifier"],
            )
            for a in self.associations
        }
        for association in raw_associations:
            key = (
                association.get("associationType"),
                (association.get("originNodeURI") or {}).get("identifier"),
                (association.get("destinationNodeURI") or {}).get("identifier"),
            )
            if key not in seen:
                seen.add(key)
                self.associations.append(self.plain(association))
        package: dict[str, Any] = {
            "CFDocument": self.document(),
            "CFItems": items,
            "CFAssociations": self.associations,
            "CFDefinitions": self.definitions(),
        }
        if criteria:
            package["CFRubrics"] = [
                {
                    "identifier": rubric_id,
                    "uri": case_uri("CFRubrics", rubric_id),
                    "title": rubric.get("title") or framework.title,
                    "description": framework.description,
                    "lastChangeDateTime": timestamp(framework.updated_at),
                    "CFRubricCriteria": criteria,
                }
            ]
        return _point_home(package)

    def document(self) -> dict[str, Any]:
        framework = self.framework
        document: dict[str, Any] = {
            "identifier": self.doc_id,
            "uri": case_uri("CFDocuments", self.doc_id),
            "caseVersion": "1.1",
            "creator": self.extra.get("creator") or self.creator,
            "title": framework.title,
            "lastChangeDateTime": timestamp(framework.updated_at),
            "description": framework.description,
            "version": framework.version,
            "adoptionStatus": ADOPTION_STATUS[FrameworkStatus(framework.status)],
            "language": self.language,
        }
        document.update(
            {
                name: value
                for name, value in (self.extra.get("document") or {}).items()
                if name in DOCUMENT_EXTRA_FIELDS
            }
        )
        return document

    def item(self, obj: Any, default_type: str, statement: str, sequence: int) -> dict:
        identifier = self.identifier(obj)
        item_type = obj.case_item_type or default_type
        item: dict[str, Any] = {
            "identifier": identifier,
            "uri": case_uri("CFItems", identifier),
            "fullStatement": statement,
        }
        if obj.code and not (obj.case_extra or {}).get("codeGenerated"):
            item["humanCodingScheme"] = obj.code
        item.update(
            {
                "CFItemType": item_type,
                "CFItemTypeURI": self.item_type(item_type, default_type),
                "listEnumeration": str(sequence),
                "language": self.language,
                "lastChangeDateTime": timestamp(obj.updated_at),
            }
        )
        if obj.description:
            item["notes"] = obj.description
        item.update(
            {
                name: value
                for name, value in (obj.case_extra or {}).get("item", {}).items()
                if name in ITEM_EXTRA_FIELDS
                and (self.own(obj) or name not in LANGUAGE_BOUND_FIELDS)
            }
        )
        self.items.append(item)
        return item

    def item_type(self, title: str, default_type: str) -> dict[str, str]:
        if title not in self.item_types:
            given = {
                definition.get("title"): definition
                for definition in (self.extra.get("definitions") or {}).get(
                    "CFItemTypes", []
                )
                if isinstance(definition, dict)
            }
            if title in given:
                definition = dict(given[title])
            else:
                identifier = derived_identifier("CFItemType", title)
                definition = {
                    "identifier": identifier,
                    "uri": case_uri("CFItemTypes", identifier),
                    "title": title,
                    "description": title,
                    "hierarchyCode": "1" if default_type == AREA_TYPE else "2",
                    "typeCode": title.replace(" ", ""),
                    "lastChangeDateTime": timestamp(self.framework.updated_at),
                }
            self.item_types[title] = definition
        definition = self.item_types[title]
        return _link(title, str(definition["identifier"]), "CFItemTypes")

    def child_of(self, obj: Any, child: dict, parent: dict, sequence: int) -> None:
        extra = (obj.case_extra or {}) if self.own(obj) else {}
        kept = extra.get("isChildOf")
        # The place the package gave it among its siblings, else its place here.
        sequence = extra.get("sequenceNumber", sequence)
        identifier = kept or derived_identifier(
            child["identifier"], "isChildOf", parent["identifier"]
        )
        self.associations.append(
            {
                "identifier": identifier,
                "uri": case_uri("CFAssociations", identifier),
                "associationType": "isChildOf",
                "sequenceNumber": sequence,
                "originNodeURI": child,
                "destinationNodeURI": parent,
                "lastChangeDateTime": timestamp(obj.updated_at),
            }
        )

    def translated(self, obj: Any, link: dict) -> None:
        endpoint = link["uri"].rsplit("/", 2)[-2]
        for _language, other, title in self.translations.of(obj, self.language):
            identifier = derived_identifier(link["identifier"], TRANSLATION_TYPE, other)
            self.associations.append(
                {
                    "identifier": identifier,
                    "uri": case_uri("CFAssociations", identifier),
                    "associationType": TRANSLATION_TYPE,
                    "originNodeURI": link,
                    "destinationNodeURI": {
                        "title": title,
                        "identifier": other,
                        "uri": case_uri(endpoint, other),
                    },
                    "lastChangeDateTime": timestamp(obj.updated_at),
                }
            )

    def skill_levels(self, competency: Competency, link: dict) -> None:
        for level in self.framework.levels.all():
            concept = _link(level.name, self.identifier(level), "CFConcepts")
            identifier = derived_identifier(
                link["identifier"], SKILL_LEVEL_TYPE, concept["identifier"]
            )
            self.skill_level_links.append(
                {
                    "identifier": identifier,
                    "uri": case_uri("CFAssociations", identifier),
                    "associationType": SKILL_LEVEL_TYPE,
                    "sequenceNumber": level.number,
                    "originNodeURI": link,
                    "destinationNodeURI": concept,
                    "lastChangeDateTime": timestamp(
                        max(level.updated_at, competency.updated_at)
                    ),
                }
            )

    def criterion(
        self,
        competency: Competency,
        link: dict,
        rubric_id: str,
        position: int,
        scale_names: dict[int, str],
    ) -> dict[str, Any]:
        kept = (competency.case_extra or {}).get("criterion")
        criterion_id = (kept if self.own(competency) else None) or derived_identifier(
            link["identifier"], "criterion"
        )
        return {
            "identifier": criterion_id,
            "uri": case_uri("CFRubricCriteria", criterion_id),
            "category": competency.code,
            "description": competency.title,
            "CFItemURI": link,
            "position": position,
            "rubricId": rubric_id,
            "lastChangeDateTime": timestamp(competency.updated_at),
            "CFRubricCriterionLevels": [
                {
                    "identifier": self.identifier(level),
                    "uri": case_uri("CFRubricCriterionLevels", self.identifier(level)),
                    "description": level.description,
                    "quality": scale_names.get(level.number, ""),
                    "score": level.number,
                    "feedback": "\n".join(level.indicator_list),
                    "position": level.number,
                    "rubricCriterionId": criterion_id,
                    "lastChangeDateTime": timestamp(level.updated_at),
                }
                for level in competency.levels.all()
                # A package without a rubric gave none: nothing to describe.
                if level.description or level.indicators or level.case_identifier
            ],
        }

    def definitions(self) -> dict[str, list]:
        given = {
            name: [d for d in values if isinstance(d, dict)]
            for name, values in (self.extra.get("definitions") or {}).items()
            if name in DEFINITION_ENDPOINTS and isinstance(values, list)
        }
        item_types = {d["identifier"]: d for d in given.pop("CFItemTypes", [])}
        item_types.update({d["identifier"]: d for d in self.item_types.values()})
        scale_ids = {self.identifier(level) for level in self.framework.levels.all()}
        concepts = [
            c
            for c in given.pop("CFConcepts", [])
            if c.get("identifier") not in scale_ids
        ]
        for level in self.framework.levels.all():
            identifier = self.identifier(level)
            concepts.append(
                {
                    "identifier": identifier,
                    "uri": case_uri("CFConcepts", identifier),
                    "title": level.name,
                    "keywords": SCALE_KEYWORD,
                    "hierarchyCode": str(level.number),
                    "description": level.description,
                    "lastChangeDateTime": timestamp(level.updated_at),
                }
            )
        definitions: dict[str, list] = {"CFItemTypes": list(item_types.values())}
        if concepts:
            definitions["CFConcepts"] = concepts
        definitions.update({name: values for name, values in given.items() if values})
        return definitions

    @staticmethod
    def plain(record: dict) -> dict:
        """A kept item or association as the package binding has it."""
        return {
            name: value for name, value in record.items() if name != "CFDocumentURI"
        }


def _point_home(package: dict[str, Any]) -> dict[str, Any]:
    """Make every `uri` of an object of this package its endpoint here.

    Kept items, associations and definitions came with the other tool's URIs; the
    identifiers stay as given, the URIs must resolve where the package is served.
    References to objects outside the package keep theirs.
    """
    endpoints: dict[str, str] = {package["CFDocument"]["identifier"]: "CFDocuments"}
    endpoints.update({str(i["identifier"]): "CFItems" for i in package["CFItems"]})
    endpoints.update(
        {str(a["identifier"]): "CFAssociations" for a in package["CFAssociations"]}
    )
    for name, endpoint in DEFINITION_ENDPOINTS.items():
        for definition in package.get("CFDefinitions", {}).get(name, []):
            endpoints[str(definition["identifier"])] = endpoint
    for rubric in package.get("CFRubrics", []):
        endpoints[str(rubric["identifier"])] = "CFRubrics"
        for criterion in rubric.get("CFRubricCriteria") or []:
            endpoints[str(criterion.get("identifier"))] = "CFRubricCriteria"
            for level in criterion.get("CFRubricCriterionLevels") or []:
                endpoints[str(level.get("identifier"))] = "CFRubricCriterionLevels"

    def visit(value: Any) -> None:
        if isinstance(value, dict):
            identifier = value.get("identifier")
            if (
                isinstance(identifier, str)
                and identifier in endpoints
                and "uri" in value
            ):
                value["uri"] = case_uri(endpoints[identifier], identifier)
            for child in value.values():
                visit(child)
        elif isinstance(value, list):
            for child in value:
                visit(child)

    visit(package)
    return package


def export_packages(
    frameworks: QuerySet[CompetencyFramework], *, creator: str, public_only: bool
) -> list[tuple[CompetencyFramework, dict[str, Any]]]:
    """Many frameworks' packages, in a fixed number of queries whatever their size."""
    loaded = list(with_exchange_data(frameworks))
    translations = Translations(loaded, public_only=public_only)
    return [
        (framework, export_case(framework, creator=creator, translations=translations))
        for framework in loaded
    ]


from .case_import import import_case, parse_case, validate_case  # noqa: E402

__all__ = [
    "case_document_uri",
    "case_item_uri",
    "export_case",
    "export_packages",
    "import_case",
    "parse_case",
    "validate_case",
]
