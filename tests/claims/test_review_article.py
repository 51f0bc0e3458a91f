from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims.models import Article
from tests.factories import ArticleFactory, ClaimFactory, UserFactory

pytestmark = pytest.mark.django_db
SUBMIT = reverse("review-article-submit")


@pytest.fixture
def alice(client):
    user = UserFactory(username="alice", groups=["Fact-checker"])
    client.force_login(user)
    return user


def test_anonymous_visitors_are_sent_to_the_login_page(client):
    assert client.get(SUBMIT).url.startswith(reverse("login"))


def test_a_source_admin_cannot_submit(client):
    client.force_login(UserFactory(groups=["Source admin"]))
    assert client.post(SUBMIT, {"text": "x"}).status_code == 403
    assert not Article.objects.exists()


def test_pasted_text_is_stored_with_its_publication_time_and_zone(client, alice):
    response = client.post(
        SUBMIT,
        {
            "title": "Karabakh",
            "text": "Le cessez-le-feu est entré en vigueur.",
            "published_date": "2023-09-20",
            "published_time": "11:00",
            "published_zone": "UTC",
        },
    )
    article = Article.objects.get()
    assert response.url == reverse("review-article", args=[article.pk])
    assert article.published_at == datetime(2023, 9, 20, 11, 0, tzinfo=ZoneInfo("UTC"))
    assert (article.title, article.submitted_by) == ("Karabakh", alice)


def test_an_uploaded_windows_1252_file_is_decoded(client, alice):
    upload = SimpleUploadedFile("a.txt", "Le président a déclaré mercredi…".encode("cp1252"))
    client.post(SUBMIT, {"file": upload, "published_zone": "Europe/Paris"})
    assert Article.objects.get().text == "Le président a déclaré mercredi…"


def test_an_uploaded_html_file_keeps_its_text_not_its_markup(client, alice):
    html = (
        b"<html><body><script>alert(1)</script><p>Environ 120 000 personnes ont fui la r\xc3\xa9gion.</p></body></html>"
    )
    client.post(SUBMIT, {"file": SimpleUploadedFile("a.html", html), "published_zone": "Europe/Paris"})
    text = Article.objects.get().text
    assert "120 000 personnes ont fui la région." in text and "<" not in text and "alert" not in text


def test_a_binary_upload_is_refused_with_a_clear_message(client, alice):
    upload = SimpleUploadedFile("a.txt", b"%PDF-1.7 binary")
    response = client.post(SUBMIT, {"file": upload, "published_zone": "Europe/Paris"})
    assert response.status_code == 400
    assert "This file looks like a PDF document" in response.text
    assert not Article.objects.exists()


def test_an_unsupported_file_type_is_refused(client, alice):
    response = client.post(SUBMIT, {"file": SimpleUploadedFile("a.docx", b"x"), "published_zone": "Europe/Paris"})
    assert "Upload a .txt, .md or .html file." in response.text


def test_a_url_is_stored_for_fetching(client, alice):
    client.post(SUBMIT, {"url": "https://example.org/news/1", "published_zone": "Europe/Paris"})
    article = Article.objects.get()
    assert (article.url, article.text) == ("https://example.org/news/1", "")


def test_nothing_or_two_sources_at_once_are_refused(client, alice):
    assert "Paste the article" in client.post(SUBMIT, {"published_zone": "UTC"}).text
    both = client.post(SUBMIT, {"text": "x", "url": "https://example.org/", "published_zone": "UTC"})
    assert "one way only" in both.text
    assert not Article.objects.exists()


def test_a_pending_article_polls_for_its_status(client, alice):
    article = ArticleFactory(status=Article.Status.EXTRACTING, progress=10)
    page = client.get(reverse("review-article", args=[article.pk]))
    assert 'hx-trigger="every 2s"' in page.text
    poll = client.get(reverse("review-article", args=[article.pk]), {"poll": 1}, headers={"HX-Request": "true"})
    assert "Extracting claims" in poll.text and "HX-Refresh" not in poll.headers


def test_polling_reloads_the_page_once_the_analysis_is_over(client, alice):
    article = ArticleFactory(status=Article.Status.DONE)
    poll = client.get(reverse("review-article", args=[article.pk]), {"poll": 1}, headers={"HX-Request": "true"})
    assert poll.headers["HX-Refresh"] == "true"


def test_a_failed_article_shows_the_error(client, alice):
    article = ArticleFactory(status=Article.Status.FAILED, error="The text is empty.")
    assert "The text is empty." in client.get(reverse("review-article", args=[article.pk])).text


def test_a_done_article_marks_its_claims_in_the_text_with_links(client, alice):
    claim = ClaimFactory(facets=[{"type": "date", "text": "mercredi", "value": "2023-09-20"}])
    text = client.get(reverse("review-article", args=[claim.article_id])).text
    link = reverse("review-claim", args=[claim.pk])
    assert f'<a class="claim-mark" href="{link}"' in text
    assert "<mark>Le cessez-le-feu est entré en vigueur mercredi à 11 heures.</mark>" in text
    assert "2023-09-20" in text


def test_an_uploaded_html_file_gives_its_title_author_and_date(client, alice):
    from tests.sources.hostile_web import article_html

    upload = SimpleUploadedFile("page.htm", article_html().encode())
    client.post(SUBMIT, {"file": upload, "published_zone": "Europe/Paris"})
    article = Article.objects.get()
    assert (article.title, article.author) == ("Un cessez-le-feu est entré en vigueur", "Claire Martin")
    assert article.published_local.isoformat() == "2023-09-20T11:00:00+02:00"
    assert "<" not in article.text and "MENU-NAVIGATION" not in article.text


def test_an_uploaded_text_file_takes_its_headline_as_title(client, alice):
    text = "Un cessez-le-feu conclu au Haut-Karabakh\n\nLe cessez-le-feu est entré en vigueur mercredi. Il tient."
    client.post(SUBMIT, {"file": SimpleUploadedFile("a.txt", text.encode()), "published_zone": "Europe/Paris"})
    assert Article.objects.get().title == "Un cessez-le-feu conclu au Haut-Karabakh"


def test_an_uploaded_text_file_without_a_headline_has_no_made_up_title(client, alice):
    text = "Le cessez-le-feu est entré en vigueur mercredi. Il tient depuis.\nLes négociations débutent jeudi."
    client.post(SUBMIT, {"file": SimpleUploadedFile("a.txt", text.encode()), "published_zone": "Europe/Paris"})
    assert Article.objects.get().title == ""
