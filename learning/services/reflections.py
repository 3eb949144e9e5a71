"""Learners' private notes on a lesson's reflection prompts."""

from django.db import transaction
from django.utils.translation import gettext as _

from accounts.models import User
from courses.models import LessonPage

from ..errors import LearningError
from ..models import ReflectionNote

REFLECTION_MAX_LENGTH = 10_000


@transaction.atomic
def save_reflection(
    *, learner: User, lesson: LessonPage, block_id: str, text: str
) -> ReflectionNote | None:
    """Keep a learner's private note on a reflection prompt; an empty note deletes it.

    Raises LearningError when the prompt is not in the lesson or the note is too long.
    """
    if not any(
        block.id == block_id and block.block_type == "reflection"
        for block in lesson.body
    ):
        raise LearningError(_("This lesson has no such reflection prompt."))
    text = text.strip()
    if len(text) > REFLECTION_MAX_LENGTH:
        raise LearningError(
            _("A note can be at most %(max)s characters long.")
            % {"max": REFLECTION_MAX_LENGTH}
        )
    page_key = lesson.translation_key  # the same in every language
    if not text:
        ReflectionNote.objects.filter(
            learner=learner, page_key=page_key, block_id=block_id
        ).delete()
        return None
    note, _created = ReflectionNote.objects.update_or_create(
        learner=learner, page_key=page_key, block_id=block_id, defaults={"text": text}
    )
    return note
