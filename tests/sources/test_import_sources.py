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
        "Bad language,https://bad5.example.org/,3,,,french\n"
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
    assert errors[4].startswith("line 9: languages: “french” is not a language code")
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
