"""Every URL-to-source match respects the host, the scheme and the port; one site is one source."""

import pytest
from django.apps import apps
from django.urls import reverse

from sources import discovery, services, sites
from sources.models import Document, Source, SourceDomain
from tests.factories import SourceFactory, UserFactory

pytestmark = pytest.mark.django_db

HOMEPAGES = {
    "local": "http://127.0.0.1:8765/",
    "x": "https://www.x.example/",
    "y": "http://y.example:8080/",
    "z": "https://z.example:8443/",
}

CASES = [
    ("http://127.0.0.1:8765/a", "local"),
    ("http://127.0.0.1:1/a", None),  # another port of the same address is another site
    ("https://127.0.0.1:8765/a", None),  # off ports 80 and 443, the scheme counts too
    ("http://127.0.0.1/a", None),
    ("https://x.example/a", "x"),
    ("http://x.example/a", "x"),  # http and https on their standard ports are one site
    ("https://www.x.example:443/a", "x"),
    ("https://news.x.example/a", "x"),  # subdomains belong to their domain
    ("https://x.example:8443/a", None),
    ("https://x.example.evil.example/a", None),
    ("http://y.example:8080/a", "y"),
    ("https://y.example:8080/a", None),
    ("http://y.example/a", None),
    ("https://z.example:8443/a", "z"),
    ("http://z.example:8443/a", None),
    ("https://z.example/a", None),
    ("ftp://x.example/a", None),
]


@pytest.fixture
def registry():
    return {name: SourceFactory(name=name, homepage=homepage) for name, homepage in HOMEPAGES.items()}


@pytest.mark.parametrize(("url", "expected"), CASES)
def test_source_for_url_respects_the_port_and_the_scheme(registry, url, expected):
    found = services.source_for_url(url)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize(("url", "expected"), CASES)
def test_discovery_keeps_only_links_on_the_sources_scheme_and_port(registry, url, expected):
    # Feed, sitemap and search links go through the same rule as source_for_url.
    owners = [name for name, source in registry.items() if discovery.on_source(url, source)]
    assert owners == ([expected] if expected else [])


def test_a_failure_on_another_port_is_not_recorded_against_the_source(registry, settings):
    settings.FETCH_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    document = services.fetch_url_now("http://127.0.0.1:1/article")

    assert document.source is None
    assert document.fetch_error == "the connection to 127.0.0.1:1 was refused"
    local = Source.objects.get(name="local")
    assert (local.last_error, local.last_error_at) == ("", None)


def test_the_longest_registered_name_wins():
    afp = SourceFactory(homepage="https://www.afp.com/fr", domains=["afp.com"])
    factuel = SourceFactory(homepage="https://factuel.afp.com/", domains=["factuel.afp.com"])

    assert services.source_for_url("https://factuel.afp.com/a") == factuel
    assert services.source_for_url("https://www.afp.com/en/a") == afp
    assert services.source_for_url("https://sport.afp.com/a") == afp


def test_the_domain_index_follows_a_change_of_homepage_and_domains():
    source = SourceFactory(homepage="http://127.0.0.1:8765/")
    source.homepage = "http://127.0.0.1:9000/"
    source.domains = ["127.0.0.1", "mirror.example"]
    source.save()

    assert services.source_for_url("http://127.0.0.1:8765/a") is None
    assert services.source_for_url("http://127.0.0.1:9000/a") == source
    assert services.source_for_url("http://mirror.example:9000/a") == source
    source.delete()
    assert not SourceDomain.objects.exists()


def test_source_for_url_asks_the_database_once(django_assert_num_queries):
    SourceFactory.create_batch(50)
    SourceFactory(homepage="https://deep.example/", domains=["deep.example"])
    with django_assert_num_queries(2):  # the index, then the source
        assert services.source_for_url("https://a.b.c.deep.example/x").homepage == "https://deep.example/"
    with django_assert_num_queries(1):
        assert services.source_for_url("https://nowhere.example/x") is None


