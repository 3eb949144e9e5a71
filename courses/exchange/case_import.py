"""Reading CASE 1.1 packages written by any tool (OpenSALT, the CASE Network, this one).

A package is a CFDocument with a tree of CFItems of any depth and any item types,
joined by `isChildOf` associations. The platform's framework has two levels, areas and
competencies, so the admin maps each item type onto one (see ItemRole): the first area
on a path is an area, deeper areas and competencies under competencies are flattened
into their area, skipped items are kept aside. Nothing a package brings is dropped:
items not used as areas or competencies and associations the tree does not express
are stored (CaseRecord) and exported again, identifiers are kept as given, and the
scale comes from the rubric (or CFConcepts this platform writes), else a default one.

Every problem is collected and reported at once, each naming the item it concerns;
nothing is written unless the whole package fits (one transaction).
"""

import re
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.models import Locale

from ..models import (
    CaseRecord,
    Competency,
    CompetencyArea,
    CompetencyFramework,
    FrameworkStatus,
)
from .build import (
    AreaData,
    CaseData,
    CompetencyData,
    FrameworkData,
    LevelData,
    ScaleData,
    check_structure,
    create_framework,
)
from .errors import FrameworkImportError
from .identifiers import case_identifier

CHILD_OF = "isChildOf"
TRANSLATION_TYPES = ("exactMatchOf", "isTranslationOf")
SCALE_KEYWORD = "proficiency level"
ADOPTION_TO_STATUS = {
    "Adopted": FrameworkStatus.PUBLISHED,
    "Deprecated": FrameworkStatus.RETIRED,
}
CODE_LENGTH, TITLE_LENGTH, VERSION_LENGTH, NAME_LENGTH = 32, 255, 16, 100
MAX_LEVELS = 9
DEFAULT_SCALE = [
    gettext_lazy("Foundation"),
    gettext_lazy("Intermediate"),
    gettext_lazy("Advanced"),
    gettext_lazy("Expert"),
]


class ItemRole:
    AREA, COMPETENCY, SKIP = "area", "competency", "skip"
    CHOICES = [
        (AREA, gettext_lazy("Area")),
        (COMPETENCY, gettext_lazy("Competency")),
        (SKIP, gettext_lazy("Skip (keep aside, flatten its children)")),
    ]


def unwrap(package: Any) -> Any:
    """The package itself, also when served wrapped as {"CFPackage": {...}}, with what
    older tools write put the way CASE 1.1 has it (see _as_case_1_1)."""
    if isinstance(package, dict) and isinstance(package.get("CFPackage"), dict):
        package = package["CFPackage"]
    if not isinstance(package, dict):
        return package
    for name, normalise in (
        ("CFAssociations", _association_as_case_1_1),
        ("CFItems", _item_as_case_1_1),
    ):
        if isinstance(package.get(name), list):
            package = {**package, name: [normalise(obj) for obj in package[name]]}
    return package


WHOLE_NUMBER = re.compile(r"\s*-?\d+\s*")


def _association_as_case_1_1(association: Any) -> Any:
    """OpenSALT writes some sequenceNumbers as text ("1"); CASE 1.1 has integers."""
    if isinstance(association, dict):
        sequence = association.get("sequenceNumber")
        if isinstance(sequence, str) and WHOLE_NUMBER.fullmatch(sequence):
            return {**association, "sequenceNumber": int(sequence)}
    return association


def _item_as_case_1_1(item: Any) -> Any:
    """CASE 1.0 drafts (and OpenSALT's older exports) call educationLevel
    `educationalLevel`, sometimes as one comma-separated text."""
    if isinstance(item, dict) and "educationalLevel" in item:
        given = item["educationalLevel"]
        item = {k: v for k, v in item.items() if k != "educationalLevel"}
        if "educationLevel" not in item:
            values = given.split(",") if isinstance(given, str) else given
            if isinstance(values, list):
                levels = [str(v).strip() for v in values if str(v).strip()]
                if levels:
                    item["educationLevel"] = levels
    return item


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _node(value: Any) -> str | None:
    if isinstance(value, dict) and value.get("identifier") not in (None, ""):
        return str(value["identifier"])
    return None


