import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from sources.models import Source
from tests.conftest import database_url
from tests.factories import SourceFactory


def db_settings():
    from django.conf import settings

    return settings.DATABASES["default"]


CSV = """name,homepage,kind,country,languages,reliability,feeds,sitemap,search_url,crawl_delay
Agence France-Presse,https://www.afp.com/,wire,FR,fr|en,5,https://www.afp.com/fr/rss|https://www.afp.com/en/rss,https://www.afp.com/sitemap.xml,https://www.afp.com/fr/search?q={query},2
Le Monde,https://www.lemonde.fr,Newspaper,fr,fr,4,https://www.lemonde.fr/rss/une.xml,,,1
"""


def run(tmp_path, name, content, *args):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    return call_command("import_sources", str(path), *args)


@pytest.mark.django_db
def test_it_creates_sources_from_a_csv_file(tmp_path, capsys):
    run(tmp_path, "sources.csv", CSV)

    afp = Source.objects.get(name="Agence France-Presse")
    assert afp.homepage == "https://www.afp.com/"
    assert afp.domains == ["afp.com"]
    assert afp.kind == Source.Kind.WIRE
    assert afp.languages == ["fr", "en"]
    assert afp.reliability == 5
    assert afp.feeds == ["https://www.afp.com/fr/rss", "https://www.afp.com/en/rss"]
    assert afp.search_url == "https://www.afp.com/fr/search?q={query}"
    assert afp.crawl_delay == 2.0
    assert afp.active
    lemonde = Source.objects.get(name="Le Monde")
    assert lemonde.homepage == "https://www.lemonde.fr/"  # normalised, so that a re-import finds it
    assert lemonde.kind == Source.Kind.NEWSPAPER  # the label is accepted as well as the value
    assert lemonde.country == "FR"
    assert capsys.readouterr().out.strip() == "created 2, updated 0, errors 0, unchanged 0"


@pytest.mark.django_db
def test_it_creates_sources_from_a_json_file(tmp_path):
    items = [
        {
            "name": "Reuters",
            "homepage": "https://www.reuters.com/",
            "kind": "wire",
            "country": "GB",
            "languages": ["en"],
            "reliability": 5,
            "feeds": ["https://www.reuters.com/rss"],
            "sitemap": "https://www.reuters.com/sitemap.xml",
            "search_url": "https://www.reuters.com/site-search/?query={query}",
            "crawl_delay": 3,
        }
    ]
    run(tmp_path, "sources.json", json.dumps(items))

    reuters = Source.objects.get()
    assert (reuters.name, reuters.languages, reuters.crawl_delay) == ("Reuters", ["en"], 3.0)
    assert reuters.sitemap == "https://www.reuters.com/sitemap.xml"


@pytest.mark.django_db
def test_it_updates_a_source_found_by_its_homepage_and_keeps_the_fields_the_file_omits(tmp_path, capsys):
    source = SourceFactory(
        homepage="https://www.lemonde.fr/", name="Monde", reliability=2, reliability_note="Checked in 2024"
    )
    run(tmp_path, "sources.json", json.dumps([{"homepage": "https://WWW.LEMONDE.FR", "name": "Le Monde"}]))

    source.refresh_from_db()
    assert source.name == "Le Monde"
    assert source.reliability == 2
    assert source.reliability_note == "Checked in 2024"
    assert Source.objects.count() == 1
    assert "created 0, updated 1, errors 0" in capsys.readouterr().out


@pytest.mark.django_db
def test_a_second_import_of_the_same_file_changes_nothing(tmp_path, capsys):
    run(tmp_path, "sources.csv", CSV)
    run(tmp_path, "sources.csv", CSV)

    assert Source.objects.count() == 2
    assert capsys.readouterr().out.splitlines()[-1] == "created 0, updated 0, errors 0, unchanged 2"


@pytest.mark.django_db
def test_bad_csv_rows_are_reported_by_line_and_the_good_rows_are_kept(tmp_path, capsys):
    content = (
        "name,homepage,reliability,search_url,feeds,languages\n"
        "Good,https://good.example.org/,4,,,fr\n"
        "Too reliable,https://bad1.example.org/,9,,,\n"
        '"Multi\nline name",https://good2.example.org/,3,,,en\n'
        "No query,https://bad2.example.org/,3,https://bad2.example.org/search?q=x,,\n"
        "Bad feed,https://bad3.example.org/,3,,ftp://bad3.example.org/feed|https://bad3.example.org/rss,\n"
        ",not a url,3,,,\n"
        "Bad language,https://bad5.example.org/,3,,,xyzzy\n"
    )
    with pytest.raises(CommandError, match="5 row"):
        run(tmp_path, "sources.csv", content)

    assert set(Source.objects.values_list("name", flat=True)) == {"Good", "Multi\nline name"}
    captured = capsys.readouterr()
    errors = captured.err.splitlines()
    assert errors[0].startswith("line 3: reliability:")
    assert errors[1].startswith("line 6: search_url: The site-search URL must contain {query}")
    assert errors[2] == "line 7: feeds: “ftp://bad3.example.org/feed” is not an http(s) URL."
    assert errors[3].startswith("line 8: ") and "name: This field is required." in errors[3]
    assert "homepage: Enter a valid URL." in errors[3]
    assert errors[4].startswith("line 9: languages: “xyzzy” is not a language")
    assert captured.out.strip() == "created 2, updated 0, errors 5, unchanged 0"


