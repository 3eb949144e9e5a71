from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from . import services
from .forms import CloseAccountForm
from .models import ClosedAccount, DataExport
from .selectors import privacy_notice


def notice(request):
    """The privacy notice in the reader's language, wherever editors put it."""
    page = privacy_notice()
    if page is None:
        raise Http404(_("No privacy notice is published yet."))
    return redirect(page.url)


@never_cache
@login_required
def my_data(request):
    exports = DataExport.objects.filter(user=request.user)[:5]
    notice = privacy_notice()
    return render(
        request,
        "privacy/my_data.html",
        {
            "exports": exports,
            "now": timezone.now(),
            "privacy_notice_url": notice.url if notice else "",
        },
    )


@require_POST
@login_required
def request_export(request):
    services.request_export(user=request.user)
    messages.success(
        request,
        _(
            "Your data is being gathered. We will email you when it is ready; "
            "this page shows it too."
        ),
    )
    return redirect("privacy:my_data")


@never_cache
@login_required
def download_export(request, export_id: int):
    export = get_object_or_404(
        DataExport, pk=export_id, user=request.user, status=DataExport.Status.READY
    )
    if not export.file or (export.expires_at and export.expires_at < timezone.now()):
        raise Http404(_("This export has expired; ask for a new one."))
    response = FileResponse(
        export.file.open("rb"),
        as_attachment=True,
        filename=f"my-data-{export.ready_at:%Y-%m-%d}.zip",
        content_type="application/zip",
    )
    response["Cache-Control"] = "private, no-store"
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def close_account(request):
    form = CloseAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        services.close_account(
            user=request.user, initiative=ClosedAccount.Initiative.HOLDER
        )
        logout(request)
        messages.success(
            request,
            _("Your account is closed. Thank you for learning with us."),
        )
        return redirect("wagtail_serve", "")
    return render(request, "privacy/close_account.html", {"form": form})