def _list(package: dict, name: str) -> list[Any]:
    value = package.get(name)
    return value if isinstance(value, list) else []


def _name(obj: Any, index: int, kind: str) -> str:
    identifier = obj.get("identifier") if isinstance(obj, dict) else None
    if identifier in (None, ""):
        return f"{kind}[{index}]"
    return f"{kind}[{index}] ({identifier})"


def validate_case(package: Any) -> list[str]:
    """Every problem with a package's structure, each naming the object at fault."""
    package = unwrap(package)
    if not isinstance(package, dict) or not isinstance(package.get("CFDocument"), dict):
        return [_("The file is not a CASE package: it has no CFDocument.")]
    problems: list[str] = []
    document = package["CFDocument"]
    for name in ("identifier", "title"):
        if not _text(str(document.get(name) or "")):
            problems.append(_("CFDocument: %(field)s is missing.") % {"field": name})
    for name in ("CFItems", "CFAssociations", "CFRubrics"):
        if package.get(name) is not None and not isinstance(package[name], list):
            problems.append(_("%(name)s is not a list.") % {"name": name})
    if package.get("CFDefinitions") is not None and not isinstance(
        package["CFDefinitions"], dict
    ):
        problems.append(_("CFDefinitions is not an object."))
    items = _list(package, "CFItems")
    seen: Counter[str] = Counter()
    for index, item in enumerate(items):
        where = _name(item, index, "CFItems")
        if not isinstance(item, dict):
            problems.append(_("%(where)s: is not an object.") % {"where": where})
            continue
        missing = [
            name
            for name in ("identifier", "fullStatement")
            if not _text(str(item.get(name) or ""))
        ]
        if missing:
            problems.append(
                _("%(where)s: CFItem lacks %(fields)s.")
                % {"where": where, "fields": ", ".join(missing)}
            )
        if item.get("identifier") not in (None, ""):
            seen[str(item["identifier"])] += 1
    for identifier, count in seen.items():
        if count > 1:
            problems.append(
                _("CFItem %(id)s: the identifier is used by %(count)s items.")
                % {"id": identifier, "count": count}
            )
    known = set(seen) | {str(document.get("identifier"))}
    associations = _list(package, "CFAssociations")
    for index, association in enumerate(associations):
        where = _name(association, index, "CFAssociations")
        if not isinstance(association, dict):
            problems.append(_("%(where)s: is not an object.") % {"where": where})
            continue
        missing = [
            name
            for name in ("identifier", "associationType")
            if not _text(str(association.get(name) or ""))
        ]
        missing += [
            name
            for name in ("originNodeURI", "destinationNodeURI")
            if _node(association.get(name)) is None
        ]
        if missing:
            problems.append(
                _("%(where)s: CFAssociation lacks %(fields)s.")
                % {"where": where, "fields": ", ".join(missing)}
            )
            continue
        if association["associationType"] == CHILD_OF:
            origin = _node(association["originNodeURI"])
            destination = _node(association["destinationNodeURI"])
            if origin not in seen:
                problems.append(
                    _("%(where)s: its origin %(id)s is no CFItem of this package.")
                    % {"where": where, "id": origin}
                )
            if destination not in known:
                problems.append(
                    _(
                        "%(where)s: its destination %(id)s is neither the document "
                        "nor a CFItem of this package."
                    )
                    % {"where": where, "id": destination}
                )
        sequence = association.get("sequenceNumber")
        if sequence is not None and not (
            isinstance(sequence, int) and not isinstance(sequence, bool)
        ):
            problems.append(
                _("%(where)s: sequenceNumber must be a whole number.")
                % {"where": where}
            )
    rubrics = _list(package, "CFRubrics")

    for r, rubric in enumerate(rubrics):
        if not isinstance(rubric, dict):
            problems.append(_("CFRubrics[%(index)s]: is not an object.") % {"index": r})
            continue
        if not isinstance(rubric.get("CFRubricCriteria") or [], list):
            problems.append(
                _("CFRubrics[%(index)s]: CFRubricCriteria is not a list.")
                % {"index": r}
            )
        for c, criterion in enumerate(_list(rubric, "CFRubricCriteria")):
            where = f"CFRubrics[{r}].CFRubricCriteria[{c}]"
            if not isinstance(criterion, dict):
                problems.append(_("%(where)s: is not an object.") % {"where": where})
                continue
            item_id = _node(criterion.get("CFItemURI"))
            if item_id is not None and item_id not in seen:
                problems.append(
                    _("%(where)s: CFItemURI %(id)s names no CFItem of this package.")
                    % {"where": where, "id": item_id}
                )
            if not isinstance(criterion.get("CFRubricCriterionLevels") or [], list):
                problems.append(
                    _("%(where)s: CFRubricCriterionLevels is not a list.")
                    % {"where": where}
                )
            for n, level in enumerate(_list(criterion, "CFRubricCriterionLevels")):
                level_where = f"{where}.CFRubricCriterionLevels[{n}]"
                score = level.get("score") if isinstance(level, dict) else None
                if not isinstance(level, dict) or not _text(
                    str(level.get("identifier") or "")
                ):
                    problems.append(
                        _("%(where)s: a level needs an identifier.")
                        % {"where": level_where}
                    )
                elif not isinstance(score, int | float) or isinstance(score, bool):
                    problems.append(
                        _("%(where)s: score must be a number.") % {"where": level_where}
                    )
    return problems