@pytest.mark.django_db
def test_bad_json_items_are_reported_by_line_and_item_number(tmp_path, capsys):
    content = """[
  {"name": "Good", "homepage": "https://good.example.org/"},
  {"name": "Bad domain", "homepage": "https://bad.example.org/",
   "domains": ["other.example.org"]},
  "not an object",
  {"name": "Typo", "homepage": "https://typo.example.org/", "realiability": 2},
  {"name": ["list"], "homepage": "https://list.example.org/"}
]"""
    with pytest.raises(CommandError):
        run(tmp_path, "sources.json", content)

    assert list(Source.objects.values_list("name", flat=True)) == ["Good"]
    errors = capsys.readouterr().err.splitlines()
    assert errors == [
        "line 3 (item 2): domains: The homepage's host bad.example.org is not among the domains.",
        "line 5 (item 3): this item is not an object with field names",
        "line 6 (item 4): unknown field(s) realiability",
        "line 7 (item 5): name: a single value is expected, not a list",
    ]


@pytest.mark.django_db
def test_a_semicolon_separated_csv_from_a_french_spreadsheet_is_read(tmp_path):
    run(tmp_path, "sources.csv", "name;homepage;crawl_delay\nFrance Info;https://www.francetvinfo.fr/;2.5\n")

    assert Source.objects.get().crawl_delay == 2.5


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("sources.json", '[{"name": "x",}]', "invalid JSON on line 1, column 15"),
        ("sources.json", '{"name": "x"}', "must hold a list"),
        ("sources.csv", "name,homepage\nCafé,https://cafe.example.org/\n".encode("latin-1"), "not UTF-8 text"),
        ("sources.csv", "nom,homepage\nx,https://x.example.org/\n", "unknown column(s) nom"),
        ("sources.csv", "", "empty"),
        ("sources.csv", "name\nx\n", "no homepage column"),
    ],
)
def test_an_unreadable_file_is_refused_with_a_clear_message_and_nothing_is_saved(tmp_path, name, content, message):
    with pytest.raises(CommandError, match=message.replace("(", r"\(").replace(")", r"\)")):
        run(tmp_path, name, content)
    assert not Source.objects.exists()


