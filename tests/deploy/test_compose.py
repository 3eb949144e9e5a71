"""The Dockerfile and docker-compose.yml name things that exist and settings that start."""

import importlib
import os
import re
import secrets
import shlex
import subprocess
import sys
from pathlib import Path

from django.core.management import get_commands

import yaml
from celery.app.utils import find_app

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
APP_SERVICES = {
    name: service for name, service in SERVICES.items() if "build" in service
}
PRODUCTION_SETTINGS = (ROOT / "lms" / "settings" / "production.py").read_text()


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with continuation lines joined."""
    text = (ROOT / "Dockerfile").read_text()
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    joined = re.sub(r"\\\n", " ", "\n".join(lines))
    pairs = []
    for line in joined.splitlines():
        if line.strip():
            instruction, _, arguments = line.strip().partition(" ")
            pairs.append((instruction.upper(), arguments.strip()))
    return pairs


def command_text(service: dict) -> str:
    command = service.get("command", "")
    return shlex.join(command) if isinstance(command, list) else command


def all_commands() -> str:
    """Every command the image runs: Dockerfile RUN and CMD lines, and compose commands."""
    docker = [
        args for name, args in dockerfile_instructions() if name in {"RUN", "CMD"}
    ]
    return "\n".join(docker + [command_text(service) for service in SERVICES.values()])


def environment(service: dict) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):
        env = dict(item.partition("=")[::2] for item in env)
    return {name: str(value) for name, value in env.items()}


def interpolate(value: str, variables: dict[str, str]) -> str:
    """Resolve compose's ${VAR}, ${VAR:-default}, ${VAR-default} and ${VAR:?message}."""

    def resolve(match: re.Match) -> str:
        name, operator, argument = match.group("name", "operator", "argument")
        current = variables.get(name)
        unset = current is None or (operator.startswith(":") and current == "")
        if operator.endswith("?") and unset:
            raise ValueError(f"{name}: {argument}")
        if operator.endswith("-") and unset:
            return argument
        return current or ""

    pattern = r"\$\{(?P<name>\w+)(?P<operator>:?[-?]|)(?P<argument>[^}]*)\}"
    return re.sub(pattern, resolve, value.replace("$$", "\0")).replace("\0", "$")


def test_every_service_is_defined():
    expected = {"migrate", "web", "worker", "worker-email", "beat", "db", "redis"}
    expected |= {"mail", "minio", "minio-buckets"}
    assert expected <= SERVICES.keys()


def test_web_worker_beat_and_migrate_share_one_build():
    assert APP_SERVICES.keys() == {"migrate", "web", "worker", "worker-email", "beat"}
    builds = [service["build"] for service in APP_SERVICES.values()]
    assert all(build == builds[0] for build in builds)
    assert (
        ROOT / builds[0]["context"] / builds[0].get("dockerfile", "Dockerfile")
    ).is_file()


def test_app_services_start_after_migrations():
    for name in ("web", "worker", "worker-email", "beat"):
        migrate = SERVICES[name]["depends_on"]["migrate"]
        assert migrate["condition"] == "service_completed_successfully"
    assert SERVICES["migrate"]["restart"] == "no"


def test_exactly_one_beat_runs():
    beats = [
        name for name, service in SERVICES.items() if " beat" in command_text(service)
    ]
    assert beats == ["beat"]
    assert SERVICES["beat"].get("deploy", {}).get("replicas", 1) == 1
    assert SERVICES["beat"].get("scale", 1) == 1


def test_redis_persists_and_never_evicts_queued_tasks():
    command = command_text(SERVICES["redis"])
    assert "--appendonly yes" in command
    assert "--maxmemory-policy noeviction" in command


def test_every_long_running_service_has_a_healthcheck():
    for name in ("web", "worker", "worker-email", "beat", "db", "redis"):
        assert SERVICES[name]["healthcheck"]["test"]


def test_web_is_healthy_while_its_process_answers():
    kind, program, flag, code = SERVICES["web"]["healthcheck"]["test"]
    assert (kind, program, flag) == ("CMD", "python", "-c")
    assert "http://127.0.0.1:8000/healthz/live" in code
    compile(code, "web healthcheck", "exec")


def test_each_worker_checks_its_own_node():
    for name in ("worker", "worker-email"):
        service = SERVICES[name]
        [node] = [
            part.removeprefix("--hostname=")
            for part in service["command"]
            if part.startswith("--hostname=")
        ]
        kind, check = service["healthcheck"]["test"]
        assert kind == "CMD-SHELL"
        assert check.startswith("celery -A lms inspect ping")
        # $$ is compose's escape: the shell reads $HOSTNAME, celery's %h.
        assert f"--destination {node.replace('%h', '$$HOSTNAME')}" in check


def test_beat_checks_its_last_tick_with_a_command_that_exists():
    test = SERVICES["beat"]["healthcheck"]["test"]
    assert test == ["CMD", "python", "manage.py", "healthcheck", "beat"]
    assert "healthcheck" in get_commands()


