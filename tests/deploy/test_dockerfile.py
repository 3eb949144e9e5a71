"""The production image: built in stages from the platform's lock only, run unprivileged."""

import re

from .test_compose import APP_SERVICES, ROOT, dockerfile_instructions


def stages() -> dict[str, list[tuple[str, str]]]:
    """Instructions by stage name, in order."""
    found: dict[str, list[tuple[str, str]]] = {}
    current = None
    for name, args in dockerfile_instructions():
        if name == "FROM":
            match = re.match(r"(\S+)(?:\s+AS\s+(\S+))?", args, re.IGNORECASE)
            current = match.group(2) or match.group(1)
            found[current] = []
        else:
            found[current].append((name, args))
    return found


def test_the_image_is_built_in_stages_and_runs_the_last():
    names = list(stages())
    assert names == ["base", "build", "runtime"]
    assert not any("target" in service["build"] for service in APP_SERVICES.values())


def test_only_the_platforms_lock_is_installed_with_its_hashes():
    text = (ROOT / "Dockerfile").read_text()
    installs = [
        args for name, args in dockerfile_instructions() if "pip install" in args
    ]
    assert installs == ["pip install --require-hashes -r requirements.txt"]
    assert "requirements-dev" not in text
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert {"tests", "requirements-dev.*", ".venv", ".env"} <= set(ignored)


def test_the_build_compiles_translations_and_collects_static_files():
    build = " ".join(args for name, args in stages()["build"] if name == "RUN")
    assert "manage.py compiletranslations" in build
    assert "manage.py collectstatic --noinput" in build


def test_the_runtime_stage_copies_the_build_and_runs_as_an_unprivileged_user():
    runtime = stages()["runtime"]
    copies = [args for name, args in runtime if name == "COPY"]
    assert copies == ["--from=build /opt/venv /opt/venv", "--from=build /app /app"]
    users = [args for name, args in runtime if name == "USER"]
    assert users and users[-1] not in {"root", "0"}
    assert any(
        "useradd" in args and users[-1] in args
        for name, args in runtime
        if name == "RUN"
    )
    # Nothing after USER may need root.
    after = runtime[[name for name, _ in runtime].index("USER") :]
    assert not [args for name, args in after if name == "RUN"]
    env = " ".join(args for name, args in runtime if name == "ENV")
    assert "DJANGO_SETTINGS_MODULE=lms.settings.production" in env


def test_web_workers_and_beat_use_this_image():
    for name in ("web", "worker", "worker-email", "beat"):
        build = APP_SERVICES[name]["build"]
        assert build["context"] == "." and build.get("dockerfile") == "Dockerfile"
