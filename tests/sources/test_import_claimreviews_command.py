"""python manage.py import_claimreviews FILE|URL, and a fact-checker source's polled pages importing their markup.

Pages are served by the local test web (tests/sources/hostile_web.py) on a 127.0.0.x address of their own.
"""

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError

from sources.models import Document, KnownFactCheck, Source
from sources.services import source_poll
from tests.conftest import ROOT, database_url
from tests.factories import SourceFactory
from tests.sources.hostile_web import Response

SHARED = ROOT.parent / "shared" / "data" / "claimreview"

BODY = """<main><article><h1>{title}</h1>
<p>Une publication partagée des milliers de fois sur les réseaux sociaux affirme que {claim}. C'est faux : les
chiffres officiels publiés par l'institut national de la statistique disent le contraire depuis plusieurs années.</p>
<p>Nous avons contacté les services concernés, qui confirment que les données citées ne correspondent à aucune
publication et que la photo qui accompagne le message a été prise dans un autre pays, bien avant les faits.</p>
</article></main>"""

PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title>{head}</head>
<body>{body}{markup}</body></html>"""


def json_ld(claim: str, url: str, rating: str = "Faux", value: int = 1) -> str:
    data = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebPage", "@id": url},
            {"@type": "Organization", "@id": "#org", "name": "Vérif Locale"},
            {
                "@type": "ClaimReview",
                "url": url,
                "claimReviewed": claim,
                "datePublished": "2023-09-21 10:30",
                "author": {"@id": "#org"},
                "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": 5, "worstRating": 1,
                                 "alternateName": rating},
                "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "Un compte anonyme"}},
            },
        ],
    }  # fmt: skip
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


MICRODATA = """<div itemscope itemtype="https://schema.org/ClaimReview">
  <meta itemprop="url" content="{url}"><meta itemprop="datePublished" content="2023-09-22">
  <blockquote itemprop="claimReviewed">{claim}</blockquote>
  <span itemprop="author" itemscope itemtype="https://schema.org/Organization">
    <span itemprop="name">Vérif Locale</span></span>
  <span itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating">
    <span itemprop="alternateName">Trompeur</span></span>
  <div itemprop="itemReviewed" itemscope itemtype="https://schema.org/Claim">
    <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Un député</span></span>
    <div itemprop="appearance" itemscope itemtype="https://schema.org/CreativeWork">
      <link itemprop="url" href="https://social.example/post/7"></div></div>
</div>"""

RDFA = """<div vocab="https://schema.org/" typeof="ClaimReview">
  <link property="url" href="{url}"><meta property="datePublished" content="2023-09-23">
  <span property="claimReviewed">{claim}</span>
  <div property="author" typeof="Organization"><span property="name">Vérif Locale</span></div>
  <div property="reviewRating" typeof="Rating"><meta property="ratingValue" content="5">
    <meta property="bestRating" content="5"><meta property="worstRating" content="1">
    <span property="alternateName">Vrai</span></div>
</div>"""

CLAIMS = {
    "/verif/chomage": "le chômage a doublé en un an dans la région",
    "/verif/vaccin": "le vaccin contient une puce électronique",
    "/verif/pont": "le pont a été fermé pendant neuf mois",
}


def page(title: str, claim: str, *, head: str = "", markup: str = "") -> str:
    return PAGE.format(title=title, head=head, body=BODY.format(title=title, claim=claim), markup=markup)


@pytest.fixture
def site(web):
    """A fact-checker's site: one page per syntax, one without markup, one with a broken block, and a sitemap."""
    base = web.url("")
    pages = {
        "/verif/chomage": page("Chômage", CLAIMS["/verif/chomage"],
                               head=json_ld(CLAIMS["/verif/chomage"], base + "/verif/chomage")),
        "/verif/vaccin": page("Vaccin", CLAIMS["/verif/vaccin"],
                              markup=MICRODATA.format(url=base + "/verif/vaccin", claim=CLAIMS["/verif/vaccin"])),
        "/verif/pont": page("Pont", CLAIMS["/verif/pont"],
                            markup=RDFA.format(url=base + "/verif/pont", claim=CLAIMS["/verif/pont"])),
        "/a-propos": page("À propos", "nous vérifions les faits"),
        "/casse": page("Cassé", "rien", head='<script type="application/ld+json">{"@type": "ClaimReview",</script>'),
    }  # fmt: skip
    for path, html in pages.items():
        web.routes[path] = Response(200, html)
    urls = "".join(f"<url><loc>{base}{path}</loc></url>" for path in pages)
    web.routes["/sitemap.xml"] = Response(
        200, f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>', "application/xml"
    )
    web.base = base
    return web


def run(*args) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("import_claimreviews", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def write(tmp_path, name: str, data) -> str:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def claimreview(url: str, claim: str, rating: str = "Faux") -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": claim,
        "author": {"@type": "Organization", "name": "Vérif"},
        "reviewRating": {"alternateName": rating},
    }


