from django.urls import path

from . import views

app_name = "sources"

urlpatterns = [
    path("documents/<int:document_id>/", views.document_detail, name="document-detail"),
    path("add/", views.document_add, name="document-add"),
]