@dataclass
class Node:
    identifier: str
    item: dict
    children: list["Node"] = field(default_factory=list)
    sequence: int = 0
    parent_association: str = ""
    sequence_given: bool = False  # whether that association had a sequenceNumber

    @property
    def item_type(self) -> str:
        return _text(self.item.get("CFItemType")) or _("(no item type)")

    @property
    def title(self) -> str:
        return _text(self.item.get("abbreviatedStatement")) or _text(
            self.item.get("fullStatement")
        )

    @property
    def code(self) -> str:
        return _text(self.item.get("humanCodingScheme"))


@dataclass
class Tree:
    """A package read as a tree: what the preview shows and the import maps."""

    package: dict
    document: dict
    roots: list[Node]
    detached: list[dict]
    type_counts: dict[str, int]
    type_depths: dict[str, int]
    type_has_children: dict[str, bool]
    problems: list[str]
    used_associations: set[str]

    @property
    def item_count(self) -> int:
        return len(self.package.get("CFItems") or [])

    @property
    def association_count(self) -> int:
        return len(self.package.get("CFAssociations") or [])

    @property
    def has_rubric(self) -> bool:
        return any(
            (rubric.get("CFRubricCriteria") or [])
            for rubric in self.package.get("CFRubrics") or []
        )

    def default_mapping(self) -> dict[str, str]:
        """Top-level types with children become areas, everything else competencies."""
        return {
            item_type: ItemRole.AREA
            if self.type_depths[item_type] == 1 and self.type_has_children[item_type]
            else ItemRole.COMPETENCY
            for item_type in self.type_counts
        }

    def flat(self) -> list[tuple[int, Node]]:
        rows: list[tuple[int, Node]] = []

        def walk(nodes: list[Node], depth: int) -> None:
            for node in nodes:
                rows.append((depth, node))
                walk(node.children, depth + 1)

        walk(self.roots, 0)
        return rows


