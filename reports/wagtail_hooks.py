from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import urls
from .permissions import may_see_reports


@hooks.register("register_admin_urls")
def register_report_urls():
    return [path("reports/", include(urls, namespace="reports"))]


class StaffReportMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_reports(request.user)


@hooks.register("register_reports_menu_item")
def register_learners_report():
    return StaffReportMenuItem(
        _("Learners"),
        reverse("reports:learners"),
        name="learners",
        icon_name="user",
        order=100,
    )


@hooks.register("register_reports_menu_item")
def register_programmes_report():
    return StaffReportMenuItem(
        _("Programmes and modules"),
        reverse("reports:programmes"),
        name="programmes",
        icon_name="list-ul",
        order=110,
    )


@hooks.register("register_reports_menu_item")
def register_organisations_report():
    return StaffReportMenuItem(
        _("Organisations"),
        reverse("reports:organisations"),
        name="organisations",
        icon_name="group",
        order=120,
    )


@hooks.register("construct_homepage_panels")
def add_report_panels(request, panels):
    from .dashboard import panels_for

    panels.extend(panels_for(request.user))


@hooks.register("register_reports_menu_item")
def register_competencies_report():
    return StaffReportMenuItem(
        _("Competencies"),
        reverse("reports:competencies"),
        name="competencies",
        icon_name="tasks",
        order=130,
    )


@hooks.register("register_reports_menu_item")
def register_growth_report():
    return StaffReportMenuItem(
        _("Self-assessment growth"),
        reverse("reports:growth"),
        name="growth",
        icon_name="pick",
        order=140,
    )


@hooks.register("register_reports_menu_item")
def register_certificates_report():
    return StaffReportMenuItem(
        _("Certificates issued"),
        reverse("reports:certificates"),
        name="certificates-issued",
        icon_name="doc-full",
        order=150,
    )
