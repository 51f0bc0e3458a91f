import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims.models import Article
from tests.conftest import ROOT

SEED = ROOT / "claims" / "demo" / "article_fr.txt"
SHORT = "Le gouvernement a annoncé mardi que 1 200 logements seraient construits à Lyon d'ici 2027.\n"


def ingest(*args: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("ingest_article", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.mark.django_db(transaction=True)
def test_it_prints_the_article_id_alone_on_the_last_line(tmp_path: Path):
    path = tmp_path / "article.txt"
    path.write_text(SHORT, encoding="utf-8")
    out, err = ingest(str(path), "--published", "2024-03-05T09:00:00+01:00")
    article = Article.objects.get(pk=int(out.strip().splitlines()[-1]))
    assert article.title == ""  # one sentence is no headline: no title is made up
    assert article.published_at.isoformat() == "2024-03-05T08:00:00+00:00"
    assert "Stored article" in err


@pytest.mark.django_db(transaction=True)
def test_an_html_file_is_read_as_a_page_with_its_title_author_and_date(tmp_path: Path):
    from tests.sources.hostile_web import article_html

    path = tmp_path / "page.html"
    path.write_text(article_html(), encoding="utf-8")
    out, _err = ingest(str(path))
    article = Article.objects.get(pk=int(out.strip().splitlines()[-1]))
    assert (article.title, article.author) == ("Un cessez-le-feu est entré en vigueur", "Claire Martin")
    assert article.published_local.isoformat() == "2023-09-20T11:00:00+02:00"
    assert "<" not in article.text


@pytest.mark.django_db(transaction=True)
def test_it_waits_for_the_analysis_and_reports_the_claims(tmp_path: Path):
    path = tmp_path / "article.txt"
    path.write_text(SHORT, encoding="utf-8")
    out, err = ingest(str(path), "--wait")
    article = Article.objects.get(pk=int(out.strip()))
    assert article.status == Article.Status.DONE
    assert "claims" in err


@pytest.mark.django_db
def test_it_refuses_a_binary_file_with_a_clear_message(tmp_path: Path):
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(CommandError):
        ingest(str(path))
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_it_refuses_a_missing_file(tmp_path: Path):
    with pytest.raises(CommandError, match="No such file"):
        ingest(str(tmp_path / "nope.txt"))


@pytest.mark.django_db
def test_it_refuses_a_publication_date_without_a_time_zone():
    with pytest.raises(CommandError, match="time zone"):
        ingest(str(SEED), "--published", "2023-09-20T12:00:00")
    with pytest.raises(CommandError, match="ISO 8601"):
        ingest(str(SEED), "--published", "yesterday")


def test_bad_input_exits_non_zero_without_a_traceback(tmp_path: Path):
    path = tmp_path / "empty.txt"
    path.write_text("   \n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "manage.py", "ingest_article", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings"},
        timeout=120,
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.strip()


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_an_article_given_as_a_url_is_fetched_then_analysed_by_the_worker(live_worker, httpserver):
    body = f"<html><head><title>Logements à Lyon</title></head><body><article><p>{SHORT}</p></article></body></html>"
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/news/logements").respond_with_data(body, content_type="text/html; charset=utf-8")
    out, err = ingest(httpserver.url_for("/news/logements"), "--wait", "--timeout", "120")
    article = Article.objects.get(pk=int(out.strip()))
    assert article.status == Article.Status.DONE, article.error
    assert "1 200 logements" in article.text
    assert article.claims.exists()
