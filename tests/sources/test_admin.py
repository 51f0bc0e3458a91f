import pytest
from django.urls import reverse

from sources.models import Document, Source
from tests.factories import DocumentFactory, SourceFactory, UserFactory

FORM = {
    "name": "Le Quotidien",
    "homepage": "https://www.lequotidien.example/",
    "domains": "",
    "kind": "newspaper",
    "country": "fr",
    "languages": "fr, en",
    "reliability": "4",
    "reliability_note": "Corrects its errors publicly.",
    "active": "on",
    "feeds": "https://www.lequotidien.example/rss.xml\nhttps://www.lequotidien.example/monde/rss.xml",
    "sitemap": "https://www.lequotidien.example/sitemap.xml",
    "search_url": "https://www.lequotidien.example/recherche?q={query}",
    "crawl_delay": "2",
    "poll_interval": "30",
}


@pytest.fixture
def source_admin(client):
    client.force_login(UserFactory(is_staff=True, groups=["Source admin"]))
    return client


@pytest.fixture
def fact_checker(client):
    client.force_login(UserFactory(is_staff=True, groups=["Fact-checker"]))
    return client


@pytest.mark.django_db
def test_a_source_admin_adds_a_source_with_every_field(source_admin):
    response = source_admin.post(reverse("admin:sources_source_add"), FORM)

    assert response.status_code == 302, response.context["adminform"].form.errors
    source = Source.objects.get()
    assert source.domains == ["lequotidien.example"]
    assert source.languages == ["fr", "en"]
    assert source.country == "FR"
    assert source.feeds == ["https://www.lequotidien.example/rss.xml", "https://www.lequotidien.example/monde/rss.xml"]
    assert (source.reliability, source.crawl_delay, source.poll_interval) == (4, 2.0, 30)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("search_url", "https://www.lequotidien.example/recherche?q=", "must contain {query}"),
        ("feeds", "ftp://www.lequotidien.example/rss.xml", "is not an http(s) URL"),
        ("feeds", "javascript:alert(1)", "is not an http(s) URL"),
        ("reliability", "6", "less than or equal to 5"),
        ("homepage", "ftp://www.lequotidien.example/", "Enter a valid URL"),
        ("domains", "https://lequotidien.example/", "is not a host name"),
        ("domains", "autre.example", "is not among the domains"),
        ("languages", "xyzzy", "is not a language"),
        ("crawl_delay", "-1", "greater than or equal to 0"),
    ],
)
def test_the_admin_form_refuses_bad_values_with_a_clear_message(source_admin, field, value, message):
    response = source_admin.post(reverse("admin:sources_source_add"), {**FORM, field: value})

    assert response.status_code == 200
    assert message in str(response.context["adminform"].form.errors)
    assert not Source.objects.exists()


@pytest.mark.django_db
def test_a_source_admin_edits_a_source_and_the_form_shows_its_lists_as_text(source_admin):
    source = SourceFactory(homepage="https://www.lequotidien.example/", feeds=["https://www.lequotidien.example/a"])
    url = reverse("admin:sources_source_change", args=[source.pk])

    page = source_admin.get(url)
    assert "https://www.lequotidien.example/a</textarea>" in page.content.decode()
    response = source_admin.post(url, {**FORM, "reliability": "2", "active": ""})

    assert response.status_code == 302
    source.refresh_from_db()
    assert (source.reliability, source.active) == (2, False)


@pytest.mark.django_db
def test_the_list_shows_each_sources_health_and_archived_documents(source_admin):
    source = SourceFactory(last_error="https://source.example.org/: HTTP 503")
    DocumentFactory.create_batch(2, source=source)
    DocumentFactory(source=source, status=Document.Status.FAILED)

    response = source_admin.get(reverse("admin:sources_source_changelist"))
    assert response.status_code == 200
    row = next(row for row in response.context["cl"].result_list if row.pk == source.pk)
    assert row.archived_count == 2
    assert "HTTP 503" in response.content.decode()
    failing = source_admin.get(reverse("admin:sources_source_changelist") + "?health=never")
    assert failing.status_code == 200