def read_tree(package: Any) -> Tree:
    """The package's tree, or FrameworkImportError listing every structural problem."""
    problems = validate_case(package)
    if problems:
        raise FrameworkImportError(problems)
    package = unwrap(package)
    document = package["CFDocument"]
    doc_id = str(document["identifier"])
    items = {str(item["identifier"]): item for item in package.get("CFItems") or []}
    children: dict[str, list[tuple[int, int, str, str]]] = {}
    has_parent: set[str] = set()
    numbered: set[str] = set()
    for position, association in enumerate(package.get("CFAssociations") or []):
        if association["associationType"] != CHILD_OF:
            continue
        child = _node(association["originNodeURI"]) or ""
        parent = _node(association["destinationNodeURI"]) or ""
        if child in has_parent:  # an item in several places: the first one counts
            continue
        has_parent.add(child)
        if association.get("sequenceNumber") is not None:
            numbered.add(str(association["identifier"]))
        children.setdefault(parent, []).append(
            (
                association.get("sequenceNumber") or 0,
                position,
                child,
                str(association["identifier"]),
            )
        )
    used: set[str] = set()
    type_counts: Counter[str] = Counter()
    type_depths: dict[str, int] = {}
    type_has_children: dict[str, bool] = {}
    visited: set[str] = set()

    def build(parent: str, depth: int, path: tuple[str, ...]) -> list[Node]:
        nodes = []
        for sequence, _position, child, association_id in sorted(
            children.get(parent, [])
        ):
            if child in path or child in visited:
                problems.append(
                    _("CFItem %(id)s: the isChildOf associations make a loop.")
                    % {"id": child}
                )
                continue
            visited.add(child)
            used.add(association_id)
            node = Node(child, items[child], sequence=sequence)
            node.parent_association = association_id
            node.sequence_given = association_id in numbered
            node.children = build(child, depth + 1, (*path, child))
            type_counts[node.item_type] += 1
            type_depths[node.item_type] = min(
                type_depths.get(node.item_type, depth), depth
            )
            type_has_children[node.item_type] = type_has_children.get(
                node.item_type, False
            ) or bool(node.children)
            nodes.append(node)
        return nodes

    roots = build(doc_id, 1, ())
    if problems:
        raise FrameworkImportError(problems)
    detached = [item for identifier, item in items.items() if identifier not in visited]
    return Tree(
        package=package,
        document=document,
        roots=roots,
        detached=detached,
        type_counts=dict(type_counts),
        type_depths=type_depths,
        type_has_children=type_has_children,
        problems=[],
        used_associations=used,
    )


def _fit(value: str, length: int, extra: dict, name: str) -> str:
    """`value` cut to the column's length; the whole text kept to be exported again."""
    if len(value) <= length:
        return value
    extra.setdefault("item", {})[name] = value
    return value[: length - 1] + "…"


def _language(document: dict, items: list[dict]) -> str:
    for value in [document.get("language"), *(item.get("language") for item in items)]:
        if isinstance(value, str) and value.strip():
            return value.strip().split("-")[0].lower()
    return settings.LANGUAGE_CODE.split("-")[0]


def _framework_code(document: dict, roots: list[Node]) -> str:
    given = _text(document.get("humanCodingScheme"))
    if given:
        return given[:CODE_LENGTH]
    prefixes = {re.split(r"[-.\s:/_]", node.code)[0] for node in roots if node.code}
    if len(prefixes) == 1 and (prefix := prefixes.pop()):
        return prefix[:CODE_LENGTH]
    initials = "".join(word[0] for word in re.findall(r"\w+", document["title"]))
    return (initials.upper() or "CASE")[:CODE_LENGTH]