# --- Files -----------------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_file_is_imported_and_a_second_run_finds_it_unchanged(tmp_path):
    reviews = [claimreview(f"https://verif.example/{n}", f"Affirmation {n} sur le chômage en Bretagne") for n in "123"]
    path = write(tmp_path, "reviews.json", reviews)

    first, first_errors = run(path)
    second, _ = run(path)

    assert first.strip() == "created 3, updated 0, unchanged 0, errors 0"
    assert first_errors == ""
    assert second.strip() == "created 0, updated 0, unchanged 3, errors 0"
    assert KnownFactCheck.objects.count() == 3


@pytest.mark.django_db
def test_a_changed_rating_is_an_update(tmp_path):
    review = claimreview("https://verif.example/1", "Le chômage a doublé en un an dans la région.")
    run(write(tmp_path, "a.json", [review]))

    out, _ = run(write(tmp_path, "b.json", [{**review, "reviewRating": {"alternateName": "Plutôt vrai"}}]))

    assert out.strip() == "created 0, updated 1, unchanged 0, errors 0"
    assert KnownFactCheck.objects.get().truth == 4


@pytest.mark.django_db
def test_a_bad_item_among_good_ones_is_reported_by_position_and_the_others_kept(tmp_path):
    path = write(tmp_path, "reviews.json", [
        claimreview("https://verif.example/1", "Le chômage a doublé en un an dans la région."),
        {"@type": "ClaimReview", "claimReviewed": "Sans adresse"},
        claimreview("https://verif.example/3", "Le vaccin contient une puce électronique."),
        {"@type": "NewsArticle", "headline": "Pas une vérification"},
    ])  # fmt: skip

    out, err = run(path)

    assert out.strip() == "created 2, updated 0, unchanged 0, errors 2"
    assert err.splitlines() == [
        "item 2: no url (neither the review's nor its page's)",
        "item 4: no ClaimReview in this item (@type NewsArticle)",
    ]
    assert KnownFactCheck.objects.count() == 2


@pytest.mark.django_db
def test_json_lines_are_reported_by_line(tmp_path):
    first = claimreview("https://verif.example/1", "Le chômage a doublé en un an dans la région.")
    third = claimreview("https://verif.example/2", "Le pont a été fermé neuf mois.")
    lines = [json.dumps(first), "{broken", json.dumps(third)]
    out, err = run(write(tmp_path, "reviews.jsonl", "\n".join(lines) + "\n"))

    assert out.strip() == "created 2, updated 0, unchanged 0, errors 1"
    assert err.startswith("line 2: invalid JSON")


@pytest.mark.django_db
def test_every_real_json_file_imports(tmp_path):
    expected = {
        "meedan-fetch-claimreviews.json": "created 62, updated 0, unchanged 0, errors 3",
        # The same dpa review as in Meedan's file: found again, unchanged.
        "meedan-fetch-pages/data_commons_raw.json": "created 0, updated 0, unchanged 1, errors 0",
        "meedan-fetch-pages/google_fact_check_raw.json": "created 1, updated 0, unchanged 0, errors 0",
        "schemaorg/claimreview_jsonld_examples.json": "created 2, updated 0, unchanged 0, errors 0",
    }
    for name, summary in expected.items():
        out, _ = run(str(SHARED / name))
        assert out.strip() == summary, name


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        ('[{"@type": "ClaimReview",', "invalid JSON on line 1"),
        (b"\xff\xfe\x00garbage", "is not UTF-8 text"),
        ("", "the file is empty"),
        ('{"@type": "WebPage"}', "no ClaimReview in this item"),
    ],
)
def test_an_unreadable_file_is_a_clear_error_and_nothing_is_saved(tmp_path, content, message):
    path = tmp_path / "reviews.json"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content)

    with pytest.raises(CommandError, match=message):
        run(str(path))
    assert KnownFactCheck.objects.count() == 0


@pytest.mark.django_db
def test_a_file_where_no_item_is_good_exits_with_an_error(tmp_path):
    with pytest.raises(CommandError, match="none of the 2 item"):
        run(write(tmp_path, "bad.json", [{"@type": "ClaimReview"}, {"@type": "Claim"}]))


@pytest.mark.django_db(transaction=True)
def test_from_the_shell_it_prints_the_summary_and_exit_codes_without_tracebacks(tmp_path):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings",
           "DATABASE_URL": database_url(settings.DATABASES["default"])}  # fmt: skip
    good = write(tmp_path, "good.json", [
        claimreview("https://verif.example/1", "Le chômage a doublé en un an dans la région."), {"@type": "Claim"}
    ])  # fmt: skip

    def shell(path):
        return subprocess.run([sys.executable, "manage.py", "import_claimreviews", path], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=120)  # fmt: skip

    imported = shell(good)
    unreadable = shell(str(tmp_path / "missing.json"))

    assert imported.returncode == 0
    assert imported.stdout.strip().splitlines()[-1] == "created 1, updated 0, unchanged 0, errors 1"
    assert imported.stderr.strip() == "item 2: no ClaimReview in this item (@type Claim)"
    assert unreadable.returncode == 1
    assert "no such file" in unreadable.stderr
    assert "Traceback" not in imported.stderr + unreadable.stderr


