"""An enrolment's progress as figures: what is done, of what, and when."""

import uuid
from dataclasses import dataclass
from datetime import datetime

from courses.models import ModulePage


@dataclass(frozen=True)
class ModuleFigures:
    page: ModulePage
    done: int
    total: int
    finished_at: datetime | None
    """When the module's last step was done, if every step is."""

    @property
    def completed(self) -> bool:
        return bool(self.total) and self.done == self.total


@dataclass(frozen=True)
class ProgressFigures:
    modules: list[ModuleFigures]
    done: int
    total: int
    last_activity_at: datetime | None
    next_lesson_key: uuid.UUID | None

    @property
    def completed(self) -> bool:
        return bool(self.total) and self.done == self.total

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0