class _Levels:
    """The scale and each item's level descriptors, from rubrics and concepts."""

    def __init__(self, package: dict, problems: list[str]) -> None:
        self.by_item: dict[str, list[dict]] = {}
        self.criterion: dict[str, str] = {}
        # Every criterion as given, with the item it describes (None if it names none).
        self.criteria: list[tuple[str | None, dict]] = []
        self.rubric: dict[str, str] = {}
        scores: set[float] = set()
        names: dict[float, str] = {}
        for rubric in package.get("CFRubrics") or []:
            if not self.rubric and _text(str(rubric.get("identifier") or "")):
                self.rubric = {
                    "identifier": str(rubric["identifier"]),
                    "title": _text(rubric.get("title")),
                }
            for criterion in rubric.get("CFRubricCriteria") or []:
                item_id = _node(criterion.get("CFItemURI"))
                self.criteria.append((item_id, criterion))
                if item_id is None:
                    continue
                if criterion.get("identifier"):
                    self.criterion[item_id] = str(criterion["identifier"])
                for level in criterion.get("CFRubricCriterionLevels") or []:
                    self.by_item.setdefault(item_id, []).append(level)
                    scores.add(level["score"])
                    if _text(level.get("quality")):
                        names.setdefault(level["score"], _text(level["quality"]))
        ordered = sorted(scores)
        whole = all(int(s) == s and 1 <= s <= MAX_LEVELS for s in ordered)
        if len(ordered) > MAX_LEVELS:
            problems.append(
                _("The rubric has %(count)s levels; a scale has at most %(max)s.")
                % {"count": len(ordered), "max": MAX_LEVELS}
            )
        # Scores such as 0–3 or 0.5 steps become levels 1, 2, 3… in their order.
        self.number = {s: int(s) if whole else n for n, s in enumerate(ordered, 1)}
        concepts = [
            concept
            for concept in (package.get("CFDefinitions") or {}).get("CFConcepts") or []
            if isinstance(concept, dict)
            and _text(concept.get("keywords")).lower() == SCALE_KEYWORD
            and str(concept.get("hierarchyCode") or "").isdigit()
        ]
        self.concept_ids = {str(c.get("identifier")) for c in concepts}
        by_number = {int(c["hierarchyCode"]): c for c in concepts}
        self.scale: list[ScaleData] = []
        numbers = sorted(set(self.number.values()) or by_number)
        for number in numbers:
            concept = by_number.get(number, {})
            score = next((s for s, n in self.number.items() if n == number), None)
            name = (
                _text(concept.get("title"))
                or names.get(score)  # type: ignore[arg-type]
                or _("Level %(number)s") % {"number": number}
            )
            self.scale.append(
                ScaleData(
                    number=number,
                    name=name[:NAME_LENGTH],
                    description=_text(concept.get("description")),
                    case=CaseData(identifier=str(concept.get("identifier") or "")),
                )
            )
        self.defaulted = not self.scale
        if self.defaulted:
            self.scale = [
                # Named in the framework's language when it is imported.
                ScaleData(number=n, name=name)  # type: ignore[arg-type]
                for n, name in enumerate(DEFAULT_SCALE, start=1)
            ]

    def levels(self, item_id: str) -> list[LevelData]:
        given = {
            self.number[level["score"]]: level
            for level in self.by_item.get(item_id, [])
        }
        return [
            LevelData(
                number=scale.number,
                description=_text(given[scale.number].get("description")),
                indicators=[
                    line.strip()
                    for line in _text(given[scale.number].get("feedback")).splitlines()
                    if line.strip()
                ],
                case=CaseData(identifier=str(given[scale.number]["identifier"])),
            )
            if scale.number in given
            else LevelData(number=scale.number, description="")
            for scale in self.scale
        ]

    def missing(self, item_id: str) -> list[int]:
        if item_id not in self.by_item:
            return []
        given = {self.number[level["score"]] for level in self.by_item[item_id]}
        return [s.number for s in self.scale if s.number not in given]


def _item_case(node: Node, extra: dict, association: str) -> CaseData:
    from .case import ITEM_EXTRA_FIELDS

    kept = {
        name: node.item[name]
        for name in ITEM_EXTRA_FIELDS
        if name in node.item and name not in ("fullStatement", "humanCodingScheme")
    }
    full = node.item.get("fullStatement")
    if isinstance(full, str) and full.strip() and full != node.title:
        # The title is the abbreviated statement, or the statement trimmed: the full
        # one is exported again as it came.
        kept["fullStatement"] = full
    extra.setdefault("item", {}).update(kept)
    if association:
        extra["isChildOf"] = association
        if node.sequence_given:
            extra["sequenceNumber"] = node.sequence
    return CaseData(identifier=node.identifier, item_type=node.item_type, extra=extra)


def parse_defaults(package: Any) -> dict[str, str]:
    """The framework code and language an import proposes for a valid package."""
    tree = read_tree(package)
    return {
        "code": _framework_code(tree.document, tree.roots),
        "language": _language(tree.document, list(tree.package.get("CFItems") or [])),
    }


