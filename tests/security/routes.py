"""Every route the URL resolver knows, with a URL to try for each."""

import re
import uuid
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RoutePattern
from django.utils import translation

PLACEHOLDERS = {
    "id": "999999",
    "int": "999999",
    "str": "x",
    "slug": "x",
    "path": "x",
    "uuid": str(uuid.UUID(int=0)),
}


@dataclass(frozen=True)
class Route:
    name: str | None
    pattern: str
    """The whole route, e.g. "lt/learning/modules/<id:module_id>/enrol/"."""

    @property
    def is_admin(self) -> bool:
        return self.pattern.startswith("admin/")

    @property
    def is_api(self) -> bool:
        return self.pattern.startswith("api/")

    def placeholder_url(self) -> str | None:
        """A URL of this route with every parameter filled with an id that exists
        nowhere; None for a regular expression we cannot fill."""

        def fill(match):
            converter = match.group(1) or "str"
            return PLACEHOLDERS.get(converter, "x")

        url = re.sub(r"<(?:(\w+):)?\w+>", fill, self.pattern)
        if re.search(r"[\^$()\[\]\\?*+]", url):
            return None
        return "/" + url


def _walk(patterns, prefix: str, namespace: str | None):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = (
                    f"{namespace}:{entry.namespace}" if namespace else entry.namespace
                )
            yield from _walk(entry.url_patterns, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern):
            name = entry.name
            if name and namespace:
                name = f"{namespace}:{name}"
            pattern = str(entry.pattern)
            if not isinstance(entry.pattern, RoutePattern):
                pattern = pattern.lstrip("^").rstrip("$").replace("\\Z", "")
            yield Route(name=name, pattern=prefix + pattern)


def all_routes(language: str = "lt") -> list[Route]:
    """Every route, with the language prefix of `language`."""
    with translation.override(language):
        return list(_walk(get_resolver().url_patterns, "", None))
