from .competencies import (
    Competency,
    CompetencyArea,
    CompetencyFramework,
    CompetencyLevel,
    FrameworkStatus,
    ProficiencyLevel,
)
from .pages import HomePage

__all__ = [
    "Competency",
    "CompetencyArea",
    "CompetencyFramework",
    "CompetencyLevel",
    "FrameworkStatus",
    "HomePage",
    "ProficiencyLevel",
]