def test_celery_app_in_commands_is_the_project_app():
    names = set(re.findall(r"celery -A (\S+)", all_commands()))
    assert names == {"lms"}
    app = find_app("lms")
    assert app is importlib.import_module("lms").celery_app
    assert app.conf.beat_schedule


def test_beat_schedule_names_registered_tasks():
    app = importlib.import_module("lms").celery_app
    app.loader.import_default_modules()
    for entry in app.conf.beat_schedule.values():
        assert entry["task"] in app.tasks


def test_gunicorn_serves_an_importable_wsgi_application():
    targets = set(re.findall(r"gunicorn\W+([\w.]+):(\w+)", all_commands()))
    assert targets == {("lms.wsgi", "application")}
    for module, attribute in targets:
        assert callable(getattr(importlib.import_module(module), attribute))


def test_every_manage_py_command_exists():
    commands = set(re.findall(r"manage\.py (\w+)", all_commands()))
    assert {"migrate", "compiletranslations", "collectstatic"} <= commands
    assert commands <= get_commands().keys()


def test_every_required_production_variable_is_set():
    required = set(re.findall(r'_require\("(\w+)"\)', PRODUCTION_SETTINGS))
    assert {"DJANGO_SECRET_KEY", "DATABASE_URL", "REDIS_URL"} <= required
    for name, service in APP_SERVICES.items():
        env = environment(service)
        missing = (required | {"DJANGO_SETTINGS_MODULE"}) - env.keys()
        assert not missing, f"{name} lacks {sorted(missing)}"
        assert env["DJANGO_SETTINGS_MODULE"] == "lms.settings.production"


def test_dockerfile_copies_files_that_exist():
    instructions = dockerfile_instructions()
    copies = [
        args.split()
        for name, args in instructions
        if name in {"COPY", "ADD"} and not args.startswith("--from=")
    ]
    sources = [arg for args in copies for arg in args[:-1] if not arg.startswith("--")]
    assert sources
    for source in sources:
        assert (ROOT / source).exists(), source
    installs = " ".join(args for name, args in instructions if name == "RUN")
    for requirements in re.findall(r"pip install .*?-r (\S+)", installs):
        assert (ROOT / requirements).is_file()
        assert requirements in sources or "." in sources


def test_production_settings_load_with_the_compose_environment():
    variables = {
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(48),
        "AWS_SECRET_ACCESS_KEY": secrets.token_urlsafe(24),
    }
    compose_env = {
        name: interpolate(value, variables)
        for name, value in environment(SERVICES["web"]).items()
    }
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); "
            "from django.conf import settings; print(settings.DEBUG)",
        ],
        cwd=ROOT,
        env={
            **os.environ,
            **compose_env,
            "DJANGO_SETTINGS_MODULE": "lms.settings.production",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_app_services_start_after_the_buckets_exist():
    for name in ("web", "worker", "worker-email", "beat"):
        buckets = SERVICES[name]["depends_on"]["minio-buckets"]
        assert buckets["condition"] == "service_completed_successfully"
    assert SERVICES["minio-buckets"]["restart"] == "no"
    minio = SERVICES["minio-buckets"]["depends_on"]["minio"]
    assert minio["condition"] == "service_healthy"
    assert SERVICES["minio"]["healthcheck"]["test"]


def test_the_buckets_created_are_the_ones_the_platform_uses():
    variables = {"AWS_SECRET_ACCESS_KEY": "x" * 24, "DJANGO_SECRET_KEY": "y" * 50}
    app = {
        k: interpolate(v, variables) for k, v in environment(SERVICES["web"]).items()
    }
    mc = {
        k: interpolate(v, variables)
        for k, v in environment(SERVICES["minio-buckets"]).items()
    }
    minio = {
        k: interpolate(v, variables) for k, v in environment(SERVICES["minio"]).items()
    }
    assert app["STORAGE_BACKEND"] == "s3"
    assert app["AWS_S3_ENDPOINT_URL"] == "http://minio:9000"
    assert mc["MEDIA_BUCKET"] == app["AWS_STORAGE_BUCKET_NAME"]
    assert mc["PRIVATE_BUCKET"] == app["AWS_PRIVATE_STORAGE_BUCKET_NAME"]
    assert mc["MEDIA_BUCKET"] != mc["PRIVATE_BUCKET"]
    assert minio["MINIO_ROOT_USER"] == app["AWS_ACCESS_KEY_ID"]
    assert minio["MINIO_ROOT_PASSWORD"] == app["AWS_SECRET_ACCESS_KEY"]
    [script] = SERVICES["minio-buckets"]["command"]
    assert (
        'mc mb --ignore-existing "lms/$$MEDIA_BUCKET" "lms/$$PRIVATE_BUCKET"' in script
    )
    # Neither bucket is readable without credentials.
    assert "mc anonymous set none" in script
    assert "download" not in script and "public" not in script
