"""Who may do what in the review workflow, per the role table in DESIGN.md.

The checks read Django permissions rather than group names, so an admin can grant a single person a
role's rights without putting them in the group, and superusers pass everywhere.
"""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied


def can_review(user) -> bool:
    """Fact-checkers and editors: triage claims, gather evidence, write verdicts, comment."""
    return user.is_authenticated and user.is_active and user.has_perm("claims.change_claim")


def can_submit_article(user) -> bool:
    return user.is_authenticated and user.is_active and user.has_perm("claims.add_article")


def can_write_verdict(user) -> bool:
    return can_review(user) and user.has_perm("claims.add_verdict") and user.has_perm("claims.change_verdict")


def can_comment(user) -> bool:
    return can_review(user) and user.has_perm("claims.add_comment")


def can_approve(user) -> bool:
    """Editors: approve, send back, publish, unpublish and correct verdicts."""
    return can_review(user) and user.has_perm("claims.approve_verdict")


def reviewer_required(view):
    """Anonymous visitors go to the login page; signed-in people without a review role get a 403."""

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not can_review(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper
