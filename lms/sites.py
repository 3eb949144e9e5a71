"""The platform's address, from one setting: SITE_URL names Wagtail's default site and
Django's site (allauth's emails use its name and domain), and the sitemap lists every
language's pages under it."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.db.models import Q

from wagtail.contrib.sitemaps.sitemap_generator import Sitemap


def sync_sites(site_url: str | None = None) -> None:
    """Give Wagtail's default site and Django's site the host and port of SITE_URL, and
    Django's site the platform's name. Safe to repeat; runs after every `migrate`."""
    from django.contrib.sites.models import Site as DjangoSite

    from wagtail.models import Site

    parts = urlsplit(site_url or settings.SITE_URL)
    if not parts.hostname:
        return
    port = parts.port or (443 if parts.scheme == "https" else 80)
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None and (site.hostname, site.port) != (parts.hostname, port):
        site.hostname, site.port = parts.hostname, port
        site.save(update_fields=["hostname", "port"])
    DjangoSite.objects.update_or_create(
        pk=settings.SITE_ID,
        defaults={"domain": parts.netloc, "name": settings.PLATFORM_NAME},
    )


def sync_sites_after_migrate(sender, using="default", **kwargs) -> None:
    if using == "default":
        sync_sites()


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap, with the pages of every language's home page, not only the
    default language's."""

    def items(self):
        from wagtail.models import Page

        root = self.get_wagtail_site().root_page
        trees = Q()
        for home in root.get_translations(inclusive=True):
            trees |= Q(path__startswith=home.path)
        return (
            Page.objects.live()
            .public()
            .filter(trees)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
