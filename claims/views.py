from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from .models import Claim


def home(request):
    return redirect("review-queue")


@login_required
def review_queue(request):
    claims = Claim.objects.awaiting_review().select_related("article", "assignee")[:50]
    return render(request, "claims/review_queue.html", {"claims": claims})
