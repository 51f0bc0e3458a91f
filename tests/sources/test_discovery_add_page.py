import pytest
from django.urls import reverse

from sources.models import Document
from tests.factories import SourceFactory, UserFactory


@pytest.fixture
def fact_checker(client):
    client.force_login(UserFactory(groups=["Fact-checker"]))
    return client


@pytest.mark.django_db
def test_a_fact_checker_adds_a_page_by_hand_and_lands_on_the_document(fact_checker, django_capture_on_commit_callbacks):
    source = SourceFactory(homepage="https://www.lequotidien.example/")

    assert fact_checker.get(reverse("sources:document-add")).status_code == 200
    with django_capture_on_commit_callbacks() as callbacks:
        response = fact_checker.post(
            reverse("sources:document-add"), {"url": "https://www.lequotidien.example/monde/article?utm_source=x"}
        )

    document = Document.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("sources:document-detail", args=[document.pk])
    assert document.url == "https://www.lequotidien.example/monde/article"
    assert document.source == source
    assert len(callbacks) == 1  # the fetch, queued once the row is committed


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["ftp://example.org/file", "javascript:alert(1)", "not a url"])
def test_an_address_we_never_fetch_is_refused_with_a_message(fact_checker, url):
    response = fact_checker.post(reverse("sources:document-add"), {"url": url})

    assert response.status_code == 200
    assert response.context["form"].errors["url"]
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_adding_a_page_needs_a_login_and_the_permission(client):
    url = reverse("sources:document-add")
    assert client.get(url).status_code == 302
    client.force_login(UserFactory())
    assert client.post(url, {"url": "https://example.org/"}).status_code == 403
    assert not Document.objects.exists()