@pytest.mark.django_db
def test_fetch_now_queues_the_homepage(source_admin, django_capture_on_commit_callbacks):
    source = SourceFactory(homepage="https://www.lequotidien.example/")
    inactive = SourceFactory(active=False)

    with django_capture_on_commit_callbacks() as callbacks:
        response = source_admin.post(
            reverse("admin:sources_source_changelist"),
            {"action": "fetch_now", "_selected_action": [source.pk, inactive.pk]},
            follow=True,
        )

    assert "1 homepage(s) queued for fetching." in response.content.decode()
    assert "1 inactive source(s) skipped." in response.content.decode()
    document = Document.objects.get()
    assert (document.url, document.source, document.status) == (source.homepage, source, Document.Status.PENDING)
    assert len(callbacks) == 1


@pytest.mark.django_db
def test_fetch_now_fetches_an_archived_homepage_again(source_admin, django_capture_on_commit_callbacks):
    source = SourceFactory(homepage="https://www.lequotidien.example/")
    DocumentFactory(url=source.homepage, source=source)

    with django_capture_on_commit_callbacks() as callbacks:
        source_admin.post(
            reverse("admin:sources_source_changelist"), {"action": "fetch_now", "_selected_action": [source.pk]}
        )

    assert Document.objects.get().status == Document.Status.PENDING
    assert len(callbacks) == 1


@pytest.mark.django_db
def test_poll_now_queues_a_poll_of_the_sources_with_feeds(source_admin, django_capture_on_commit_callbacks):
    with_feed = SourceFactory(feeds=["https://a.example.org/rss"])
    without = SourceFactory()

    with django_capture_on_commit_callbacks() as callbacks:
        response = source_admin.post(
            reverse("admin:sources_source_changelist"),
            {"action": "poll_now", "_selected_action": [with_feed.pk, without.pk]},
            follow=True,
        )

    assert len(callbacks) == 1
    with_feed.refresh_from_db()
    assert with_feed.last_polled_at is not None
    assert f"{without.name} has no feed or sitemap." in response.content.decode()


@pytest.mark.django_db
def test_deactivate_keeps_the_sources_documents(source_admin):
    source = SourceFactory()
    DocumentFactory(source=source)

    source_admin.post(
        reverse("admin:sources_source_changelist"), {"action": "deactivate", "_selected_action": [source.pk]}
    )

    source.refresh_from_db()
    assert not source.active
    assert source.documents.count() == 1


@pytest.mark.django_db
def test_a_fact_checker_sees_the_registry_but_cannot_edit_it(fact_checker):
    source = SourceFactory(name="Le Quotidien")

    listing = fact_checker.get(reverse("admin:sources_source_changelist"))
    assert listing.status_code == 200
    assert "fetch_now" not in listing.content.decode()
    change = fact_checker.post(reverse("admin:sources_source_change", args=[source.pk]), {**FORM, "name": "Hacked"})
    assert change.status_code == 403
    assert fact_checker.post(reverse("admin:sources_source_add"), FORM).status_code == 403
    fact_checker.post(
        reverse("admin:sources_source_changelist"), {"action": "deactivate", "_selected_action": [source.pk]}
    )
    source.refresh_from_db()
    assert (source.name, source.active) == ("Le Quotidien", True)


@pytest.mark.django_db
def test_the_sources_admin_speaks_french(source_admin):
    SourceFactory(kind=Source.Kind.WIRE)
    source_admin.cookies["django_language"] = "fr"
    response = source_admin.get(reverse("admin:sources_source_changelist"), HTTP_ACCEPT_LANGUAGE="fr")

    page = response.text
    for words in ["Pays", "Dernier succès", "Agence de presse", "Récupérer la page d’accueil maintenant", "santé"]:
        assert words in page, words
    for english in ["Last success", "Wire agency", "Fetch the homepage now", "Country"]:
        assert english not in page, english
