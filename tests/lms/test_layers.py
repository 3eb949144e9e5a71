"""The apps depend on each other one way: no import circle between two of them.

`lms` is the layer every app builds on, and also the project's wiring: its URL
configuration, API, context processors, metrics and settings name the apps to put them
together, and management commands (the demo's seeding, the benchmarks) drive several
apps at once, so those modules are left out of the graph (nothing imports them but
Django).
"""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPS = ("lms", "accounts", "courses", "learning", "notifications", "events")
APPS += ("reports", "privacy", "credentials")
WIRING = {"lms/urls.py", "lms/api.py", "lms/context_processors.py", "lms/metrics.py"}


def imports_between_apps() -> dict[tuple[str, str], set[str]]:
    """(importing app, imported app) -> the importing files."""
    edges: dict[tuple[str, str], set[str]] = {}
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            relative = path.relative_to(ROOT).as_posix()
            skipped = ("/settings/", "/migrations/", "/management/")
            if relative in WIRING or any(part in relative for part in skipped):
                continue
            for node in ast.walk(ast.parse(path.read_text())):
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0:
                    names = [node.module or ""]
                else:
                    continue
                for name in names:
                    other = name.split(".")[0]
                    if other in APPS and other != app:
                        edges.setdefault((app, other), set()).add(relative)
    return edges


def test_no_two_apps_import_each_other():
    edges = imports_between_apps()
    circles = {
        (a, b): (sorted(edges[(a, b)]), sorted(edges[(b, a)]))
        for a, b in edges
        if (b, a) in edges and a < b
    }
    assert circles == {}


def test_the_graph_sees_the_imports_it_should():
    edges = imports_between_apps()
    # Known one-way arrows: the check would pass vacuously if it read nothing.
    assert ("learning", "courses") in edges
    assert ("credentials", "learning") in edges
    assert ("learning", "credentials") not in edges
    assert not any(
        app == "notifications" and other not in ("lms", "accounts")
        for app, other in edges
    )


def test_services_selectors_and_permissions_say_what_they_take_and_give():
    """Every function of the boundary modules has typed parameters and a return type."""
    untyped = []
    for app in ("lms", "accounts", "courses", "learning", "notifications"):
        for path in (ROOT / app).rglob("*.py"):
            relative = path.relative_to(ROOT).as_posix()
            boundary = ("services", "selectors", "permissions")
            if "/migrations/" in relative or not any(n in relative for n in boundary):
                continue
            for node in ast.walk(ast.parse(path.read_text())):
                if not isinstance(node, ast.FunctionDef) or node.name.startswith("__"):
                    continue
                arguments = [
                    a
                    for a in node.args.args + node.args.kwonlyargs
                    if a.arg not in ("self", "cls")
                ]
                if node.returns is None or any(a.annotation is None for a in arguments):
                    untyped.append(f"{relative}:{node.lineno} {node.name}")
    assert untyped == []
