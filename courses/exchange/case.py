"""1EdTech CASE 1.1 (Competencies and Academic Standards Exchange) JSON packages.

One package per language. Areas, competencies and the proficiency scale are CFItems,
the hierarchy is CFAssociations ("isChildOf", ordered by sequenceNumber), and each
competency's level descriptors are a CFRubricCriterion with one CFRubricCriterionLevel per
level: `score` is the level number, `quality` the level's name on the scale, `description`
the descriptor and `feedback` the behavioural indicators, one per line.
Spec: https://www.imsglobal.org/sites/default/files/CASE/casev1p1/information_model/caseservicev1p1_infomodelv1p0.html
"""

import uuid
from datetime import UTC
from typing import Any

from django.utils.translation import gettext as _

from ..models import (
    Competency,
    CompetencyArea,
    CompetencyFramework,
    FrameworkStatus,
)
from .build import (
    AreaData,
    CompetencyData,
    FrameworkData,
    LevelData,
    ScaleData,
    create_framework,
    framework_data,
)
from .errors import FrameworkImportError
from .identifiers import case_identifier, case_uri

AREA, COMPETENCY, SCALE_LEVEL = "Competency Area", "Competency", "Proficiency Level"
ADOPTION_STATUS = {
    FrameworkStatus.DRAFT: "Draft",
    FrameworkStatus.PUBLISHED: "Adopted",
    FrameworkStatus.RETIRED: "Deprecated",
}
STATUS_FROM_ADOPTION = {value: key for key, value in ADOPTION_STATUS.items()}


def case_item_uri(competency: Competency | CompetencyArea) -> str:
    """The CFItems URI of a competency (or area) in its own language, as exported."""
    return case_uri("CFItems", case_identifier(competency))


def case_document_uri(framework: CompetencyFramework) -> str:
    """The CFDocuments URI of a framework in its own language, as exported."""
    return case_uri("CFDocuments", case_identifier(framework))


def _uri(identifier: uuid.UUID | str) -> str:
    return f"urn:uuid:{identifier}"


def _known(key: uuid.UUID | None) -> uuid.UUID:
    """A stored framework's key (only data read from a file may lack one)."""
    if key is None:
        raise ValueError("A stored framework's records all have keys.")
    return key


def _link(title: str, identifier: uuid.UUID | str | None) -> dict:
    known = identifier if isinstance(identifier, str) else _known(identifier)
    return {"title": title, "identifier": str(known), "uri": _uri(known)}


def export_case(framework: CompetencyFramework, *, creator: str) -> dict[str, Any]:
    """The framework, in its own language, as a CASE 1.1 CFPackage."""
    data = framework_data(framework)
    changed = framework.updated_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    document = _link(data.title, data.key)
    items: list[dict] = []
    associations: list[dict] = []
    criteria: list[dict] = []
    rubric_id = uuid.uuid5(_known(data.key), "rubric")
    scale_names = {level.number: level.name for level in data.scale}

    def item(key, item_type, code, statement, notes, sequence) -> dict:
        return {
            "identifier": str(key),
            "uri": _uri(key),
            "CFDocumentURI": document,
            "fullStatement": statement,
            "humanCodingScheme": code,
            "CFItemType": item_type,
            "notes": notes,
            "language": data.language,
            "listEnumeration": str(sequence),
            "lastChangeDateTime": changed,
        }

    def child_of(child: dict, parent: dict, sequence: int) -> dict:
        key = uuid.uuid5(
            uuid.UUID(child["identifier"]), f"isChildOf:{parent['identifier']}"
        )
        return {
            "identifier": str(key),
            "uri": _uri(key),
            "associationType": "isChildOf",
            "CFDocumentURI": document,
            "sequenceNumber": sequence,
            "originNodeURI": child,
            "destinationNodeURI": parent,
            "lastChangeDateTime": changed,
        }

    for number, level in enumerate(data.scale, start=1):
        items.append(
            item(
                level.key,
                SCALE_LEVEL,
                str(level.number),
                level.name,
                level.description,
                number,
            )
        )
        associations.append(child_of(_link(level.name, level.key), document, number))
    for area_number, area in enumerate(data.areas, start=1):
        items.append(
            item(area.key, AREA, area.code, area.title, area.description, area_number)
        )
        area_link = _link(area.title, area.key)
        associations.append(child_of(area_link, document, area_number))
        for number, competency in enumerate(area.competencies, start=1):
            items.append(
                item(
                    competency.key,
                    COMPETENCY,
                    competency.code,
                    competency.title,
                    competency.description,
                    number,
                )
            )
            competency_link = _link(competency.title, competency.key)
            associations.append(child_of(competency_link, area_link, number))
            criterion_id = uuid.uuid5(_known(competency.key), "criterion")
            criteria.append(
                {
                    "identifier": str(criterion_id),
                    "uri": _uri(criterion_id),
                    "category": competency.code,
                    "description": competency.title,
                    "CFItemURI": competency_link,
                    "position": number,
                    "rubricId": str(rubric_id),
                    "lastChangeDateTime": changed,
                    "CFRubricCriterionLevels": [
                        {
                            "identifier": str(level.key),
                            "uri": _uri(_known(level.key)),
                            "description": level.description,
                            "quality": scale_names.get(level.number, ""),
                            "score": level.number,
                            "feedback": "\n".join(level.indicators),
                            "position": level.number,
                            "rubricCriterionId": str(criterion_id),
                            "lastChangeDateTime": changed,
                        }
                        for level in competency.levels
                    ],
                }
            )

    return {
        "CFDocument": {
            "identifier": str(data.key),
            "uri": _uri(_known(data.key)),
            "creator": creator,
            "title": data.title,
            "description": data.description,
            "humanCodingScheme": data.code,
            "version": data.version,
            "adoptionStatus": ADOPTION_STATUS[FrameworkStatus(data.status)],
            "language": data.language,
            "lastChangeDateTime": changed,
            "CFPackageURI": document,
        },
        "CFItems": items,
        "CFAssociations": associations,
        "CFRubrics": [
            {
                "identifier": str(rubric_id),
                "uri": _uri(rubric_id),
                "title": data.title,
                "description": data.description,
                "lastChangeDateTime": changed,
                "CFRubricCriteria": criteria,
            }
        ],
    }


