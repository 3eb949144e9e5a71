from .competencies import (
    CaseRecord,
    Competency,
    CompetencyArea,
    CompetencyFramework,
    CompetencyLevel,
    FrameworkStatus,
    ProficiencyLevel,
)
from .pages import (
    CatalogueIndexPage,
    CompetencyModelPage,
    HomePage,
    LessonPage,
    ModuleCompetency,
    ModulePage,
    ModulePrerequisite,
    ModuleToolkitDocument,
    ProgrammePage,
    ProgrammeTrainer,
)
from .tags import ModuleTopic, TopicTag

__all__ = [
    "CatalogueIndexPage",
    "CompetencyModelPage",
    "LessonPage",
    "ModuleCompetency",
    "ModulePage",
    "ModulePrerequisite",
    "ModuleToolkitDocument",
    "ModuleTopic",
    "ProgrammePage",
    "ProgrammeTrainer",
    "TopicTag",
    "CaseRecord",
    "Competency",
    "CompetencyArea",
    "CompetencyFramework",
    "CompetencyLevel",
    "FrameworkStatus",
    "HomePage",
    "ProficiencyLevel",
]
