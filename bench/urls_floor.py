"""The project's URLs plus the benchmark's floor: the cheapest Django view, served by the same stack."""

from django.http import HttpResponse
from django.urls import include, path


def floor(request):
    return HttpResponse("ok")


urlpatterns = [
    path("bench/floor/", floor, name="bench-floor"),
    path("", include("factcheck.urls")),
]