REQUIRED = {
    "CFDocument": ["identifier", "uri", "creator", "title", "lastChangeDateTime"],
    "CFItem": ["identifier", "uri", "fullStatement", "lastChangeDateTime"],
    "CFAssociation": [
        "identifier",
        "uri",
        "associationType",
        "originNodeURI",
        "destinationNodeURI",
        "lastChangeDateTime",
    ],
    "CFRubric": ["identifier", "uri", "lastChangeDateTime"],
    "CFRubricCriterion": ["identifier", "uri", "lastChangeDateTime"],
    "CFRubricCriterionLevel": ["identifier", "uri", "lastChangeDateTime"],
}


def validate_case(package: Any) -> list[str]:
    """Problems with a package's CASE 1.1 structure, each naming the item at fault."""
    if not isinstance(package, dict) or not isinstance(package.get("CFDocument"), dict):
        return [_("The file is not a CASE package: it has no CFDocument.")]
    problems = []

    def require(kind: str, obj: Any, where: str) -> None:
        if not isinstance(obj, dict):
            problems.append(_("%(where)s: is not an object.") % {"where": where})
            return
        missing = [name for name in REQUIRED[kind] if obj.get(name) in (None, "")]
        if missing:
            problems.append(
                _("%(where)s: %(kind)s lacks %(fields)s.")
                % {"where": where, "kind": kind, "fields": ", ".join(missing)}
            )
        identifier = obj.get("identifier")
        if identifier is not None:
            try:
                uuid.UUID(str(identifier))
            except ValueError:
                problems.append(
                    _("%(where)s: identifier “%(identifier)s” is not a UUID.")
                    % {"where": where, "identifier": identifier}
                )

    require("CFDocument", package["CFDocument"], "CFDocument")
    for index, item in enumerate(package.get("CFItems") or []):
        require("CFItem", item, f"CFItems[{index}] {_ident(item)}")
    for index, association in enumerate(package.get("CFAssociations") or []):
        require(
            "CFAssociation",
            association,
            f"CFAssociations[{index}] {_ident(association)}",
        )
    for r, rubric in enumerate(package.get("CFRubrics") or []):
        require("CFRubric", rubric, f"CFRubrics[{r}]")
        for c, criterion in enumerate((rubric or {}).get("CFRubricCriteria") or []):
            where = f"CFRubrics[{r}].CFRubricCriteria[{c}]"
            require("CFRubricCriterion", criterion, where)
            for n, level in enumerate(
                (criterion or {}).get("CFRubricCriterionLevels") or []
            ):
                require(
                    "CFRubricCriterionLevel",
                    level,
                    f"{where}.CFRubricCriterionLevels[{n}]",
                )
    return problems


def _ident(obj: Any) -> str:
    return f"({obj.get('identifier')})" if isinstance(obj, dict) else ""


def _node_id(node: Any) -> str | None:
    return str(node.get("identifier")) if isinstance(node, dict) else None