# --- Pages, under the fetching rules ---------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "rating", "truth"),
    [("/verif/chomage", "Faux", 1), ("/verif/vaccin", "Trompeur", 3), ("/verif/pont", "Vrai", 5)],
)
def test_a_fact_check_page_is_archived_and_its_markup_imported(site, path, rating, truth):
    out, err = run(site.base + path)

    assert out.strip() == "created 1, updated 0, unchanged 0, errors 0"
    known = KnownFactCheck.objects.get()
    assert known.url == site.base + path
    assert known.claim_reviewed == CLAIMS[path]
    assert (known.rating_text, known.truth, known.author_name, known.language) == (rating, truth, "Vérif Locale", "fr")
    assert known.document == Document.objects.get(url=site.base + path)
    assert known.document.snapshots.count() == 1  # archived like any fetched page
    assert len(site.hits("/robots.txt")) == 1


@pytest.mark.django_db
def test_the_same_page_twice_is_unchanged(site):
    run(site.base + "/verif/vaccin")

    out, _ = run(site.base + "/verif/vaccin")

    assert out.strip() == "created 0, updated 0, unchanged 1, errors 0"
    known = KnownFactCheck.objects.get()
    assert (known.claimant, known.appearance_url) == ("Un député", "https://social.example/post/7")


@pytest.mark.django_db
def test_a_registered_fact_checkers_page_is_imported_once_by_the_fetch(site):
    source = SourceFactory(homepage=site.base + "/", kind=Source.Kind.FACT_CHECKER, crawl_delay=0)

    first, _ = run(site.base + "/verif/chomage")
    second, _ = run(site.base + "/verif/chomage")

    assert first.strip() == "created 1, updated 0, unchanged 0, errors 0"
    assert second.strip() == "created 0, updated 0, unchanged 1, errors 0"
    assert KnownFactCheck.objects.get().source == source


@pytest.mark.django_db
def test_a_page_without_markup_imports_nothing_and_says_so(site):
    out, err = run(site.base + "/a-propos")

    assert out.strip() == "created 0, updated 0, unchanged 0, errors 0"
    assert "no ClaimReview markup" in err


@pytest.mark.django_db
def test_a_broken_json_ld_block_is_reported(site):
    with pytest.raises(CommandError, match="none of the 1 item"):
        run(site.base + "/casse")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "message"), [("/private/verif", "refused: robots.txt disallows this path"), ("/gone", "failed: HTTP 404")]
)
def test_a_page_the_fetcher_refuses_or_cannot_get_is_a_clear_error(site, path, message):
    with pytest.raises(CommandError, match=message):
        run(site.base + path)
    assert KnownFactCheck.objects.count() == 0


@pytest.mark.django_db
def test_a_url_we_never_fetch_is_a_clear_error():
    with pytest.raises(CommandError, match="only http and https"):
        run("ftp://verif.example/reviews.json")


# --- Polling ---------------------------------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_polling_a_fact_checker_imports_the_markup_of_its_new_pages(site):
    source = SourceFactory(homepage=site.base + "/", kind=Source.Kind.FACT_CHECKER, crawl_delay=0,
                           sitemap=site.base + "/sitemap.xml")  # fmt: skip

    result = source_poll(source=source)  # tasks run eagerly in the tests; on_commit fires at once here

    assert len(result.requested) == 5
    # Every page is archived, the broken one too: its markup is a bonus, never a reason to fail the fetch.
    assert set(Document.objects.values_list("status", flat=True)) == {Document.Status.ARCHIVED}
    known = {known.url: known for known in KnownFactCheck.objects.select_related("document", "source")}
    assert set(known) == {site.base + path for path in CLAIMS}
    for url, fact_check in known.items():
        assert fact_check.source == source
        assert fact_check.document.url == url
    # "2023-09-21 10:30", no zone: the site's time zone (TIME_ZONE, Europe/Paris).
    assert known[site.base + "/verif/chomage"].date_published == datetime(2023, 9, 21, 8, 30, tzinfo=UTC)

    # Polled again: the pages are known, nothing is fetched or imported twice.
    again = source_poll(source=source)
    assert (again.found, again.requested) == (5, [])
    assert KnownFactCheck.objects.count() == 3


@pytest.mark.django_db(transaction=True)
def test_polling_a_source_that_is_not_a_fact_checker_imports_no_markup(site):
    source = SourceFactory(homepage=site.base + "/", kind=Source.Kind.NEWSPAPER, crawl_delay=0,
                           sitemap=site.base + "/sitemap.xml")  # fmt: skip

    source_poll(source=source)

    assert Document.objects.filter(status=Document.Status.ARCHIVED).count() == 5
    assert KnownFactCheck.objects.count() == 0
