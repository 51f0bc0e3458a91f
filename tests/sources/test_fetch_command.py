"""python manage.py fetch URL [--format json]: the document or the reason, exit 0 when archived, 1 otherwise."""

import json
import os
import subprocess
import sys
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command

from tests.conftest import ROOT, database_url
from tests.sources.hostile_web import Response


def run(*args) -> tuple[int, str, str]:
    out, err = StringIO(), StringIO()
    with pytest.raises(SystemExit) as exited:
        call_command("fetch", *args, stdout=out, stderr=err)
    return exited.value.code, out.getvalue(), err.getvalue()


@pytest.mark.django_db
def test_it_prints_the_archived_document_and_exits_0(web):
    code, out, err = run(web.url("/article"))
    assert code == 0
    assert "title:         Un cessez-le-feu est entré en vigueur" in out
    assert "language:      fr" in out
    assert "published:     2023-09-20T" in out
    assert "sha256:" in out and "text_length:" in out
    assert err == ""


@pytest.mark.django_db
def test_it_prints_json(web):
    code, out, _ = run(web.url("/article"), "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert data["status"] == "archived"
    assert data["url"] == web.url("/article")
    assert data["title"] == "Un cessez-le-feu est entré en vigueur"
    assert data["language"] == "fr"
    assert data["published"].startswith("2023-09-20T")
    assert data["text_length"] > 200
    assert len(data["sha256"]) == 64


@pytest.mark.django_db
def test_a_refusal_prints_the_reason_and_exits_1(web):
    code, _, err = run(web.url("/private/x"))
    assert code == 1
    assert "refused: robots.txt disallows this path" in err
    code, out, _ = run(web.url("/private/x"), "--format", "json")
    assert code == 1
    assert json.loads(out)["error"] == "robots.txt disallows this path"


@pytest.mark.django_db
def test_a_failure_exits_1(web):
    web.routes["/gone"] = Response(404, "gone", "text/plain")
    code, _, err = run(web.url("/gone"))
    assert code == 1
    assert "failed: HTTP 404" in err


@pytest.mark.django_db
def test_a_url_we_never_fetch_exits_1_with_the_reason():
    code, _, err = run("ftp://example.org/file")
    assert code == 1
    assert "only http and https URLs are fetched" in err


@pytest.mark.django_db(transaction=True)
def test_from_the_shell_a_refusal_is_a_sentence_not_a_traceback(web):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings",
           "DATABASE_URL": database_url(settings.DATABASES["default"]), "FETCH_ALLOWED_NETWORKS": ""}  # fmt: skip
    process = subprocess.run(
        [sys.executable, "manage.py", "fetch", web.url("/article")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert process.returncode == 1
    assert process.stderr.strip().endswith(f"refused: private address {web.host} is not allowed")
    assert "Traceback" not in process.stderr