@pytest.mark.django_db
def test_a_missing_file_is_refused_with_a_clear_message(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        call_command("import_sources", str(tmp_path / "nowhere.csv"))


@pytest.mark.django_db
def test_a_dry_run_validates_without_saving(tmp_path, capsys):
    run(tmp_path, "sources.csv", CSV, "--dry-run")

    assert not Source.objects.exists()
    assert "created 2" in capsys.readouterr().out


@pytest.mark.django_db
def test_the_command_exits_non_zero_without_a_traceback(tmp_path):
    path = tmp_path / "sources.json"
    path.write_text("[{broken")
    done = subprocess.run(
        [sys.executable, "manage.py", "import_sources", str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings", "DATABASE_URL": database_url(db_settings())},
        cwd=Path(__file__).resolve().parents[2],
        timeout=60,
    )
    assert done.returncode == 1
    assert "invalid JSON on line 1" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.django_db
def test_the_same_site_twice_in_one_file_is_an_error_on_the_second_row(tmp_path, capsys):
    content = (
        "name,homepage\n"
        "X,https://x.example/\n"
        "X again,http://www.x.example/index.html\n"
        "X port,https://x.example:443\n"
        "X elsewhere,https://x.example:8443/\n"
    )
    with pytest.raises(CommandError, match="2 row"):
        run(tmp_path, "sources.csv", content)

    assert sorted(Source.objects.values_list("name", flat=True)) == ["X", "X elsewhere"]
    assert capsys.readouterr().err.splitlines() == [
        "line 3: the same site as line 2 (http://www.x.example/index.html): a site is imported once per file",
        "line 4: the same site as line 2 (https://x.example:443): a site is imported once per file",
    ]


@pytest.mark.django_db
def test_another_spelling_of_a_registered_homepage_updates_that_source(tmp_path, capsys):
    source = SourceFactory(homepage="https://www.lemonde.fr/", name="Monde")
    run(tmp_path, "sources.csv", "name,homepage\nLe Monde,http://lemonde.fr/index.html\n")

    source.refresh_from_db()
    assert (source.name, source.homepage) == ("Le Monde", "https://www.lemonde.fr/")  # the stored spelling stays
    assert Source.objects.count() == 1
    assert capsys.readouterr().out.strip() == "created 0, updated 1, errors 0, unchanged 0"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("languages", "country", "kind", "expected"),
    [
        ("fr|en", "FR", "wire", (["fr", "en"], "FR", "wire")),
        ("fr,en", "fr", "Wire agency", (["fr", "en"], "FR", "wire")),
        ("fr en", "France", "agence de presse", (["fr", "en"], "FR", "wire")),
        ("fr;en", "Royaume-Uni", "TV", (["fr", "en"], "GB", "broadcaster")),
        ("FR", "United Kingdom", "ONG", (["fr"], "GB", "ngo")),
        ("French|English", "Allemagne", "Fact-Checker", (["fr", "en"], "DE", "fact_checker")),
        ("français, anglais", "united states", "ministry", (["fr", "en"], "US", "government")),
    ],
)
def test_the_obvious_spellings_of_lists_languages_countries_and_kinds_are_read(
    tmp_path, languages, country, kind, expected
):
    content = f'name,homepage,languages,country,kind\nX,https://x.example/,"{languages}","{country}","{kind}"\n'
    run(tmp_path, "sources.csv", content)

    source = Source.objects.get()
    assert (source.languages, source.country, source.kind) == expected


@pytest.mark.django_db
def test_a_country_or_kind_nobody_knows_is_a_row_error(tmp_path, capsys):
    content = "name,homepage,country,kind\nX,https://x.example/,Atlantis,blogosphere\n"
    with pytest.raises(CommandError):
        run(tmp_path, "sources.csv", content)
    error = capsys.readouterr().err
    assert "country: “Atlantis” is not a country" in error
    assert "kind: “blogosphere” is not a kind of source" in error


@pytest.mark.django_db
def test_a_json_file_nested_a_hundred_thousand_deep_is_refused_plainly(tmp_path):
    with pytest.raises(CommandError, match="nested too deeply"):
        run(tmp_path, "sources.json", "[" * 100_000)
    assert not Source.objects.exists()


@pytest.mark.django_db
def test_imported_sources_are_indexed_by_domain_and_the_listeners_hear_of_new_and_reactivated_ones(tmp_path):
    from django.db.models.signals import post_save

    from sources import services

    heard = []

    def listener(sender, instance, created, **kwargs):
        heard.append((instance.name, created, getattr(instance, "_was_inactive", False)))

    post_save.connect(listener, sender=Source, dispatch_uid="test-import-listener")
    try:
        SourceFactory(name="Old", homepage="http://127.0.0.1:8765/", active=False)
        heard.clear()
        run(
            tmp_path,
            "sources.csv",
            "name,homepage,domains,active\nNew,https://new.example/,new.example|new-cdn.example,yes\n"
            "Old,http://127.0.0.1:8765/,,yes\n",
        )
    finally:
        post_save.disconnect(dispatch_uid="test-import-listener", sender=Source)

    assert sorted(heard) == [("New", True, False), ("Old", False, True)]
    assert services.source_for_url("https://img.new-cdn.example/a.jpg").name == "New"
    assert services.source_for_url("http://127.0.0.1:8765/a").name == "Old"


@pytest.mark.django_db
def test_rows_are_written_in_bulk_with_a_bounded_number_of_queries(tmp_path, django_assert_max_num_queries):
    rows = "".join(f"Source {n},https://s{n}.example/,fr|en,FR\n" for n in range(2000))
    path = tmp_path / "sources.csv"
    path.write_text("name,homepage,languages,country\n" + rows)
    from sources.importing import sources_import

    with django_assert_max_num_queries(60):
        result = sources_import(path=path)
    assert (result.created, result.errors) == (2000, [])
    with django_assert_max_num_queries(10):
        assert sources_import(path=path).unchanged == 2000


@pytest.mark.django_db
def test_sources_on_an_address_import_again_unchanged(tmp_path, capsys):
    # The demo web's sites live on 127.0.0.21-38: their only "domain" is the address (setup_demo re-registers them).
    content = "name,homepage\nDemo,http://127.0.0.21:8701/\n"
    run(tmp_path, "sources.csv", content)
    run(tmp_path, "sources.csv", content)

    assert Source.objects.get().domains == ["127.0.0.21"]
    assert capsys.readouterr().out.splitlines()[-1] == "created 0, updated 0, errors 0, unchanged 1"
