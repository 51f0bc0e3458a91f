"""Pages for the archive. Fetched HTML is never rendered: only its extracted text, escaped."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from .fetching import UnfetchableURL
from .forms import DocumentAddForm
from .models import Document
from .services import document_request


def can_read_archive(user) -> bool:
    """Fact-checkers, editors and source admins (all hold sources.view_document)."""
    return user.is_active and user.has_perm("sources.view_document")


@require_safe
@login_required
def document_detail(request, document_id: int):
    if not can_read_archive(request.user):
        raise PermissionDenied
    document = get_object_or_404(Document.objects.select_related("source"), pk=document_id)
    snapshots = document.snapshots.defer("content").order_by("-fetched_at", "-id")
    return render(request, "sources/document_detail.html", {"document": document, "snapshots": snapshots})


@require_http_methods(["GET", "HEAD", "POST"])
@login_required
def document_add(request):
    """A fact-checker adds any page to the archive by hand."""
    if not request.user.has_perm("sources.add_document"):
        raise PermissionDenied
    form = DocumentAddForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            document = document_request(url=form.cleaned_data["url"])
        except UnfetchableURL as exc:
            form.add_error("url", str(exc))
        else:
            messages.success(request, _("The page is archived or on its way: this page shows its progress."))
            return redirect("sources:document-detail", document_id=document.pk)
    return render(request, "sources/document_add.html", {"form": form})
