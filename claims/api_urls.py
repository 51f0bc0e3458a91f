from django.urls import path

from . import api

urlpatterns = [
    path("", api.APIIndex.as_view(), name="api-index"),
    path("verdicts/", api.VerdictList.as_view(), name="api-verdict-list"),
    path("verdicts/<slug:slug>/", api.VerdictDetail.as_view(), name="api-verdict-detail"),
    path("articles/", api.ArticleList.as_view(), name="api-article-list"),
    path("articles/<int:pk>/", api.ArticleDetail.as_view(), name="api-article-detail"),
    path("claims/", api.ClaimList.as_view(), name="api-claim-list"),
    path("claims/<int:pk>/", api.ClaimDetail.as_view(), name="api-claim-detail"),
    path("articles/<int:pk>/search/", api.SearchAgain.as_view(), {"kind": "article"}, name="api-article-search"),
    path("claims/<int:pk>/search/", api.SearchAgain.as_view(), {"kind": "claim"}, name="api-claim-search"),
]
