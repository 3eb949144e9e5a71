from django.core.exceptions import ValidationError

import pytest

from courses.blocks import QuestionBlock, VideoBlock


def question(kind, *correct):
    return QuestionBlock().to_python(
        {
            "kind": kind,
            "text": "Klausimas?",
            "options": [
                {"text": f"Atsakymas {i}", "correct": c, "feedback": ""}
                for i, c in enumerate(correct)
            ],
        }
    )


def errors_of(block, value):
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    return {name: str(e) for name, e in error.value.block_errors.items()}


def test_a_question_needs_a_correct_answer():
    errors = errors_of(QuestionBlock(), question("multiple", False, False, False))

    assert "Mark at least one answer as correct." in errors["options"]


def test_a_single_choice_question_has_exactly_one_correct_answer():
    errors = errors_of(QuestionBlock(), question("single", True, True, False))

    assert "exactly one correct answer" in errors["options"]


def test_a_true_or_false_question_has_two_answers():
    errors = errors_of(QuestionBlock(), question("true_false", True, False, False))

    assert "exactly two answers" in errors["options"]


def test_a_valid_multiple_choice_question_passes():
    value = question("multiple", True, True, False)

    assert QuestionBlock().clean(value)["kind"] == "multiple"


@pytest.mark.django_db
def test_a_video_is_a_file_or_a_link_not_neither():
    block = VideoBlock()
    value = block.to_python(
        {"title": "Vaizdo įrašas", "file": None, "url": "", "transcript": ""}
    )

    errors = errors_of(block, value)

    assert "Choose a video file or give a link" in errors["url"]