def parse_case(
    package: Any,
    *,
    mapping: dict[str, str] | None = None,
    code: str | None = None,
    language: str | None = None,
) -> FrameworkData:
    """A package as framework data, or FrameworkImportError listing every problem."""
    data, problems = _parse(package, mapping=mapping, code=code, language=language)
    if problems:
        raise FrameworkImportError(problems)
    return data


def _parse(
    package: Any,
    *,
    mapping: dict[str, str] | None,
    code: str | None,
    language: str | None,
) -> tuple[FrameworkData, list[str]]:
    from .case import DOCUMENT_EXTRA_FIELDS

    tree = read_tree(package)
    package, document = tree.package, tree.document
    mapping = {**tree.default_mapping(), **(mapping or {})}
    problems: list[str] = []
    levels = _Levels(package, problems)
    items = list(package.get("CFItems") or [])
    language = language or _language(document, items)
    doc_extra: dict[str, Any] = {
        "document": {
            name: document[name] for name in DOCUMENT_EXTRA_FIELDS if name in document
        }
    }
    if _text(document.get("creator")):
        doc_extra["creator"] = _text(document["creator"])
    definitions = {
        name: values
        for name, values in (package.get("CFDefinitions") or {}).items()
        if isinstance(values, list)
    }
    if "CFConcepts" in definitions:
        definitions["CFConcepts"] = [
            c
            for c in definitions["CFConcepts"]
            if str((c or {}).get("identifier")) not in levels.concept_ids
        ]
    doc_extra["definitions"] = {name: v for name, v in definitions.items() if v}
    if levels.rubric:
        doc_extra["rubric"] = levels.rubric
    title = _text(document["title"])
    data = FrameworkData(
        code=(code or _framework_code(document, tree.roots))[:CODE_LENGTH],
        version=str(document.get("version") or "1.0")[:VERSION_LENGTH],
        title=title[:TITLE_LENGTH],
        language=language,
        description=_text(document.get("description")),
        status=ADOPTION_TO_STATUS.get(
            _text(document.get("adoptionStatus")), FrameworkStatus.DRAFT
        ),
        scale=levels.scale,
        case=CaseData(identifier=str(document["identifier"]), extra=doc_extra),
    )
    kept_items: list[dict] = list(tree.detached)
    used_associations = set()
    implicit: AreaData | None = None
    codes: Counter[str] = Counter()

    def unique(code_value: str, extra: dict, fallback: str) -> str:
        value = code_value or fallback
        if not code_value:
            extra["codeGenerated"] = True
        if len(value) > CODE_LENGTH or codes[value]:
            if code_value:
                extra.setdefault("item", {})["humanCodingScheme"] = code_value
            base = value[: CODE_LENGTH - 4]
            value = f"{base}~{codes[base] + 1}"
            codes[base] += 1
        codes[value] += 1
        return value

    def add_competency(node: Node, area: AreaData, direct: bool) -> None:
        extra: dict[str, Any] = {}
        association = node.parent_association if direct else ""
        if direct:
            used_associations.add(association)
        missing = levels.missing(node.identifier)
        if node.identifier in levels.criterion:
            extra["criterion"] = levels.criterion[node.identifier]
        competency = CompetencyData(
            code=unique(node.code, extra, f"{area.code}.{len(area.competencies) + 1}"),
            title=_fit(node.title, TITLE_LENGTH, extra, "fullStatement"),
            description=_text(node.item.get("notes")),
            levels=levels.levels(node.identifier),
            case=_item_case(node, extra, association),
        )
        if missing:
            problems.append(
                _("CFItem %(id)s (%(code)s): the rubric gives no level %(levels)s.")
                % {
                    "id": node.identifier,
                    "code": competency.code,
                    "levels": ", ".join(map(str, missing)),
                }
            )
        area.competencies.append(competency)

    def new_area(node: Node, direct: bool) -> AreaData:
        extra: dict[str, Any] = {}
        association = node.parent_association if direct else ""
        if direct:
            used_associations.add(association)
        area = AreaData(
            code=unique(node.code, extra, f"{data.code}-{len(data.areas) + 1}"),
            title=_fit(node.title, TITLE_LENGTH, extra, "fullStatement"),
            description=_text(node.item.get("notes")),
            case=_item_case(node, extra, association),
        )
        data.areas.append(area)
        return area

    def walk(nodes: list[Node], area: AreaData | None, parent_is: str) -> None:
        nonlocal implicit
        for node in nodes:
            role = mapping.get(node.item_type, ItemRole.COMPETENCY)
            if role == ItemRole.AREA and area is None:
                area_data = new_area(node, direct=parent_is == "document")
                walk(node.children, area_data, ItemRole.AREA)
                continue
            if role in (ItemRole.COMPETENCY, ItemRole.AREA):
                # An area inside an area joins it as a competency (its own isChildOf
                # is kept and exported again), as competencies under competencies do.
                if area is None:
                    if implicit is None:
                        implicit = AreaData(
                            code=unique("", {}, f"{data.code}-{len(data.areas) + 1}"),
                            title=data.title,
                            case=CaseData(extra={"implicit": True}),
                        )
                        data.areas.append(implicit)
                    target = implicit
                else:
                    target = area
                direct = parent_is == ItemRole.AREA or (
                    area is None and parent_is == "document"
                )
                add_competency(node, target, direct=direct)
                walk(node.children, target, ItemRole.COMPETENCY)
                continue
            kept_items.append(node.item)  # skipped
            walk(node.children, area, ItemRole.SKIP)

    walk(tree.roots, None, "document")
    # A criterion of an item that is no competency here (an area, a skipped item)
    # describes nothing the platform models: kept as it came, exported again.
    competency_ids = {
        c.case.identifier for area in data.areas for c in area.competencies
    }
    # Its scores become the scale's level numbers, as the competencies' criteria's
    # do: the export's rubric then scores on one scale, and imports again.
    kept_criteria = [
        {
            **criterion,
            "CFRubricCriterionLevels": [
                {**level, "score": levels.number.get(level["score"], level["score"])}
                for level in criterion.get("CFRubricCriterionLevels") or []
            ],
        }
        for item_id, criterion in levels.criteria
        if item_id not in competency_ids
    ]
    if kept_criteria:
        doc_extra["criteria"] = kept_criteria
    if not package.get("CFItems"):
        problems.append(_("The package has no CFItems: there is nothing to import."))
    elif not any(area.competencies for area in data.areas):
        problems.append(
            _("The mapping leaves no competencies: map at least one item type to one.")
        )
    for association in package.get("CFAssociations") or []:
        identifier = str(association["identifier"])
        if identifier in used_associations:
            continue
        data.case_records.append(
            (
                CaseRecord.Kind.ASSOCIATION,
                identifier,
                association["associationType"],
                association,
            )
        )
    data.case_records += [
        (CaseRecord.Kind.ITEM, str(item["identifier"]), "", item) for item in kept_items
    ]
    return data, problems


