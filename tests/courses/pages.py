"""Builders for course pages in tests."""

from courses.models import (
    CatalogueIndexPage,
    LessonPage,
    ModuleCompetency,
    ModulePage,
    ProgrammePage,
)

QUIZ = {
    "title": "Patikrinkite save",
    "pass_mark": 70,
    "questions": [
        {
            "type": "item",
            "id": "question-1",
            "value": {
                "kind": "single",
                "text": "Kas yra socialinė klasterystė?",
                "options": [
                    {
                        "type": "item",
                        "id": "option-right",
                        "value": {
                            "text": "Sektorių bendradarbiavimas",
                            "correct": True,
                            "feedback": "SECRET-FEEDBACK-RIGHT",
                        },
                    },
                    {
                        "type": "item",
                        "id": "option-wrong",
                        "value": {
                            "text": "Įstaigų sujungimas",
                            "correct": False,
                            "feedback": "SECRET-FEEDBACK-WRONG",
                        },
                    },
                ],
            },
        }
    ],
}


def quiz_with_ids(prefix: str) -> dict:
    """QUIZ with block ids of its own, as two quizzes on a site have."""
    import copy

    quiz = copy.deepcopy(QUIZ)
    for question in quiz["questions"]:
        question["id"] = prefix + question["id"]
        for option in question["value"]["options"]:
            option["id"] = prefix + option["id"]
    return quiz


def publish(page):
    page.save_revision().publish()
    return page


def catalogue_under(home) -> CatalogueIndexPage:
    return publish(
        home.add_child(instance=CatalogueIndexPage(title="Programos", slug="programos"))
    )


def programme_under(catalogue, slug="programa") -> ProgrammePage:
    return publish(
        catalogue.add_child(
            instance=ProgrammePage(
                title="Programa", slug=slug, summary="Apie programą."
            )
        )
    )


def module_under(
    programme, *, slug="modulis", lessons=3, competency=None, quiz=True
) -> ModulePage:
    module = ModulePage(
        title="Modulis",
        slug=slug,
        summary="Apie modulį.",
        quiz=[{"type": "quiz", "value": quiz_with_ids(f"{slug}-")}] if quiz else [],
    )
    if competency is not None:
        module.competency_targets.add(
            ModuleCompetency(competency=competency, target_level=2)
        )
    programme.add_child(instance=module)
    publish(module)
    for number in range(1, lessons + 1):
        publish(
            module.add_child(
                instance=LessonPage(
                    title=f"Tema {number}",
                    slug=f"tema-{number}",
                    body=[
                        {
                            "type": "heading",
                            "value": {"text": f"Skyrius {number}", "level": "h2"},
                        },
                        {"type": "paragraph", "value": "<p>Tekstas.</p>"},
                        *(
                            [
                                {
                                    "type": "quiz",
                                    "value": quiz_with_ids(f"{slug}-{number}-"),
                                }
                            ]
                            if quiz
                            else []
                        ),
                    ],
                )
            )
        )
    return module
