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
    lessons_left: tuple[uuid.UUID, ...] = ()
    quiz_left: str | None = None
    """The block id of the first final quiz not passed yet."""
    assignment: str = ""
    """"" (none), "todo", "waiting" (for review), "resubmit" or "passed"."""
    locked_by: tuple[uuid.UUID, ...] = ()
    """Keys of the modules to finish first that are not finished."""

    @property
    def completed(self) -> bool:
        return bool(self.total) and self.done == self.total

    def next_step(self) -> dict | None:
        """The first step of this module the learner can take now, or None (done,
        locked, or only a review to wait for)."""
        if self.completed or self.locked_by:
            return None
        if self.lessons_left:
            return {"kind": "lesson", "key": str(self.lessons_left[0])}
        if self.quiz_left:
            return {"kind": "quiz", "block": self.quiz_left}
        if self.assignment in ("todo", "resubmit"):
            return {"kind": "assignment"}
        return None


@dataclass(frozen=True)
class ProgressFigures:
    modules: list[ModuleFigures]
    done: int
    total: int
    last_activity_at: datetime | None
    next_lesson_key: uuid.UUID | None
    """The first lesson left in a module the learner may work on now."""

    @property
    def completed(self) -> bool:
        return bool(self.total) and self.done == self.total

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0