@pytest.mark.parametrize(
    "homepage",
    [
        "http://x.example",
        "https://x.example",
        "https://www.x.example/",
        "https://x.example:443/",
        "http://x.example:80/",
        "https://X.Example/index.html",
        "https://www.x.example/index.php#top",
    ],
)
def test_the_spellings_of_one_homepage_are_one_site(homepage):
    assert sites.site_key(homepage) == "x.example/"


@pytest.mark.parametrize(
    ("homepage", "normalized"),
    [
        ("HTTPS://WWW.X.Example:443", "https://www.x.example/"),
        ("http://x.example:80/index.html", "http://x.example/"),
        ("https://x.example/fr/index.htm#a", "https://x.example/fr/"),
        ("http://127.0.0.1:8765", "http://127.0.0.1:8765/"),
    ],
)
def test_a_homepage_is_stored_in_one_spelling(homepage, normalized):
    assert sites.homepage_normalize(homepage) == normalized


@pytest.mark.parametrize(
    "other", ["http://x.example:8080/", "https://x.example/fr/", "https://other.example/", "https://x.example:8443/"]
)
def test_other_ports_and_paths_are_other_sites(other):
    assert sites.site_key(other) != sites.site_key("https://x.example/")


def test_the_admin_refuses_a_second_source_for_the_same_site(client):
    client.force_login(UserFactory(is_staff=True, groups=["Source admin"]))
    SourceFactory(name="Le Monde", homepage="https://www.lemonde.fr/")
    response = client.post(
        reverse("admin:sources_source_add"),
        {"name": "Le Monde bis", "homepage": "http://lemonde.fr/index.html", "kind": "newspaper",
         "reliability": "3", "crawl_delay": "1", "poll_interval": "60", "active": "on"},
    )  # fmt: skip

    assert response.status_code == 200
    assert "This site is already in the registry as “Le Monde” (https://www.lemonde.fr/)." in response.text
    assert Source.objects.count() == 1


def test_the_migration_keeps_and_reports_duplicates_and_indexes_every_source(capsys):
    migration = __import__("sources.migrations.0007_source_domains_site_key", fromlist=["registry_index"])
    # Rows as they stood before the migration: bulk_create bypasses save(), so no site key and no host rows.
    Source.objects.bulk_create(
        [
            Source(name="X", homepage="https://x.example/"),
            Source(name="X again", homepage="http://www.x.example"),
            Source(name="X index", homepage="https://x.example/index.html"),
            Source(name="Local", homepage="http://127.0.0.1:8765"),
        ]
    )
    migration.registry_index(apps, None)

    assert Source.objects.count() == 4  # nothing merged, nothing deleted
    homepages = dict(Source.objects.values_list("name", "homepage"))
    assert homepages["X again"] == "http://www.x.example/"  # normalized: no other source had that spelling
    assert homepages["Local"] == "http://127.0.0.1:8765/"
    assert set(Source.objects.values_list("site_key", flat=True)) == {"x.example/", "http://127.0.0.1:8765/"}
    report = capsys.readouterr().out
    assert "1 site(s) registered more than once" in report and "x.example/:" in report
    assert services.source_for_url("http://127.0.0.1:8765/a").name == "Local"
    assert services.source_for_url("http://127.0.0.1:1/a") is None


def test_the_admin_lists_duplicate_sites_without_merging_them(client):
    client.force_login(UserFactory(is_staff=True, groups=["Source admin"]))
    Source.objects.bulk_create(
        [Source(name=n, homepage=h, site_key="x.example/") for n, h in [("A", "https://x.example/"),
                                                                         ("B", "http://www.x.example/")]]
    )  # fmt: skip
    SourceFactory(name="C")

    response = client.get(reverse("admin:sources_source_changelist"))
    assert "1 site is registered as more than one source" in response.text
    response = client.get(reverse("admin:sources_source_changelist") + "?duplicates=yes")
    assert [source.name for source in response.context["cl"].result_list] == ["A", "B"]


def test_a_document_is_attached_to_the_source_of_its_port_only():
    local = SourceFactory(homepage="http://127.0.0.1:8765/")
    assert services.document_request(url="http://127.0.0.1:8765/a").source == local
    assert services.document_request(url="http://127.0.0.1:1/a").source is None
    assert Document.objects.filter(source=local).count() == 1