def _stored_identifiers(locale: Locale) -> dict[str, CompetencyFramework]:
    """Every CASE identifier in use in a language, with the framework that has it."""
    found: dict[str, CompetencyFramework] = {}
    frameworks = {f.pk: f for f in CompetencyFramework.objects.filter(locale=locale)}
    for framework in frameworks.values():
        found[case_identifier(framework, locale.language_code)] = framework
    for model, path in (
        (CompetencyArea, "framework_id"),
        (Competency, "area__framework_id"),
    ):
        rows = model.objects.filter(locale=locale).values_list(
            "translation_key", "case_identifier", "case_language", path
        )
        for key, stored, stored_language, framework_id in rows:
            identifier = (
                stored
                if stored and stored_language == locale.language_code
                else str(uuid.uuid5(key, locale.language_code))
            )
            found[identifier] = frameworks[framework_id]
    return found


def _link_translations(data: FrameworkData, package: dict, locale: Locale) -> list[str]:
    """Make the package a translation of what its exactMatchOf associations name.

    A document (and its items) matched to an existing framework in another language
    share that framework's translation keys; the association is then one the export
    writes itself, so it is not kept a second time.
    """
    matches: dict[str, str] = {}
    for association in package.get("CFAssociations") or []:
        if association["associationType"] in TRANSLATION_TYPES:
            origin = _node(association["originNodeURI"]) or ""
            matches.setdefault(origin, _node(association["destinationNodeURI"]) or "")
    if not matches:
        return []
    others: dict[str, tuple[type, Any, str]] = {}
    for framework in CompetencyFramework.objects.exclude(locale=locale).select_related(
        "locale"
    ):
        others[case_identifier(framework)] = (
            CompetencyFramework,
            framework.translation_key,
            framework.locale.language_code,
        )
    for model in (CompetencyArea, Competency):
        rows = model.objects.exclude(locale=locale).values_list(
            "translation_key",
            "case_identifier",
            "case_language",
            "locale__language_code",
        )
        for key, stored, stored_language, language in rows:
            identifier = (
                stored
                if stored and stored_language == language
                else str(uuid.uuid5(key, language))
            )
            others[identifier] = (model, key, language)
    resolved: set[str] = set()

    def link(obj: Any, model: type) -> None:
        target = others.get(matches.get(obj.case.identifier, ""))
        if target and target[0] is model:
            obj.key = target[1]
            resolved.add(obj.case.identifier)

    link(data, CompetencyFramework)
    for area in data.areas:
        link(area, CompetencyArea)
        for competency in area.competencies:
            link(competency, Competency)
    return [
        identifier
        for identifier, association_type, origin in (
            (r[1], r[2], _node(r[3].get("originNodeURI"))) for r in data.case_records
        )
        if association_type in TRANSLATION_TYPES
        and origin in resolved
        and others.get(matches.get(origin or "", ""))
    ]


