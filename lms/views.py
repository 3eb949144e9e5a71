"""Error pages in the platform's look and the visitor's language."""

from django.http import HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token
from django.views.defaults import page_not_found as django_page_not_found


def page_not_found(request, exception=None):
    return django_page_not_found(request, exception, template_name="404.html")


@requires_csrf_token
def server_error(request):
    # Rendered without context processors: whatever broke may break them too.
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({"request_path": request.path}))
