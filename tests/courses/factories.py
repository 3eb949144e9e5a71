import uuid

from courses.exchange.build import (
    AreaData,
    CompetencyData,
    FrameworkData,
    LevelData,
    ScaleData,
    create_framework,
)

SCALE = ["Awareness", "Practice", "Proficiency", "Leading others"]


def framework_data(
    *, code="SC", version="1.0", language="lt", areas=2, per_area=2, status="draft"
):
    """A small, complete framework as plain data: `areas` × `per_area` competencies."""
    return FrameworkData(
        code=code,
        version=version,
        title=f"Social clustering model ({language})",
        language=language,
        description="Cooperation of public, private and civic sectors.",
        status=status,
        key=uuid.uuid4(),
        scale=[
            ScaleData(number, name, f"Level {number} in general.", uuid.uuid4())
            for number, name in enumerate(SCALE, start=1)
        ],
        areas=[
            AreaData(
                code=f"{code}-{a}",
                title=f"Area {a}",
                description=f"About area {a}.",
                key=uuid.uuid4(),
                competencies=[
                    CompetencyData(
                        code=f"{code}-{a}.{c}",
                        title=f"Competency {a}.{c}",
                        description=f"What {a}.{c} means.",
                        key=uuid.uuid4(),
                        levels=[
                            LevelData(
                                number,
                                f"At level {number} of {a}.{c}.",
                                [
                                    f"Does {a}.{c} thing {number}a.",
                                    f"Does {a}.{c} thing {number}b.",
                                ],
                                uuid.uuid4(),
                            )
                            for number in range(1, 5)
                        ],
                    )
                    for c in range(1, per_area + 1)
                ],
            )
            for a in range(1, areas + 1)
        ],
    )


def make_framework(**kwargs):
    return create_framework(framework_data(**kwargs))