def parse_case(package: Any) -> FrameworkData:
    problems = validate_case(package)
    if problems:
        raise FrameworkImportError(problems)
    document = package["CFDocument"]
    doc_id = str(document["identifier"])
    items = {str(item["identifier"]): item for item in package.get("CFItems") or []}
    children: dict[str, list[tuple[int, str]]] = {}
    for association in package.get("CFAssociations") or []:
        if association["associationType"] != "isChildOf":
            continue
        child, parent = (
            _node_id(association["originNodeURI"]),
            _node_id(association["destinationNodeURI"]),
        )
        if child not in items:
            problems.append(
                _("CFAssociation %(id)s: its origin is no CFItem of this package.")
                % {"id": association["identifier"]}
            )
            continue
        if parent != doc_id and parent not in items:
            problems.append(
                _("CFAssociation %(id)s: its destination is unknown.")
                % {"id": association["identifier"]}
            )
            continue
        children.setdefault(parent, []).append(
            (int(association.get("sequenceNumber") or 0), child)
        )
    for siblings in children.values():
        siblings.sort()

    levels_by_item: dict[str, list[LevelData]] = {}
    for rubric in package.get("CFRubrics") or []:
        for criterion in rubric.get("CFRubricCriteria") or []:
            item_id = _node_id(criterion.get("CFItemURI"))
            if item_id not in items:
                problems.append(
                    _("CFRubricCriterion %(id)s: CFItemURI names no CFItem.")
                    % {"id": criterion["identifier"]}
                )
                continue
            for level in criterion.get("CFRubricCriterionLevels") or []:
                score = level.get("score")
                if not isinstance(score, int | float) or int(score) != score:
                    problems.append(
                        _(
                            "CFRubricCriterionLevel %(id)s: score must be a whole number."
                        )
                        % {"id": level["identifier"]}
                    )
                    continue
                levels_by_item.setdefault(item_id, []).append(
                    LevelData(
                        number=int(score),
                        description=level.get("description") or "",
                        indicators=[
                            line.strip()
                            for line in (level.get("feedback") or "").splitlines()
                            if line.strip()
                        ],
                        key=uuid.UUID(str(level["identifier"])),
                    )
                )

    data = FrameworkData(
        code=document.get("humanCodingScheme") or "",
        version=str(document.get("version") or "1.0"),
        title=document["title"],
        language=(document.get("language") or "").split("-")[0].lower(),
        description=document.get("description") or "",
        status=STATUS_FROM_ADOPTION.get(
            document.get("adoptionStatus"), FrameworkStatus.DRAFT
        ),
        key=uuid.UUID(doc_id),
    )
    if not data.code:
        problems.append(
            _("CFDocument: humanCodingScheme (the framework's code) is missing.")
        )
    for _position, item_id in children.get(doc_id, []):
        item = items[item_id]
        kind = item.get("CFItemType")
        code = item.get("humanCodingScheme") or ""
        if kind == SCALE_LEVEL:
            if not code.isdigit():
                problems.append(
                    _(
                        "CFItem %(id)s: a proficiency level's humanCodingScheme must be its number."
                    )
                    % {"id": item_id}
                )
                continue
            data.scale.append(
                ScaleData(
                    int(code),
                    item["fullStatement"],
                    item.get("notes") or "",
                    uuid.UUID(item_id),
                )
            )
        elif kind == AREA:
            area = AreaData(
                code,
                item["fullStatement"],
                item.get("notes") or "",
                key=uuid.UUID(item_id),
            )
            for _position, child_id in children.get(item_id, []):
                child = items[child_id]
                if child.get("CFItemType") != COMPETENCY:
                    problems.append(
                        _("CFItem %(id)s: only competencies may sit under an area.")
                        % {"id": child_id}
                    )
                    continue
                area.competencies.append(
                    CompetencyData(
                        code=child.get("humanCodingScheme") or "",
                        title=child["fullStatement"],
                        description=child.get("notes") or "",
                        levels=levels_by_item.get(child_id, []),
                        key=uuid.UUID(child_id),
                    )
                )
            data.areas.append(area)
        else:
            problems.append(
                _("CFItem %(id)s: unexpected CFItemType “%(kind)s” at the top level.")
                % {"id": item_id, "kind": kind}
            )
    for area in data.areas:
        for competency in area.competencies:
            if not competency.code:
                problems.append(
                    _("CFItem %(id)s: a competency needs a humanCodingScheme.")
                    % {"id": competency.key}
                )
    if problems:
        raise FrameworkImportError(problems)
    return data


def import_case(package: Any) -> CompetencyFramework:
    """Create the framework a CASE package describes; all or nothing."""
    return create_framework(parse_case(package))
