"""Login throttling (django-axes): whom an attempt comes from, and what a locked-out person is told."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

LOCKED_STATUS = 429


def client_ip(request: HttpRequest) -> str:
    """The address the proxy saw (its X-Real-IP), set by nginx over anything the client sent (README)."""
    return request.META.get("HTTP_X_REAL_IP") or request.META.get("REMOTE_ADDR", "")


def lockout_response(request: HttpRequest, original_response=None, credentials=None) -> HttpResponse:
    """The lockout page in the reader's language; the API gets the same words as JSON."""
    minutes = max(1, int(settings.AXES_COOLOFF_TIME.total_seconds() // 60))
    if request.path.startswith("/api/"):
        message = _(
            "Too many failed logins: logging in as this user or from this address is paused for %(minutes)s minutes."
        ) % {"minutes": minutes}
        return JsonResponse({"detail": message}, status=LOCKED_STATUS)
    return render(request, "registration/lockout.html", {"minutes": minutes}, status=LOCKED_STATUS)
