from django.urls import path

from . import feeds, public_views, views

urlpatterns = [
    path("", views.home, name="home"),
    path("review/", views.review_queue, name="review-queue"),
    path("review/bulk/", views.review_bulk, name="review-bulk"),
    path("review/failed/", views.review_failed, name="review-failed"),
    path("review/articles/new/", views.article_submit, name="review-article-submit"),
    path("review/articles/<int:pk>/", views.article_detail, name="review-article"),
    path("review/articles/<int:pk>/search/", views.article_search_again, name="review-article-search"),
    path("review/articles/<int:pk>/retry/", views.article_retry, name="review-article-retry"),
    path("review/claims/<int:pk>/", views.claim_review, name="review-claim"),
    *[
        path(f"review/claims/<int:pk>/{action}/", views.claim_triage, {"action": action}, name=f"review-claim-{action}")
        for action in ("start", "not-checkable", "reopen")
    ],
    path("review/claims/<int:pk>/comments/", views.claim_comment, name="review-claim-comment"),
    path("review/claims/<int:pk>/evidence/", views.claim_evidence_add, name="review-claim-evidence"),
    path(
        "review/claims/<int:pk>/evidence/<int:evidence_id>/remove/",
        views.claim_evidence_remove,
        name="review-claim-evidence-remove",
    ),
    path("review/claims/<int:pk>/edit/", views.claim_edit, name="review-claim-edit"),
    path("review/claims/<int:pk>/search/", views.claim_search_again, name="review-claim-search"),
    path("review/claims/<int:pk>/verdict/", views.verdict_save, name="review-verdict-save"),
    path(
        "review/claims/<int:pk>/verdict/apply-to-duplicates/",
        views.verdict_apply_to_duplicates,
        name="review-verdict-apply-to-duplicates",
    ),
    *[
        path(
            f"review/claims/<int:pk>/verdict/{action}/",
            views.verdict_transition,
            {"action": action},
            name=f"review-verdict-{action}",
        )
        for action in ("approve", "send-back", "publish", "unpublish", "correct", "take-over")
    ],
    # Public pages: published verdicts, their feed, and articles with their verdicts marked.
    path("verdicts/", public_views.verdict_list, name="verdict-list"),
    path("verdicts/feed/", feeds.LatestVerdictsFeed(), name="verdict-feed"),
    path("verdicts/<slug:slug>/", public_views.verdict_detail, name="verdict-detail"),
    path("verdicts/<slug:slug>/sources/<int:document_id>/", public_views.verdict_source, name="verdict-source"),
    path("articles/<int:pk>/", public_views.article_detail, name="public-article"),
]
