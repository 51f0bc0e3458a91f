from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("django.contrib.auth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", include("claims.api_urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("sources/", include("sources.urls")),
    path("", include("claims.urls")),
]
