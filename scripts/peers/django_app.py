"""Django peer (gunicorn, sync workers): /api/v1/claims uncached, /cached/api/v1/claims through
Django's per-view cache (cache_page, local memory). One file, settings inline. Run by
scripts/bench-peers.ts as `gunicorn django_app:application`."""
import json

from django.conf import settings

settings.configure(
    DEBUG=False,
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    SECRET_KEY="bench-peers-not-secret",
    MIDDLEWARE=[],
    INSTALLED_APPS=[],
    CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
)

import django  # noqa: E402

django.setup()

from django.http import HttpResponse, HttpResponseBadRequest  # noqa: E402
from django.urls import path  # noqa: E402
from django.views.decorators.cache import cache_page  # noqa: E402
from django.core.wsgi import get_wsgi_application  # noqa: E402

from claims_page import claims_page  # noqa: E402


def claims(request):
    try:
        page = max(1, int(request.GET.get("page", "1")))
        per_page = min(100, max(1, int(request.GET.get("perPage", "20"))))
    except ValueError:
        return HttpResponseBadRequest("page and perPage are numbers")
    return HttpResponse(json.dumps(claims_page(page, per_page)), content_type="application/json")


urlpatterns = [
    path("api/v1/claims", claims),
    path("cached/api/v1/claims", cache_page(60)(claims)),
]

application = get_wsgi_application()
