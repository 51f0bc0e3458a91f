"""The queue's "Failed" tab: failed articles with their reason, and a button that runs the analysis again."""

import pytest
from django.urls import reverse

from claims.models import Article
from tests.factories import ArticleFactory, UserFactory

pytestmark = pytest.mark.django_db

TEXT = "Le cessez-le-feu est entré en vigueur mercredi à 11 heures, a déclaré le ministère de la Défense."


@pytest.fixture
def checker(client):
    user = UserFactory(username="alice", groups=["Fact-checker"])
    client.force_login(user)
    return user


def test_the_queue_has_a_failed_tab_with_its_count(client, checker):
    ArticleFactory(status=Article.Status.FAILED, error="Could not read https://x.example/: timed out")
    ArticleFactory(status=Article.Status.DONE)

    page = client.get(reverse("review-queue"))

    assert 'href="/review/failed/"' in page.text
    assert page.context["failed_count"] == 1


def test_the_failed_tab_lists_failed_articles_only_with_their_reason(client, checker):
    ArticleFactory(title="Cassé", status=Article.Status.FAILED, error="This text appears to be in German.")
    ArticleFactory(title="Fini", status=Article.Status.DONE)

    page = client.get(reverse("review-failed"))

    assert page.status_code == 200
    assert "Cassé" in page.text and "This text appears to be in German." in page.text
    assert "Fini" not in page.text
    assert "Try again" in page.text


def test_try_again_runs_the_analysis_again(client, checker, django_capture_on_commit_callbacks):
    article = ArticleFactory(text=TEXT, status=Article.Status.FAILED, error="worker lost", attempts=5)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("review-article-retry", args=[article.pk]), {"next": "/review/failed/"})

    assert response.status_code == 302 and response.url == "/review/failed/"
    article.refresh_from_db()
    # Tasks run in-process in these tests: the extraction ran again and found the claim.
    assert article.status in (Article.Status.SEARCHING, Article.Status.DONE)
    assert article.error == ""
    assert article.claims.exists()


def test_try_again_on_an_article_that_is_no_longer_failed_changes_nothing(client, checker):
    article = ArticleFactory(status=Article.Status.DONE)

    response = client.post(reverse("review-article-retry", args=[article.pk]), follow=True)

    assert "nothing to try again" in response.text
    article.refresh_from_db()
    assert article.status == Article.Status.DONE


def test_a_next_address_elsewhere_is_ignored(client, checker):
    article = ArticleFactory(status=Article.Status.FAILED)

    response = client.post(reverse("review-article-retry", args=[article.pk]), {"next": "https://evil.example/"})

    assert response.url == "/review/failed/"


def test_the_public_and_source_admins_have_no_failed_tab(client):
    client.logout()
    assert client.get(reverse("review-failed")).url.startswith(reverse("login"))
    client.force_login(UserFactory(groups=["Source admin"]))
    assert client.get(reverse("review-failed")).status_code == 403