@transaction.atomic
def import_case(
    package: Any,
    *,
    mapping: dict[str, str] | None = None,
    code: str | None = None,
    language: str | None = None,
) -> CompetencyFramework:
    """Create the framework a CASE package describes; all or nothing.

    A package whose document is already here in another version becomes a new
    version of that framework (same code). The same version again, or items whose
    identifiers belong to another framework, are refused with a clear message.
    """
    data, problems = _parse(package, mapping=mapping, code=code, language=language)
    package = unwrap(package)
    locale = Locale.objects.filter(language_code=data.language).first()
    if locale is None:
        problems.append(
            _("The language “%(language)s” is not one of the platform's.")
            % {"language": data.language}
        )
        raise FrameworkImportError(problems)
    with translation.override(data.language):
        for step in data.scale:
            step.name = str(step.name)
    problems += [p for p in check_structure(data) if p not in problems]
    in_use = _stored_identifiers(locale)
    previous = in_use.get(data.case.identifier)
    if previous is not None:
        if previous.version == data.version:
            problems.append(
                _(
                    "CFDocument %(id)s: version %(version)s exists already, as "
                    "%(framework)s."
                )
                % {
                    "id": data.case.identifier,
                    "version": data.version,
                    "framework": previous,
                }
            )
        else:
            data.code = previous.code
    versions = (
        {
            f.pk
            for f in CompetencyFramework.objects.filter(
                code=previous.code, locale=locale
            )
        }
        if previous is not None
        else set()
    )
    for area in data.areas:
        objects: list[AreaData | CompetencyData] = [area, *area.competencies]
        for obj in objects:
            owner = in_use.get(obj.case.identifier) if obj.case.identifier else None
            if owner is not None and owner.pk not in versions:
                problems.append(
                    _(
                        "CFItem %(id)s: this identifier belongs to %(framework)s, "
                        "another document. Import it as a new version of that "
                        "document, or give the items identifiers of their own."
                    )
                    % {"id": obj.case.identifier, "framework": owner}
                )
    if problems:
        raise FrameworkImportError(problems)
    regenerated = set(_link_translations(data, package, locale))
    data.case_records = [r for r in data.case_records if r[1] not in regenerated]
    return create_framework(data)
