"""The platform's lock holds what it runs on; tests and tools have a lock of their own."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPS = ("lms", "accounts", "courses", "learning", "notifications", "events")
APPS += ("reports", "privacy", "credentials")
TEST_TOOLS = {
    "pytest",
    "pytest-django",
    "pytest-xdist",
    "playwright",
    "axe-playwright-python",
    "ruff",
    "mypy",
    "django-stubs",
    "moto",
    "factory-boy",
    "aiosmtpd",
    "pyyaml",
    "pip-tools",
}
# Modules of the test tools, as code imports them.
TEST_MODULES = {"pytest", "playwright", "moto", "factory"}
TEST_MODULES |= {"aiosmtpd", "yaml", "mypy", "axe_playwright_python"}
# The SMTP sink imitates a mail server for the tests and `manage.py benchmark_outbox`.
TOOL_MODULES = {
    "notifications/sink.py",
    "learning/management/commands/benchmark_outbox.py",
}


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(lock: str) -> dict[str, str]:
    text = (ROOT / lock).read_text()
    return {
        normalise(name): version
        for name, version in re.findall(r"^([A-Za-z0-9][\w.-]*)==(\S+)", text, re.M)
    }


def requirement_blocks(lock: str) -> list[str]:
    text = re.sub(r"\s*#.*", "", (ROOT / lock).read_text())
    return [block for block in re.split(r"(?<!\\)\n", text) if block.strip()]


def test_the_platforms_lock_holds_no_test_tool():
    runtime = pins("requirements.txt")

    assert runtime, "no pins read from requirements.txt"
    assert not TEST_TOOLS & runtime.keys()
    assert {
        "django",
        "wagtail",
        "celery",
        "gunicorn",
        "django-storages",
    } <= runtime.keys()


def test_the_tools_are_in_the_development_lock():
    assert TEST_TOOLS - {"pip-tools"} <= pins("requirements-dev.txt").keys()


def test_both_locks_pin_every_package_with_hashes():
    for lock in ("requirements.txt", "requirements-dev.txt"):
        for block in requirement_blocks(lock):
            assert re.match(r"^[A-Za-z0-9][\w.-]*==\S+", block), (lock, block)
            assert "--hash=sha256:" in block, (lock, block)


def test_the_development_lock_agrees_with_the_platforms():
    assert "-c requirements.txt" in (ROOT / "requirements-dev.in").read_text()
    runtime, dev = pins("requirements.txt"), pins("requirements-dev.txt")
    shared = runtime.keys() & dev.keys()
    assert {name: dev[name] for name in shared} == {
        name: runtime[name] for name in shared
    }


def test_every_declared_test_library_is_used():
    """A library in requirements-dev.in that no test (or test tool) imports is dead
    weight in the lock."""
    declared = {
        normalise(line.split("[")[0].split("=")[0].split("<")[0].split(">")[0])
        for line in (ROOT / "requirements-dev.in").read_text().splitlines()
        if line.strip() and not line.startswith(("#", "-"))
    }
    imported = set()
    tools = [ROOT / module for module in TOOL_MODULES if (ROOT / module).exists()]
    for path in [*(ROOT / "tests").rglob("*.py"), *tools]:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                imported.add((node.module or "").split(".")[0])
    # Distribution name -> the module the tests import (or the tool they run).
    used_as = {
        "factory-boy": "factory",
        "pyyaml": "yaml",
        "axe-playwright-python": "axe_playwright_python",
        "pytest-django": "pytest_django",
        "moto": "moto",
    }
    run_not_imported = {"pytest-xdist", "ruff", "mypy", "django-stubs"}
    unused = {
        name
        for name in declared - run_not_imported
        if used_as.get(name, name.replace("-", "_")) not in imported
        and name != "pytest-django"  # the plugin pytest loads for DJANGO_SETTINGS
    }
    assert not unused, unused


def test_the_platforms_code_imports_no_test_tool():
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            relative = path.relative_to(ROOT).as_posix()
            if relative in TOOL_MODULES or "/migrations/" in relative:
                continue
            tree = ast.parse(path.read_text())
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0:
                    names = [node.module or ""]
                else:
                    continue
                for name in names:
                    assert name.split(".")[0] not in TEST_MODULES, (relative, name)
                    assert name != "notifications.sink", relative


def test_make_installs_both_locks_and_compiles_both():
    makefile = (ROOT / "Makefile").read_text()
    assert "-r requirements.txt -r requirements-dev.txt" in makefile
    assert "-o requirements.txt requirements.in" in makefile
    assert "-o requirements-dev.txt requirements-dev.in" in makefile
    assert "--generate-hashes" in makefile
