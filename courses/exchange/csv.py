"""A framework from a CSV file with one row per competency level.

Columns (header row required; the optional ones may be left out):
framework_code, framework_version, framework_title, language, area_code, area_title,
competency_code, competency_title, level, level_name, level_description,
and optionally framework_description, area_description, competency_description and
indicators (several separated by " | ").
"""

import csv
import io

from django.utils.translation import gettext as _

from .build import (
    AreaData,
    CompetencyData,
    FrameworkData,
    LevelData,
    ScaleData,
    create_framework,
)
from .errors import FrameworkImportError

REQUIRED_COLUMNS = [
    "framework_code",
    "framework_version",
    "framework_title",
    "language",
    "area_code",
    "area_title",
    "competency_code",
    "competency_title",
    "level",
    "level_name",
    "level_description",
]
OPTIONAL_COLUMNS = [
    "framework_description",
    "area_description",
    "competency_description",
    "indicators",
]
FRAMEWORK_COLUMNS = [
    "framework_code",
    "framework_version",
    "framework_title",
    "language",
]


def parse_csv(text: str) -> FrameworkData:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [name.strip() for name in reader.fieldnames or []]
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    if missing:
        raise FrameworkImportError(
            [
                _("Line 1: missing column(s) %(columns)s.")
                % {"columns": ", ".join(missing)}
            ]
        )

    problems: list[str] = []
    data: FrameworkData | None = None
    areas: dict[str, AreaData] = {}
    competencies: dict[str, CompetencyData] = {}
    scale: dict[int, ScaleData] = {}
    for line, raw in enumerate(reader, start=2):
        row = {key.strip(): (value or "").strip() for key, value in raw.items() if key}
        if not any(row.values()):
            continue
        empty = [name for name in REQUIRED_COLUMNS if not row.get(name)]
        if empty:
            problems.append(
                _("Line %(line)s: empty %(columns)s.")
                % {"line": line, "columns": ", ".join(empty)}
            )
            continue
        try:
            number = int(row["level"])
            if not 1 <= number <= 9:
                raise ValueError
        except ValueError:
            problems.append(
                _(
                    "Line %(line)s: level must be a whole number from 1 to 9, not “%(value)s”."
                )
                % {"line": line, "value": row["level"]}
            )
            continue

        if data is None:
            data = FrameworkData(
                code=row["framework_code"],
                version=row["framework_version"],
                title=row["framework_title"],
                language=row["language"].lower(),
                description=row.get("framework_description", ""),
            )
        elif [row[c] for c in FRAMEWORK_COLUMNS] != [
            data.code,
            data.version,
            data.title,
            data.language,
        ]:
            problems.append(
                _("Line %(line)s: a file holds one framework; this row names another.")
                % {"line": line}
            )
            continue

        known = scale.get(number)
        if known is None:
            scale[number] = ScaleData(number, row["level_name"])
        elif known.name != row["level_name"]:
            problems.append(
                _(
                    "Line %(line)s: level %(number)s is called “%(name)s” here and “%(earlier)s” before."
                )
                % {
                    "line": line,
                    "number": number,
                    "name": row["level_name"],
                    "earlier": known.name,
                }
            )

        area = areas.get(row["area_code"])
        if area is None:
            area = areas[row["area_code"]] = AreaData(
                row["area_code"], row["area_title"], row.get("area_description", "")
            )
            if data is not None:
                data.areas.append(area)
        competency = competencies.get(row["competency_code"])
        if competency is None:
            competency = competencies[row["competency_code"]] = CompetencyData(
                row["competency_code"],
                row["competency_title"],
                row.get("competency_description", ""),
            )
            area.competencies.append(competency)
        elif competency not in area.competencies:
            problems.append(
                _(
                    "Line %(line)s: competency %(code)s is in another area on an earlier line."
                )
                % {"line": line, "code": competency.code}
            )
            continue
        if any(level.number == number for level in competency.levels):
            problems.append(
                _("Line %(line)s: competency %(code)s has level %(number)s twice.")
                % {"line": line, "code": competency.code, "number": number}
            )
            continue
        indicators = [
            part.strip()
            for part in row.get("indicators", "").split("|")
            if part.strip()
        ]
        competency.levels.append(
            LevelData(number, row["level_description"], indicators)
        )

    if data is None and not problems:
        problems.append(_("The file has no rows."))
    if problems or data is None:
        raise FrameworkImportError(problems)
    data.scale = sorted(scale.values(), key=lambda level: level.number)
    return data


def import_csv(text: str):
    """Create the framework a CSV file describes; all or nothing."""
    return create_framework(parse_csv(text))
